"""The HTTP server: a read-only SPARQL 1.1 Protocol endpoint at ``/sparql`` and a
query page at ``/``, on the standard library's :class:`ThreadingHTTPServer`.

Each request is checked (:mod:`.guard`), negotiated (:mod:`.protocol`) and handed to a
:class:`~.guard.QueryRunner`, whose worker processes evaluate it under the time limit.
"""
from __future__ import annotations

import html
import json
import re
import socket
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from .. import __version__
from ..errors import QueryError, QueryRefused, QueryTimeout
from ..resources import queries_dir
from ..settings import Settings, from_env
from ..store import PREFIXES, GraphStore
from .guard import DEFAULT_WORKERS, QueryBusy, QueryRunner, StoreSource, check_graphs, inspect, tokenize
from .protocol import Answer, Job, NotAcceptable, negotiate

ENDPOINT = "/sparql"
_HERE = Path(__file__).resolve().parent
_STATIC = {"/page.js": ("page.js", "text/javascript; charset=utf-8"),
           "/page.css": ("page.css", "text/css; charset=utf-8")}
PAGE_PREFIXES = ("dg", "id", "prov", "rdfs", "skos", "xsd", "dcterms", "owl")
FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"
READ_ONLY = ("this endpoint is read-only: SPARQL updates (INSERT, DELETE, LOAD, CLEAR, DROP, "
             "CREATE, ...) are refused; send a SELECT, ASK, CONSTRUCT or DESCRIBE query")


@dataclass(frozen=True)
class Example:
    title: str
    query: str


BUILTIN_EXAMPLES: tuple[Example, ...] = (
    Example("Who met whom", """SELECT ?nameA ?nameB ?date ?place WHERE {
  ?event a dg:Meeting ; dg:status dg:Occurred ; dg:participant ?a, ?b .
  FILTER (STR(?a) < STR(?b))
  ?a rdfs:label ?nameA . ?b rdfs:label ?nameB .
  OPTIONAL { ?event dg:date ?date }
  OPTIONAL { ?event dg:place/rdfs:label ?place }
}
ORDER BY ?date ?nameA
LIMIT 100"""),
    Example("Who warned, threatened or sanctioned whom", """SELECT ?type ?agent ?target ?date WHERE {
  ?event dg:agent/rdfs:label ?agent ; dg:target/rdfs:label ?target ; a ?type .
  OPTIONAL { ?event dg:date ?date }
}
ORDER BY ?date
LIMIT 100"""),
    Example("Events by type", """SELECT ?type (COUNT(?event) AS ?events) WHERE {
  ?event dg:status ?status ; a ?type .
}
GROUP BY ?type
ORDER BY DESC(?events)"""),
    Example("Actors", """SELECT ?actor ?name ?kind WHERE {
  VALUES ?kind { dg:Person dg:Country dg:Organization }
  ?actor a ?kind ; rdfs:label ?name .
}
ORDER BY ?name
LIMIT 200"""),
    Example("Where each event was read", """SELECT ?event ?sentence ?title WHERE {
  ?event prov:wasDerivedFrom ?mention .
  ?mention dg:sentence ?sentence ; dg:document ?document .
  OPTIONAL { ?document dcterms:title ?title }
}
LIMIT 50"""),
    Example("Did any meeting happen in person? (ASK)", """ASK {
  ?event a dg:Meeting ; dg:mode dg:InPerson .
}"""),
    Example("One actor's description (CONSTRUCT)", """CONSTRUCT { ?actor ?p ?o } WHERE {
  ?actor a dg:Person ; ?p ?o .
  { SELECT ?actor WHERE { ?actor a dg:Person } ORDER BY ?actor LIMIT 1 }
}"""),
)


def prefix_block() -> str:
    """The PREFIX lines the page starts its queries with."""
    return "".join(f"PREFIX {name}: <{PREFIXES[name]}>\n" for name in PAGE_PREFIXES)


def load_examples(directory: Path | None) -> list[Example]:
    """The built-in examples, then every canned ``*.rq`` query in ``directory`` (its
    first comment line, if any, is its title). Queries that declare no PREFIX get the
    usual PREFIX lines."""
    examples = [Example(e.title, prefix_block() + "\n" + e.query + "\n") for e in BUILTIN_EXAMPLES]
    for path in sorted(directory.glob("*.rq")) if directory and directory.is_dir() else ():
        text = path.read_text(encoding="utf-8")
        title = _title(path.stem, text)
        if not any(t.kind == "word" and t.text.upper() == "PREFIX" for t in tokenize(text)):
            text = prefix_block() + "\n" + text
        examples.append(Example(title, text))
    return examples


def _title(name: str, text: str) -> str:
    """``name: first sentence of the leading comment`` (the name alone without one)."""
    lines = []
    for line in text.splitlines():
        words = line.lstrip("#").strip()
        if not line.startswith("#") or not words:
            break
        lines.append(words)
    summary = " ".join(lines).removeprefix(f"{name}:").strip()
    summary = re.split(r"(?<=[.;])\s", summary, maxsplit=1)[0].rstrip(".;")
    if len(summary) > 90:
        summary = summary[:89].rstrip() + "…"
    return f"{name}: {summary}" if summary else name


def render_page(examples: list[Example]) -> bytes:
    """The query page, with the first example in the editor and every example in the
    select. Values are escaped for HTML, and for the JSON inside a <script> element."""
    template = (_HERE / "page.html").read_text(encoding="utf-8")
    options = "\n".join(f'<option value="{i}">{html.escape(e.title)}</option>'
                        for i, e in enumerate(examples))
    config = json.dumps({
        "endpoint": ENDPOINT,
        "prefixes": {name: PREFIXES[name] for name in PAGE_PREFIXES},
        "examples": [{"title": e.title, "query": e.query} for e in examples],
    })
    config = config.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    first = examples[0].query if examples else prefix_block()
    page = (template.replace("{{query}}", html.escape(first))
            .replace("{{options}}", options)
            .replace("{{config}}", config)
            .replace("{{version}}", html.escape(__version__)))
    return page.encode("utf-8")


class SparqlServer(ThreadingHTTPServer):
    """The endpoint's HTTP server; :func:`make_server` builds one."""

    daemon_threads = True
    settings: Settings
    runner: QueryRunner
    known_graphs: frozenset[str]
    page: bytes
    scratch: tempfile.TemporaryDirectory[str] | None = None

    def __init__(self, host: str, port: int):
        if ":" in host:
            self.address_family = socket.AF_INET6
        super().__init__((host, port), SparqlHandler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        host = host.decode() if isinstance(host, bytes) else host
        return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"

    def server_close(self) -> None:
        super().server_close()
        if getattr(self, "runner", None) is not None:
            self.runner.close()
        if self.scratch is not None:
            self.scratch.cleanup()
            self.scratch = None


def make_server(store: GraphStore, settings: Settings | None = None, *,
                workers: int = DEFAULT_WORKERS, examples_dir: Path | None = None) -> SparqlServer:
    """A server bound to ``settings.host``/``settings.port`` (port 0: any free port; see
    ``.url``), ready for ``serve_forever()``. Its query workers each hold their own
    read-only copy of ``store``: a store directory is opened again read-only, an
    in-memory store is copied through an N-Quads file in a temporary directory.
    Call ``server_close()`` to stop the workers and remove that directory."""
    settings = settings or from_env()
    server = SparqlServer(settings.host, settings.port)
    try:
        server.settings = settings
        server.known_graphs = frozenset(store.graphs())
        server.page = render_page(load_examples(examples_dir or queries_dir()))
        if store.path is not None:
            store.flush()
            source = StoreSource(directory=str(store.path))
        else:
            server.scratch = tempfile.TemporaryDirectory(prefix="diplograph-serve-")
            dump = Path(server.scratch.name) / "graph.nq"
            store.dump(dump, "nq")
            source = StoreSource(nquads=str(dump))
        server.runner = QueryRunner(source, workers)
    except BaseException:
        server.server_close()
        raise
    return server


def serve(store: GraphStore, settings: Settings | None = None, *,
          announce: Callable[[str], None] | None = None) -> None:
    """Serve ``store`` until interrupted (Ctrl-C), then stop cleanly. ``announce``
    is called with the page's URL once the server listens."""
    server = make_server(store, settings)
    try:
        if announce is not None:
            announce(server.url)
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


class SparqlHandler(BaseHTTPRequestHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"
    server_version = f"diplograph/{__version__}"

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path == "/":
            self._send(Answer(200, "text/html; charset=utf-8", self.server.page))
        elif url.path in _STATIC:
            name, content_type = _STATIC[url.path]
            self._send(Answer(200, content_type, (_HERE / name).read_bytes()))
        elif url.path == ENDPOINT:
            self._send(self.answer(parse_qs(url.query, keep_blank_values=True)), vary=True)
        else:
            self._send(Answer.text(404, f"no such page: {url.path}; the endpoint is {ENDPOINT}"))

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        if url.path != ENDPOINT:
            self.close_connection = True
            self._send(Answer.text(404, f"no such endpoint: {url.path}; POST to {ENDPOINT}"))
            return
        params = parse_qs(url.query, keep_blank_values=True)
        body = self._read_body()
        if isinstance(body, Answer):
            self._send(body)
            return
        media_type, _, charset = self._content_type()
        try:
            text = body.decode(charset or "utf-8")
        except (LookupError, UnicodeDecodeError) as exc:
            self._send(Answer.text(400, f"cannot decode the request body: {exc}"))
            return
        if media_type == FORM:
            for name, values in parse_qs(text, keep_blank_values=True).items():
                params.setdefault(name, []).extend(values)
            self._send(self.answer(params), vary=True)
        elif media_type == SPARQL_QUERY:
            self._send(self.answer(params, text), vary=True)
        elif media_type == SPARQL_UPDATE:
            self._send(Answer.text(403, READ_ONLY))
        else:
            self._send(Answer.text(415, f"Content-Type {media_type or '(none)'} is not supported; "
                                        f"POST a query as {FORM} (query=...) or as {SPARQL_QUERY}"))

    def _not_allowed(self) -> None:
        self.close_connection = True
        self._send(Answer.text(405, f"{self.command} is not supported; use GET or POST"),
                   extra={"Allow": "GET, POST"})

    do_PUT = do_DELETE = do_PATCH = _not_allowed

    def do_HEAD(self) -> None:
        self.do_GET()

    def answer(self, params: dict[str, list[str]], body_query: str | None = None) -> Answer:
        """The answer to a protocol request with these parameters (and query body)."""
        if "update" in params:
            return Answer.text(403, READ_ONLY)
        queries = params.get("query", []) + ([body_query] if body_query is not None else [])
        if len(queries) != 1:
            return Answer.text(400, (
                "missing query: send GET ?query=..., a form with query=..., or a body of type "
                f"{SPARQL_QUERY}") if not queries else "send exactly one query per request")
        query, settings = queries[0], self.server.settings
        known = self.server.known_graphs
        protocol_dataset = "default-graph-uri" in params or "named-graph-uri" in params
        override = params.get("format") or params.get("output") or []
        try:
            shape = inspect(query, known, PREFIXES)
            check_graphs(params.get("default-graph-uri", []), known, "default-graph-uri")
            check_graphs(params.get("named-graph-uri", []), known, "named-graph-uri")
            fmt = negotiate(shape.form, self.headers.get("Accept"), override) if shape.form else None
        except QueryRefused as exc:
            return Answer.text(403, str(exc))
        except NotAcceptable as exc:
            return Answer.text(406, str(exc))
        job = Job(
            query, fmt.media_type if fmt else None, settings.max_results,
            union=not shape.has_dataset,
            default_graphs=tuple(params.get("default-graph-uri", [])) if protocol_dataset else None,
            named_graphs=tuple(params.get("named-graph-uri", [])) if protocol_dataset else None,
        )
        try:
            return self.server.runner.run(job, settings.query_timeout)
        except (QueryTimeout, QueryBusy) as exc:
            return Answer.text(503, str(exc))
        except QueryError as exc:
            return Answer.text(500, str(exc))

    def _content_type(self) -> tuple[str, str, str | None]:
        """Media type, its parameters and the charset named in them (if any)."""
        header = self.headers.get("Content-Type", "")
        media_type, _, rest = header.partition(";")
        charset = None
        for param in rest.split(";"):
            name, _, value = param.partition("=")
            if name.strip().lower() == "charset":
                charset = value.strip().strip('"') or None
        return media_type.strip().lower(), rest, charset

    def _read_body(self) -> bytes | Answer:
        if self.headers.get("Transfer-Encoding") or self.headers.get("Content-Length") is None:
            self.close_connection = True
            return Answer.text(411, "send the request body with a Content-Length header")
        try:
            length = int(self.headers["Content-Length"])
            if length < 0:
                raise ValueError(length)
        except ValueError:
            self.close_connection = True
            return Answer.text(400, "Content-Length is not a number of bytes")
        limit = self.server.settings.max_body
        if length > limit:
            self.close_connection = True
            return Answer.text(413, f"the request body is {length} bytes; this endpoint accepts "
                                    f"at most {limit} (--max-body, DIPLOGRAPH_MAX_BODY)")
        return self.rfile.read(length)

    def _send(self, answer: Answer, *, vary: bool = False,
              extra: dict[str, str] | None = None) -> None:
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.content_type)
        self.send_header("Content-Length", str(len(answer.body)))
        if vary:
            self.send_header("Vary", "Accept")
        if answer.truncated:
            self.send_header("X-Diplograph-Truncated", "true")
            self.send_header("X-Diplograph-Max-Results", str(self.server.settings.max_results))
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            try:
                self.wfile.write(answer.body)
            except (BrokenPipeError, ConnectionResetError):  # the client went away
                self.close_connection = True
