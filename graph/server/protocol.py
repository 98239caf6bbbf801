"""The SPARQL 1.1 Protocol's side of the endpoint: which result formats exist,
content negotiation (Accept with q-values, or a ``format`` parameter), and the
evaluation of one query into a serialised, size-limited answer.

Every serialisation is pyoxigraph's own: ``QuerySolutions.serialize`` for SELECT
and ASK results, :func:`pyoxigraph.serialize` for CONSTRUCT and DESCRIBE triples.
"""
from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import islice

import pyoxigraph as ox

from ..errors import FormatError
from ..store import PREFIXES

TEXT_PLAIN = "text/plain; charset=utf-8"
# id: names would need escaped slashes (id:actor\/joe-biden): full IRIs read better
_OUTPUT_PREFIXES = {name: iri for name, iri in PREFIXES.items() if name != "id"}


@dataclass(frozen=True)
class Format:
    """One result format: its media type, the other media types that ask for it in an
    Accept header, and its names for the ``format`` parameter."""

    media_type: str
    names: tuple[str, ...]
    aliases: tuple[str, ...] = ()

    @property
    def content_type(self) -> str:
        textual = self.media_type.startswith("text/")
        return f"{self.media_type}; charset=utf-8" if textual else self.media_type

    def matches(self, media_type: str) -> bool:
        return media_type == self.media_type or media_type in self.aliases


# server preference first: the first format is the default of its kind
RESULT_FORMATS: tuple[Format, ...] = (
    Format("application/sparql-results+json", ("json", "srj"), ("application/json",)),
    Format("application/sparql-results+xml", ("xml", "srx"), ("application/xml", "text/xml")),
    Format("text/csv", ("csv",)),
    Format("text/tab-separated-values", ("tsv",)),
)
GRAPH_FORMATS: tuple[Format, ...] = (
    Format("text/turtle", ("turtle", "ttl", "n3"), ("application/x-turtle", "text/n3")),
    Format("application/n-triples", ("ntriples", "n-triples", "nt")),
    Format("application/ld+json", ("jsonld", "json-ld", "json"), ("application/json",)),
    Format("application/rdf+xml", ("rdfxml", "rdf+xml", "rdf", "xml"),
           ("application/xml", "text/xml")),
)
_RESULTS_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_RDF_FORMATS: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}


class NotAcceptable(FormatError):
    """None of the formats the client accepts can carry this kind of result."""

    def __init__(self, message: str, available: Sequence[Format]):
        self.available = tuple(available)
        listing = "\n".join(f"  {f.media_type}  (format={f.names[0]})" for f in available)
        super().__init__(f"{message}\navailable types:\n{listing}")


def formats_for(form: str | None) -> tuple[Format, ...]:
    """The formats that can carry the result of a query of this form."""
    return GRAPH_FORMATS if form in ("CONSTRUCT", "DESCRIBE") else RESULT_FORMATS


def negotiate(form: str | None, accept: str | None, override: Sequence[str] = ()) -> Format:
    """The format to answer in: the first of ``override`` (the values of a ``format``
    parameter: names such as ``csv`` or media types, alone or comma-separated, as some
    clients send several) that is available, else the best match for the Accept header
    (q-values, ``type/*`` and ``*/*`` understood; ties go to the server's order), else
    the default of the query form. Raises :class:`NotAcceptable`."""
    formats = formats_for(form)
    kind = f"{form} queries" if form else "this query"
    if override:
        for value in override:
            for wanted in (item.strip().lower() for item in value.split(",")):
                for fmt in formats:
                    if wanted in fmt.names or fmt.matches(wanted):
                        return fmt
        shown = " or ".join(repr(value) for value in override)
        raise NotAcceptable(f"format={shown} is not available for {kind}", formats)
    if not accept or not accept.strip():
        return formats[0]
    ranges = parse_accept(accept)
    best, best_q = None, 0.0
    for fmt in formats:
        q = _quality(fmt, ranges)
        if q > best_q:
            best, best_q = fmt, q
    if best is None:
        raise NotAcceptable(f"none of the types in Accept: {accept} is available for {kind}",
                            formats)
    return best


def parse_accept(header: str) -> list[tuple[str, float]]:
    """``(media range, q)`` pairs of an Accept header; a malformed q counts as 0."""
    ranges = []
    for item in header.split(","):
        parts = [p.strip() for p in item.split(";")]
        if not parts[0]:
            continue
        q = 1.0
        for param in parts[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        ranges.append((parts[0].lower(), q))
    return ranges


def _quality(fmt: Format, ranges: Iterable[tuple[str, float]]) -> float:
    """The q of the most specific range matching ``fmt`` (0 when none does)."""
    best_rank, best_q = -1, 0.0
    for media_range, q in ranges:
        if fmt.matches(media_range):
            rank = 2
        elif media_range.endswith("/*") and fmt.media_type.startswith(media_range[:-1]):
            rank = 1
        elif media_range == "*/*":
            rank = 0
        else:
            continue
        if rank > best_rank or (rank == best_rank and q > best_q):
            best_rank, best_q = rank, q
    return best_q


@dataclass(frozen=True)
class Job:
    """One query to evaluate, as sent to a query worker.

    The dataset: with ``default_graphs`` or ``named_graphs`` set (the protocol's
    default-graph-uri and named-graph-uri parameters) exactly those graphs; else with
    ``union`` the union of all named graphs as default graph; else the query's own
    FROM and FROM NAMED."""

    query: str
    media_type: str | None  # None: the default format of whatever the query returns
    max_results: int
    union: bool = True
    default_graphs: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Answer:
    """What the endpoint sends back: a status, a content type and a body."""

    status: int
    content_type: str
    body: bytes
    truncated: bool = False

    @classmethod
    def text(cls, status: int, message: str) -> Answer:
        return cls(status, TEXT_PLAIN, (message.rstrip("\n") + "\n").encode("utf-8"))


def evaluate(store: ox.Store, job: Job) -> Answer:
    """Run ``job`` on ``store`` and serialise the result, keeping at most
    ``job.max_results`` rows or triples. Errors become plain-text answers."""
    try:
        result = _query(store, job)
        if isinstance(result, ox.QueryBoolean):
            fmt = _pick(job.media_type, RESULT_FORMATS)
            body = io.BytesIO()
            result.serialize(body, format=_RESULTS_FORMATS[fmt.media_type])
            return Answer(200, fmt.content_type, body.getvalue())
        if isinstance(result, ox.QuerySolutions):
            fmt = _pick(job.media_type, RESULT_FORMATS)
            kept, truncated = _solutions(result, _RESULTS_FORMATS[fmt.media_type], job.max_results)
            return Answer(200, fmt.content_type, kept, truncated)
        fmt = _pick(job.media_type, GRAPH_FORMATS)
        kept, truncated = _triples(result, _RDF_FORMATS[fmt.media_type], job.max_results)
        return Answer(200, fmt.content_type, kept, truncated)
    except SyntaxError as exc:
        return Answer.text(400, f"malformed query: {exc}")
    except (OSError, RuntimeError, ValueError) as exc:
        return Answer.text(500, f"query failed: {exc}")


def _query(store: ox.Store, job: Job) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
    if job.default_graphs is not None or job.named_graphs is not None:
        return store.query(job.query, prefixes=PREFIXES,
                           default_graph=[ox.NamedNode(iri) for iri in job.default_graphs or ()],
                           named_graphs=[ox.NamedNode(iri) for iri in job.named_graphs or ()])
    return store.query(job.query, prefixes=PREFIXES, use_default_graph_as_union=job.union)


def _pick(media_type: str | None, formats: tuple[Format, ...]) -> Format:
    return next((f for f in formats if f.media_type == media_type), formats[0])


def _solutions(result: ox.QuerySolutions, fmt: ox.QueryResultsFormat,
               limit: int) -> tuple[bytes, bool]:
    """The first ``limit`` solutions serialised, and whether there were more.

    pyoxigraph's serialisers take a whole ``QuerySolutions``, so the kept rows are
    written as SPARQL TSV (the one lossless format whose cells are plain N-Triples
    terms), read back with ``parse_query_results`` and serialised in ``fmt``."""
    names = [variable.value for variable in result.variables]
    lines = ["\t".join("?" + name for name in names)]
    truncated = False
    for count, solution in enumerate(result):
        if count >= limit:
            truncated = True
            break
        lines.append("\t".join(_tsv_term(solution[name]) for name in names))
    kept = ox.parse_query_results(("\n".join(lines) + "\n").encode("utf-8"),
                                  format=ox.QueryResultsFormat.TSV)
    body = io.BytesIO()
    kept.serialize(body, format=fmt)
    return body.getvalue(), truncated


def _tsv_term(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.Triple):
        parts = (term.subject, term.predicate, term.object)
        return "<<( " + " ".join(_tsv_term(part) for part in parts) + " )>>"
    return str(term)


def _triples(result: Iterable[ox.Triple], fmt: ox.RdfFormat, limit: int) -> tuple[bytes, bool]:
    triples = list(islice(result, limit + 1))
    truncated = len(triples) > limit
    prefixes = None if fmt == ox.RdfFormat.N_TRIPLES else _OUTPUT_PREFIXES
    body = io.BytesIO()
    ox.serialize(triples[:limit], body, format=fmt, prefixes=prefixes)
    return body.getvalue(), truncated
