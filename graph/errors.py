"""One family of exceptions; each message names the file, line or article and says
what is allowed."""
from __future__ import annotations


class DiplographError(Exception):
    """Base class of every error the library raises on purpose."""


class InputError(DiplographError):
    """A document or input file cannot be read (binary, not UTF-8, empty, bad JSON)."""

    def __init__(self, source: str, message: str):
        self.source = source
        self.message = message
        super().__init__(f"{source}: {message}")


class DataFileError(DiplographError):
    """A lexicon, pattern or gazetteer file in data/ is malformed."""

    def __init__(self, path: str, line: int | None, message: str):
        self.path, self.line, self.message = path, line, message
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}")


class ModelError(DiplographError):
    """The spaCy model named in the settings cannot be loaded."""


class StoreError(DiplographError):
    """The store cannot be opened, read or written."""


class QueryError(DiplographError):
    """A query is malformed, refused or took too long."""


class QueryRefused(QueryError):
    """A query asks for something the read-only endpoint does not allow."""


class QueryTimeout(QueryError):
    """A query ran past the time limit."""


class FormatError(DiplographError):
    """An output or input format is not one the tool knows."""
