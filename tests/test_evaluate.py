"""graph.evaluate against hand-counted numbers and against the reference scorer.

tests/data/gold_small holds a small gold set (three documents), a graph built by
hand to exercise every matching rule (graph.ttl, commented event by event) and an
ontology folder declaring one event subclass. The reference scorer is
../shared/eval/score.py beside the repository checkout.
"""
from __future__ import annotations

import functools
import importlib.util
import io
import json
import re
import shutil
import subprocess
import sys
import warnings
from contextlib import redirect_stdout
from pathlib import Path
from types import ModuleType

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.cli import main
from graph.errors import DataFileError, DiplographError
from graph.evaluate import Counts, evaluate, format_report, load_gold, norm
from graph.store import GraphStore
from graph.vocab import EVENT_CLASS

DATA = Path(__file__).parent / "data" / "gold_small"
GRAPH = DATA / "graph.ttl"
ONTOLOGY = DATA / "ontology"
SHARED = Path(__file__).parents[2] / "shared"  # checked out beside the repository
SCORE_PY = SHARED / "eval" / "score.py"
SAMPLE_GOLD = Path(__file__).parents[1] / "data" / "gold"  # the sample corpus's gold set (a copy of the shared one)


@pytest.fixture(scope="module")
def gold():
    return load_gold(DATA)


@pytest.fixture(scope="module")
def report(gold):
    return evaluate(GRAPH, gold, ONTOLOGY)


# -- comparison with the reference scorer ---------------------------------------------

def _reference_path() -> Path:
    if not SCORE_PY.is_file():
        pytest.fail(f"the reference scorer is missing: expected {SCORE_PY} "
                    "(the shared folder checked out beside the repository)")
    return SCORE_PY


def _reference_args(graph: Path, gold_dir: Path, ontology_dir: Path) -> list[str]:
    return ["--graph", str(graph), "--ontology", str(ontology_dir), "--gold", str(gold_dir)]


def reference_output(graph: Path, gold_dir: Path = DATA, ontology_dir: Path = ONTOLOGY,
                     as_json: bool = True) -> str:
    """What the reference scorer prints for any graph file."""
    args = [sys.executable, str(_reference_path()), *_reference_args(graph, gold_dir, ontology_dir)]
    done = subprocess.run(args + (["--json"] if as_json else []), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


@functools.cache
def _reference_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("reference_score", _reference_path())
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def reference_report_in_process(graph: Path, gold_dir: Path = DATA, ontology_dir: Path = ONTOLOGY) -> dict:
    """The reference scorer's --json report, run in this process (for many graphs)."""
    out = io.StringIO()
    with redirect_stdout(out), warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # rdflib's, inside the reference scorer
        assert _reference_module().main([*_reference_args(graph, gold_dir, ontology_dir), "--json"]) == 0
    return json.loads(out.getvalue())


def comparable(report: dict) -> dict:
    """A report with its lists sorted: the order of false positives follows the
    store's order in the reference scorer."""
    return {level: {k: sorted(v) if isinstance(v, list) else v for k, v in r.items()}
            for level, r in report.items()}


def assert_same_report(ours: dict, reference: dict) -> None:
    ours, reference = comparable(ours), comparable(reference)
    for level in ("actor", "country"):
        for key in reference[level]:
            assert ours[level][key] == reference[level][key], f"{level} level, {key!r} differs"
    assert ours == reference


def assert_agrees_with_reference(graph: Path, gold_dir: Path = DATA, ontology_dir: Path = ONTOLOGY) -> None:
    """Our report equals the reference scorer's (run as a command) on ``graph``."""
    ours = evaluate(graph, load_gold(gold_dir), ontology_dir).to_dict()
    assert_same_report(ours, json.loads(reference_output(graph, gold_dir, ontology_dir)))


def test_same_json_as_the_reference_scorer():
    assert_agrees_with_reference(GRAPH)


def test_same_text_as_the_reference_scorer(report):
    assert format_report(report) + "\n" == reference_output(GRAPH, as_json=False)


def test_same_json_without_the_subclass_ontology(tmp_path):
    assert_agrees_with_reference(GRAPH, DATA, tmp_path)


# -- hand-counted numbers -------------------------------------------------------------

def test_actor_level(report):
    r = report.actor
    assert dict(r.types) == {
        "meet": Counts(tp=3, fp=1, fn=1),  # d1 pair written B-A; d2 one of three pairs; d3 subclass
        "warn": Counts(tp=1, fp=1, fn=1),  # d1 found as a threat to Bell (alternatives)
        "threaten": Counts(tp=2),          # d3 through a subclass declared in the graph
        "sanction": Counts(tp=1),
        "aid": Counts(fn=1),
        "demand": Counts(fp=1, fn=1),
        "attack": Counts(fp=1),
    }  # no "accuse": d1's accusation is not required, so neither hit nor false positive
    assert r.core == Counts(tp=7, fp=2, fn=2) and r.all == Counts(tp=7, fp=4, fn=4)
    assert (r.status_correct, r.status_total) == (6, 7)  # the d1 sanction is planned, not conditional
    assert (r.date_correct, r.date_total) == (3, 4)  # the d1 threat is dated a day late
    assert [str(f) for f in r.misses] == [
        "d1 ('meet', 'carla-cruz', 'dmitri-dorn')",
        "d2 ('aid', 'northern-league', 'carpathia')",
        "d2 ('warn', 'arcadia', 'borduria')",
        "d3 ('demand', 'carpathia', 'borduria')",
    ]
    assert [str(f) for f in r.false_positives] == [
        "d2 ('attack', 'unknown:Vera Volk', 'carpathia')",
        "d2 ('meet', 'boris-bell', 'carla-cruz')",  # Ames-Bell is a non-required line: accepted
        "d2 ('warn', 'unknown:Zed Zorn', 'borduria')",
        "d3 ('demand', 'unknown:Quentin Quill', 'carpathia')",
    ]


def test_country_level(report):
    r = report.country
    assert dict(r.types) == {
        # d1: Ames-Bell and Cruz-Dorn are both Arcadia-Borduria, one gold tuple;
        # d2: Ames-Cruz is Arcadia-Arcadia, dropped; the three-party meeting is one
        # Arcadia-Borduria pair, accepted by the non-required line
        "meet": Counts(tp=2),
        "warn": Counts(tp=2),  # d2: Zed Zorn counts for Arcadia through dg:country
        "threaten": Counts(tp=2),
        "sanction": Counts(tp=1),
        "aid": Counts(fn=1),
        "demand": Counts(fp=1, fn=1),
        "attack": Counts(fp=1),  # Vera Volk's country is unknown too: she stays herself
    }
    assert r.core == Counts(tp=7) and r.all == Counts(tp=7, fp=2, fn=2)
    assert (r.status_correct, r.status_total) == (6, 7)
    assert (r.date_correct, r.date_total) == (2, 3)  # either date of the merged d1 meeting counts
    assert [str(f) for f in r.false_positives] == [
        "d2 ('attack', 'unknown:Vera Volk', 'carpathia')",
        "d3 ('demand', 'unknown:Quentin Quill', 'carpathia')",
    ]


def test_to_dict_rounds_like_the_reference(report):
    data = report.to_dict()
    assert data["actor"]["core"] == {"tp": 7, "fp": 2, "fn": 2, "precision": 0.778,
                                     "recall": 0.778, "f1": 0.778}
    assert data["actor"]["status_accuracy"] == 0.857 and data["country"]["date_accuracy"] == 0.667
    assert list(data["actor"]) == ["level", "types", "core", "all", "status_accuracy",
                                   "date_accuracy", "misses", "false_positives"]


def test_subclass_from_the_ontology_folder(gold, tmp_path):
    without = evaluate(GRAPH, gold, tmp_path).actor  # an empty ontology folder
    assert without.types["meet"] == Counts(tp=2, fp=1, fn=2)  # the d3 phone call is not an event


def test_counts_without_events():
    assert (Counts().precision, Counts().recall, Counts().f1) == (0.0, 0.0, 0.0)
    assert Counts(tp=1, fp=1).f1 == pytest.approx(2 / 3)


def test_norm():
    assert norm("  President Dmítri  DORN ") == "dmitri dorn"
    assert norm("the U.S.") == "u s"


# -- graph sources --------------------------------------------------------------------

def test_store_folder_graphstore_and_file_agree(gold, report, tmp_path):
    with GraphStore.open(tmp_path / "store") as store:
        store.load(GRAPH)
    assert evaluate(tmp_path / "store", gold, ONTOLOGY) == report
    assert evaluate(str(GRAPH), gold, ONTOLOGY) == report
    with GraphStore.from_file(GRAPH) as store:
        assert evaluate(store, gold, ONTOLOGY) == report
        assert len(store) > 0  # a store passed in stays open


def test_missing_graph(gold, tmp_path):
    with pytest.raises(DiplographError, match="no such RDF file or store folder"):
        evaluate(tmp_path / "nothing.ttl", gold, ONTOLOGY)


def test_unreadable_ontology(gold, tmp_path):
    (tmp_path / "bad.ttl").write_text("this is not turtle")
    with pytest.raises(DiplographError, match="bad.ttl"):
        evaluate(GRAPH, gold, tmp_path)


# -- gold files -----------------------------------------------------------------------

def test_the_sample_gold_set_loads():
    sample = load_gold(SAMPLE_GOLD)
    lines = [line for line in (SAMPLE_GOLD / "events.jsonl").read_text().splitlines() if line.strip()]
    assert len(sample.events) == len(lines) and sample.documents and sample.actors


def test_load_gold(gold):
    assert sorted(gold.documents) == ["d1", "d2", "d3"] and gold.documents["d1"] == "2022-03-02"
    assert len(gold.actors) == 8 and len(gold.events) == 14
    assert gold.by_name["dmitri dorn"] == "dmitri-dorn" and gold.by_wikidata["Q2001"] == "arcadia"
    assert gold.country("alice-ames") == "arcadia" and gold.country("northern-league") == "northern-league"
    first = gold.events[1]
    assert (first.alt_types, first.alt_targets, first.line) == (("threaten",), ("boris-bell",), 2)


GOOD_EVENT = {"doc": "d1", "type": "warn", "agent": "arcadia", "target": "borduria",
              "status": ["occurred"], "date": None, "required": True}


@pytest.mark.parametrize("file, record, message", [
    ("events", {k: v for k, v in GOOD_EVENT.items() if k != "agent"}, "missing key 'agent'"),
    ("events", {**GOOD_EVENT, "type": "scold"}, "unknown event type 'scold'; allowed: meet, warn"),
    ("events", {**GOOD_EVENT, "alt_types": ["praise"]}, "unknown event type 'praise'"),
    ("events", {**GOOD_EVENT, "target": "ruritania"}, "unknown actor id 'ruritania' in 'target'"),
    ("events", {**GOOD_EVENT, "alt_targets": ["ruritania"]}, "unknown actor id 'ruritania' in 'alt_targets'"),
    ("events", {**GOOD_EVENT, "doc": "d7"}, "unknown document 'd7'"),
    ("events", {**GOOD_EVENT, "status": "occurred"}, "'status' must be a list of strings"),
    ("events", {**GOOD_EVENT, "status": ["happened"]}, "unknown status 'happened'"),
    ("events", {**GOOD_EVENT, "date": "2022-3-1"}, "'date' must be an ISO date"),
    ("events", {**GOOD_EVENT, "required": "yes"}, "'required' must be true or false"),
    ("actors", {"id": "arcadia", "type": "Country", "label": "Arcadia"}, "duplicate actor id 'arcadia'"),
    ("actors", {"id": "x", "type": "Town", "label": "X"}, "unknown actor type 'Town'"),
    ("actors", {"id": "x", "type": "Person", "label": "X", "country": "ruritania"},
     "unknown actor id 'ruritania' in 'country' of 'x'"),
    ("actors", {"id": "x", "type": "Person"}, "missing key 'label'"),
    ("documents", {"file": "d4.txt"}, "missing key 'doc'"),
])
def test_bad_gold_line(tmp_path, file, record, message):
    folder = _copy_gold(tmp_path)
    path = folder / f"{file}.jsonl"
    line = len(path.read_text().splitlines()) + 1
    with path.open("a") as out:
        out.write(json.dumps(record) + "\n")
    with pytest.raises(DataFileError, match="^" + re.escape(f"{path}:{line}: ") + ".*" + re.escape(message)):
        load_gold(folder)


def test_gold_not_json(tmp_path):
    folder = _copy_gold(tmp_path)
    (folder / "events.jsonl").write_text(json.dumps(GOOD_EVENT) + "\n{not json\n")
    with pytest.raises(DataFileError, match="events.jsonl:2: not valid JSON"):
        load_gold(folder)


def test_gold_file_missing(tmp_path):
    folder = _copy_gold(tmp_path)
    (folder / "actors.jsonl").unlink()
    with pytest.raises(DataFileError, match="actors.jsonl"):
        load_gold(folder)
    with pytest.raises(DataFileError, match="no such folder"):
        load_gold(tmp_path / "nowhere")


def _copy_gold(tmp_path: Path) -> Path:
    folder = tmp_path / "gold"
    folder.mkdir()
    for name in ("documents.jsonl", "actors.jsonl", "events.jsonl"):
        shutil.copy(DATA / name, folder / name)
    return folder


# -- command line ---------------------------------------------------------------------

def _eval(*args: str):
    args = ("--gold", str(DATA), str(GRAPH), "--ontology", str(ONTOLOGY), *args)
    return CliRunner().invoke(main, ["eval", *args])


def test_cli_prints_the_report(report):
    result = _eval()
    assert result.exit_code == 0, result.output
    assert result.output == format_report(report) + "\n"


def test_cli_json(report):
    result = _eval("--json")
    assert result.exit_code == 0 and json.loads(result.output) == report.to_dict()


def test_cli_threshold():
    assert _eval("--min-core-f1", "0.7").exit_code == 0
    below = _eval("--min-core-f1", "0.8")
    assert below.exit_code == 1 and "core F1 at the actor level is 0.778, below" in below.output


def test_cli_errors(tmp_path):
    folder = _copy_gold(tmp_path)
    (folder / "events.jsonl").write_text(json.dumps({**GOOD_EVENT, "type": "scold"}) + "\n")
    result = CliRunner().invoke(main, ["eval", "--gold", str(folder), str(GRAPH)])
    assert result.exit_code == 1 and "events.jsonl:1: unknown event type 'scold'" in result.output


def test_cli_help_has_an_example():
    result = CliRunner().invoke(main, ["eval", "--help"])
    assert result.exit_code == 0 and "diplograph eval --gold" in result.output


# -- random graphs: both scorers agree ------------------------------------------------

DG = "https://w3id.org/diplograph/ontology#"
ID = "https://w3id.org/diplograph/id/"
CLASS_OF = {etype: str(cls) for etype, (cls, _edge) in EVENT_CLASS.items()}
CLASSES = [*CLASS_OF.values(), DG + "Event", "https://example.org/events#PhoneCall"]
GOLD_ACTORS = [json.loads(line) for line in (DATA / "actors.jsonl").read_text().splitlines()]
GOLD_LINES = [json.loads(line) for line in (DATA / "events.jsonl").read_text().splitlines()]
ACTOR_INDEX = {actor["id"]: i for i, actor in enumerate(GOLD_ACTORS)}  # nodes 0-7 are the gold actors
NAMES = ["Alice Ames", "president ames", "Bell", "Carla Cruz", "Mr. Dorn", "Dmítri Dorn", "Arcadia",
         "The Arcadian government", "Borduria", "Carpathia", "the League", "Zed Zorn", "Elbonia"]
QIDS = ["Q1001", "Q1002", "Q2001", "Q2003", "Q9999"]
STATUSES = ["occurred", "planned", "proposed", "conditional", "negated"]
DATES = ["2022-03-01", "2022-03-02", "2022-03-05", "2022-03-10", "2022-04-01"]
LINKS = ["http://www.w3.org/ns/prov#wasDerivedFrom", DG + "mention", DG + "document", DG + "source"]
ACTORS = 16  # actor nodes: the gold actors, then random ones

extra_actors = st.lists(st.fixed_dictionaries({
    "label": st.none() | st.sampled_from(NAMES),
    "qid": st.none() | st.sampled_from(QIDS),
    "country": st.none() | st.integers(0, ACTORS - 1),
}), min_size=ACTORS - len(GOLD_ACTORS), max_size=ACTORS - len(GOLD_ACTORS))
node = st.integers(0, ACTORS - 1)
docs = st.lists(st.tuples(st.sampled_from(["d1", "d2", "d3", "d9"]), st.integers(0, len(LINKS))), max_size=2)
any_event = st.fixed_dictionaries({
    "class": st.sampled_from(CLASSES), "docs": docs,
    "participants": st.lists(node, max_size=3), "agents": st.lists(node, max_size=2),
    "targets": st.lists(node, max_size=2), "status": st.lists(st.sampled_from(STATUSES), max_size=2),
    "dates": st.lists(st.sampled_from(DATES), max_size=2),
})


@st.composite
def gold_like_event(draw: st.DrawFn) -> dict:
    """An event read from a gold line, perhaps in another reading, status or date."""
    line = draw(st.sampled_from(GOLD_LINES))
    etype = draw(st.sampled_from([line["type"], *line.get("alt_types", [])]))
    agent = ACTOR_INDEX[line["agent"]]
    target = ACTOR_INDEX[draw(st.sampled_from([line["target"], *line.get("alt_targets", [])]))]
    if draw(st.booleans()):
        agent, target = target, agent
    parties = {"participants": [agent, target], "agents": [], "targets": []}
    if etype != "meet" or draw(st.booleans()):
        parties = {"participants": [], "agents": [agent], "targets": [target]}
    status = draw(st.lists(st.sampled_from(line["status"] + STATUSES[:1]), max_size=1))
    dates = draw(st.lists(st.sampled_from([d for d in [line["date"], *DATES] if d]), max_size=1))
    return {"class": CLASS_OF[etype], "docs": [(line["doc"], draw(st.integers(0, len(LINKS))))],
            **parties, "status": status, "dates": dates}


def _literal(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def random_graph(extra: list[dict], events: list[dict]) -> str:
    """N-Quads: actors in id:graph/actors, each event in its first document's graph."""
    specs = [{"label": a["label"], "qid": None, "country": None} for a in GOLD_ACTORS] + extra
    lines = []

    def add(s: str, p: str, o: str, graph: str | None) -> None:
        lines.append(f"{s} <{p}> {o}{f' <{ID}graph/{graph}>' if graph else ''} .")

    for i, spec in enumerate(specs):
        actor = f"<{ID}actor/a{i}>"
        if spec["label"]:
            add(actor, "http://www.w3.org/2000/01/rdf-schema#label", _literal(spec["label"]), "actors")
        if spec["qid"]:
            qid = f"<http://www.wikidata.org/entity/{spec['qid']}>"
            add(actor, "http://www.w3.org/2002/07/owl#sameAs", qid, "actors")
        if spec["country"] is not None:
            add(actor, DG + "country", f"<{ID}actor/a{spec['country']}>", "actors")
    for n, spec in enumerate(events):
        event, graph = f"<{ID}event/e{n}>", spec["docs"][0][0] if spec["docs"] else None
        add(event, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", f"<{spec['class']}>", graph)
        for doc, how in spec["docs"]:
            document = f"<{ID}document/{doc}>"
            add(document, "http://purl.org/dc/terms/identifier", _literal(doc), doc)
            if how < len(LINKS):
                add(event, LINKS[how], document, graph)
            else:  # through a mention
                mention = f"<{ID}mention/{doc}/{n}>"
                add(event, LINKS[0], mention, graph)
                add(mention, DG + "document", document, doc)
        for prop in ("participants", "agents", "targets"):
            for i in spec[prop]:
                add(event, DG + prop[:-1], f"<{ID}actor/a{i}>", graph)
        for status in spec["status"]:
            add(event, DG + "status", f"<{DG}{status.capitalize()}>", graph)
        for day in spec["dates"]:
            add(event, DG + "date", f'"{day}"^^<http://www.w3.org/2001/XMLSchema#date>', graph)
    return "\n".join(lines) + "\n"


@settings(max_examples=80, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(extra=extra_actors, events=st.lists(any_event | gold_like_event(), max_size=12))
def test_random_graphs_agree_with_the_reference(gold, tmp_path, extra, events):
    path = tmp_path / "random.nq"
    path.write_text(random_graph(extra, events), encoding="utf-8")
    ours = evaluate(path, gold, ONTOLOGY).to_dict()
    assert_same_report(ours, reference_report_in_process(path))
