"""JSON-LD as diplograph writes it: compacted with the project's context
(ontology/context.jsonld, inlined as "@context"), one ``{"@id": graph, "@graph":
[...]}`` object per named graph, written graph by graph and node by node, so that a
large store is never held in memory.

    {"@context": {...}, "@graph": [
      {"@id": "id:graph/actors", "@graph": [
        {"@id": "id:actor/joe-biden", "type": "Person", "label": "Joe Biden", ...}]},
      {"@id": "id:graph/doc-a", "@graph": [
        {"@id": "id:event/3f2a", "type": "Meeting", "status": "Occurred",
         "date": "2021-12-07", "participant": ["id:actor/joe-biden", ...]}]}]}

A value the context's term would read differently (a dg:date that is not an
xsd:date, a dg:date on a dg:Document, where "date" means dcterms:date) is written
under its compact IRI ("dg:date") as a value object, so that reading the file gives
back exactly the store's quads.
"""
from __future__ import annotations

import io
import json
import re
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO, TextIO

import pyoxigraph as ox

from .errors import FormatError
from .resources import ontology_dir

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDF_JSON = "http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON"
XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_STRING = XSD + "string"
Definition = tuple[str, Any]  # (term, coercion: None, "@id", "@vocab", "@json" or a datatype IRI)


@cache
def context() -> dict[str, Any]:
    """The ``@context`` object of ontology/context.jsonld."""
    with open(ontology_dir() / "context.jsonld", encoding="utf-8") as f:
        return json.load(f)["@context"]


class Compactor:
    """Writes nodes with the short names of a JSON-LD context (its terms, prefixes,
    type coercions and type-scoped contexts)."""

    def __init__(self, ctx: dict[str, Any]):
        self.prefixes = sorted(((k, v) for k, v in ctx.items() if isinstance(v, str)
                                and not k.startswith("@") and v[-1:] in ("/", "#")),
                               key=lambda kv: -len(kv[1]))
        self.terms: dict[str, list[Definition]] = {}  # property IRI -> its terms
        self.names: dict[str, str] = {}  # IRI -> term, for types and @vocab values
        self.scoped: dict[str, dict[str, list[Definition]]] = {}  # class IRI -> its own terms
        for term, definition in ctx.items():
            if term.startswith("@") or (term, definition) in self.prefixes or definition == "@type":
                continue
            iri, coercion, inner = self._definition(definition)
            self.names.setdefault(iri, term)
            self.terms.setdefault(iri, []).append((term, coercion))
            if inner:
                self.scoped[iri] = {}
                for sub, sub_definition in inner.items():
                    sub_iri, sub_coercion, _ = self._definition(sub_definition)
                    self.scoped[iri].setdefault(sub_iri, []).append((sub, sub_coercion))

    def _definition(self, definition: Any) -> tuple[str, Any, dict | None]:
        if isinstance(definition, str):
            return self.expand(definition), None, None
        coercion = definition.get("@type")
        if coercion not in (None, "@id", "@vocab", "@json"):
            coercion = self.expand(coercion)
        return self.expand(definition["@id"]), coercion, definition.get("@context")

    def expand(self, text: str) -> str:
        prefix, _, suffix = text.partition(":")
        for name, namespace in self.prefixes:
            if name == prefix:
                return namespace + suffix
        return text

    def iri(self, iri: str, vocab: bool = False) -> str:
        """``iri`` as a term (for types and @vocab values), a compact IRI, or itself."""
        if vocab and iri in self.names:
            return self.names[iri]
        for name, namespace in self.prefixes:
            if iri.startswith(namespace) and len(iri) > len(namespace) and not iri[len(namespace):].startswith("//"):
                return f"{name}:{iri[len(namespace):]}"
        return iri

    def node(self, subject: object, quads: Iterable[ox.Quad]) -> dict[str, Any]:
        """One node object: ``@id``, ``type``, then its properties by name."""
        by_property: dict[str, list[object]] = {}
        for quad in quads:
            by_property.setdefault(quad.predicate.value, []).append(quad.object)
        types = [t for t in by_property.get(RDF_TYPE, []) if isinstance(t, (ox.NamedNode, ox.BlankNode))]
        scoped: dict[str, list[Definition]] = {}
        for cls in sorted(t.value for t in types if isinstance(t, ox.NamedNode)):
            scoped.update(self.scoped.get(cls, {}))
        shadowed = {term for definitions in scoped.values() for term, _ in definitions}
        out: dict[str, Any] = {"@id": self._ref(subject)}
        if types:
            out["type"] = _one_or_many(sorted(self._ref(t, vocab=True) for t in types))
        fields: dict[str, list[Any]] = {}
        for predicate, objects in by_property.items():
            objects = [o for o in objects if predicate != RDF_TYPE or o not in types]
            definitions = scoped.get(predicate) or [d for d in self.terms.get(predicate, []) if d[0] not in shadowed]
            for obj in objects:
                key, value = self._value(predicate, obj, definitions)
                fields.setdefault(key, []).append(value)
        for key in sorted(fields):
            values = sorted(fields[key], key=lambda v: json.dumps(v, sort_keys=True))
            out[key] = _one_or_many(values)
        return out

    def _ref(self, term: object, vocab: bool = False) -> str:
        if isinstance(term, ox.BlankNode):
            return f"_:{term.value}"
        return self.iri(term.value, vocab)

    def _value(self, predicate: str, obj: object, definitions: list[Definition]) -> tuple[str, Any]:
        for term, coercion in definitions:
            value = self._coerced(obj, coercion)
            if value is not _NO:
                return term, value
        return self.iri(predicate), self._full(obj)

    def _coerced(self, obj: object, coercion: Any) -> Any:
        if isinstance(obj, (ox.NamedNode, ox.BlankNode)):
            return self._ref(obj, vocab=coercion == "@vocab") if coercion in ("@id", "@vocab") else _NO
        if not isinstance(obj, ox.Literal) or coercion in ("@id", "@vocab"):
            return _NO
        if coercion == "@json":
            return _json_value(obj)
        if coercion is None:
            plain = obj.datatype.value == XSD_STRING and not obj.language
            return obj.value if plain else _NO
        if obj.datatype.value != coercion:
            return _NO
        return _native(obj.value, coercion)

    def _full(self, obj: object) -> dict[str, Any]:
        if isinstance(obj, (ox.NamedNode, ox.BlankNode)):
            return {"@id": self._ref(obj)}
        if not isinstance(obj, ox.Literal):
            raise FormatError(f"JSON-LD 1.1 cannot hold the RDF 1.2 triple term {obj}")
        if obj.language:
            return {"@value": obj.value, "@language": obj.language}
        if obj.datatype.value == XSD_STRING:
            return {"@value": obj.value}
        return {"@value": obj.value, "@type": self.iri(obj.datatype.value)}


_NO = object()  # a value a term cannot hold
_INTEGER = re.compile(r"-?[0-9]+")


def _json_value(obj: ox.Literal) -> Any:
    """The JSON of an rdf:JSON literal, if writing it back gives the same text."""
    if obj.datatype.value != RDF_JSON:
        return _NO
    try:
        value = json.loads(obj.value)
    except ValueError:
        return _NO
    same = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True) == obj.value
    return value if same else _NO


def _native(text: str, datatype: str) -> Any:
    """A number or boolean for its canonical lexical form (JSON-LD reads it back the
    same); else the lexical form."""
    if datatype == XSD + "integer" and _INTEGER.fullmatch(text) and str(int(text)) == text:
        return int(text)
    if datatype == XSD + "boolean" and text in ("true", "false"):
        return text == "true"
    return text


def _one_or_many(values: list[Any]) -> Any:
    return values[0] if len(values) == 1 else values


def nodes(store: ox.Store, graph: ox.NamedNode | ox.BlankNode | ox.DefaultGraph,
          compactor: Compactor) -> Iterator[dict[str, Any]]:
    """The node objects of one graph, subject by subject, in IRI order."""
    where = "{ ?s ?p ?o }" if isinstance(graph, ox.DefaultGraph) else f"{{ GRAPH {graph} {{ ?s ?p ?o }} }}"
    subjects = sorted((s[0] for s in store.query(f"SELECT DISTINCT ?s WHERE {where}")), key=str)
    for subject in subjects:
        yield compactor.node(subject, store.quads_for_pattern(subject, None, None, graph))


def write_jsonld(store: ox.Store, target: Path | str | BinaryIO) -> None:
    """Write every graph of ``store`` to ``target`` (a path or a binary file)."""
    if isinstance(target, (str, Path)):
        with open(target, "w", encoding="utf-8") as out:
            _write(store, out)
    else:
        out = io.TextIOWrapper(target, encoding="utf-8", write_through=True)
        try:
            _write(store, out)
        finally:
            out.detach()


def _write(store: ox.Store, out: TextIO) -> None:
    ctx = context()
    compactor = Compactor(ctx)
    dump = lambda obj: json.dumps(obj, ensure_ascii=False)  # noqa: E731
    out.write('{"@context": ' + dump(ctx) + ',\n "@graph": [')
    first = True
    for node in nodes(store, ox.DefaultGraph(), compactor):
        out.write(("\n  " if first else ",\n  ") + dump(node))
        first = False
    for graph in sorted(store.named_graphs(), key=str):
        out.write(("\n  " if first else ",\n  ") + '{"@id": ' + dump(compactor._ref(graph)) + ', "@graph": [')
        first = False
        inner = True
        for node in nodes(store, graph, compactor):
            out.write(("\n    " if inner else ",\n    ") + dump(node))
            inner = False
        out.write("]}")
    out.write("\n]}\n")
