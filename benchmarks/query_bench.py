"""Time the canned queries on a synthetic graph: an on-disk GraphStore (pyoxigraph)
against rdflib's in-memory Dataset holding the same quads.

    python benchmarks/query_bench.py --triples 1000000 --json bench.json

Each query runs with typical parameters, bound the same way for both engines (a
VALUES block, see graph.store.bind_values), on the union of the named graphs.
Prints the median milliseconds per query for each engine and their ratio. Not a test.
"""
from __future__ import annotations

import argparse
import json
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

from graph.query import QUESTION_TYPES, bindings_for, load_query
from graph.store import PREFIXES, GraphStore, bind_values
from graph.synthetic import synthetic_quads

TRIPLES_PER_EVENT = 25.7  # what graph.synthetic writes, actors included
DEFAULTS: dict[str, Any] = dict(actor=None, status=("occurred",), since=None, until=None,
                                level="actor", event_type=None)


def cases(store: GraphStore, actor: str, other: str, events: list[ox.NamedNode]) -> dict[str, tuple[str, dict]]:
    """name -> (canned query, bindings): the bindings graph.query makes for typical
    questions (an actor's events are looked up once, as the library does)."""
    def bind(**options: Any) -> dict:
        return bindings_for(store, **{**DEFAULTS, **options})

    out: dict[str, tuple[str, dict]] = {}
    for question, key in QUESTION_TYPES.items():
        if key:
            out[question] = ("who-did", bind(event_type=key))
    out["who-met country"] = ("who-did", bind(event_type="meet", level="country"))
    out["who-met actor"] = ("who-did", bind(event_type="meet", actor=actor))
    out["who-warned since 2021"] = ("who-did", bind(event_type="warn", since=date(2021, 1, 1)))
    out["profile (who-did, actor, any)"] = ("who-did", bind(actor=actor, status="all"))
    one = store.select(load_query("actors"))[0]["actor"]
    out["actor-events"] = ("actor-events", {"actor": ox.NamedNode(str(one)), "level": "actor"})
    out["actor-profile"] = ("actor-profile", {"actor": ox.NamedNode(actor)})
    shared = bind(status="all")
    first, second = (bind(actor=a)["e"] for a in (actor, other))
    shared.update(actor=ox.NamedNode(actor), other=ox.NamedNode(other),
                  e=sorted(set(first) & set(second), key=str))  # type: ignore[arg-type]
    out["timeline"] = ("timeline", shared)
    out["strongest-ties (20)"] = ("strongest-ties", bind())
    out["actors"] = ("actors", {})
    out["evidence (20 events)"] = ("evidence", {"e": events})
    return out


def build_oxigraph(folder: Path, n_events: int, seed: int) -> tuple[GraphStore, float]:
    start = time.perf_counter()
    store = GraphStore.open(folder / "store")
    store.add(synthetic_quads(n_events, seed=seed))
    store.flush()
    return store, time.perf_counter() - start


def _rdflib_term(term: Any) -> rdflib.term.Node:
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    if term.datatype.value == PREFIXES["xsd"] + "string":
        return rdflib.Literal(term.value)
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))


def build_rdflib(n_events: int, seed: int) -> tuple[rdflib.Dataset, float]:
    start = time.perf_counter()
    dataset = rdflib.Dataset(default_union=True)
    graphs: dict[str, rdflib.Graph] = {}
    for quad in synthetic_quads(n_events, seed=seed):
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


def parameters(store: GraphStore) -> tuple[str, str, list[ox.NamedNode]]:
    """The two actors of the strongest tie, and some events."""
    tie = store.select(load_query("strongest-ties") + "LIMIT 1", bindings_for(store, **DEFAULTS))[0]
    events = store.select("SELECT ?e WHERE { ?e a dg:Warning } ORDER BY ?e LIMIT 20")
    return str(tie["agent"]), str(tie["target"]), [ox.NamedNode(str(r["e"])) for r in events]


def run(args: argparse.Namespace) -> dict[str, Any]:
    n_events = max(1, int(args.triples / TRIPLES_PER_EVENT))
    report: dict[str, Any] = {"triples_requested": args.triples, "events": n_events,
                              "python": platform.python_version(), "pyoxigraph": ox.__version__,
                              "rdflib": rdflib.__version__, "queries": {}}
    with tempfile.TemporaryDirectory(prefix="diplograph-bench-") as folder:
        store, load_s = build_oxigraph(Path(folder), n_events, args.seed)
        report.update(quads=len(store), oxigraph_load_s=round(load_s, 2))
        _log(f"oxigraph: {len(store):,} quads loaded in {load_s:.1f} s")
        dataset = None
        if not args.skip_rdflib:
            dataset, load_s = build_rdflib(n_events, args.seed)
            report["rdflib_load_s"] = round(load_s, 2)
            _log(f"rdflib: {len(dataset):,} quads loaded in {load_s:.1f} s")
        actor, other, events = parameters(store)
        for name, (query, bindings) in cases(store, actor, other, events).items():
            text = bind_values(load_query(query), bindings) if bindings else load_query(query)
            if query == "strongest-ties":
                text += "LIMIT 20\n"
            ox_ms, ox_rows = timed(lambda: len(list(store.query(text))), args.repeat)
            entry: dict[str, Any] = {"query": query, "oxigraph_ms": round(ox_ms, 2), "rows": ox_rows}
            if dataset is not None:
                rl_ms, rl_rows = timed(lambda: len(list(dataset.query(text, initNs=PREFIXES))),
                                       args.rdflib_repeat, args.rdflib_timeout)
                ok = isinstance(rl_rows, int)
                entry.update(rdflib_ms=round(rl_ms, 2) if ok else None, rdflib_rows=rl_rows,
                             ratio=round(rl_ms / ox_ms, 1) if ok and ox_ms else None)
            report["queries"][name] = entry
            _log(_line(name, entry))
        store.close()
    return report


def _line(name: str, entry: dict[str, Any]) -> str:
    text = f"{name:<36} oxigraph {entry['oxigraph_ms']:>10.1f} ms  rows {entry['rows']:>6}"
    if "rdflib_rows" in entry and entry["rdflib_ms"] is None:
        text += f"   rdflib failed: {entry['rdflib_rows']}"
    elif "rdflib_ms" in entry:
        same = "" if entry["rdflib_rows"] == entry["rows"] else f"  (rdflib rows {entry['rdflib_rows']})"
        text += f"   rdflib {entry['rdflib_ms']:>11.1f} ms   x{entry['ratio']}{same}"
    return text


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def main(argv: Iterator[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="size of the synthetic graph")
    parser.add_argument("--repeat", type=int, default=5, help="runs per query on oxigraph")
    parser.add_argument("--rdflib-repeat", type=int, default=2, help="runs per query on rdflib")
    parser.add_argument("--rdflib-timeout", type=int, default=300, metavar="S",
                        help="give up an rdflib query after S seconds (0: never)")
    parser.add_argument("--skip-rdflib", action="store_true", help="time oxigraph only")
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
