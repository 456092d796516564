"""Pluggable parts by versioned name ("trafilatura.v1", "rules.v1", "sqlite.v1").

Built-in parts register themselves through the same hook a plugin would use::

    @extractors.register("trafilatura.v1")
    def make_extractor(settings: Settings) -> Extract: ...

An unknown name fails with the names that are available.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from newsevents.errors import RegistryError

F = TypeVar("F", bound=Callable[..., Any])


class Registry(Generic[F]):
    """A named table of factories."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._items: dict[str, F] = {}

    def register(self, name: str) -> Callable[[F], F]:
        def add(func: F) -> F:
            self._items[name] = func
            return func

        return add

    def get(self, name: str) -> F:
        try:
            return self._items[name]
        except KeyError:
            available = ", ".join(sorted(self._items)) or "(none)"
            raise RegistryError(
                f"can't find {name!r} in the {self.kind} registry",
                hint=f"available names: {available}",
            ) from None

    def names(self) -> list[str]:
        return sorted(self._items)

    def __contains__(self, name: object) -> bool:
        return name in self._items


extractors: Registry[Callable[..., Any]] = Registry("extractor")
actor_coders: Registry[Callable[..., Any]] = Registry("actor coder")
event_coders: Registry[Callable[..., Any]] = Registry("event coder")
attribute_coders: Registry[Callable[..., Any]] = Registry("attribute coder")
stores: Registry[Callable[..., Any]] = Registry("store")
exporters: Registry[Callable[..., Any]] = Registry("exporter")
