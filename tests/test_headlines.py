"""Headlines in Title Case or capitals are parsed in sentence case (graph/headlines.py)."""
from __future__ import annotations

import pytest

from graph.gazetteer import default_gazetteer
from graph.headlines import headline_lines

from .extraction_helpers import facts, meet, nlp, read

pytestmark = pytest.mark.model


def A(name: str) -> str:
    return default_gazetteer().lookup(name)


def lines_of(text: str) -> list[str]:
    return [line.text for line in headline_lines(nlp().make_doc(text))]


def test_title_case_lines_are_headlines():
    text = ("Biden Warns Putin Of 'Severe' Costs Over Ukraine\n"
            "Kenya, Somalia and Ethiopia\n"
            "The talks were held in Nairobi on Monday.\n"
            "CHINA SANCTIONS U.S. DEFENSE FIRMS OVER TAIWAN\n")
    assert lines_of(text) == ["Biden Warns Putin Of 'Severe' Costs Over Ukraine"]


def test_short_labels_and_names_are_not_headlines():
    assert lines_of("World News\nEmmanuel Macron Olaf Scholz\nUpdated Daily\n") == []


@pytest.mark.parametrize("text, published, expected", [
    ("Biden Warns Putin Of 'Severe' Costs Over Ukraine\nThe call lasted an hour.", "2021-12-08",
     lambda: {("warn", A("Biden"), A("Putin"), "occurred", None)}),
    ("China Sanctions U.S. Defense Firms Over Taiwan Arms Sale", "2023-02-16",
     lambda: {("sanction", A("China"), A("United States"), "occurred", None)}),
    ("Macron And Scholz Meet In Berlin Ahead Of EU Summit", "2023-06-20",
     lambda: {("meet", meet(A("Macron"), A("Olaf Scholz")), "occurred", None)}),
    ("Iran Accuses Israel Of Attack On Natanz Nuclear Site", "2021-04-12",
     lambda: {("accuse", A("Iran"), A("Israel"), "occurred", None)}),
    ("Ethiopia Rejects Egypt's Call For Binding Deal On Nile Dam", "2021-04-07",
     lambda: {("reject", A("Ethiopia"), A("Egypt"), "occurred", None)}),
])
def test_events_are_read_from_headlines(text, published, expected):
    assert expected() <= facts(read(text, published))


def test_the_text_and_its_offsets_are_unchanged():
    text = "Macron And Scholz Meet In Berlin\nThey spoke for two hours."
    doc = nlp()(nlp().make_doc(text))
    assert doc.text == text
    assert [t.text for t in doc[:6]] == ["Macron", "And", "Scholz", "Meet", "In", "Berlin"]
    assert doc[3].pos_ == "VERB"
    events = [e for e in doc._.events if e.type == "meet"]
    assert events and text[events[0].mention.span.start:events[0].mention.span.end] in text.splitlines()[0]
