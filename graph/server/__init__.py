"""A read-only SPARQL 1.1 Protocol endpoint over a graph store, with a query page.

    from graph.server import make_server, serve
    serve(store, settings)                    # blocks until Ctrl-C
    server = make_server(store, settings)     # or drive it yourself
    server.serve_forever(); server.server_close()

:mod:`.guard` holds the safety checks and the time limit, :mod:`.protocol` the
content negotiation and the result formats, :mod:`.app` the HTTP server.
"""
from __future__ import annotations

from .app import SparqlServer, make_server, serve

__all__ = ["SparqlServer", "make_server", "serve"]
