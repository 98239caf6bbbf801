"""Query safety checks: what the endpoint refuses before evaluation, and the time
limit during it.

Before a query is evaluated, :func:`inspect` tokenises it the way the SPARQL
grammar does (strings, IRIs ``<...>``, comments, variables and prefixed names are
tokens of their own, so a keyword hidden in any of them is not a keyword) and
refuses:

* update requests (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, ADD, MOVE, COPY,
  WITH): the endpoint is read-only. They could not run anyway, since queries are
  only ever passed to pyoxigraph's ``query()``, never to ``update()``;
* ``SERVICE``, wherever it stands: pyoxigraph would fetch the remote endpoint;
* ``FROM`` / ``FROM NAMED`` naming a graph the store does not hold: the endpoint
  reads its own named graphs only and never fetches a remote one.

During evaluation, :class:`QueryRunner` enforces the time limit (see its docstring).
"""
from __future__ import annotations

import json
import os
import queue
import re
import signal
import subprocess
import sys
import threading
from collections.abc import Collection, Iterator, Mapping
from dataclasses import asdict, dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Literal
from urllib.parse import urljoin

import pyoxigraph as ox

from ..errors import QueryError, QueryRefused, QueryTimeout, StoreError
from .protocol import Answer, Job, evaluate

QueryForm = Literal["SELECT", "ASK", "CONSTRUCT", "DESCRIBE"]
QUERY_FORMS: frozenset[str] = frozenset({"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"})
UPDATE_KEYWORDS: frozenset[str] = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
)

_PN_PREFIX = r"[^\W\d_](?:[\w.-]*[\w-])?"
_PN_LOCAL = r"(?:[\w:%-]|\\[-_~.!$&'()*+,;=/?#@%]|\.(?=[\w:%-]))*"
_TOKEN = re.compile(
    rf"""
      (?P<space>\s+)
    | (?P<comment>\#[^\n]*)
    | (?P<iri><[^<>"{{}}|^`\\\x00-\x20]*>)
    | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''
               | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
               | '(?:[^'\\\n\r]|\\.)*'
               | "(?:[^"\\\n\r]|\\.)*")
    | (?P<var>[?$]\w+)
    | (?P<bnode>_:{_PN_LOCAL})
    | (?P<pname>(?:{_PN_PREFIX})?:{_PN_LOCAL})
    | (?P<langtag>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
    | (?P<word>[^\W\d]\w*)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True)
class Token:
    kind: str  # comment, iri, string, var, bnode, pname, langtag, word, other
    text: str
    offset: int


@dataclass(frozen=True)
class QueryShape:
    """What the endpoint needs to know about a query before running it."""

    form: QueryForm | None  # None when the query form is not recognisable (the parser says why)
    from_graphs: tuple[str, ...] = ()
    from_named: tuple[str, ...] = ()

    @property
    def has_dataset(self) -> bool:
        """True when the query names its own dataset with FROM or FROM NAMED."""
        return bool(self.from_graphs or self.from_named)


def tokenize(query: str) -> Iterator[Token]:
    """The query's tokens, without white space. Never fails: an unterminated string
    or IRI comes out as single characters, and the parser reports it later."""
    for match in _TOKEN.finditer(query):
        kind = match.lastgroup or "other"
        if kind != "space":
            yield Token(kind, match.group(), match.start())


def inspect(query: str, known_graphs: Collection[str],
            prefixes: Mapping[str, str] | None = None) -> QueryShape:
    """The query's form and dataset, or :class:`QueryRefused` when the query asks for
    an update, a SERVICE call or a graph the store does not hold. ``prefixes`` are the
    ones the endpoint predeclares; the query's own PREFIX lines are added to them."""
    tokens = [t for t in tokenize(query) if t.kind != "comment"]
    known_prefixes = dict(prefixes or {})
    base: str | None = None
    form: QueryForm | None = None
    from_graphs: list[str] = []
    from_named: list[str] = []
    for index, token in enumerate(tokens):
        if token.kind != "word":
            continue
        keyword = token.text.upper()
        if keyword == "SERVICE":
            raise QueryRefused(
                f"SERVICE (at character {token.offset}) is not allowed: this endpoint "
                "never sends queries to other endpoints; query its own graphs instead"
            )
        if form is None and keyword in UPDATE_KEYWORDS:
            raise QueryRefused(
                f"{keyword} is an update: this endpoint is read-only and answers "
                "SELECT, ASK, CONSTRUCT and DESCRIBE queries only"
            )
        if keyword == "PREFIX" and index + 2 < len(tokens):
            name, namespace = tokens[index + 1], tokens[index + 2]
            if name.kind == "pname" and namespace.kind == "iri":
                known_prefixes[name.text.split(":", 1)[0]] = _resolve(namespace.text[1:-1], base)
        elif keyword == "BASE" and index + 1 < len(tokens) and tokens[index + 1].kind == "iri":
            base = _resolve(tokens[index + 1].text[1:-1], base)
        elif form is None and keyword in QUERY_FORMS:
            form = keyword  # type: ignore[assignment]
        elif keyword == "FROM":
            named = index + 1 < len(tokens) and tokens[index + 1].text.upper() == "NAMED"
            where = index + (2 if named else 1)
            if where < len(tokens) and not _glued_slash(tokens, where):
                graph = _graph_iri(tokens[where], known_prefixes, base)
                if graph is not None:
                    (from_named if named else from_graphs).append(graph)
    check_graphs([*from_graphs, *from_named], known_graphs, "FROM")
    return QueryShape(form, tuple(from_graphs), tuple(from_named))


def check_graphs(iris: Collection[str], known_graphs: Collection[str], where: str) -> None:
    """Refuse any graph IRI that is not a named graph of the store."""
    for iri in iris:
        if iri not in known_graphs:
            raise QueryRefused(
                f"{where} <{iri}> is not a graph of this store, and this endpoint never "
                "fetches remote graphs; list the graphs it holds with "
                "SELECT DISTINCT ?g WHERE { GRAPH ?g { } }"
            )


def _glued_slash(tokens: list[Token], index: int) -> bool:
    """True for ``id:graph/doc`` (a "/" right after a prefixed name, which the grammar
    does not allow there): left for the parser to report."""
    after = index + 1
    return (after < len(tokens) and tokens[after].text == "/"
            and tokens[after].offset == tokens[index].offset + len(tokens[index].text))


def _graph_iri(token: Token, prefixes: Mapping[str, str], base: str | None) -> str | None:
    if token.kind == "iri":
        return _resolve(token.text[1:-1], base)
    if token.kind == "pname":
        prefix, local = token.text.split(":", 1)
        if prefix in prefixes:
            return prefixes[prefix] + re.sub(r"\\(.)", r"\1", local)
    return None  # not a graph name: the parser will report the error


def _resolve(iri: str, base: str | None) -> str:
    return urljoin(base, iri) if base else iri


# -- the time limit -----------------------------------------------------------------

DEFAULT_WORKERS = 2  # query worker processes: queries that may run at the same time
WORKER_START_TIMEOUT = 600.0  # seconds a worker may take to open or load the store
_PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])  # the folder holding graph/


class QueryBusy(QueryError):
    """Every query worker stayed busy for as long as the time limit."""


@dataclass(frozen=True)
class StoreSource:
    """Where a query worker gets its own read-only copy of the graph: a store
    directory (opened read-only) or an N-Quads file (loaded in memory)."""

    directory: str | None = None
    nquads: str | None = None

    def open(self) -> ox.Store:
        if self.directory is not None:
            return ox.Store.read_only(self.directory)
        store = ox.Store()
        if self.nquads is not None:
            store.load(path=self.nquads, format=ox.RdfFormat.N_QUADS)
        return store


class _Worker:
    """A worker process and the two ends of the pipes the parent keeps."""

    def __init__(self, source: StoreSource):
        to_child, self.jobs = os.pipe()
        self.answers, from_child = os.pipe()
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [_PACKAGE_ROOT, env.get("PYTHONPATH")]))
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-c", "from graph.server.guard import worker_main; worker_main()",
                 json.dumps(asdict(source))],
                stdin=to_child, stdout=from_child, env=env, start_new_session=True)
        except BaseException:
            os.close(self.jobs)
            os.close(self.answers)
            raise
        finally:
            os.close(to_child)
            os.close(from_child)
        self.send = Connection(self.jobs, readable=False)
        self.recv = Connection(self.answers, writable=False)

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=10)
        self.send.close()
        self.recv.close()


class QueryRunner:
    """Evaluates queries in a small pool of worker processes, each holding its own
    read-only copy of the store, and stops any query that runs past the time limit.

    Why processes and not threads: pyoxigraph evaluates in Rust and releases the GIL,
    so a query in a thread would leave the server responsive, but nothing can stop
    it. A query with ORDER BY, GROUP BY or an aggregate does all its work inside one
    call (``Store.query`` or the first ``next()`` on its solutions), with no point
    where a thread could check a cancellation flag; a cross product counted with
    COUNT(*) would go on using a core and growing memory long after its client had
    been told it took too long. A process can be stopped: when a query runs over,
    its worker is killed (SIGKILL), which ends the evaluation and frees its memory at
    once, and a fresh worker is started in the background to take its place.

    Workers are fresh interpreters (``python -c``, not a fork of the threaded server,
    and not :mod:`multiprocessing`, which would re-import the caller's main script)
    talking pickled :class:`Job` and :class:`Answer` objects over a pair of pipes.
    They run in their own session, so Ctrl-C reaches only the server, which then
    closes the pool; a worker whose server is gone exits when its pipe closes.
    """

    def __init__(self, source: StoreSource, workers: int = DEFAULT_WORKERS):
        if workers < 1:
            raise ValueError(f"a query runner needs at least one worker, not {workers}")
        self._source = source
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self._failure: str | None = None  # why the last restart of a worker failed
        self._restarting = 0  # workers being started in place of stopped ones
        self.size = workers
        try:
            starting = [self._spawn() for _ in range(workers)]
            for worker in starting:
                self._wait_ready(worker)
                self._idle.put(worker)
        except BaseException:
            self.close()
            raise

    def run(self, job: Job, timeout: float) -> Answer:
        """Evaluate ``job`` in a worker; :class:`QueryTimeout` when it takes longer than
        ``timeout`` seconds, :class:`QueryBusy` when no worker frees up in that time."""
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            worker = None
        if worker is None and self._restarting:  # a stopped worker's successor is starting
            try:
                worker = self._idle.get(timeout=WORKER_START_TIMEOUT)
            except queue.Empty:
                pass
        if worker is None:
            with self._lock:
                failure = None if self._all else self._failure
            if failure:
                raise QueryError(f"no query worker is running: {failure}")
            raise QueryBusy(f"all {self.size} query workers stayed busy for {timeout:g} s; "
                            "try again later")
        try:
            worker.send.send(job)
            if worker.recv.poll(timeout):
                answer: Answer = worker.recv.recv()
                self._idle.put(worker)
                return answer
        except (EOFError, OSError) as exc:
            self._replace(worker)
            raise QueryError("the query worker stopped unexpectedly (out of memory?); "
                             "it has been restarted") from exc
        self._replace(worker)
        raise QueryTimeout(f"query exceeded {timeout:g} s, the time limit of this endpoint "
                           "(--timeout, DIPLOGRAPH_QUERY_TIMEOUT); it was stopped")

    def worker_pids(self) -> list[int]:
        """Process ids of the live workers."""
        with self._lock:
            return sorted(w.process.pid for w in self._all)

    def close(self) -> None:
        """Stop every worker: idle ones are asked to exit, busy ones are killed."""
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            try:
                worker.send.send(None)
            except OSError:
                pass
        for worker in workers:
            try:
                worker.process.wait(timeout=2)
            except subprocess.TimeoutExpired:
                pass
            worker.kill()

    def _spawn(self) -> _Worker:
        worker = _Worker(self._source)
        with self._lock:
            self._all.add(worker)
        return worker

    def _wait_ready(self, worker: _Worker) -> None:
        try:
            if not worker.recv.poll(WORKER_START_TIMEOUT):
                raise StoreError(f"a query worker did not open the store within "
                                 f"{WORKER_START_TIMEOUT:g} s")
            status, message = worker.recv.recv()
        except (EOFError, OSError) as exc:
            raise StoreError("a query worker stopped while opening the store "
                             "(its error is on standard error)") from exc
        if status != "ready":
            raise StoreError(f"a query worker cannot open the store: {message}")

    def _replace(self, worker: _Worker) -> None:
        """Kill ``worker`` and start another in the background."""
        worker.kill()
        with self._lock:
            self._all.discard(worker)
            if self._closed:
                return
        threading.Thread(target=self._restart, name="diplograph-worker-restart",
                         daemon=True).start()

    def _restart(self) -> None:
        with self._lock:
            self._restarting += 1
        try:
            worker = self._spawn()
            self._wait_ready(worker)
        except (StoreError, OSError) as exc:
            print(f"diplograph: {exc}", file=sys.stderr)
            with self._lock:
                self._failure = str(exc)
                self._restarting -= 1
            return
        with self._lock:
            closed = self._closed
        if closed:
            worker.kill()
        else:
            self._idle.put(worker)
        with self._lock:
            self._restarting -= 1


def worker_main() -> None:
    """A query worker (run as ``python -c``; the store source is JSON in argv[1]):
    open the store, then answer jobs from standard input until told to stop (None)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    jobs = Connection(os.dup(0), writable=False)
    answers = Connection(os.dup(1), readable=False)
    os.dup2(2, 1)  # anything printed goes to standard error, not into the answers
    try:
        store = StoreSource(**json.loads(sys.argv[1])).open()
    except (OSError, SyntaxError, ValueError) as exc:
        answers.send(("failed", f"{type(exc).__name__}: {exc}"))
        return
    answers.send(("ready", ""))
    while True:
        try:
            job = jobs.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        answers.send(evaluate(store, job))
