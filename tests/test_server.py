"""The SPARQL endpoint over HTTP: every status code, every result format parsed back,
the safety checks, the time limit and the result-size limit."""
from __future__ import annotations

import csv
import http.client
import io
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from email.message import Message
from pathlib import Path
from urllib.parse import urlencode

import pyoxigraph as ox
import pytest
import rdflib

from graph.errors import QueryRefused
from graph.resources import queries_dir
from graph.server import SparqlServer
from graph.server.app import load_examples, render_page
from graph.server.guard import inspect, tokenize
from graph.server.protocol import NotAcceptable, negotiate
from graph.settings import BASE_IRI, ONTOLOGY_IRI, Settings
from graph.store import PREFIXES, GraphStore, open_graph
from graph.synthetic import EventSpec, actor_quads, document_quads, event_quads

from .serving import running

pytestmark = pytest.mark.server

ID, DG = BASE_IRI, ONTOLOGY_IRI
SRX = "{http://www.w3.org/2005/sparql-results#}"
ODD_NAME = 'AT&T <"Ops"> & Sons'
BIDEN = f"{ID}actor/joe-biden"
BIDEN_LABEL = f"SELECT ?name WHERE {{ <{BIDEN}> rdfs:label ?name }}"
BIDEN_CONSTRUCT = f"CONSTRUCT {{ <{BIDEN}> ?p ?o }} WHERE {{ <{BIDEN}> ?p ?o }}"
RESULT_TYPES = ["application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                "text/tab-separated-values"]
GRAPH_TYPES = ["text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml"]
CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
MEETING = EventSpec(key="test/geneva", doc="doc-1", type="meet", sentence="Biden met Putin in Geneva.",
                    participants=("joe-biden", "vladimir-putin"), date=date(2021, 6, 16),
                    place="Geneva", mode="in_person")
WARNING = EventSpec(key="test/warning", doc="doc-2", type="warn", sentence="Biden warned Putin.",
                    agent="joe-biden", target="vladimir-putin", date=date(2021, 12, 7))


def graph_quads() -> list[ox.Quad]:
    """Five actors, two documents, a meeting and a warning (docs/rdf-model.md)."""
    return [
        *actor_quads("joe-biden", "Person", "Joe Biden", aliases=("Biden",), country="united-states"),
        *actor_quads("vladimir-putin", "Person", "Vladimir Putin", country="russia"),
        *actor_quads("united-states", "Country", "United States", code="USA"),
        *actor_quads("russia", "Country", "Russia", code="RUS"),
        *actor_quads("odd", "Organization", ODD_NAME, known=False),
        *document_quads("doc-1", date(2021, 6, 16), "Summit in Geneva", "https://example.org/1"),
        *document_quads("doc-2", date(2021, 12, 8), "A warning", "https://example.org/2"),
        *event_quads(MEETING),
        *event_quads(WARNING),
    ]


def filler_quads(n: int) -> list[ox.Quad]:
    g, rank = ox.NamedNode(ID + "graph/filler"), ox.NamedNode(DG + "rank")
    return [ox.Quad(ox.NamedNode(f"{ID}thing/{i}"), rank, ox.Literal(f"thing {i}"), g)
            for i in range(n)]


# -- a server in a thread, and a small client ------------------------------------------

@dataclass(frozen=True)
class Reply:
    status: int
    headers: Message
    body: bytes

    @property
    def media_type(self) -> str:
        return (self.headers.get("Content-Type") or "").split(";")[0].strip()

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")

    def json(self) -> dict:
        return json.loads(self.body)


def call(server: SparqlServer, method: str, path: str = "/sparql", *,
         params: dict[str, object] | None = None, body: bytes | None = None,
         headers: dict[str, str] | None = None) -> Reply:
    host, port = server.server_address[:2]
    connection = http.client.HTTPConnection(str(host), port, timeout=60)
    target = path + ("?" + urlencode(params, doseq=True) if params else "")
    try:
        connection.request(method, target, body=body, headers=headers or {})
        response = connection.getresponse()
        return Reply(response.status, response.headers, response.read())
    finally:
        connection.close()


def get(server: SparqlServer, query: str, accept: str | None = None, /,
        **params: str | list[str]) -> Reply:
    return call(server, "GET", params={"query": query, **params},
                headers={"Accept": accept} if accept else {})


def post_form(server: SparqlServer, fields: dict[str, object], accept: str | None = None) -> Reply:
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    if accept:
        headers["Accept"] = accept
    return call(server, "POST", body=urlencode(fields, doseq=True).encode(), headers=headers)


def json_values(reply: Reply, name: str) -> list[str]:
    assert reply.status == 200, reply.text
    return [row[name]["value"] for row in reply.json()["results"]["bindings"] if name in row]


@pytest.fixture(scope="module")
def server() -> Iterator[SparqlServer]:
    store = GraphStore.in_memory()
    store.add(graph_quads())
    settings = Settings(port=0, query_timeout=20, max_results=1000, max_body=20_000)
    yield from running(store, settings)


@pytest.fixture(scope="module")
def limited() -> Iterator[SparqlServer]:
    """3,000 more triples, a 1 s time limit, 50 results per answer, one worker."""
    store = GraphStore.in_memory()
    store.add([*graph_quads(), *filler_quads(3000)])
    yield from running(store, Settings(port=0, query_timeout=1.0, max_results=50), workers=1)


# -- SELECT and ASK: every result format -------------------------------------------------

def test_select_answers_json_by_default(server: SparqlServer) -> None:
    reply = get(server, BIDEN_LABEL)
    assert reply.media_type == "application/sparql-results+json"
    assert reply.json()["head"]["vars"] == ["name"]
    assert json_values(reply, "name") == ["Joe Biden"]
    assert reply.headers.get("X-Diplograph-Truncated") is None


def test_select_as_xml(server: SparqlServer) -> None:
    reply = get(server, BIDEN_LABEL, "application/sparql-results+xml")
    assert reply.status == 200 and reply.media_type == "application/sparql-results+xml"
    root = ET.fromstring(reply.body)
    assert [v.get("name") for v in root.iter(SRX + "variable")] == ["name"]
    assert [lit.text for lit in root.iter(SRX + "literal")] == ["Joe Biden"]


def test_select_as_csv(server: SparqlServer) -> None:
    query = "SELECT ?name ?code WHERE { ?c a dg:Country ; rdfs:label ?name ; dg:countryCode ?code } ORDER BY ?name"
    reply = get(server, query, "text/csv")
    assert reply.status == 200 and reply.headers["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.DictReader(io.StringIO(reply.text)))
    assert rows == [{"name": "Russia", "code": "RUS"}, {"name": "United States", "code": "USA"}]


def test_select_as_tsv_keeps_terms(server: SparqlServer) -> None:
    reply = get(server, f"SELECT ?who ?name WHERE {{ BIND(<{BIDEN}> AS ?who) ?who rdfs:label ?name }}",
                "text/tab-separated-values")
    assert reply.status == 200 and reply.media_type == "text/tab-separated-values"
    header, row = reply.text.rstrip("\n").split("\n")
    assert header.split("\t") == ["?who", "?name"]
    assert row.split("\t") == [f"<{BIDEN}>", '"Joe Biden"']


def test_odd_characters_survive_every_format(server: SparqlServer) -> None:
    query = f"SELECT ?name WHERE {{ <{ID}actor/odd> rdfs:label ?name }}"
    assert json_values(get(server, query), "name") == [ODD_NAME]
    xml = ET.fromstring(get(server, query, "application/sparql-results+xml").body)
    assert [lit.text for lit in xml.iter(SRX + "literal")] == [ODD_NAME]
    assert list(csv.reader(io.StringIO(get(server, query, "text/csv").text)))[1] == [ODD_NAME]


@pytest.mark.parametrize("accept", RESULT_TYPES)
def test_ask_in_every_result_format(server: SparqlServer, accept: str) -> None:
    reply = get(server, "ASK { ?e a dg:Meeting ; dg:mode dg:InPerson }", accept)
    assert reply.status == 200 and reply.media_type == accept
    if accept.endswith("json"):
        assert reply.json()["boolean"] is True
    elif accept.endswith("xml"):
        assert ET.fromstring(reply.body).find(SRX + "boolean").text == "true"  # type: ignore[union-attr]
    else:
        assert reply.text.strip() == "true"


# -- CONSTRUCT and DESCRIBE: every RDF format ------------------------------------------

@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
@pytest.mark.parametrize("accept, rdflib_format", [
    ("text/turtle", "turtle"), ("application/n-triples", "nt"),
    ("application/ld+json", "json-ld"), ("application/rdf+xml", "xml"),
])
def test_construct_in_every_rdf_format(server: SparqlServer, accept: str, rdflib_format: str) -> None:
    reply = get(server, BIDEN_CONSTRUCT, accept)
    assert reply.status == 200 and reply.media_type == accept
    parsed = rdflib.Graph().parse(data=reply.body, format=rdflib_format)
    assert (rdflib.URIRef(BIDEN), rdflib.RDFS.label, rdflib.Literal("Joe Biden")) in parsed
    assert (rdflib.URIRef(BIDEN), rdflib.RDF.type, rdflib.URIRef(DG + "Person")) in parsed


def test_construct_answers_turtle_by_default(server: SparqlServer) -> None:
    reply = get(server, BIDEN_CONSTRUCT)
    assert reply.headers["Content-Type"] == "text/turtle; charset=utf-8"
    assert len(rdflib.Graph().parse(data=reply.body, format="turtle")) >= 4


def test_describe(server: SparqlServer) -> None:
    reply = get(server, f"DESCRIBE <{BIDEN}>", "application/n-triples")
    assert reply.status == 200
    assert f'<{BIDEN}> <http://www.w3.org/2000/01/rdf-schema#label> "Joe Biden" .' in reply.text


# -- content negotiation -------------------------------------------------------------

@pytest.mark.parametrize("accept, expected", [
    ("text/csv;q=0.5, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
    ("*/*", "application/sparql-results+json"),
    ("text/*", "text/csv"),
    ("text/csv;q=0, text/*", "text/tab-separated-values"),
    ("application/json", "application/sparql-results+json"),
    ("image/png, */*;q=0.1", "application/sparql-results+json"),
    ("application/*;q=0.2, text/tab-separated-values;q=0.3", "text/tab-separated-values"),
])
def test_accept_with_q_values_for_select(server: SparqlServer, accept: str, expected: str) -> None:
    assert get(server, BIDEN_LABEL, accept).media_type == expected


@pytest.mark.parametrize("accept, expected", [
    ("text/turtle;q=0, */*;q=0.1", "application/n-triples"),
    ("application/json", "application/ld+json"),
    ("application/sparql-results+json, text/turtle;q=0.9", "text/turtle"),
    ("application/*", "application/n-triples"),
])
def test_accept_with_q_values_for_construct(server: SparqlServer, accept: str, expected: str) -> None:
    assert get(server, BIDEN_CONSTRUCT, accept).media_type == expected


@pytest.mark.parametrize("query, fmt, expected", [
    (BIDEN_LABEL, "csv", "text/csv"),
    (BIDEN_LABEL, "text/tab-separated-values", "text/tab-separated-values"),
    (BIDEN_LABEL, "XML", "application/sparql-results+xml"),
    (BIDEN_CONSTRUCT, "json", "application/ld+json"),
    (BIDEN_CONSTRUCT, "nt", "application/n-triples"),
    (BIDEN_CONSTRUCT, "xml", "application/rdf+xml"),
])
def test_format_parameter_overrides_accept(server: SparqlServer, query: str, fmt: str,
                                           expected: str) -> None:
    assert get(server, query, "application/sparql-results+json", format=fmt).media_type == expected


def test_unacceptable_accept_is_406_with_the_available_types(server: SparqlServer) -> None:
    reply = get(server, BIDEN_LABEL, "image/png")
    assert reply.status == 406 and reply.media_type == "text/plain"
    for media_type in RESULT_TYPES:
        assert media_type in reply.text
    reply = get(server, BIDEN_CONSTRUCT, "application/sparql-results+json")
    assert reply.status == 406
    for media_type in GRAPH_TYPES:
        assert media_type in reply.text


def test_unknown_format_parameter_is_406(server: SparqlServer) -> None:
    reply = get(server, BIDEN_LABEL, format="turtle")
    assert reply.status == 406 and "format='turtle'" in reply.text
    assert get(server, BIDEN_LABEL, format=["bogus", "text/csv,text/plain"]).media_type == "text/csv"


def test_negotiate_directly() -> None:
    assert negotiate("SELECT", None).media_type == RESULT_TYPES[0]
    assert negotiate("DESCRIBE", "").media_type == GRAPH_TYPES[0]
    assert negotiate("ASK", "text/csv;q=bad, application/sparql-results+xml").media_type == RESULT_TYPES[1]
    with pytest.raises(NotAcceptable):
        negotiate("SELECT", "text/turtle")


# -- the protocol: methods, content types, sizes ----------------------------------------

def test_post_form(server: SparqlServer) -> None:
    assert json_values(post_form(server, {"query": BIDEN_LABEL}), "name") == ["Joe Biden"]


def test_post_form_with_format_field(server: SparqlServer) -> None:
    reply = post_form(server, {"query": BIDEN_LABEL, "format": "csv"})
    assert reply.media_type == "text/csv" and "Joe Biden" in reply.text


def test_post_sparql_query_body(server: SparqlServer) -> None:
    reply = call(server, "POST", body=BIDEN_LABEL.encode(),
                 headers={"Content-Type": "application/sparql-query; charset=UTF-8"})
    assert json_values(reply, "name") == ["Joe Biden"]


def test_post_sparql_query_with_graph_parameters_in_the_url(server: SparqlServer) -> None:
    reply = call(server, "POST", params={"default-graph-uri": f"{ID}graph/doc-1"},
                 body=b"SELECT ?title WHERE { ?d dcterms:title ?title }",
                 headers={"Content-Type": "application/sparql-query"})
    assert json_values(reply, "title") == ["Summit in Geneva"]


@pytest.mark.parametrize("content_type", ["text/plain", "application/json", "multipart/form-data"])
def test_wrong_content_type_is_415(server: SparqlServer, content_type: str) -> None:
    reply = call(server, "POST", body=BIDEN_LABEL.encode(), headers={"Content-Type": content_type})
    assert reply.status == 415
    assert "application/x-www-form-urlencoded" in reply.text and "application/sparql-query" in reply.text


def test_body_over_the_limit_is_413(server: SparqlServer) -> None:
    query = BIDEN_LABEL + " #" + "x" * 30_000
    reply = call(server, "POST", body=query.encode(), headers={"Content-Type": "application/sparql-query"})
    assert reply.status == 413 and "at most 20000" in reply.text


def test_body_without_length_is_411(server: SparqlServer) -> None:
    host, port = server.server_address[:2]
    with socket.create_connection((str(host), port), timeout=30) as sock:
        sock.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                     b"Transfer-Encoding: chunked\r\n\r\n5\r\nASK{}\r\n0\r\n\r\n")
        answer = sock.recv(4096).decode()
    assert answer.startswith("HTTP/1.1 411")


def test_malformed_query_is_400_with_the_parser_message(server: SparqlServer) -> None:
    reply = get(server, "SELECT ?x WHERE { ?x ?p }")
    assert reply.status == 400 and reply.media_type == "text/plain"
    assert reply.text.startswith("malformed query: error at 1:")


@pytest.mark.parametrize("params, message", [
    ({}, "missing query"),
    ({"query": [BIDEN_LABEL, BIDEN_LABEL]}, "exactly one query"),
])
def test_missing_or_repeated_query_is_400(server: SparqlServer, params: dict, message: str) -> None:
    reply = call(server, "GET", params=params)
    assert reply.status == 400 and message in reply.text


@pytest.mark.parametrize("path", ["/nothing", "/sparql/extra", "/favicon.ico"])
def test_unknown_path_is_404(server: SparqlServer, path: str) -> None:
    assert call(server, "GET", path).status == 404
    assert call(server, "POST", path, body=b"x", headers={"Content-Type": "text/plain"}).status == 404


def test_other_methods_are_405(server: SparqlServer) -> None:
    reply = call(server, "PUT", body=b"x")
    assert reply.status == 405 and reply.headers["Allow"] == "GET, POST"


def test_connection_is_reused_between_requests(server: SparqlServer) -> None:
    host, port = server.server_address[:2]
    connection = http.client.HTTPConnection(str(host), port, timeout=30)
    try:
        for _ in range(3):
            connection.request("GET", "/sparql?" + urlencode({"query": "ASK {}"}))
            response = connection.getresponse()
            assert response.status == 200 and json.loads(response.read())["boolean"] is True
    finally:
        connection.close()


# -- refusals ----------------------------------------------------------------------

@pytest.mark.parametrize("query", [
    "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }",
    "PREFIX x: <http://x/> insert data { x:a x:b x:c }",
    "DELETE WHERE { ?s ?p ?o }",
    "LOAD <http://example.org/data.ttl>",
    "CLEAR ALL",
    "DROP GRAPH <https://w3id.org/diplograph/id/graph/actors>",
    "CREATE GRAPH <http://x/g>",
    "WITH <http://x/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "# a comment first\nCOPY DEFAULT TO <http://x/g>",
])
def test_updates_are_refused_403(server: SparqlServer, query: str) -> None:
    for reply in (get(server, query), post_form(server, {"query": query})):
        assert reply.status == 403 and "read-only" in reply.text


def test_update_parameter_and_update_content_type_are_403(server: SparqlServer) -> None:
    reply = post_form(server, {"update": "INSERT DATA { <http://x/a> <http://x/b> 1 }"})
    assert reply.status == 403 and "read-only" in reply.text
    reply = call(server, "POST", body=b"CLEAR ALL", headers={"Content-Type": "application/sparql-update"})
    assert reply.status == 403 and "read-only" in reply.text
    assert json_values(get(server, BIDEN_LABEL), "name") == ["Joe Biden"]  # nothing changed


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "select * where { service silent <http://example.org/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { SeRvIcE\n\t<http://example.org/sparql>{?s ?p ?o} }",
    "SELECT * WHERE{SERVICE<http://example.org/sparql>{?s ?p ?o}}",
    "SELECT * WHERE { ?a ?b ?c OPTIONAL { { ?a ?b ?d MINUS { SERVICE ?endpoint { ?a ?b ?c } } } } }",
    "SELECT * WHERE { # SERVICE in a comment, and then for real\n SERVICE <http://x/> { ?s ?p ?o } }",
    'SELECT * WHERE { BIND("}" AS ?x) SERVICE <http://x/> { ?s ?p ?o } }',
    "ASK { FILTER EXISTS { SERVICE <http://x/> { ?s ?p ?o } } }",
    "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <http://x/> { ?s ?p ?o } }",
])
def test_service_is_refused(server: SparqlServer, query: str) -> None:
    reply = get(server, query)
    assert reply.status == 403 and "SERVICE" in reply.text and "not allowed" in reply.text


@pytest.mark.parametrize("query, expected", [
    ('SELECT ?x WHERE { BIND("SERVICE <http://x/> { ?s ?p ?o }" AS ?x) }', "SERVICE <http://x/> { ?s ?p ?o }"),
    ("SELECT ?x WHERE { BIND('service' AS ?x) }", "service"),
    ('SELECT ?x WHERE { BIND("""a\nSERVICE "quoted" SERVICE""" AS ?x) }', 'a\nSERVICE "quoted" SERVICE'),
    ("SELECT ?x WHERE { BIND('''it\\'s SERVICE''' AS ?x) }", "it's SERVICE"),
    ('SELECT ?x WHERE { BIND("say \\"SERVICE\\"" AS ?x) }', 'say "SERVICE"'),
    ("SELECT ?x WHERE { BIND(<http://example.org/SERVICE> AS ?x) }", "http://example.org/SERVICE"),
    ("SELECT ?service WHERE { BIND(1 AS ?service) } # SERVICE <http://x/> {}", "1"),
    ("SELECT ?x WHERE { BIND(dg:SERVICE AS ?x) }", DG + "SERVICE"),
    ('SELECT ?x WHERE { BIND(LANG("x"@service) AS ?x) }', "service"),
])
def test_the_word_service_elsewhere_is_not_refused(server: SparqlServer, query: str, expected: str) -> None:
    variable = "service" if "?service" in query else "x"
    assert json_values(get(server, query), variable) == [expected]


def test_escaped_service_keyword_is_not_run(server: SparqlServer) -> None:
    reply = get(server, "SELECT * WHERE { \\u0053ERVICE <http://x/> { ?s ?p ?o } }")
    assert reply.status == 400


def test_from_a_graph_of_the_store_is_applied(server: SparqlServer) -> None:
    query = f"SELECT ?title FROM <{ID}graph/doc-2> WHERE {{ ?d dcterms:title ?title }}"
    assert json_values(get(server, query), "title") == ["A warning"]
    query = "SELECT ?title FROM id:graph\\/doc-1 WHERE { ?d dcterms:title ?title }"
    assert json_values(get(server, query), "title") == ["Summit in Geneva"]
    query = "SELECT ?title FROM id:graph/doc-1 WHERE { ?d dcterms:title ?title }"
    assert get(server, query).status == 400  # "/" is not allowed unescaped in a prefixed name
    query = ("BASE <https://w3id.org/diplograph/id/> SELECT ?g ?title FROM NAMED <graph/doc-2> "
             "WHERE { GRAPH ?g { ?d dcterms:title ?title } }")
    assert json_values(get(server, query), "title") == ["A warning"]


@pytest.mark.parametrize("query", [
    "SELECT * FROM <http://example.org/remote.ttl> WHERE { ?s ?p ?o }",
    "SELECT * FROM NAMED <https://example.org/graph> WHERE { GRAPH ?g { ?s ?p ?o } }",
    "PREFIX ex: <http://example.org/> SELECT * FROM ex:data WHERE { ?s ?p ?o }",
    "SELECT * FROM id:graph\\/no-such-document WHERE { ?s ?p ?o }",
])
def test_from_a_remote_or_unknown_graph_is_refused(server: SparqlServer, query: str) -> None:
    reply = get(server, query)
    assert reply.status == 403 and "never fetches remote graphs" in reply.text


def test_default_and_named_graph_parameters_are_applied(server: SparqlServer) -> None:
    query = "SELECT ?title WHERE { ?d dcterms:title ?title }"
    assert json_values(get(server, query, **{"default-graph-uri": f"{ID}graph/doc-2"}), "title") == ["A warning"]
    both = get(server, query, **{"default-graph-uri": [f"{ID}graph/doc-1", f"{ID}graph/doc-2"]})
    assert sorted(json_values(both, "title")) == ["A warning", "Summit in Geneva"]
    named = get(server, "SELECT ?g WHERE { GRAPH ?g { ?d dcterms:title ?t } }",
                **{"named-graph-uri": f"{ID}graph/doc-1"})
    assert json_values(named, "g") == [f"{ID}graph/doc-1"]
    assert json_values(get(server, query, **{"named-graph-uri": f"{ID}graph/doc-1"}), "title") == []


def test_unknown_graph_parameter_is_refused(server: SparqlServer) -> None:
    reply = get(server, BIDEN_LABEL, **{"default-graph-uri": "http://example.org/elsewhere"})
    assert reply.status == 403 and "default-graph-uri" in reply.text


def test_queries_see_the_union_of_the_named_graphs(server: SparqlServer) -> None:
    query = f"SELECT ?title WHERE {{ ?d dcterms:title ?title . ?e dg:agent <{BIDEN}> }} ORDER BY ?title"
    assert json_values(get(server, query), "title") == ["A warning", "Summit in Geneva"]


# -- the guard on its own ------------------------------------------------------------------

def test_tokenize_keeps_strings_iris_and_comments_whole() -> None:
    tokens = list(tokenize('SELECT ?x # SERVICE\n{ <a:SERVICE> "SERVICE" ?x < 3 }'))
    kinds = [(t.kind, t.text) for t in tokens]
    assert ("comment", "# SERVICE") in kinds and ("iri", "<a:SERVICE>") in kinds
    assert ("string", '"SERVICE"') in kinds and ("other", "<") in kinds
    assert [t.text for t in tokens if t.kind == "word"] == ["SELECT"]


@pytest.mark.parametrize("query, form", [
    ("PREFIX a: <http://a/> SELECT * {}", "SELECT"), ("ask {}", "ASK"),
    ("BASE <http://b/> CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT"), ("DESCRIBE <x:y>", "DESCRIBE"),
    ("nonsense", None),
])
def test_inspect_finds_the_query_form(query: str, form: str | None) -> None:
    assert inspect(query, set(), PREFIXES).form == form


def test_inspect_refuses_service_and_updates() -> None:
    with pytest.raises(QueryRefused, match="SERVICE"):
        inspect("ASK { SERVICE <x:y> {} }", set())
    with pytest.raises(QueryRefused, match="read-only"):
        inspect("DROP ALL", set())


# -- the time limit and the size limit -----------------------------------------------------

def test_runaway_query_is_stopped_at_the_time_limit(limited: SparqlServer) -> None:
    before = limited.runner.worker_pids()
    started = time.monotonic()
    reply = get(limited, CROSS_PRODUCT)
    took = time.monotonic() - started
    assert reply.status == 503 and reply.media_type == "text/plain"
    assert "query exceeded 1 s" in reply.text
    assert took < 6
    # the worker that ran it was killed, not left computing, and another took its place
    for pid in before:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
    assert json_values(get(limited, BIDEN_LABEL), "name") == ["Joe Biden"]
    assert limited.runner.worker_pids() and limited.runner.worker_pids() != before


RANKS = "SELECT ?thing ?label WHERE { ?thing dg:rank ?label }"


def test_select_is_truncated_to_max_results_as_valid_json(limited: SparqlServer) -> None:
    reply = get(limited, RANKS)
    assert reply.status == 200
    assert reply.headers["X-Diplograph-Truncated"] == "true"
    assert reply.headers["X-Diplograph-Max-Results"] == "50"
    data = reply.json()
    assert data["head"]["vars"] == ["thing", "label"] and len(data["results"]["bindings"]) == 50


@pytest.mark.parametrize("accept", RESULT_TYPES[1:])
def test_truncated_select_in_other_formats(limited: SparqlServer, accept: str) -> None:
    reply = get(limited, RANKS, accept)
    assert reply.status == 200 and reply.headers["X-Diplograph-Truncated"] == "true"
    if accept.endswith("xml"):
        assert len(ET.fromstring(reply.body).findall(f"{SRX}results/{SRX}result")) == 50
    else:
        assert len(reply.text.strip().splitlines()) == 51  # header and 50 rows


def test_construct_is_truncated_to_max_results(limited: SparqlServer) -> None:
    reply = get(limited, "CONSTRUCT WHERE { ?s dg:rank ?o }", "application/n-triples")
    assert reply.status == 200 and reply.headers["X-Diplograph-Truncated"] == "true"
    assert len(rdflib.Graph().parse(data=reply.body, format="nt")) == 50


@pytest.mark.parametrize("limit", [10, 50])
def test_answers_within_the_limit_are_not_marked(limited: SparqlServer, limit: int) -> None:
    reply = get(limited, f"{RANKS} LIMIT {limit}")
    assert reply.headers.get("X-Diplograph-Truncated") is None
    assert len(reply.json()["results"]["bindings"]) == limit


# -- the page ------------------------------------------------------------------------------

def test_page_has_the_editor_prefixes_and_examples(server: SparqlServer) -> None:
    reply = call(server, "GET", "/")
    assert reply.status == 200 and reply.headers["Content-Type"] == "text/html; charset=utf-8"
    for name in ("dg", "id", "prov", "rdfs", "skos", "xsd", "dcterms", "owl"):
        assert f"PREFIX {name}: &lt;{PREFIXES[name]}&gt;" in reply.text
    assert re.search(r"<textarea[^>]*>PREFIX dg:", reply.text)
    assert ">Who met whom</option>" in reply.text
    for canned in sorted(queries_dir().glob("*.rq")):
        assert f">{canned.stem}" in reply.text
    for path, media_type in (("/page.js", "text/javascript"), ("/page.css", "text/css")):
        static = call(server, "GET", path)
        assert static.status == 200 and static.media_type == media_type


def test_page_escapes_example_titles_and_queries(tmp_path: Path) -> None:
    (tmp_path / "odd.rq").write_text('# <b>bold</b> & "quoted"\nSELECT ?x WHERE { BIND("</script><b>" AS ?x) }\n')
    examples = load_examples(tmp_path)
    assert examples[-1].query.startswith("PREFIX dg:")
    page = render_page(examples).decode()
    assert "odd: &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;" in page
    assert page.count("</script>") == 2 and "<b>" not in page
    config = re.search(r'<script type="application/json" id="config">(.*?)</script>', page, re.DOTALL)
    assert config and json.loads(config.group(1))["examples"][-1]["title"] == 'odd: <b>bold</b> & "quoted"'


# -- other stores and the command line -------------------------------------------------------

def test_serves_a_store_directory(tmp_path: Path) -> None:
    with GraphStore.open(tmp_path / "store") as store:
        store.add(graph_quads())
    store = open_graph(store=tmp_path / "store")
    try:
        for server in running(store, Settings(port=0), workers=1):
            assert json_values(get(server, BIDEN_LABEL), "name") == ["Joe Biden"]
    finally:
        store.close()


def test_command_line_serves_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    data = tmp_path / "graph.nq"
    ox.serialize(graph_quads(), str(data), format=ox.RdfFormat.N_QUADS)
    command = [sys.executable, "-c", "from graph.cli import main; main()",
               "serve", "--graph", str(data), "--port", "0", "--timeout", "5"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        match = re.search(r"at (http://127\.0\.0\.1:(\d+)/) ", line)
        assert match, line + process.stderr.read()  # type: ignore[union-attr]
        connection = http.client.HTTPConnection("127.0.0.1", int(match.group(2)), timeout=30)
        connection.request("GET", "/sparql?" + urlencode({"query": BIDEN_LABEL}))
        assert "Joe Biden" in connection.getresponse().read().decode()
        connection.close()
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert "Stopped." in out and "Traceback" not in err
