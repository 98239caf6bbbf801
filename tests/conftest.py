"""Shared fixtures: ``small_graph`` is a synthetic graph plus a few hand-written
events whose answers are known (see KNOWN below); ``sample_nq`` is the sample corpus
built once with the command line."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from itertools import chain
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from hypothesis import strategies as st

from graph.cli import main

from graph.store import GraphStore
from graph.synthetic import (
    EventSpec,
    actor_quads,
    document_quads,
    event_quads,
    role_quads,
    synthetic_quads,
)

# actor names: any text a news article could hold (XML 1.0 cannot hold control
# characters other than tab and newline, nor unassigned code points)
NAMES = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Cn", "Co"))
    | st.sampled_from(list("\"'<>&\n\t\\{}#@ \u00e9\u0416\u4e2d\u0627")),
    min_size=1, max_size=30)

ACTORS = [
    ("joe-biden", "Person", "Joe Biden", ("Biden", "Joseph R. Biden"), "united-states", None),
    ("vladimir-putin", "Person", "Vladimir Putin", ("Putin",), "russia", None),
    ("volodymyr-zelensky", "Person", "Volodymyr Zelensky", ("Zelensky", "Zelenskyy"), "ukraine", None),
    ("olaf-scholz", "Person", "Olaf Scholz", ("Scholz",), "germany", None),
    ("emmanuel-macron", "Person", "Emmanuel Macron", ("Macron",), "france", None),
    ("united-states", "Country", "United States", ("USA", "U.S."), None, "USA"),
    ("russia", "Country", "Russia", ("Russian Federation",), None, "RUS"),
    ("ukraine", "Country", "Ukraine", (), None, "UKR"),
    ("germany", "Country", "Germany", (), None, "DEU"),
    ("france", "Country", "France", (), None, "FRA"),
    ("european-union", "Organization", "European Union", ("EU",), None, None),
    ("nato", "Organization", "NATO", ("North Atlantic Treaty Organization",), None, None),
]
DOCS = {"doc-a": date(2021, 12, 8), "doc-b": date(2021, 12, 9), "doc-c": date(2021, 6, 17),
        "doc-d": date(2022, 3, 12)}
S = "The {} {} the {}."


def _e(key: str, doc: str, kind: str, sentence: str, **kw: object) -> EventSpec:
    return EventSpec(key=f"known/{key}", doc=doc, type=kind, sentence=sentence, **kw)  # type: ignore[arg-type]


EVENTS = [
    # told in two documents: one event
    _e("video-summit", "doc-a", "meet", "Biden held a video call with Putin.",
       participants=("joe-biden", "vladimir-putin"), date=date(2021, 12, 7), mode="video"),
    _e("video-summit", "doc-b", "meet", "Biden and Putin spoke by video on Tuesday.",
       participants=("joe-biden", "vladimir-putin"), date=date(2021, 12, 7), mode="video"),
    _e("geneva", "doc-c", "meet", "Biden met Putin in Geneva.",
       participants=("joe-biden", "vladimir-putin"), date=date(2021, 6, 16), place="Geneva"),
    _e("kyiv-visit", "doc-d", "meet", "Biden will meet Zelensky in January.", start=100,
       participants=("joe-biden", "volodymyr-zelensky"), status="planned", date=date(2022, 1, 10)),
    _e("g7", "doc-d", "meet", "Biden, Scholz and Macron held talks.", start=200,
       participants=("joe-biden", "olaf-scholz", "emmanuel-macron"), date=date(2022, 6, 26)),
    _e("no-talks", "doc-d", "meet", "Putin did not meet Zelensky.", start=300, status="negated",
       participants=("vladimir-putin", "volodymyr-zelensky"), date=date(2022, 3, 10)),
    _e("warn-1", "doc-a", "warn", "Biden warned Putin of sanctions.", start=100,
       agent="joe-biden", target="vladimir-putin", date=date(2021, 12, 7)),
    _e("warn-2", "doc-d", "warn", "The United States warned Russia.", start=400,
       agent="united-states", target="russia", date=date(2022, 2, 1)),
    _e("threat", "doc-d", "threaten", "Putin threatened Ukraine if it joined NATO.", start=500,
       agent="vladimir-putin", target="ukraine", status="conditional", date=date(2022, 2, 10)),
    _e("sanction-us", "doc-d", "sanction", "The United States sanctioned Russia.", start=600,
       agent="united-states", target="russia", date=date(2022, 2, 24)),
    _e("sanction-eu", "doc-d", "sanction", "The EU sanctioned Russia.", start=700,
       agent="european-union", target="russia", date=date(2022, 3, 1)),
    _e("accuse", "doc-d", "accuse", "Russia accused Ukraine of provocations.", start=800,
       agent="russia", target="ukraine"),
    _e("demand", "doc-d", "demand", "Zelensky demanded that NATO close the sky.", start=900,
       agent="volodymyr-zelensky", target="nato", date=date(2022, 3, 5)),
]


def known_quads() -> Iterator[ox.Quad]:
    """The hand-written actors, documents and events."""
    for slug, kind, label, aliases, country, code in ACTORS:
        yield from actor_quads(slug, kind, label, aliases=aliases, country=country, code=code)
    yield from role_quads("joe-biden", "head_of_state", "united-states", "President",
                          date(2021, 1, 20), date(2025, 1, 20))
    for doc, published in DOCS.items():
        yield from document_quads(doc, published, f"Report {doc}")
    yield from chain.from_iterable(event_quads(spec) for spec in EVENTS)


@pytest.fixture(scope="session")
def small_graph_quads() -> list[ox.Quad]:
    return [*synthetic_quads(300, n_actors=60, seed=7), *known_quads()]


@pytest.fixture
def small_graph(small_graph_quads: list[ox.Quad]) -> Iterator[GraphStore]:
    """A synthetic graph of 300 events plus the hand-written ones above."""
    store = GraphStore.in_memory()
    store.add(small_graph_quads)
    yield store
    store.close()


@pytest.fixture
def known_graph() -> Iterator[GraphStore]:
    """Only the hand-written events."""
    store = GraphStore.in_memory()
    store.add(known_quads())
    yield store
    store.close()


SAMPLE = Path(__file__).resolve().parents[1] / "data" / "articles" / "seed.jsonl"


@pytest.fixture(scope="session")
def sample_nq(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus built by ``diplograph build SAMPLE --out FILE.nq``."""
    out = tmp_path_factory.mktemp("build") / "sample.nq"
    result = CliRunner().invoke(main, ["build", str(SAMPLE), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    return out
