"""diplograph: knowledge graphs of who met, warned, threatened or sanctioned whom,
read from English news.

    >>> import graph
    >>> store = graph.GraphStore.in_memory()
    >>> summary = graph.build(["data/articles/seed.jsonl"], store)      # doctest: +SKIP
    >>> graph.ask(store, "who-met", actor="Biden")                       # doctest: +SKIP

Most names below are imported on first use, so `import graph` stays light; the three
functions named like their modules (export, evaluate, explain) are imported at once,
so that importing those modules cannot hide them.
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
    "to_networkx": "netx", "export": "export", "refresh_summary": "summary",
    "evaluate": "evaluate", "load_gold": "evaluate",
    "explain": "explain", "load_pipeline": "nlp", "read_inputs": "ingest",
    "Settings": "settings", "from_env": "settings",
    "DiplographError": "errors",
}
__all__ = sorted(_API)

from .evaluate import evaluate  # noqa: E402
from .explain import explain  # noqa: E402
from .export import export  # noqa: E402


def __getattr__(name: str) -> Any:
    if name in _API:
        return getattr(import_module(f".{_API[name]}", __name__), name)
    raise AttributeError(f"module 'graph' has no attribute {name!r}")
