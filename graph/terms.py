"""RDF terms to and from plain Python values, and SPARQL text with values put in:
a ``VALUES`` block (:func:`bind_values`) or constants in place of ``$name``
placeholders (:func:`fill_in`)."""
from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from itertools import product
from typing import Union

import pyoxigraph as ox

from .errors import QueryError

XSD = "http://www.w3.org/2001/XMLSchema#"

Term = Union[ox.NamedNode, ox.BlankNode, ox.Literal, ox.Triple]
Value = Union[str, int, float, bool, date, datetime, None]
Row = dict[str, Value]

_INTEGER_TYPES = {
    XSD + name
    for name in (
        "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
        "nonPositiveInteger", "negativeInteger", "unsignedInt", "unsignedLong",
        "unsignedShort", "unsignedByte",
    )
}
_FLOAT_TYPES = {XSD + "decimal", XSD + "double", XSD + "float"}


def to_python(term: Term | None) -> Value:
    """A plain Python value for an RDF term: str for IRIs and strings, int, float,
    bool, date or datetime for typed literals, "_:id" for blank nodes."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return _literal_value(term)
    return str(term)


def _literal_value(term: ox.Literal) -> Value:
    dtype, text = term.datatype.value, term.value
    try:
        if dtype in _INTEGER_TYPES:
            return int(text)
        if dtype in _FLOAT_TYPES:
            return float(text)
        if dtype == XSD + "boolean":
            return text.strip() in ("true", "1")
        if dtype == XSD + "date":
            return date.fromisoformat(text)
        if dtype == XSD + "dateTime":
            return datetime.fromisoformat(text)
    except ValueError:
        return text
    return text


def to_term(value: object) -> Term:
    """An RDF term for a Python value; str becomes a plain literal, so pass IRIs as
    :class:`pyoxigraph.NamedNode` (rdflib's URIRef is accepted too)."""
    if isinstance(value, (ox.NamedNode, ox.BlankNode, ox.Literal, ox.Triple)):
        return value
    if type(value).__name__ == "URIRef":  # rdflib.URIRef, without importing rdflib here
        return ox.NamedNode(str(value))
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "integer"))
    if isinstance(value, float):
        return ox.Literal(repr(value), datatype=ox.NamedNode(XSD + "double"))
    if isinstance(value, datetime):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(XSD + "dateTime"))
    if isinstance(value, date):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(XSD + "date"))
    if isinstance(value, str):
        return ox.Literal(value)
    raise QueryError(f"cannot bind a {type(value).__name__} value in a query: {value!r}")


def bind_values(sparql: str, bindings: Mapping[str, object]) -> str:
    """The query with a ``VALUES`` block joined at the start of its outermost WHERE
    group, so every pattern and FILTER of that group sees the bound variables.
    A value of None leaves its variable unbound (UNDEF); a list, tuple or set gives
    one VALUES row per element (the rows of several such values are combined)."""
    if not bindings:
        return sparql
    names = " ".join(f"?{name.lstrip('?$')}" for name in bindings)
    choices = [_as_choices(value) for value in bindings.values()]
    if any(not options for options in choices):
        rows = ""  # an empty list matches nothing
    else:
        rows = " ".join(f"({' '.join(row)})" for row in product(*choices))
    at = _where_brace(sparql)
    return f"{sparql[:at + 1]}\n  VALUES ({names}) {{ {rows} }}\n{sparql[at + 1:]}"


def _as_choices(value: object) -> list[str]:
    if isinstance(value, (list, tuple, set, frozenset)):
        return sorted({_as_value(v) for v in value})
    return [_as_value(value)]


def _as_value(value: object) -> str:
    return "UNDEF" if value is None else str(to_term(value))


# what a scan of SPARQL text steps over: comments, IRIs and strings
_OPAQUE = r"""\#[^\n]*                      # comment
      | <[^<>"{}|^`\\\s]*>            # IRI
      | '''.*?''' | \"\"\".*?\"\"\"    # long strings
      | '(?:[^'\\\n]|\\.)*'           # strings
      | "(?:[^"\\\n]|\\.)*\""""

_TOKENS = re.compile(
    _OPAQUE + r"""
      | (?<![?$:\w])(?:WHERE|CONSTRUCT)\b
      | [{}]""",
    re.VERBOSE | re.DOTALL | re.IGNORECASE,
)


def _where_brace(sparql: str) -> int:
    """Offset of the ``{`` opening the query's outermost WHERE group (after a
    CONSTRUCT template, if any)."""
    depth, construct, after_where = 0, False, False
    for match in _TOKENS.finditer(sparql):
        token = match.group().upper()
        if token == "CONSTRUCT" and depth == 0:
            construct = True
        elif token == "WHERE" and depth == 0:
            after_where = True
        elif token == "{":
            if depth == 0 and (after_where or not construct):
                return match.start()
            depth += 1
        elif token == "}":
            depth -= 1
    raise QueryError("cannot bind values: the query has no WHERE { … } group")


_PLACEHOLDERS = re.compile(
    _OPAQUE + r"""
      | \$(?P<name>\w+)""",
    re.VERBOSE | re.DOTALL,
)
_IN_LIST = re.compile(r"\bIN\s*\(\s*$", re.IGNORECASE)


def fill_in(sparql: str, values: Mapping[str, object]) -> str:
    """The query with each ``$name`` placeholder replaced by its value written as a
    constant (an IRI for :class:`pyoxigraph.NamedNode`, else a literal, see
    :func:`to_term`). A list, tuple or set becomes its distinct values in sorted
    order, separated by commas right after ``IN (`` and by spaces elsewhere (as in a
    ``VALUES`` block). Placeholders in strings, IRIs and comments are left alone.

    Unlike :func:`bind_values`, the values become part of the query's patterns, which
    lets the engine start from them: the queries on the summary graph rely on it."""
    def replace(match: re.Match[str]) -> str:
        name = match.group("name")
        if name is None:
            return match.group()
        if name not in values:
            raise QueryError(f"no value for ${name} in the query")
        choices = _as_choices(values[name])
        if any(choice == "UNDEF" for choice in choices):
            raise QueryError(f"${name} needs a value, not None")
        in_list = _IN_LIST.search(sparql, 0, match.start()) is not None
        return (", " if in_list else " ").join(choices)
    return _PLACEHOLDERS.sub(replace, sparql)
