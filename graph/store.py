"""The graph store: a thin, typed wrapper around :class:`pyoxigraph.Store`.

Every query runs with the default graph as the union of all named graphs
(docs/rdf-model.md: "Queries run on the union"). Files of triples are loaded into
the named graph ``id:graph/loaded`` so that union queries see them too.

Open a store the way the command line does with :func:`open_graph`.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

import pyoxigraph as ox

from .errors import FormatError, QueryError, StoreError
from .jsonld import write_jsonld
from .rdf import RDF_TYPE
from .settings import BASE_IRI, ONTOLOGY_IRI, Settings, from_env
from .terms import XSD, Row, bind_values, to_python  # noqa: F401 (XSD and Row re-exported)
from .vocab import DG

LOADED_GRAPH = BASE_IRI + "graph/loaded"
SUMMARY_GRAPH = BASE_IRI + "graph/summary"  # derived: see graph/summary.py
# the summary graph names itself a dg:Summary while it is current
SUMMARY_MARK = ox.Quad(ox.NamedNode(SUMMARY_GRAPH), RDF_TYPE, ox.NamedNode(str(DG.Summary)), ox.NamedNode(SUMMARY_GRAPH))

PREFIXES: dict[str, str] = {
    "dg": ONTOLOGY_IRI,
    "id": BASE_IRI,
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": XSD,
}

# prefixes for writing Turtle, TriG and RDF/XML: one per kind of instance whose
# local names hold no "/" (pyoxigraph would escape it as "\/")
DUMP_PREFIXES: dict[str, str] = {
    **{k: v for k, v in PREFIXES.items() if k != "id"},
    **{kind: f"{BASE_IRI}{kind}/" for kind in ("actor", "event", "document", "place", "graph", "tie")},
}

# format names and file extensions -> pyoxigraph format
FORMATS: dict[str, ox.RdfFormat] = {
    **dict.fromkeys(("turtle", "ttl"), ox.RdfFormat.TURTLE),
    **dict.fromkeys(("nt", "ntriples"), ox.RdfFormat.N_TRIPLES),
    **dict.fromkeys(("nq", "nquads"), ox.RdfFormat.N_QUADS),
    "trig": ox.RdfFormat.TRIG,
    **dict.fromkeys(("rdfxml", "rdf", "owl", "xml"), ox.RdfFormat.RDF_XML),
    **dict.fromkeys(("jsonld", "json-ld"), ox.RdfFormat.JSON_LD),
}


def rdf_format(name: str | Path) -> ox.RdfFormat:
    """The RDF format for a format name ("turtle", "nq"…) or a file path's extension."""
    key = name.suffix.lstrip(".") if isinstance(name, Path) else name
    fmt = FORMATS.get(key.lower())
    if fmt is None:
        what = f"file {name}" if isinstance(name, Path) else f"format {name!r}"
        raise FormatError(f"unknown RDF {what}; known: {', '.join(sorted(FORMATS))}")
    return fmt


class GraphStore:
    """An RDF dataset of named graphs, queried as the union of its graphs.

    The summary graph (:data:`SUMMARY_GRAPH`) is derived from the others. It is
    current while it holds :data:`SUMMARY_MARK`: a write removes the mark (unless the
    summary arrives with the first data written into an empty store: a copy, or a
    file dumped with its summary); :func:`graph.summary.refresh_summary` brings the
    summary up to date, as a writable store does at the next canned question and, on
    disk, when it is closed."""

    def __init__(self, store: ox.Store, path: Path | None = None, read_only: bool = False):
        self._store: ox.Store | None = store
        self.path = path
        self.read_only = read_only
        self.changed = False  # written through this object since it was opened
        self.cache: dict[str, object] = {}  # what the library read from it, until a write

    # -- opening -------------------------------------------------------------
    @classmethod
    def open(cls, path: Path) -> GraphStore:
        """A persistent store in directory ``path`` (created if missing)."""
        path = Path(path)
        try:
            path.mkdir(parents=True, exist_ok=True)
            return cls(ox.Store(str(path)), path)
        except OSError as exc:
            raise StoreError(f"{path}: cannot open the store: {exc}") from exc

    @classmethod
    def open_read_only(cls, path: Path) -> GraphStore:
        """An existing persistent store, opened for reading only."""
        path = Path(path)
        if not path.is_dir():
            raise StoreError(f"{path}: no store there (build one with `diplograph build`)")
        try:
            return cls(ox.Store.read_only(str(path)), path, read_only=True)
        except OSError as exc:
            raise StoreError(f"{path}: cannot open the store read-only: {exc}") from exc

    @classmethod
    def in_memory(cls) -> GraphStore:
        return cls(ox.Store())

    @classmethod
    def from_file(cls, path: Path, format: str | None = None) -> GraphStore:
        """An in-memory store holding the RDF file ``path`` (format from its extension)."""
        store = cls.in_memory()
        store.load(path, format)
        return store

    # -- writing -------------------------------------------------------------
    @property
    def raw(self) -> ox.Store:
        """The underlying pyoxigraph store."""
        if self._store is None:
            raise StoreError(f"{self.path or 'in-memory store'}: the store is closed")
        return self._store

    def add(self, quads: Iterable[ox.Quad]) -> None:
        """Add quads in bulk (without holding them all in memory)."""
        self._writable()
        first = self._is_empty()
        self._extend(quads)
        self._changed(keep_summary=first)

    def _extend(self, quads: Iterable[ox.Quad]) -> None:
        try:
            if self.path is None:
                self.raw.extend(quads)
            else:
                self.raw.bulk_extend(quads)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot write: {exc}") from exc

    def replace_graph(self, graph_iri: str, quads: Iterable[ox.Quad]) -> None:
        """Drop the named graph ``graph_iri`` and add ``quads`` (rebuilding one document)."""
        self.remove_graph(graph_iri)
        self._extend(quads)
        self._changed()

    def remove_graph(self, graph_iri: str) -> None:
        self._writable()
        graph = ox.NamedNode(graph_iri)
        if self.raw.contains_named_graph(graph):
            self.raw.remove_graph(graph)
        self._changed()

    def update_summary(self, removed: Iterable[ox.Quad], added: Iterable[ox.Quad]) -> None:
        """Change the summary graph, leaving it marked as it is (:mod:`graph.summary`
        sets the mark)."""
        self._writable()
        try:
            for quad in removed:
                self.raw.remove(quad)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot write: {exc}") from exc
        self._extend(added)

    def clear_summary(self) -> None:
        """Drop the summary graph."""
        self._writable()
        if self.raw.contains_named_graph(ox.NamedNode(SUMMARY_GRAPH)):
            self.raw.remove_graph(ox.NamedNode(SUMMARY_GRAPH))

    def has_summary(self) -> bool:
        """Whether the store holds a current summary graph (current, that is, if every
        write went through this library)."""
        return SUMMARY_MARK in self.raw

    def _changed(self, keep_summary: bool = False) -> None:
        self.changed = True
        self.cache.clear()
        if not keep_summary and self.has_summary():
            self.raw.remove(SUMMARY_MARK)

    def _is_empty(self) -> bool:
        return next(iter(self.raw), None) is None

    def load(self, path: Path, format: str | None = None) -> None:
        """Load an RDF file; triples go to the named graph ``id:graph/loaded``."""
        path = Path(path)
        fmt = rdf_format(format or path)
        if not path.is_file():
            raise StoreError(f"{path}: no such RDF file")
        to_graph = None if fmt.supports_datasets else ox.NamedNode(LOADED_GRAPH)
        self._writable()
        first = self._is_empty()
        try:
            if self.path is None:
                self.raw.load(path=str(path), format=fmt, to_graph=to_graph)
            else:
                self.raw.bulk_load(path=str(path), format=fmt, to_graph=to_graph)
        except SyntaxError as exc:
            raise StoreError(f"{path}: not valid {fmt.name}: {exc}") from exc
        except (OSError, ValueError) as exc:
            raise StoreError(f"{path}: cannot load: {exc}") from exc
        if fmt.supports_datasets:
            self._move_default_graph()
        self._changed(keep_summary=first)

    def _move_default_graph(self) -> None:
        """Triples a quad file put into the default graph go to ``id:graph/loaded``."""
        default = ox.DefaultGraph()
        stray = list(self.raw.quads_for_pattern(None, None, None, default))
        if stray:
            loaded = ox.NamedNode(LOADED_GRAPH)
            self.raw.extend(ox.Quad(q.subject, q.predicate, q.object, loaded) for q in stray)
            self.raw.clear_graph(default)

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: the store is open read-only")

    # -- reading -------------------------------------------------------------
    def dump(self, target: Path | BinaryIO, format: str) -> None:
        """Serialize the store. Quad formats (nq, trig, jsonld) keep the named graphs;
        triple formats (turtle, nt, rdfxml) get the union of all graphs. JSON-LD is
        compacted with the project's context (graph/jsonld.py); the other formats
        are streamed by pyoxigraph."""
        fmt = rdf_format(format)
        output = str(target) if isinstance(target, Path) else target
        try:
            if fmt == ox.RdfFormat.JSON_LD:
                write_jsonld(self.raw, output)
            elif fmt.supports_datasets:
                self.raw.dump(output, fmt, prefixes=_prefixes_for(fmt))
            else:
                ox.serialize(self.union_triples(), output, fmt, prefixes=_prefixes_for(fmt))
        except OSError as exc:
            raise StoreError(f"{target}: cannot write: {exc}") from exc

    def union_triples(self) -> Iterator[ox.Triple]:
        """Every distinct triple of every graph."""
        return iter(self.query("CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o "
                               "WHERE { ?s ?p ?o } }"))

    def query(self, sparql: str, bindings: Mapping[str, object] | None = None):
        """Run a SPARQL query on the union of the named graphs. ``bindings`` maps
        variable names to values joined at the start of the WHERE group (see
        :func:`bind_values`). The usual prefixes (:data:`PREFIXES`) are predeclared.
        Returns pyoxigraph's solutions, boolean or triples."""
        text = bind_values(sparql, bindings) if bindings else sparql
        try:
            return self.raw.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise QueryError(f"invalid SPARQL: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"{self.path or 'store'}: query failed: {exc}") from exc
        except RuntimeError as exc:
            raise QueryError(f"query failed: {exc}") from exc

    def select(self, sparql: str, bindings: Mapping[str, object] | None = None) -> list[Row]:
        """Rows of a SELECT query as dicts of plain Python values (None when unbound)."""
        result = self.query(sparql, bindings)
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError("select() needs a SELECT query")
        names = [v.value for v in result.variables]
        return [{n: to_python(sol[n]) for n in names} for sol in result]

    def ask(self, sparql: str, bindings: Mapping[str, object] | None = None) -> bool:
        result = self.query(sparql, bindings)
        if not isinstance(result, ox.QueryBoolean):
            raise QueryError("ask() needs an ASK query")
        return bool(result)

    def construct(self, sparql: str, bindings: Mapping[str, object] | None = None) -> list[ox.Triple]:
        result = self.query(sparql, bindings)
        if not isinstance(result, ox.QueryTriples):
            raise QueryError("construct() needs a CONSTRUCT or DESCRIBE query")
        return list(result)

    def graphs(self) -> list[str]:
        """IRIs of the named graphs."""
        return sorted(g.value for g in self.raw.named_graphs() if isinstance(g, ox.NamedNode))

    def __len__(self) -> int:
        return len(self.raw)

    # -- lifetime ------------------------------------------------------------
    def flush(self) -> None:
        if self.path is not None and not self.read_only:
            self.raw.flush()

    def close(self) -> None:
        """Close the store; a store on disk written since it was opened gets its
        summary graph back first."""
        if self._store is not None:
            if self.path is not None and self.changed and not self.read_only and not self.has_summary():
                from .summary import refresh_summary

                refresh_summary(self)
            self.flush()
            self._store = None

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        where = str(self.path) if self.path else "memory"
        return f"GraphStore({where}{', read-only' if self.read_only else ''})"


def _prefixes_for(fmt: ox.RdfFormat) -> dict[str, str] | None:
    return None if fmt in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS) else DUMP_PREFIXES


def open_graph(store: Path | None = None, graph: Path | None = None,
               settings: Settings | None = None, read_only: bool = True) -> GraphStore:
    """The store behind ``--store DIR | --graph FILE``: the RDF file if given (loaded
    in memory), else the store directory, else the configured store
    (``DIPLOGRAPH_STORE``). The directory must exist."""
    if graph is not None:
        return GraphStore.from_file(Path(graph))
    path = Path(store) if store is not None else (settings or from_env()).store
    if not path.is_dir():
        raise StoreError(
            f"{path}: no store there; build one with `diplograph build ... --store {path}`, "
            "or pass --store DIR or --graph FILE"
        )
    return GraphStore.open_read_only(path) if read_only else GraphStore.open(path)
