"""Where the shipped data files live: inside the installed package
(``graph/_data``, ``graph/_ontology`` in a wheel) or at the repository root
(``data/``, ``ontology/``) in a checkout or editable install."""
from __future__ import annotations

from functools import cache
from pathlib import Path

from .errors import QueryError

_PACKAGE = Path(__file__).resolve().parent


def _find(installed: str, checkout: str) -> Path:
    for candidate in (_PACKAGE / installed, _PACKAGE.parent / checkout):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"cannot find the {checkout}/ folder: looked in {_PACKAGE / installed} "
        f"and {_PACKAGE.parent / checkout}; reinstall diplograph"
    )


@cache
def data_dir() -> Path:
    """The folder holding gazetteer/ and lexicons/."""
    return _find("_data", "data")


@cache
def ontology_dir() -> Path:
    """The folder holding diplograph.ttl, shapes.ttl and context.jsonld."""
    return _find("_ontology", "ontology")


@cache
def queries_dir() -> Path:
    """The folder of canned SPARQL queries (.rq)."""
    return _PACKAGE / "queries"


def gazetteer_path(name: str) -> Path:
    return data_dir() / "gazetteer" / name


def lexicon_path(name: str) -> Path:
    return data_dir() / "lexicons" / name


@cache
def load_query(name: str) -> str:
    """The text of the canned query ``graph/queries/{name}.rq``."""
    path = queries_dir() / f"{name}.rq"
    if not path.is_file():
        raise QueryError(f"no canned query {name!r} in {queries_dir()}")
    return path.read_text(encoding="utf-8")
