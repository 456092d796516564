"""The whole exception tree of newsevents.

::

    NewsEventsError                 base of everything raised on purpose
    ├── InputError                  an input cannot be read (names the input and the next step)
    │   ├── InputNotFound           a path that does not exist
    │   ├── UnsupportedInput        a file type or content we cannot take (PNG renamed .html, …)
    │   ├── DecodeError             bytes that are not text in any encoding we can detect
    │   ├── RecordError             a JSON/JSONL record that is broken or lacks text/html
    │   └── FetchError              an http(s) URL that failed, timed out or was too large
    ├── ExtractError                no article text could be extracted
    │   └── UnsupportedLanguage     the article is not in a language we code
    ├── DictionaryError             a data file (dictionary, pattern) is malformed: file and line
    ├── RegistryError               an unknown name in a registry, with the available names
    ├── SettingsError               a bad setting (file, env var or argument)
    └── StoreError                  the database cannot be opened or written

Every error carries the context a user needs (``source``: the input, file or setting at fault,
``hint``: what to do next); ``str(err)`` is a complete sentence for the CLI.
Third-party errors are mapped at the boundary with ``raise … from exc``.
"""

from __future__ import annotations


class NewsEventsError(Exception):
    """Base of every error newsevents raises on purpose."""

    def __init__(self, message: str, *, source: str | None = None, hint: str | None = None):
        self.message = message
        self.source = source
        self.hint = hint
        super().__init__(self.__str__())

    def __str__(self) -> str:
        text = f"{self.source}: {self.message}" if self.source else self.message
        if self.hint:
            text = f"{text} — {self.hint}"
        return text


class InputError(NewsEventsError):
    """An input cannot be read."""


class InputNotFound(InputError):
    """A path that does not exist."""


class UnsupportedInput(InputError):
    """A file type or content newsevents cannot take."""


class DecodeError(InputError):
    """Bytes that are not text in any encoding we can detect."""


class RecordError(InputError):
    """A JSON or JSONL record that is broken or has neither ``text`` nor ``html``."""


class FetchError(InputError):
    """An http(s) URL that failed, timed out or was too large."""


class ExtractError(NewsEventsError):
    """No article text could be extracted."""


class UnsupportedLanguage(ExtractError):
    """The article is not in a language newsevents codes."""


class DictionaryError(NewsEventsError):
    """A data file (dictionary, pattern) is malformed."""


class RegistryError(NewsEventsError):
    """An unknown name in a registry."""


class SettingsError(NewsEventsError):
    """A bad setting."""


class StoreError(NewsEventsError):
    """The database cannot be opened or written."""
