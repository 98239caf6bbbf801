"""export: RDF formats, GraphML, GEXF and CSV, read back; the `export` command."""
from __future__ import annotations

import csv
import json
import tempfile
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings

from graph.cli import main
from graph.errors import FormatError
from graph.export import EDGE_COLUMNS, RDF_FORMATS, csv_paths, export
from graph.netx import to_networkx
from graph.store import GraphStore
from graph.synthetic import EventSpec, actor_quads, event_quads

from .conftest import NAMES

ID = "https://w3id.org/diplograph/id/actor/"


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_rdf_exports_load_back(tmp_path: Path, known_graph: GraphStore, fmt: str) -> None:
    path = tmp_path / "out" / f"graph.{'rdf' if fmt == 'rdfxml' else fmt}"
    assert export(known_graph, path, fmt) == [path]
    loaded = GraphStore.from_file(path)
    if fmt in ("nq", "trig", "jsonld"):
        assert len(loaded) == len(known_graph)
    else:
        assert 0 < len(loaded) < len(known_graph)  # the union: events told twice merge


def test_graphml_and_gexf_read_back(tmp_path: Path, known_graph: GraphStore) -> None:
    expected = to_networkx(known_graph)
    export(known_graph, tmp_path / "g.graphml", "graphml")
    graphml = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    assert (graphml.number_of_nodes(), graphml.number_of_edges()) == (
        expected.number_of_nodes(), expected.number_of_edges())
    data = graphml.get_edge_data(ID + "joe-biden", ID + "vladimir-putin")["meet/occurred/2021-12-07"]
    assert data["symmetric"] is True and data["count"] == 1
    assert sorted(e["document"] for e in json.loads(data["evidence"])) == ["doc-a", "doc-b"]
    export(known_graph, tmp_path / "g.gexf", "gexf")
    gexf = nx.read_gexf(tmp_path / "g.gexf")
    assert gexf.number_of_edges() == expected.number_of_edges()
    assert gexf.nodes[ID + "joe-biden"]["label"] == "Joe Biden"
    assert {d["event_type"] for _, _, d in gexf.edges(data=True)} >= {"meet", "warn", "sanction"}


def test_csv_file_and_directory(tmp_path: Path, known_graph: GraphStore) -> None:
    assert csv_paths(tmp_path / "edges.csv") == (tmp_path / "edges.csv", tmp_path / "edges-nodes.csv")
    written = export(known_graph, tmp_path / "tables", "csv")
    assert written == [tmp_path / "tables" / "edges.csv", tmp_path / "tables" / "nodes.csv"]
    with written[0].open(newline="") as f:
        rows = list(csv.DictReader(f))
    assert tuple(rows[0]) == EDGE_COLUMNS
    assert len(rows) == to_networkx(known_graph).number_of_edges()
    with written[1].open(newline="") as f:
        nodes = {r["id"]: r for r in csv.DictReader(f)}
    assert nodes[ID + "joe-biden"]["country"] == ID + "united-states"


def test_unknown_format(tmp_path: Path, known_graph: GraphStore) -> None:
    with pytest.raises(FormatError, match="known: turtle"):
        export(known_graph, tmp_path / "g.xlsx", "xlsx")


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=NAMES)
def test_any_actor_name_survives_property_graph_formats(name: str) -> None:
    store = GraphStore.in_memory()
    store.add(actor_quads("someone", "Person", name))
    store.add(actor_quads("other", "Country", "Other"))
    store.add(event_quads(EventSpec("k", "doc", "warn", f"{name} warned.", agent="someone", target="other")))
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        export(store, out / "g.graphml", "graphml")
        assert nx.read_graphml(out / "g.graphml").nodes[ID + "someone"]["label"] == name
        export(store, out / "g.gexf", "gexf")
        assert nx.read_gexf(out / "g.gexf").nodes[ID + "someone"]["label"] == name
        edges, nodes = export(store, out / "e.csv", "csv")
        with nodes.open(newline="", encoding="utf-8") as f:
            assert {r["id"]: r["label"] for r in csv.DictReader(f)}[ID + "someone"] == name
        with edges.open(newline="", encoding="utf-8") as f:
            row = next(csv.DictReader(f))
        assert row["agent_label"] == name
        assert json.loads(row["evidence"])[0]["sentence"] == f"{name} warned."


def test_export_command(tmp_path: Path, known_graph: GraphStore) -> None:
    known_graph.dump(tmp_path / "g.nq", "nq")
    runner = CliRunner()
    result = runner.invoke(main, ["export", "--format", "csv", "--graph", str(tmp_path / "g.nq"),
                                  "--out", str(tmp_path / "e.csv"), "--level", "country"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "e-nodes.csv").is_file()
    result = runner.invoke(main, ["export", "--format", "trig", "--graph", str(tmp_path / "g.nq"),
                                  "--out", str(tmp_path / "g.trig")])
    assert result.exit_code == 0 and len(GraphStore.from_file(tmp_path / "g.trig")) == len(known_graph)
    result = runner.invoke(main, ["export", "--format", "nq", "--store", str(tmp_path / "none"),
                                  "--out", str(tmp_path / "x.nq")])
    assert result.exit_code == 1 and "no store there" in result.output


def test_jsonld_is_compacted_with_the_context_and_reads_back(tmp_path: Path, small_graph: GraphStore) -> None:
    from graph.jsonld import context
    from graph.summary import refresh_summary

    refresh_summary(small_graph)  # rdf:JSON tables and typed values of every kind
    small_graph.add(event_quads(EventSpec("odd", "doc-a", "warn", "x", agent="nato", target="russia")))
    small_graph.add([ox.Quad(ox.NamedNode(ID + "nato"), ox.NamedNode("https://w3id.org/diplograph/ontology#date"),
                             ox.Literal("7 December"), ox.NamedNode("https://w3id.org/diplograph/id/graph/doc-a"))])
    path = tmp_path / "graph.jsonld"
    assert export(small_graph, path, "jsonld") == [path]
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["@context"] == context()
    graphs = {g["@id"]: g["@graph"] for g in doc["@graph"]}
    assert set(graphs) >= {"id:graph/actors", "id:graph/doc-a", "id:graph/summary"}
    biden = next(n for n in graphs["id:graph/actors"] if n["@id"] == "id:actor/joe-biden")
    assert biden["type"] == "Person" and biden["label"] == "Joe Biden" and biden["gazetteer"] is True
    document = next(n for n in graphs["id:graph/doc-a"] if n["@id"] == "id:document/doc-a")
    assert document["type"] == "Document" and document["date"] == "2021-12-08"  # dcterms:date here
    nato = next(n for n in graphs["id:graph/doc-a"] if n["@id"] == "id:actor/nato")
    assert nato["dg:date"] == {"@value": "7 December"}  # not an xsd:date: not under "date"
    table = next(n for n in graphs["id:graph/summary"] if n.get("type") == "TieTable")
    assert isinstance(table["tieRows"], list)
    expected = {str(q) for q in small_graph.raw}
    assert {str(q) for q in GraphStore.from_file(path).raw} == expected
    read = rdflib.Dataset().parse(path, format="json-ld")
    assert len(set(read.quads((None, None, None, None)))) == len(expected)
