"""Canned questions on the hand-written events (tests/conftest.py), raw SPARQL, and
the `query` and `sparql` commands."""
from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import main
from graph.errors import QueryError
from graph.query import QUESTIONS, ask, profile, resolve_actor, sparql, strongest_ties, timeline
from graph.resources import queries_dir
from graph.store import GraphStore

ID = "https://w3id.org/diplograph/id/actor/"


def pairs(rows: list) -> list[tuple[str, str, str, int]]:
    return [(r.agent_label, r.target_label, r.status, r.count) for r in rows]


def test_every_canned_query_documents_parameters_and_columns() -> None:
    files = sorted(queries_dir().glob("*.rq"))
    assert {f.stem for f in files} >= {"who-did", "strongest-ties", "timeline", "actor-profile"}
    for path in files:
        text = path.read_text()
        head = text.split("SELECT")[0]
        assert head.startswith(f"# {path.stem}:"), path
        assert "Parameters" in head and "Columns" in head, path


def test_who_met_counts_each_pair_once(known_graph: GraphStore) -> None:
    rows = ask(known_graph, "who-met")
    assert pairs(rows) == [
        ("Joe Biden", "Vladimir Putin", "occurred", 2),  # the video summit told twice counts once
        ("Emmanuel Macron", "Joe Biden", "occurred", 1),
        ("Emmanuel Macron", "Olaf Scholz", "occurred", 1),
        ("Joe Biden", "Olaf Scholz", "occurred", 1),
    ]
    top = rows[0]
    assert (top.first_date, top.last_date, top.symmetric, top.type) == (
        date(2021, 6, 16), date(2021, 12, 7), True, "meet")
    assert len(top.events) == 2


def test_status_filter(known_graph: GraphStore) -> None:
    every = ask(known_graph, "who-met", status="all")
    assert {r.status for r in every} == {"occurred", "planned", "negated"}
    planned = ask(known_graph, "who-met", status=["planned", "Negated"])
    assert pairs(planned) == [("Joe Biden", "Volodymyr Zelensky", "planned", 1),
                              ("Vladimir Putin", "Volodymyr Zelensky", "negated", 1)]
    assert ask(known_graph, "who-threatened") == []
    assert pairs(ask(known_graph, "who-threatened", status=["conditional"])) == [
        ("Vladimir Putin", "Ukraine", "conditional", 1)]


def test_date_range_is_inclusive_and_drops_undated_events(known_graph: GraphStore) -> None:
    rows = ask(known_graph, "who-met", actor="Putin", since=date(2021, 12, 7), until=date(2021, 12, 7))
    assert pairs(rows) == [("Joe Biden", "Vladimir Putin", "occurred", 1)]
    assert len(ask(known_graph, "who-accused")) == 1
    assert ask(known_graph, "who-accused", since=date(2000, 1, 1)) == []
    with pytest.raises(QueryError, match="after"):
        ask(known_graph, "who-met", since=date(2022, 1, 1), until=date(2021, 1, 1))


def test_country_level_rolls_persons_up(known_graph: GraphStore) -> None:
    warned = ask(known_graph, "who-warned", level="country")
    assert pairs(warned) == [("United States", "Russia", "occurred", 2)]
    assert warned[0].agent == ID + "united-states"
    met = ask(known_graph, "who-met", level="country")
    assert pairs(met) == [("Russia", "United States", "occurred", 2),
                          ("France", "Germany", "occurred", 1),
                          ("France", "United States", "occurred", 1),
                          ("Germany", "United States", "occurred", 1)]
    # the country stands for its persons; a person still matches its own events
    assert pairs(ask(known_graph, "who-warned", actor="USA", level="country")) == pairs(warned)
    assert pairs(ask(known_graph, "who-warned", actor="Biden", level="country")) == [
        ("United States", "Russia", "occurred", 1)]


@pytest.mark.parametrize("name", ["Joe Biden", "biden", "JOSEPH R. BIDEN", "joe-biden", ID + "joe-biden"])
def test_actor_matches_label_alias_slug_or_iri(known_graph: GraphStore, name: str) -> None:
    rows = ask(known_graph, "who-warned", actor=name)
    assert pairs(rows) == [("Joe Biden", "Vladimir Putin", "occurred", 1)]


@pytest.mark.parametrize("name, reads_names", [("Joe Biden", False), (ID + "joe-biden", False),
                                                ("biden", True), ("joe-biden", True)])
def test_an_iri_or_exact_label_is_found_without_reading_every_name(
        known_graph: GraphStore, name: str, reads_names: bool) -> None:
    known_graph.cache.clear()
    assert [a.value for a in resolve_actor(known_graph, name)] == [ID + "joe-biden"]
    assert ("names" in known_graph.cache) is reads_names


def test_unknown_actor_suggests_close_names(known_graph: GraphStore) -> None:
    with pytest.raises(QueryError, match=r"no actor called 'Zelenski'.*Zelensky"):
        ask(known_graph, "who-met", actor="Zelenski")
    with pytest.raises(QueryError, match="no actor called 'Kremlin'"):
        ask(known_graph, "who-met", actor="Kremlin")


def test_sanctions_accusations_demands(known_graph: GraphStore) -> None:
    assert pairs(ask(known_graph, "who-sanctioned", actor="Russia")) == [
        ("European Union", "Russia", "occurred", 1), ("United States", "Russia", "occurred", 1)]
    assert pairs(ask(known_graph, "who-accused")) == [("Russia", "Ukraine", "occurred", 1)]
    assert pairs(ask(known_graph, "who-demanded", actor="NATO")) == [
        ("Volodymyr Zelensky", "NATO", "occurred", 1)]
    assert pairs(ask(known_graph, "who-did", event_type="Sanction", limit=1)) == [
        ("European Union", "Russia", "occurred", 1)]


def test_evidence_names_documents_and_sentences(known_graph: GraphStore) -> None:
    row = ask(known_graph, "who-met", actor="Putin", evidence=True)[0]
    assert sorted((e.document, e.sentence) for e in row.evidence) == [
        ("doc-a", "Biden held a video call with Putin."),
        ("doc-b", "Biden and Putin spoke by video on Tuesday."),
        ("doc-c", "Biden met Putin in Geneva."),
    ]
    assert "evidence" in row.to_dict(evidence=True)
    assert "evidence" not in row.to_dict()


def test_timeline_profile_and_ties(known_graph: GraphStore) -> None:
    events = timeline(known_graph, "Biden", "Putin")
    assert [(r.type, r.first_date) for r in events] == [
        ("meet", date(2021, 6, 16)), ("meet", date(2021, 12, 7)), ("warn", date(2021, 12, 7))]
    assert len(timeline(known_graph, "United States", "Russia", level="country")) == 5
    about = profile(known_graph, "Biden")
    assert (about.label, about.kind, about.country_label) == ("Joe Biden", "Person", "United States")
    assert set(about.aliases) == {"Biden", "Joseph R. Biden"}
    assert {r.type for r in about.rows} == {"meet", "warn"}
    top = strongest_ties(known_graph, 1)
    assert [(r.agent_label, r.target_label, r.count, r.type) for r in top] == [
        ("Joe Biden", "Vladimir Putin", 3, "meet warn")]


def test_bad_parameters_say_what_is_allowed(known_graph: GraphStore) -> None:
    with pytest.raises(QueryError, match="known: who-met"):
        ask(known_graph, "who-hugged")
    with pytest.raises(QueryError, match="unknown status 'maybe'"):
        ask(known_graph, "who-met", status=["maybe"])
    with pytest.raises(QueryError, match="unknown event type"):
        ask(known_graph, "who-did", event_type="hug")
    with pytest.raises(QueryError, match="drop --type"):
        ask(known_graph, "who-met", event_type="warn")
    with pytest.raises(QueryError, match="two actors"):
        ask(known_graph, "timeline", actor="Biden")
    with pytest.raises(QueryError, match="level"):
        ask(known_graph, "who-met", level="planet")


def test_counts_on_a_synthetic_graph_match_the_events(small_graph: GraphStore) -> None:
    for question, cls in (("who-warned", "Warning"), ("who-sanctioned", "Sanction")):
        rows = ask(small_graph, question, status="all")
        expected = small_graph.select(
            f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e a dg:{cls} ; dg:agent ?a ; dg:target ?t "
            "FILTER(?a != ?t) }")[0]["n"]
        assert sum(r.count for r in rows) == expected
    assert all(isinstance(q, str) for q in QUESTIONS)


def test_sparql_results(known_graph: GraphStore) -> None:
    result = sparql(known_graph, "SELECT ?l WHERE { ?a a dg:Country ; rdfs:label ?l } ORDER BY ?l LIMIT 2")
    assert (result.kind, result.columns) == ("select", ("l",))
    assert result.records() == [{"l": "France"}, {"l": "Germany"}]
    assert result.to_json()["results"]["bindings"][0] == {"l": {"type": "literal", "value": "France"}}
    assert result.to_tsv().splitlines() == ["?l", '"France"', '"Germany"']
    assert sparql(known_graph, "ASK { ?e a dg:Attack }").boolean is False
    graph = sparql(known_graph, "CONSTRUCT { ?a dg:met ?b } WHERE { ?a dg:met ?b }")
    assert graph.kind == "graph" and len(graph.triples) == 8
    assert b"dg:met" in graph.to_rdf("turtle")


# -- command line ----------------------------------------------------------------
@pytest.fixture
def graph_file(tmp_path: Path, known_graph: GraphStore) -> Path:
    path = tmp_path / "graph.nq"
    known_graph.dump(path, "nq")
    return path


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_query_table(graph_file: Path) -> None:
    out = run("query", "who-met", "--graph", str(graph_file), "--status", "all", "--evidence")
    lines = out.splitlines()
    assert lines[0].split() == ["agent", "target", "type", "status", "count", "first", "last"]
    assert re.match(r"Joe Biden\s+<->\s+Vladimir Putin\s+meet\s+occurred\s+2\s+2021-06-16", lines[2])
    assert "planned*" in out and "[doc-c] Biden met Putin in Geneva." in out


def test_query_json_and_csv(graph_file: Path) -> None:
    rows = json.loads(run("query", "who-warned", "--graph", str(graph_file), "--format", "json",
                          "--level", "country", "--evidence"))
    assert rows[0]["agent_label"] == "United States" and rows[0]["count"] == 2
    assert len(rows[0]["evidence"]) == 2
    out = run("query", "timeline", "--graph", str(graph_file), "--actor", "Biden", "--actor", "Putin",
              "--format", "csv")
    records = list(csv.DictReader(io.StringIO(out)))
    assert [r["type"] for r in records] == ["meet", "meet", "warn"]
    assert records[0]["first_date"] == "2021-06-16"


def test_query_profile_and_errors(graph_file: Path) -> None:
    out = run("query", "profile", "--graph", str(graph_file), "--actor", "Biden")
    assert out.startswith("Joe Biden (Person), acting for United States")
    data = json.loads(run("query", "profile", "--graph", str(graph_file), "--actor", "Biden",
                          "--format", "json"))
    assert data["label"] == "Joe Biden" and data["rows"]
    result = CliRunner().invoke(main, ["query", "who-met", "--graph", str(graph_file), "--actor", "Bidn"])
    assert result.exit_code == 1 and "did you mean" in result.output
    result = CliRunner().invoke(main, ["query", "who-met", "--store", str(graph_file.parent / "none")])
    assert result.exit_code == 1 and "no store there" in result.output


def test_sparql_command_formats(graph_file: Path, tmp_path: Path) -> None:
    text = "SELECT ?l WHERE { ?a a dg:Country ; rdfs:label ?l } ORDER BY ?l"
    g = ["--graph", str(graph_file)]
    assert run("sparql", text, *g).splitlines()[2].strip() == "France"
    assert json.loads(run("sparql", text, *g, "--format", "json"))["head"]["vars"] == ["l"]
    assert list(csv.reader(io.StringIO(run("sparql", text, *g, "--format", "csv"))))[1] == ["France"]
    assert run("sparql", text, *g, "--format", "tsv").splitlines()[:2] == ["?l", '"France"']
    rq = tmp_path / "q.rq"
    rq.write_text("ASK { ?e a dg:Sanction }")
    assert run("sparql", str(rq), *g).strip() == "true"
    result = CliRunner().invoke(main, ["sparql", "-", *g, "--format", "nt"],
                                input="CONSTRUCT { ?a dg:met ?b } WHERE { ?a dg:met ?b }")
    assert result.exit_code == 0 and result.output.count(" .\n") == 8
    bad = CliRunner().invoke(main, ["sparql", "SELECT WHERE {", *g])
    assert bad.exit_code == 1 and "invalid SPARQL" in bad.output


@pytest.mark.parametrize("command", ["query", "sparql", "export"])
def test_help_shows_examples(command: str) -> None:
    out = run(command, "--help")
    assert "Examples:" in out and f"diplograph {command} " in out


def test_query_help_has_an_example_for_every_question() -> None:
    out = run("query", "--help")
    for question in QUESTIONS:
        assert f"diplograph query {question}" in out, question
