"""Real clients against the running endpoint: SPARQLWrapper (JSON, XML, CSV, TSV,
CONSTRUCT into rdflib graphs, GET and both kinds of POST) and curl."""
from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import warnings
import xml.dom.minidom
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import rdflib
from SPARQLWrapper import (
    CSV,
    GET,
    JSON,
    JSONLD,
    POST,
    POSTDIRECTLY,
    RDFXML,
    TSV,
    TURTLE,
    XML,
    SPARQLWrapper,
)
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from graph.server import SparqlServer
from graph.settings import BASE_IRI, Settings
from graph.store import GraphStore
from graph.synthetic import EventSpec, actor_quads, document_quads, event_quads

from .serving import running

pytestmark = pytest.mark.server

BIDEN = BASE_IRI + "actor/joe-biden"
WHO_MET = """SELECT ?a ?b WHERE {
  ?e a dg:Meeting ; dg:participant ?x, ?y . FILTER(STR(?x) < STR(?y))
  ?x rdfs:label ?a . ?y rdfs:label ?b }"""
PREFIXED_WHO_MET = ("PREFIX dg: <https://w3id.org/diplograph/ontology#>\n"
                    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" + WHO_MET)
DESCRIBE_BIDEN = f"CONSTRUCT {{ <{BIDEN}> ?p ?o }} WHERE {{ <{BIDEN}> ?p ?o }}"
LABEL = (rdflib.URIRef(BIDEN), rdflib.RDFS.label, rdflib.Literal("Joe Biden"))


@pytest.fixture(scope="module")
def server() -> Iterator[SparqlServer]:
    store = GraphStore.in_memory()
    store.add([
        *actor_quads("joe-biden", "Person", "Joe Biden", aliases=("Biden",)),
        *actor_quads("vladimir-putin", "Person", "Vladimir Putin"),
        *document_quads("doc-1", date(2021, 6, 16), "Summit"),
        *event_quads(EventSpec(key="k/geneva", doc="doc-1", type="meet", sentence="Biden met Putin.",
                               participants=("joe-biden", "vladimir-putin"), date=date(2021, 6, 16))),
    ])
    yield from running(store, Settings(port=0, query_timeout=20), workers=1)


def endpoint(server: SparqlServer) -> str:
    return server.url + "sparql"


def wrapper(server: SparqlServer, query: str, fmt: str, method: str = GET) -> SPARQLWrapper:
    client = SPARQLWrapper(endpoint(server))
    client.setQuery(query)
    client.setReturnFormat(fmt)
    client.setMethod(method)
    return client


def converted(client: SPARQLWrapper) -> object:
    """The converted answer; SPARQLWrapper warns when the content type is not the one
    it asked for, and that warning fails the test."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warnings.filterwarnings("ignore", "ConjunctiveGraph is deprecated", DeprecationWarning)
        return client.query().convert()


# -- SPARQLWrapper --------------------------------------------------------------------------

@pytest.mark.parametrize("method", [GET, POST])
def test_sparqlwrapper_json(server: SparqlServer, method: str) -> None:
    result = converted(wrapper(server, PREFIXED_WHO_MET, JSON, method))
    assert isinstance(result, dict)
    rows = [(r["a"]["value"], r["b"]["value"]) for r in result["results"]["bindings"]]
    assert rows == [("Joe Biden", "Vladimir Putin")]


def test_sparqlwrapper_post_directly(server: SparqlServer) -> None:
    client = wrapper(server, PREFIXED_WHO_MET, JSON, POST)
    client.setRequestMethod(POSTDIRECTLY)
    result = converted(client)
    assert result["results"]["bindings"][0]["a"]["value"] == "Joe Biden"  # type: ignore[index]


def test_sparqlwrapper_xml(server: SparqlServer) -> None:
    document = converted(wrapper(server, PREFIXED_WHO_MET, XML))
    assert isinstance(document, xml.dom.minidom.Document)
    literals = [node.firstChild.nodeValue for node in document.getElementsByTagName("literal")
                if node.firstChild is not None]
    assert literals == ["Joe Biden", "Vladimir Putin"]


@pytest.mark.parametrize("fmt, delimiter", [(CSV, ","), (TSV, "\t")])
def test_sparqlwrapper_csv_and_tsv(server: SparqlServer, fmt: str, delimiter: str) -> None:
    body = converted(wrapper(server, PREFIXED_WHO_MET, fmt))
    assert isinstance(body, bytes)
    rows = list(csv.reader(io.StringIO(body.decode()), delimiter=delimiter, quoting=csv.QUOTE_NONE))
    if fmt == CSV:  # plain values
        assert rows == [["a", "b"], ["Joe Biden", "Vladimir Putin"]]
    else:  # terms in N-Triples syntax
        assert rows == [["?a", "?b"], ['"Joe Biden"', '"Vladimir Putin"']]


def test_sparqlwrapper_ask(server: SparqlServer) -> None:
    result = converted(wrapper(server, "PREFIX dg: <https://w3id.org/diplograph/ontology#>\n"
                                       "ASK { ?e a dg:Meeting }", JSON))
    assert result == {"head": {}, "boolean": True}


@pytest.mark.parametrize("fmt", [XML, RDFXML, JSONLD])
def test_sparqlwrapper_construct_to_rdflib_graph(server: SparqlServer, fmt: str) -> None:
    graph = converted(wrapper(server, DESCRIBE_BIDEN, fmt))
    assert isinstance(graph, rdflib.Graph)
    assert LABEL in graph
    assert (rdflib.URIRef(BIDEN), rdflib.SKOS.altLabel, rdflib.Literal("Biden")) in graph


def test_sparqlwrapper_construct_as_turtle(server: SparqlServer) -> None:
    body = converted(wrapper(server, DESCRIBE_BIDEN, TURTLE))
    assert isinstance(body, bytes)
    assert LABEL in rdflib.Graph().parse(data=body, format="turtle")


def test_sparqlwrapper_sees_a_bad_query(server: SparqlServer) -> None:
    with pytest.raises(QueryBadFormed, match="malformed query"):
        wrapper(server, "SELECT ?x WHERE { ?x }", JSON).query()


def test_sparqlwrapper_update_is_refused(server: SparqlServer) -> None:
    client = wrapper(server, "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }", JSON, POST)
    with pytest.raises(Exception) as caught:
        client.query()
    assert getattr(caught.value, "code", None) == 403


# -- curl -----------------------------------------------------------------------------------

def curl(*args: str) -> tuple[int, str, str]:
    """Run curl; its status code, content type and body."""
    executable = shutil.which("curl")
    assert executable, "curl is missing: install it (.ci/system-deps.sh does)"
    done = subprocess.run([executable, "-sS", "-w", "\n%{http_code} %{content_type}", *args],
                          capture_output=True, text=True, timeout=60, check=True)
    body, _, last = done.stdout.rpartition("\n")
    status, _, content_type = last.partition(" ")
    return int(status), content_type, body


def test_curl_get_json(server: SparqlServer) -> None:
    status, content_type, body = curl("-G", endpoint(server), "--data-urlencode", f"query={WHO_MET}")
    assert (status, content_type) == (200, "application/sparql-results+json")
    assert json.loads(body)["results"]["bindings"][0]["b"]["value"] == "Vladimir Putin"


def test_curl_post_form_for_csv(server: SparqlServer) -> None:
    status, content_type, body = curl(endpoint(server), "-H", "Accept: text/csv",
                                      "--data-urlencode", f"query={WHO_MET}")
    assert status == 200 and content_type.startswith("text/csv")
    assert list(csv.reader(io.StringIO(body))) == [["a", "b"], ["Joe Biden", "Vladimir Putin"]]


def test_curl_post_query_body_for_xml(server: SparqlServer, tmp_path: Path) -> None:
    query = tmp_path / "who-met.rq"
    query.write_text(WHO_MET)
    status, content_type, body = curl(endpoint(server), "-H", "Content-Type: application/sparql-query",
                                      "-H", "Accept: application/sparql-results+xml",
                                      "--data-binary", f"@{query}")
    assert (status, content_type) == (200, "application/sparql-results+xml")
    assert "<literal>Joe Biden</literal>" in body


def test_curl_construct_turtle_with_format_parameter(server: SparqlServer) -> None:
    status, content_type, body = curl("-G", endpoint(server), "--data-urlencode", f"query={DESCRIBE_BIDEN}",
                                      "--data-urlencode", "format=turtle")
    assert status == 200 and content_type.startswith("text/turtle")
    assert LABEL in rdflib.Graph().parse(data=body, format="turtle")


@pytest.mark.parametrize("args, expected", [
    (["-G", "--data-urlencode", "query=ASK {}", "-H", "Accept: image/png"], 406),
    (["-H", "Content-Type: text/plain", "--data-binary", "ASK {}"], 415),
    (["--data-urlencode", "query=CLEAR ALL"], 403),
    (["--data-urlencode", "query=SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }"], 403),
    (["-G", "--data-urlencode", "query=SELECT * WHERE {"], 400),
])
def test_curl_errors(server: SparqlServer, args: list[str], expected: int) -> None:
    status, content_type, body = curl(endpoint(server), *args)
    assert status == expected and content_type.startswith("text/plain") and body.strip()


def test_curl_unknown_path(server: SparqlServer) -> None:
    status, _, body = curl(server.url + "query")
    assert status == 404 and "/sparql" in body


def test_curl_page(server: SparqlServer) -> None:
    status, content_type, body = curl(server.url)
    assert status == 200 and content_type.startswith("text/html") and "<textarea" in body
