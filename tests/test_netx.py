"""to_networkx: nodes, keyed edges and their attributes."""
from __future__ import annotations

from graph.netx import edges, to_networkx
from graph.query import ask
from graph.store import GraphStore

ID = "https://w3id.org/diplograph/id/actor/"


def test_nodes_carry_label_type_and_country(known_graph: GraphStore) -> None:
    graph = to_networkx(known_graph)
    assert graph.nodes[ID + "joe-biden"] == {"label": "Joe Biden", "type": "Person",
                                             "country": ID + "united-states"}
    assert graph.nodes[ID + "nato"]["type"] == "Organization"
    assert graph.number_of_nodes() == 12


def test_one_edge_per_pair_type_status_and_day(known_graph: GraphStore) -> None:
    graph = to_networkx(known_graph)
    met = graph.get_edge_data(ID + "joe-biden", ID + "vladimir-putin")
    assert sorted(met) == ["meet/occurred/2021-06-16", "meet/occurred/2021-12-07", "warn/occurred/2021-12-07"]
    summit = met["meet/occurred/2021-12-07"]
    assert (summit["type"], summit["status"], summit["date"], summit["count"], summit["symmetric"]) == (
        "meet", "occurred", "2021-12-07", 1, True)
    assert len(summit["events"]) == 1
    assert sorted(e["document"] for e in summit["evidence"]) == ["doc-a", "doc-b"]
    assert not graph.has_edge(ID + "vladimir-putin", ID + "joe-biden")  # meetings: once, in label order
    warn = met["warn/occurred/2021-12-07"]
    assert warn["symmetric"] is False
    assert graph.get_edge_data(ID + "russia", ID + "ukraine")["accuse/occurred/"]["date"] == ""


def test_status_and_level(known_graph: GraphStore) -> None:
    every = to_networkx(known_graph, status="all")
    assert every.has_edge(ID + "joe-biden", ID + "volodymyr-zelensky", key="meet/planned/2022-01-10")
    countries = to_networkx(known_graph, level="country")
    assert ID + "joe-biden" not in countries
    assert sorted(countries.get_edge_data(ID + "united-states", ID + "russia")) == [
        "sanction/occurred/2022-02-24", "warn/occurred/2021-12-07", "warn/occurred/2022-02-01"]
    assert countries.graph["level"] == "country"


def test_edges_add_up_to_the_query_answers(small_graph: GraphStore) -> None:
    total = sum(row.count for q in ("who-met", "who-warned") for row in ask(small_graph, q))
    by_day = sum(e.count for e in edges(small_graph, evidence=False) if e.type in ("meet", "warn"))
    assert by_day >= total  # an event counted once per pair, split by day
    graph = to_networkx(small_graph, evidence=False)
    assert graph.number_of_edges() == sum(1 for _ in edges(small_graph, evidence=False))
    assert all(data["evidence"] == [] for _, _, data in graph.edges(data=True))
