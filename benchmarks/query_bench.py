"""Time the canned questions on a synthetic graph: an on-disk GraphStore (pyoxigraph)
against rdflib's in-memory Dataset holding the same quads.

    python benchmarks/query_bench.py --triples 1000000 --json bench.json

The store is built from graph.synthetic and summarised (graph/summary.py), as a build
does. Each question is asked as the library asks it (graph.query), and timed three
ways:

* library: the whole call on the on-disk store (SPARQL, then the Python that turns
  the results into rows), with the cache of actor names emptied before each run;
* oxigraph: the SPARQL queries that call runs, on the same store;
* rdflib: the same SPARQL text on rdflib's Dataset (default graph = union of the
  named graphs). The summary graph is part of the data, so rdflib answers from it
  too: the ratio compares the two engines on the same queries.

With --events, the questions are also timed as the event-level queries
(graph/queries/who-did.rq, strongest-ties.rq) that answer them when a store has no
summary, on both engines. Prints the median milliseconds per question; not a test.
"""
from __future__ import annotations

import argparse
import json
import math
import platform
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import rdflib

from graph import query
from graph.query import (ask, bindings_for, actor_events, evidence_for, load_query, strongest_ties,
                         timeline)
from graph.store import PREFIXES, SUMMARY_GRAPH, GraphStore, bind_values
from graph.summary import refresh_summary
from graph.synthetic import synthetic_quads

TRIPLES_PER_EVENT = 25.7  # what graph.synthetic writes, actors included
Case = Callable[[GraphStore], object]


def cases(actor: str, partner: str, person: str,
          events: list[str]) -> dict[str, tuple[Case, tuple | None]]:
    """name -> (the library call, its event-level query and options, if any): typical
    questions about ``actor`` (of the strongest tie, with ``partner``) and ``person``
    (the person in most ties)."""
    def who(question: str, **options: Any) -> tuple[Case, tuple]:
        kind = query.QUESTION_TYPES.get(question)
        return (lambda s: ask(s, question, **options)), ("who-did", {"event_type": kind, **options})

    out: dict[str, tuple[Case, tuple | None]] = {}
    for question, key in query.QUESTION_TYPES.items():
        if key:
            out[question] = who(question)
    out["who-met country"] = who("who-met", level="country")
    out["who-met actor"] = who("who-met", actor=actor)
    out["who-met country, person"] = who("who-met", actor=person, level="country")
    out["who-warned since 2021"] = who("who-warned", since=date(2021, 1, 1))
    out["profile (who-did, actor, all)"] = who("profile", actor=actor, status="all")
    out["strongest-ties (20)"] = (lambda s: strongest_ties(s, 20)), ("strongest-ties", {})
    out["strongest-ties (20), country"] = ((lambda s: strongest_ties(s, 20, level="country")),
                                           ("strongest-ties", {"level": "country"}))
    out["actor-events"] = (lambda s: actor_events(s, [ox.NamedNode(actor)]), None)
    out["actor-profile"] = (lambda s: s.select(load_query("actor-profile"), {"actor": ox.NamedNode(actor)}), None)
    out["timeline"] = (lambda s: timeline(s, actor, partner, status="all"), None)
    out["actors"] = (lambda s: s.select(load_query("actors")), None)
    out["evidence (20 events)"] = (lambda s: evidence_for(s, events), None)
    return out


class Recorder(GraphStore):
    """A view of a store that keeps the text of every query run through it."""

    def __init__(self, store: GraphStore):
        super().__init__(store.raw, store.path, store.read_only)
        self.texts: list[str] = []

    def query(self, sparql: str, bindings=None):
        self.texts.append(bind_values(sparql, bindings) if bindings else sparql)
        return super().query(sparql, bindings)


def event_text(store: GraphStore, name: str, options: dict[str, Any]) -> str:
    """The event-level query that answers a question on a store without a summary."""
    defaults = dict(actor=None, status=("occurred",), since=None, until=None, level="actor",
                    event_type=None)
    text = load_query(name) + ("LIMIT 20\n" if name == "strongest-ties" else "")
    return bind_values(text, bindings_for(store, **{**defaults, **options}))


def build_oxigraph(folder: Path, n_events: int, seed: int) -> tuple[GraphStore, dict[str, float]]:
    start = time.perf_counter()
    store = GraphStore.open(folder / "store")
    store.add(synthetic_quads(n_events, seed=seed))
    store.flush()
    loaded = time.perf_counter()
    ties = refresh_summary(store)
    store.flush()
    done = time.perf_counter()
    return store, {"oxigraph_load_s": round(loaded - start, 2), "summary_s": round(done - loaded, 2),
                   "ties": ties}


def _rdflib_term(term: Any) -> rdflib.term.Node:
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    if term.datatype.value == PREFIXES["xsd"] + "string":
        return rdflib.Literal(term.value)
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))


def build_rdflib(store: GraphStore) -> tuple[rdflib.Dataset, float]:
    """rdflib's Dataset with every quad of the store, the summary graph included."""
    start = time.perf_counter()
    dataset = rdflib.Dataset(default_union=True)
    graphs: dict[str, rdflib.Graph] = {}
    for quad in store.raw:
        name = quad.graph_name.value
        graph = graphs.get(name)
        if graph is None:
            graph = graphs[name] = dataset.graph(rdflib.URIRef(name))
        graph.add((_rdflib_term(quad.subject), _rdflib_term(quad.predicate), _rdflib_term(quad.object)))
    return dataset, time.perf_counter() - start


class Timeout(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise Timeout()


def timed(run: Callable[[], int], repeat: int, limit: int = 0) -> tuple[float, int | str]:
    """(median milliseconds, rows) over ``repeat`` runs; rows is the error message if
    the engine fails on the query or a run takes more than ``limit`` seconds (0: no
    limit; rdflib is pure Python, so an alarm can stop it)."""
    times, rows = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        signal.alarm(limit)
        try:
            rows = run()
        except Timeout:
            return float("nan"), f"stopped after {limit} s"
        except Exception as exc:  # an engine's own bug: report it, time the rest
            return float("nan"), f"{type(exc).__name__}: {exc}"
        finally:
            signal.alarm(0)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), rows


def parameters(store: GraphStore) -> tuple[str, str, str, list[str]]:
    """The two actors of the strongest tie, the person in the most ties, some events."""
    tie = strongest_ties(store, 1)[0]
    person = store.select(f"""SELECT ?a (COUNT(?t) AS ?n) WHERE {{ ?a a dg:Person .
        GRAPH <{SUMMARY_GRAPH}> {{ ?t dg:tieAgent ?a }} }} GROUP BY ?a ORDER BY DESC(?n) ?a LIMIT 1""")
    events = store.select("SELECT ?e WHERE { ?e a dg:Warning } ORDER BY ?e LIMIT 20")
    return (tie.agent, tie.target, str(person[0]["a"]) if person else tie.target,
            [str(r["e"]) for r in events])


def _sparql(engine: Callable[[str], Any], texts: list[str]) -> Callable[[], int]:
    """Run the queries and read every value of every answer as a string (pyoxigraph
    decodes a value when it is read; rdflib's terms are strings); the number of
    answers."""
    def run() -> int:
        answers = 0
        for text in texts:
            for solution in engine(text):
                answers += 1
                for value in solution:
                    getattr(value, "value", value)
        return answers
    return run


def measure(name: str, case: tuple[Case, tuple | None], store: GraphStore,
            dataset: rdflib.Dataset | None, args: argparse.Namespace) -> dict[str, Any]:
    call, event_level = case
    recorder = Recorder(store)
    call(recorder)
    entry: dict[str, Any] = {"queries": len(recorder.texts)}

    def library() -> int:
        store.cache.clear()
        result = call(store)
        return len(result) if hasattr(result, "__len__") else 1

    entry["library_ms"], entry["rows"] = timed(library, args.repeat)
    oxigraph = lambda text: store.raw.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)  # noqa: E731
    entry["oxigraph_ms"], entry["solutions"] = timed(_sparql(oxigraph, recorder.texts), args.repeat)
    if dataset is not None:
        rdf = lambda text: dataset.query(text, initNs=PREFIXES)  # noqa: E731
        ms, rows = timed(_sparql(rdf, recorder.texts), args.rdflib_repeat, args.rdflib_timeout)
        entry.update(rdflib_ms=ms if isinstance(rows, int) else None, rdflib_solutions=rows)
    if args.events and event_level:
        text = event_text(store, *event_level)
        entry["events_oxigraph_ms"], _ = timed(_sparql(oxigraph, [text]), args.repeat)
        limit = args.rdflib_timeout
        if dataset is not None:
            if args.events_ratio:
                limit = events_limit(entry["events_oxigraph_ms"], args.events_ratio)
            ms, rows = timed(_sparql(rdf, [text]), 1, limit)
            entry["events_rdflib_ms"] = ms if isinstance(rows, int) else rows
            entry["events_rdflib_limit_s"] = limit
    entry.update(ratios(entry, args.rdflib_timeout))
    return {k: round(v, 2) if isinstance(v, float) else v for k, v in entry.items()}


def events_limit(oxigraph_ms: float, ratio: float) -> int:
    """Whole seconds to give rdflib on an event-level query, so that being stopped
    proves it at least ``ratio`` times slower than Oxigraph's ``oxigraph_ms``."""
    return max(1, math.ceil(ratio * oxigraph_ms / 1000))


def ratios(entry: dict[str, Any], timeout: int) -> dict[str, Any]:
    """rdflib's time over Oxigraph's, three ways: the same SPARQL on both engines
    (``same_sparql``); the event-level query on both (``events``); and rdflib
    answering the question from the events, as a store without a summary must,
    over the library's answer (``answer``). A value given as ">N" is a lower bound:
    rdflib was stopped after ``timeout`` seconds, or on an event-level query after
    the limit the entry records (``events_rdflib_limit_s``)."""
    def ratio(slow: Any, fast: Any) -> float | str | None:
        if not isinstance(fast, (int, float)) or not fast:
            return None
        if isinstance(slow, (int, float)):
            return round(slow / fast, 1)
        if isinstance(slow, str) and slow.startswith("stopped") and limit:
            return f">{limit * 1000 / fast:.0f}"
        return None
    limit = timeout
    out = {"ratio_same_sparql": ratio(entry.get("rdflib_ms") or entry.get("rdflib_solutions"),
                                      entry["oxigraph_ms"])}
    if "events_rdflib_ms" in entry:
        limit = entry.get("events_rdflib_limit_s", timeout)
        out["ratio_events"] = ratio(entry["events_rdflib_ms"], entry["events_oxigraph_ms"])
        out["ratio_answer"] = ratio(entry["events_rdflib_ms"], entry["library_ms"])
    return out


def run(args: argparse.Namespace) -> dict[str, Any]:
    n_events = max(1, int(args.triples / TRIPLES_PER_EVENT))
    report: dict[str, Any] = {"triples_requested": args.triples, "events": n_events,
                              "python": platform.python_version(), "pyoxigraph": ox.__version__,
                              "rdflib": rdflib.__version__, "queries": {}}
    with tempfile.TemporaryDirectory(prefix="diplograph-bench-") as folder:
        store, built = build_oxigraph(Path(folder), n_events, args.seed)
        summary = sum(1 for _ in store.raw.quads_for_pattern(None, None, None, ox.NamedNode(SUMMARY_GRAPH)))
        report.update(built, quads=len(store), summary_quads=summary)
        _log(f"oxigraph: {len(store):,} quads ({summary:,} in the summary graph, {built['ties']:,} ties); "
             f"loaded in {built['oxigraph_load_s']} s, summarised in {built['summary_s']} s")
        dataset = None
        if not args.skip_rdflib:
            dataset, load_s = build_rdflib(store)
            report["rdflib_load_s"] = round(load_s, 2)
            _log(f"rdflib: {len(store):,} quads loaded in {load_s:.1f} s")
        for name, case in cases(*parameters(store)).items():
            report["queries"][name] = entry = measure(name, case, store, dataset, args)
            _log(_line(name, entry))
        store.close()
    _log(verdict(report))
    return report


def _line(name: str, entry: dict[str, Any]) -> str:
    text = (f"{name:<32} rows {entry['rows']:>6}  library {entry['library_ms']:>7.1f} ms  "
            f"oxigraph {entry['oxigraph_ms']:>7.1f} ms")
    if "rdflib_solutions" in entry:
        if entry["rdflib_ms"] is None:
            text += f"  rdflib failed: {entry['rdflib_solutions']}"
        else:
            ratio = entry["rdflib_ms"] / entry["oxigraph_ms"] if entry["oxigraph_ms"] else float("nan")
            text += f"  rdflib {entry['rdflib_ms']:>9.1f} ms  x{ratio:.0f}"
    if "events_oxigraph_ms" in entry:
        text += f"  | events: oxigraph {entry['events_oxigraph_ms']:.1f} ms"
        if "events_rdflib_ms" in entry:
            text += f", rdflib {entry['events_rdflib_ms']}"
        if entry.get("ratio_answer"):
            text += f"  | answer x{entry['ratio_answer']}"
    return text


def verdict(report: dict[str, Any]) -> str:
    """Against the targets: each question's library answer within 50 ms, and rdflib's
    memory store at least 50 times slower."""
    lines = []
    for name, entry in report["queries"].items():
        fast = entry["library_ms"] <= 50
        same, answer = entry.get("ratio_same_sparql"), entry.get("ratio_answer")
        lines.append(f"{name:<32} {'<=' if fast else '> '}50 ms   same SPARQL x{same}   "
                     f"rdflib from events / library x{answer}")
    return "\n".join(lines)


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def main(argv: Iterator[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="size of the synthetic graph")
    parser.add_argument("--repeat", type=int, default=5, help="runs per question on oxigraph")
    parser.add_argument("--rdflib-repeat", type=int, default=2, help="runs per question on rdflib")
    parser.add_argument("--rdflib-timeout", type=int, default=300, metavar="S",
                        help="give up an rdflib query after S seconds (0: never)")
    parser.add_argument("--events-ratio", type=float, default=0, metavar="R",
                        help="give rdflib's event-level queries R times Oxigraph's time instead of "
                             "--rdflib-timeout, so that a stop proves a ratio of at least R")
    parser.add_argument("--skip-rdflib", action="store_true", help="time oxigraph only")
    parser.add_argument("--events", action="store_true",
                        help="also time the event-level queries (rdflib: one run each)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", type=Path, default=None, metavar="FILE", help="write the report here")
    args = parser.parse_args(list(argv) if argv is not None else None)
    signal.signal(signal.SIGALRM, _alarm)
    report = run(args)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        _log(f"wrote {args.json}")


if __name__ == "__main__":
    main()
