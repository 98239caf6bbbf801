"""diplograph: knowledge graphs of who met, warned, threatened or sanctioned whom,
read from English news.

    >>> import graph
    >>> store = graph.GraphStore.in_memory()
    >>> summary = graph.build(["data/articles/seed.jsonl"], store)      # doctest: +SKIP
    >>> graph.ask(store, "who-met", actor="Biden")                       # doctest: +SKIP

The names below are imported on first use, so `import graph` stays light.
"""
from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_API = {
    "build": "pipeline", "extract": "pipeline", "BuildSummary": "pipeline",
    "GraphStore": "store", "open_graph": "store",
    "ask": "query", "sparql": "query", "profile": "query", "timeline": "query", "strongest_ties": "query",
    "QUESTIONS": "query",
    "to_networkx": "netx", "export": "export",
    "evaluate": "evaluate", "load_gold": "evaluate",
    "explain": "explain", "load_pipeline": "nlp", "read_inputs": "ingest",
    "Settings": "settings", "from_env": "settings",
    "DiplographError": "errors",
}
__all__ = sorted(_API)


def __getattr__(name: str) -> Any:
    if name in _API:
        return getattr(import_module(f".{_API[name]}", __name__), name)
    raise AttributeError(f"module 'graph' has no attribute {name!r}")
