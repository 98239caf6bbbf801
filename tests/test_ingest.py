"""Reading articles: the sample corpus, HTML, .jsonl, datelines, boilerplate and every
kind of bad input."""
from __future__ import annotations

import io
import json
import sys
from datetime import date
from pathlib import Path

import pytest

from graph import ingest
from graph.errors import DataFileError
from graph.ingest import (
    dateline_prefix,
    find_boilerplate,
    find_dateline,
    is_boilerplate,
    match_boilerplate,
    parse_published,
    read_inputs,
)
from graph.model import Document, DocumentError
from graph.resources import data_dir
from graph.settings import Settings

ARTICLES = data_dir() / "articles"
FIXTURES = Path(__file__).parent / "data" / "ingest"
IDS = ["000_2fee84bee7742ff2", "001_9590ab32129b5950", "002_a18e85e05d343b14",
       "003_1040b6d905ff2058", "004_b08470e53b35f244"]
# publication dates of the sample articles (shared gold documents.jsonl)
PUBLISHED = {
    "000_2fee84bee7742ff2": date(2022, 2, 21),
    "001_9590ab32129b5950": date(2021, 12, 7),
    "002_a18e85e05d343b14": date(2021, 12, 8),
    "003_1040b6d905ff2058": date(2021, 12, 29),
    "004_b08470e53b35f244": date(2021, 12, 29),
}


def read_all(*paths, settings: Settings | None = None) -> list[Document | DocumentError]:
    return list(read_inputs([str(p) for p in paths], settings))


def docs(results) -> list[Document]:
    return [r for r in results if isinstance(r, Document)]


def errors(results) -> list[DocumentError]:
    return [r for r in results if isinstance(r, DocumentError)]


def article(doc_id: str, default_year: int | None = None) -> Document:
    [doc] = read_all(ARTICLES / f"{doc_id}.txt", settings=Settings(default_year=default_year))
    assert isinstance(doc, Document)
    return doc


def line_span(doc: Document, line: str) -> tuple[int, int]:
    start = doc.text.index(line)
    return start, start + len(line)


def flagged_lines(doc: Document) -> list[str]:
    return [doc.text[s:e] for s, e in doc.boilerplate]


# ---------------------------------------------------------------- sample articles

def test_sample_articles_are_read_with_text_unchanged():
    results = read_all(*(ARTICLES / f"{i}.txt" for i in IDS))
    assert [d.id for d in docs(results)] == IDS and not errors(results)
    for doc in docs(results):
        path = ARTICLES / f"{doc.id}.txt"
        assert doc.text == path.read_bytes().decode("utf-8")
        assert doc.source == str(path)
        assert doc.title is None and doc.url is None


def test_seed_jsonl_gives_the_same_texts_and_the_gold_dates():
    results = read_all(ARTICLES / "seed.jsonl")
    assert not errors(results)
    assert {d.id: d.published for d in docs(results)} == PUBLISHED
    for number, doc in enumerate(docs(results), start=1):
        assert doc.source == f"{ARTICLES / 'seed.jsonl'}:{number}"
        assert doc.text == (ARTICLES / f"{doc.id}.txt").read_text(encoding="utf-8")


def test_folder_holding_txt_and_seed_reports_the_seed_ids_as_duplicates():
    results = read_all(ARTICLES)
    assert [d.id for d in docs(results)] == IDS
    assert [e.source for e in errors(results)] == [f"{ARTICLES / 'seed.jsonl'}:{n}" for n in range(1, 6)]
    assert all("duplicate id" in e.message and ".txt" in e.message for e in errors(results))


def test_000_dateline_without_a_year_needs_the_default_year():
    text = (ARTICLES / "000_2fee84bee7742ff2.txt").read_text(encoding="utf-8")
    assert text.splitlines()[1].startswith("Washington, Feb 21 ")
    # the article mentions "February 24" and "January 30" but no year at all
    assert "February 24" in text and "January 30" in text
    assert not any(str(year) in text for year in range(1990, 2031))
    assert find_dateline(text) is None
    assert find_dateline(text, default_year=2022) == date(2022, 2, 21)
    assert article("000_2fee84bee7742ff2").published is None
    assert article("000_2fee84bee7742ff2", default_year=2022).published == date(2022, 2, 21)


def test_004_updated_line_gives_the_date():
    doc = article("004_b08470e53b35f244")
    assert doc.text.startswith("Updated December 29th, 2021 at 10:43 IST")
    assert doc.published == date(2021, 12, 29)


@pytest.mark.parametrize("doc_id", ["001_9590ab32129b5950", "002_a18e85e05d343b14", "003_1040b6d905ff2058"])
def test_articles_without_a_dateline_have_no_date(doc_id):
    assert article(doc_id, default_year=2022).published is None


EXPECTED_BOILERPLATE = {
    "000_2fee84bee7742ff2": [],
    "001_9590ab32129b5950": [
        "Also Read: Biden vs Putin: USA will send troops if Russia invades Ukraine",
        "Also Read: Ukraine says Russia’s border buildup meant to ‘provoke return fire’",
        "(With AP inputs)",
    ],
    "002_a18e85e05d343b14": [
        "Translate This News In",
        "READ:\xa0 The Ukraine crisis would affect the entire world, especially India-Russia relations, "
        "according to Envoy Denis Alipov",
    ],
    "004_b08470e53b35f244": [
        "Updated December 29th, 2021 at 10:43 IST",
        "Reported by: Bhavya Sukheja",
        "IMAGE: AP | Image:self",
        "Advertisement",
        "(Image: AP)",
        "Advertisement",
        "Published December 29th, 2021 at 10:43 IST",
    ],
}


@pytest.mark.parametrize("doc_id", sorted(EXPECTED_BOILERPLATE))
def test_boilerplate_lines_of_the_sample_articles(doc_id):
    assert flagged_lines(article(doc_id)) == EXPECTED_BOILERPLATE[doc_id]


def test_003_credit_and_author_note_are_boilerplate_to_the_end():
    doc = article("003_1040b6d905ff2058")
    for line in ("Source: Pixabay", "About the author", "Daily Newsletter",
                 "Agence France-Presse (AFP) is a French international news agency"):
        assert is_boilerplate(doc, *line_span(doc, line)), line
    assert doc.boilerplate[-1] == (doc.text.index("About the author"), len(doc.text))


NEWS_LINES = {
    "000_2fee84bee7742ff2": ["The US has repeatedly warned of Russia's plans to invade Ukraine",
                             "Russia’s military buildup", "Warns Russian of punitive action"],
    "001_9590ab32129b5950": ["United States President Joe Biden held a bilateral virtual meet"],
    "002_a18e85e05d343b14": ["President Joe Biden and Russian President Vladimir Putin faced off",
                             "Joe Biden threatens Putin with military aid"],
    "003_1040b6d905ff2058": ["President Joe Biden will offer President Vladimir Putin",
                             "Biden will speak to Ukraine’s President Volodymyr Zelensky"],
    "004_b08470e53b35f244": ["'We will see': Joe Biden acknowledges possibility",
                             "US President Joe Biden on Tuesday acknowledged the possibility",
                             "Russia-US tensions over Ukraine"],
}


@pytest.mark.parametrize("doc_id", sorted(NEWS_LINES))
def test_news_lines_are_not_boilerplate(doc_id):
    doc = article(doc_id)
    for line in NEWS_LINES[doc_id]:
        assert not is_boilerplate(doc, *line_span(doc, line)), line


def test_boilerplate_spans_are_whole_lines():
    for doc_id in IDS:
        doc = article(doc_id)
        for start, end in doc.boilerplate:
            assert start == 0 or doc.text[start - 1] == "\n"
            assert end == len(doc.text) or doc.text[end] == "\n"


def test_is_boilerplate_needs_the_range_inside_one_span():
    doc = Document(id="x", text="News.\nAdvertisement\nMore news.", boilerplate=((6, 19),))
    assert find_boilerplate(doc.text) == doc.boilerplate
    assert is_boilerplate(doc, 6, 19) and is_boilerplate(doc, 8, 10)
    assert not is_boilerplate(doc, 0, 5) and not is_boilerplate(doc, 4, 8) and not is_boilerplate(doc, 18, 22)


@pytest.mark.parametrize("line, pattern", [
    ("Also Read: Biden vs Putin", "also-read"),
    ("READ: The Ukraine crisis", "read"),
    ("Read more: Talks in Geneva", "read"),
    ("Advertisement", "advertisement"),
    ("  ADVERTISEMENT  ", "advertisement"),
    ("Reported by: Bhavya Sukheja", "reported-by"),
    ("By Jane Doe", "byline"),
    ("By Jane Doe and John Roe, Reuters", "byline"),
    ("IMAGE: AP | Image:self", "image-credit"),
    ("Image: Reuters", "image-credit"),
    ("(Image: AP)", "image-credit-bracketed"),
    ("(With AP inputs)", "agency-inputs"),
    ("(With inputs from agencies)", "agency-inputs"),
    ("Source: Pixabay", "source-credit"),
    ("About the author", "about-author"),
    ("Daily Newsletter", "newsletter"),
    ("Sign up for our newsletter", "sign-up"),
    ("Subscribe to our channel", "subscribe"),
    ("Translate This News In", "translate"),
    ("Updated December 29th, 2021 at 10:43 IST", "updated-at"),
    ("Published December 29th, 2021 at 10:43 IST", "updated-at"),
    ("Published December 29th, 2021", "published-date"),
    ("Click here to read more", "click-here"),
    ("Follow us on Twitter", "follow-us"),
])
def test_boilerplate_patterns(line, pattern):
    assert match_boilerplate(line) == pattern


@pytest.mark.parametrize("line", [
    "Read the statement in full.",
    "By then, talks had stalled.",
    "By Tuesday, Russia had moved more troops to the border.",
    "Written by hand, the letter was delivered to the Kremlin.",
    "Published reports say Russia has massed 100,000 troops.",
    "Source: a senior US official said the talks would go ahead in Geneva on January 10.",
    "Sources said the meeting was cancelled.",
    "The advertisement campaign was paid for by the Kremlin.",
    "Biden said he would subscribe to no such deal.",
    "",
])
def test_news_sentences_are_not_boilerplate(line):
    assert match_boilerplate(line) is None


def test_every_boilerplate_example_matches():
    entries = json.loads((data_dir() / "lexicons" / "boilerplate.json").read_text(encoding="utf-8"))["patterns"]
    assert len({e["id"] for e in entries}) == len(entries)
    for entry in entries:
        assert match_boilerplate(entry["example"]) is not None, entry["id"]


@pytest.fixture
def lexicon_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "lexicon_path", lambda name: tmp_path / name)
    ingest._boilerplate_patterns.cache_clear()
    yield tmp_path
    ingest._boilerplate_patterns.cache_clear()


@pytest.mark.parametrize("entry, words", [
    ({"id": "x", "pattern": "Ad(", "example": "Ad"}, "valid Python regex"),
    ({"id": "x", "pattern": "Ad", "example": "Advert"}, "does not match its example"),
    ({"id": "x", "pattern": "Ad", "example": "Ad", "scope": "page"}, "allowed: 'line', 'rest'"),
])
def test_bad_boilerplate_file_is_a_data_file_error(lexicon_dir, entry, words):
    (lexicon_dir / "boilerplate.json").write_text(json.dumps({"patterns": [entry]}))
    with pytest.raises(DataFileError, match=words):
        find_boilerplate("Ad")


# ---------------------------------------------------------------- datelines

@pytest.mark.parametrize("text, default_year, expected", [
    ("MOSCOW, Dec. 7 (Reuters) - Putin told Biden.\nThe call on December 7, 2021 lasted two hours.", None, date(2021, 12, 7)),
    ("Washington, Dec 30 Officials said talks would open on January 2, 2022.", None, date(2021, 12, 30)),
    ("Washington, Jan 2 Officials recalled the call of December 30, 2021.", None, date(2022, 1, 2)),
    ("Washington, Feb 21, 2022 Biden accepted a summit.", None, date(2022, 2, 21)),
    ("New Delhi, Dec 29 (PTI) India urged restraint.", 2021, date(2021, 12, 29)),
    ("Washington, Feb 21 Biden accepted a summit.", None, None),
    ("Washington, Feb 30 Biden accepted a summit.", 2022, None),
    ("Published December 29th, 2021\nBiden spoke.", None, date(2021, 12, 29)),
    ("Updated: Jan 10, 2022 at 09:00 IST\nTalks began.", None, date(2022, 1, 10)),
    ("KYIV, Ukraine (AP) — Russian forces attacked.\nFeb. 24, 2022", None, date(2022, 2, 24)),
    ("KYIV, Ukraine (AP) — Russia attacked on Feb. 24, 2022, officials said.", None, date(2022, 2, 24)),
    ("February 24, 2022 10:43 AM EST\nRussia attacked Ukraine.", None, date(2022, 2, 24)),
    ("Biden met Putin in Geneva on June 16, 2021, and the two talked for hours.", None, None),
    ("Biden may meet Putin, aides said.", 2022, None),
    ("", 2022, None),
])
def test_find_dateline(text, default_year, expected):
    assert find_dateline(text, default_year) == expected


def test_dateline_year_from_text_wins_over_default_year():
    text = "Washington, Jan 10 Officials met.\nThe next round is due on January 12, 2022."
    assert find_dateline(text, default_year=1999) == date(2022, 1, 10)


def test_dateline_is_searched_only_in_the_first_lines():
    text = "\n".join(["Line of news."] * 10 + ["Washington, Feb 21 Biden spoke."])
    assert find_dateline(text, 2022) is None


# ---------------------------------------------------------------- HTML, Markdown, .jsonl fixtures

def test_html_page():
    [doc] = read_all(FIXTURES / "page.html")
    assert doc.id == "page" and doc.title == "Biden and Putin hold video call | World News"
    assert doc.url == "https://example.org/world/biden-putin-call"
    assert doc.published == date(2021, 12, 7)
    assert doc.text.split("\n") == [
        "Biden warns Putin of sanctions",
        "United States President Joe Biden held a virtual meeting with Russian President Vladimir Putin on Tuesday.",
        "Biden told Putin that the US & its allies would respond with strong economic measures.",
        "Putin denied any plan to attack Ukraine.",
        "Also Read: Ukraine says Russia is massing troops",
    ]
    assert flagged_lines(doc) == ["Also Read: Ukraine says Russia is massing troops"]
    for dropped in ("tracker", "hidden", "Home", "Politics", "Something else", "©"):
        assert dropped not in doc.text


def test_html_time_element_gives_the_date():
    [doc] = read_all(FIXTURES / "time-only.htm")
    assert doc.published == date(2022, 1, 10) and doc.title == "Talks in Geneva" and doc.url is None


def test_html_bad_published_meta_is_an_error(tmp_path):
    page = tmp_path / "bad.html"
    page.write_text('<meta property="article:published_time" content="yesterday"><p>Biden spoke.</p>')
    [error] = read_all(page)
    assert error.source == str(page) and "not an ISO date" in error.message and "YYYY-MM-DD" in error.message


def test_html_without_text_is_an_error(tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("<html><head><title>Only a title</title><script>x()</script></head><body><nav>Home</nav></body></html>")
    [error] = read_all(page)
    assert isinstance(error, DocumentError) and "no text" in error.message


def test_markdown_file_with_reuters_dateline():
    [doc] = read_all(FIXTURES / "notes.md")
    assert doc.id == "notes" and doc.published == date(2021, 12, 7)
    assert flagged_lines(doc) == ["By Jane Doe"]


def test_jsonl_records_blank_lines_skipped():
    results = read_all(FIXTURES / "records.jsonl")
    assert not errors(results)
    rec1, rec2, rec3 = docs(results)
    assert (rec1.id, rec1.published, rec1.title, rec1.url) == ("rec-1", date(2022, 1, 12), "NATO-Russia Council", "https://example.org/nato")
    assert rec2.source.endswith("records.jsonl:3") and rec2.published == date(2022, 1, 10)  # dateline + year from text
    assert rec3.published == date(2022, 1, 13)  # date-time in "published"


def test_folder_is_read_recursively_in_path_order_and_hidden_files_skipped(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("b/z.txt", "a.md", "b/y.TXT", "c.html", ".git/x.txt", ".hidden.txt", "notes.pdf", "data.csv"):
        (tmp_path / name).write_text(f"<p>Text of {name}</p>" if name.endswith("html") else f"Text of {name}")
    results = read_all(tmp_path)
    assert not errors(results)
    assert [r.source for r in results] == [str(tmp_path / n) for n in ("a.md", "b/y.TXT", "b/z.txt", "c.html")]
    assert [d.id for d in docs(results)] == ["a", "y", "z", "c"]
    assert docs(results)[-1].text == "Text of c.html"


def test_same_stem_in_two_folders_is_a_duplicate_id(tmp_path):
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    (tmp_path / "one" / "a.txt").write_text("First.")
    (tmp_path / "two" / "a.txt").write_text("Second.")
    first, second = read_all(tmp_path)
    assert isinstance(first, Document) and first.text == "First."
    assert isinstance(second, DocumentError) and second.source == str(tmp_path / "two" / "a.txt")
    assert "duplicate id 'a'" in second.message and str(tmp_path / "one" / "a.txt") in second.message


def test_glob_pattern_and_file_named_twice(tmp_path):
    for name in ("x1.txt", "x2.txt", "y.txt", "x3.pdf"):
        (tmp_path / name).write_text(f"Text of {name}.")
    results = read_all(tmp_path / "x*", tmp_path / "x1.txt", tmp_path)
    assert [d.id for d in docs(results)] == ["x1", "x2", "y"] and not errors(results)


def test_reading_is_deterministic():
    first = read_all(FIXTURES, ARTICLES)
    assert first == read_all(FIXTURES, ARTICLES)


def test_a_single_path_string_is_one_input():
    assert [d.id for d in read_inputs(str(FIXTURES / "notes.md"))] == ["notes"]
    assert [d.id for d in read_inputs([FIXTURES / "notes.md"])] == ["notes"]


def test_stdin_jsonl(monkeypatch):
    lines = b'{"id": "s1", "text": "Biden met Putin."}\n\n{"id": "s2", "text": "Putin met Xi.", "published": "2022-02-04"}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines), encoding="utf-8"))
    results = read_all("-")
    assert [(d.id, d.source, d.published) for d in results] == [
        ("s1", "<stdin>:1", None), ("s2", "<stdin>:3", date(2022, 2, 4))]


# ---------------------------------------------------------------- normalisation

def test_bom_and_crlf_are_the_only_changes(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"\xef\xbb\xbfLine one.\r\nLine two.\rstill two\r\n\r\n  Tail  ")
    [doc] = read_all(path)
    assert doc.text == "Line one.\nLine two.\rstill two\n\n  Tail  "


def test_bom_in_jsonl(tmp_path):
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"id": "a", "text": "One.\\r\\nTwo."}\r\n')
    [doc] = read_all(path)
    assert doc.id == "a" and doc.text == "One.\nTwo."


# ---------------------------------------------------------------- bad input

def test_binary_file_is_an_error_and_reading_goes_on(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"GIF89a\x00\x01\x02")
    (tmp_path / "b.txt").write_text("Biden met Putin.")
    error, doc = read_all(tmp_path)
    assert error.source == f"{tmp_path / 'a.txt'}:1" and "binary" in error.message and "byte offset 6" in error.message
    assert doc.id == "b"


def test_latin1_file_names_the_byte_offset_and_line(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("First line.\nCaf\u00e9 talks in Gen\u00e8ve.".encode("latin-1"))
    [error] = read_all(path)
    assert error.source == f"{path}:2"
    assert "not UTF-8" in error.message and "byte offset 15" in error.message and "0xe9" in error.message
    assert "UTF-8" in error.message


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  "])
def test_empty_file_is_an_error(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    [error] = read_all(path)
    assert error.source == str(path) and "no text" in error.message and "empty" in error.message


def test_jsonl_bad_lines_do_not_stop_the_others(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b"\n".join([
        b'{"id": "a", "text": "Biden met Putin."}',
        b'{"id": "b", "text": "broken" ',
        b'{"text": "No id here."}',
        b'{"id": "c", "text": "Caf\xe9."}',
        b'["a", "list"]',
        b'{"id": "d", "text": "   "}',
        b'{"id": "e", "text": "Dated.", "published": "29/12/2021"}',
        b'{"id": "f"}',
        b'{"id": "g", "text": "Titled.", "title": 7}',
        b'{"id": "a", "text": "Again."}',
        b'',
        b'{"id": "h", "text": "Last one.", "published": "2021-12-29"}',
    ]))
    results = read_all(path)
    assert [d.id for d in docs(results)] == ["a", "h"]
    got = {e.source.rsplit(":", 1)[1]: e.message for e in errors(results)}
    assert sorted(got, key=int) == ["2", "3", "4", "5", "6", "7", "8", "9", "10"]
    assert "malformed JSON" in got["2"] and "column" in got["2"] and '"id"' in got["2"]
    assert 'no "id"' in got["3"]
    assert "not UTF-8" in got["4"] and "byte offset" in got["4"]
    assert "not an object" in got["5"]
    assert "no text" in got["6"]
    assert "not an ISO date" in got["7"] and "YYYY-MM-DD" in got["7"]
    assert 'no "text"' in got["8"]
    assert "'title'" in got["9"] and "string" in got["9"]
    assert "duplicate id 'a'" in got["10"] and f"{path}:1" in got["10"]


def test_jsonl_byte_offset_counts_from_the_start_of_the_file(tmp_path):
    path = tmp_path / "bad.jsonl"
    first = b'{"id": "a", "text": "ok"}\n'
    path.write_bytes(first + b'{"id": "b", "text": "\xff"}\n')
    [doc, error] = read_all(path)
    assert error.source == f"{path}:2" and f"byte offset {len(first) + 21}" in error.message


def test_binary_jsonl_is_one_error(tmp_path):
    path = tmp_path / "data.jsonl"
    path.write_bytes(b"\x1f\x8b\x08\x00\x00\n\x00\x00\n")
    [error] = read_all(path)
    assert error.source == str(path) and "binary" in error.message


def test_unknown_extension_named_explicitly_is_an_error(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4")
    [error] = read_all(path)
    assert error.source == str(path) and "'.pdf'" in error.message and ".txt" in error.message and ".jsonl" in error.message


def test_missing_path_and_empty_glob_are_errors(tmp_path):
    missing, no_match = read_all(tmp_path / "nope.txt", tmp_path / "*.txt")
    assert missing.source == str(tmp_path / "nope.txt") and "no such file or folder" in missing.message
    assert no_match.source == str(tmp_path / "*.txt") and "no files match" in no_match.message


def test_unreadable_file_is_an_error(tmp_path, monkeypatch):
    locked = tmp_path / "a.txt"
    locked.write_text("Secret.")
    (tmp_path / "b.txt").write_text("Open.")
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "a.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    error, doc = read_all(tmp_path)
    assert error.source == str(locked) and "Permission denied" in error.message and "readable" in error.message
    assert doc.id == "b"


# ---------------------------------------------------------------- helpers

@pytest.mark.parametrize("value, expected", [
    ("2021-12-29", date(2021, 12, 29)),
    ("2021-12-29T10:43:00Z", date(2021, 12, 29)),
    ("2021-12-29T10:43:00+05:30", date(2021, 12, 29)),
    ("2021-12-29 10:43", date(2021, 12, 29)),
    ("2021-02-30", None),
    ("29 December 2021", None),
    ("20211229", None),
    ("", None),
])
def test_parse_published(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("line, news", [
    ("LIMA, Nov 13 (Reuters) - Japan's prime minister met Xi.", "Japan's prime minister met Xi."),
    ("KYIV, Ukraine (AP) — Russia fired drones overnight.", "Russia fired drones overnight."),
    ("BEIJING — China protested.", "China protested."),
    ("SANAA/LONDON, Jan 12 (Reuters) - U.S. warplanes struck.", "U.S. warplanes struck."),
    ("NEW DELHI / ISLAMABAD, May 7 (Reuters) - India struck.", "India struck."),
    ("GAZA/CAIRO — Israel struck.", "Israel struck."),
    ("Biden met Putin - the first meeting in years.", None),
    ("Japan's new prime minister, Shigeru Ishiba - a former defence minister.", None),
])
def test_a_dateline_prefix_ends_where_the_news_begins(line: str, news: str | None) -> None:
    found = dateline_prefix().match(line)
    assert (line[found.end():] if found else None) == news
