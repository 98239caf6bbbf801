"""A SPARQL endpoint running in a thread for the length of a test or module."""
from __future__ import annotations

import threading
from collections.abc import Iterator

from graph.server import SparqlServer, make_server
from graph.settings import Settings
from graph.store import GraphStore


def running(store: GraphStore, settings: Settings, **options: object) -> Iterator[SparqlServer]:
    """Serve ``store`` until the generator is closed: ``yield from running(...)`` in a
    fixture, or ``for server in running(...)`` in a test."""
    server = make_server(store, settings, **options)  # type: ignore[arg-type]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
