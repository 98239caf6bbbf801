"""Reading articles into :class:`graph.model.Document` records.

Inputs are folders (searched recursively, hidden files and folders skipped), glob
patterns, files, or ``-`` for a .jsonl stream on standard input. Files are read in a
fixed order: the inputs in the order given, the files of a folder or pattern sorted by
path, and a file named twice is read once.

The text is kept as read so that character offsets stay valid: a UTF-8 byte-order mark
is dropped and "\\r\\n" becomes "\\n", nothing else changes (HTML gives its text without
markup, one line a block). Boilerplate lines are recorded in ``Document.boilerplate``.

Anything that cannot be read becomes a :class:`graph.model.DocumentError` naming the
file (and line) and saying what is allowed; the documents after it are still read.
"""
from __future__ import annotations

import codecs
import glob
import json
import re
import sys
from datetime import date, datetime
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable, Iterator, Union

from . import dates
from .errors import DataFileError
from .model import Document, DocumentError
from .resources import lexicon_path
from .settings import Settings

EXTENSIONS = (".txt", ".md", ".html", ".htm", ".jsonl")
STDIN = "-"
STDIN_SOURCE = "<stdin>"
HEAD_LINES = 6  # non-blank lines at the top of an article searched for a dateline
BOILERPLATE = "boilerplate.json"

Result = Union[Document, DocumentError]
_ALLOWED = ", ".join(EXTENSIONS)
_JSONL_SHAPE = 'one JSON object a line: {"id": "...", "text": "...", "published": "YYYY-MM-DD", "title", "url"}'
_ISO = "expected YYYY-MM-DD or an ISO date-time"


_WORDS = r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}"
_PLACE = rf"{_WORDS}(?:[ \t]*/[ \t]*{_WORDS})*(?:,[ \t]*{_WORDS})?"  # "Washington", "KYIV, Ukraine", "KABUL/ISLAMABAD"
_AGENCY = r"\([A-Z][\w .-]{0,30}\)"  # "(Reuters)"
_CAPS = r"[A-Z][A-Z.'’-]+(?:(?: |[ \t]*/[ \t]*)[A-Z][A-Z.'’-]+){0,3}"  # "BEIJING", "UNITED NATIONS", "GAZA/CAIRO"


def _place_date() -> str:
    return rf"{_PLACE},\s*{dates.month_regex()}\s*{dates.DAY}(?:,?\s*{dates.YEAR})?"


@cache
def _dateline_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    leads = "|".join(re.escape(w) for w in dates.lexicon().dateline_leads)
    lead = re.compile(rf"(?i:{leads})\b")
    place_date = re.compile(_place_date())
    agency = re.compile(rf"{_PLACE}\s*{_AGENCY}\s*[-–—:]")
    return lead, place_date, agency


@cache
def dateline_prefix() -> re.Pattern[str]:
    """A dateline opening a line, up to the news after its dash: "LIMA, Nov 13
    (Reuters) - ", "KYIV, Ukraine (AP) — ", "BEIJING — "."""
    return re.compile(rf"^[ \t]*(?:{_place_date()}(?:[ \t]*{_AGENCY})?|{_PLACE}[ \t]*{_AGENCY}|{_CAPS})"
                      rf"[ \t]*[-–—]+[ \t]+(?=\S)", re.MULTILINE)


def _year_from_text(text: str, month: int, day: int) -> int | None:
    """The year that puts month/day closest to a date written in full in the text."""
    best: tuple[int, date] | None = None
    for _, _, full in dates.explicit_dates(text):
        for year in (full.year - 1, full.year, full.year + 1):
            try:
                candidate = date(year, month, day)
            except ValueError:
                continue
            distance = abs((candidate - full).days)
            if best is None or distance < best[0]:
                best = (distance, candidate)
    return None if best is None else best[1].year


def _place_dateline(m: re.Match[str], text: str, default_year: int | None) -> date | None:
    month, day = dates.month_number(m["month"]), int(m["day"])
    year = int(m["year"]) if m["year"] else _year_from_text(text, month, day) or default_year
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_dateline(text: str, default_year: int | None = None) -> date | None:
    """The date an article gives for itself in its first lines, or None.

    In order: a line opening with a dateline word and a full date ("Updated December
    29th, 2021 at 10:43 IST"); a place dateline ("Washington, Feb 21", "MOSCOW, Dec. 7
    (Reuters) -"), whose year, when missing, is taken from the date written in full
    with a year anywhere in the text that lies closest to it, else ``default_year``,
    else there is no date; a full date on a line of its own or after an agency
    dateline ("KYIV, Ukraine (AP) —").
    """
    head = [line.strip() for line in text.split("\n") if line.strip()][:HEAD_LINES]
    lead, place_date, agency = _dateline_patterns()
    for line in head:
        found = dates.explicit_dates(line) if lead.match(line) else []
        if found and found[0][0] <= 30:  # the date follows the lead word
            return found[0][2]
    for line in head:
        m = place_date.match(line)
        if m:
            return _place_dateline(m, text, default_year)
    has_agency = any(agency.match(line) for line in head)
    for line in head:
        found = dates.explicit_dates(line)
        if found and (has_agency or len(line) - (found[0][1] - found[0][0]) <= 30):
            return found[0][2]
    return None


@cache
def _boilerplate_patterns() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    path = lexicon_path(BOILERPLATE)
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))["patterns"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DataFileError(str(path), None, f"cannot read the boilerplate patterns: {exc!r}; "
                            'expected {"patterns": [{"id": ..., "pattern": ..., "example": ...}]}') from exc
    patterns = []
    for entry in entries:
        pid, scope = entry.get("id", "?"), entry.get("scope", "line")
        try:
            compiled = re.compile(entry["pattern"])
        except (KeyError, re.error) as exc:
            raise DataFileError(str(path), None, f"pattern {pid!r}: {exc}; each entry needs a valid Python regex") from exc
        if scope not in ("line", "rest"):
            raise DataFileError(str(path), None, f"pattern {pid!r}: scope {scope!r}; allowed: 'line', 'rest'")
        if not compiled.fullmatch(entry.get("example", "")):
            raise DataFileError(str(path), None, f"pattern {pid!r} does not match its example {entry.get('example')!r}")
        patterns.append((pid, compiled, scope))
    return tuple(patterns)


def match_boilerplate(line: str) -> str | None:
    """The id of the boilerplate pattern a line matches (spaces around it ignored)."""
    stripped = line.strip()
    for pid, pattern, _ in _boilerplate_patterns():
        if stripped and pattern.fullmatch(stripped):
            return pid
    return None


def find_boilerplate(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) spans of the whole lines of ``text`` that carry no news; the
    newline after a line is not part of its span."""
    scopes = {pid: scope for pid, _, scope in _boilerplate_patterns()}
    spans: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        pid, end = match_boilerplate(line), start + len(line)
        if pid is not None:
            spans.append((start, len(text) if scopes[pid] == "rest" else end))
            if scopes[pid] == "rest":
                break
        start = end + 1
    return tuple(spans)


def is_boilerplate(doc: Document, start: int, end: int) -> bool:
    """True when the characters start..end of the document lie in a boilerplate span."""
    return any(s <= start and end <= e for s, e in doc.boilerplate)


class _HtmlText(HTMLParser):
    """Text, title, publication date and canonical address of an HTML page."""

    SKIP = frozenset({"script", "style", "nav", "footer", "header", "aside", "noscript", "template", "svg"})
    BLOCK = frozenset("p div br li ul ol h1 h2 h3 h4 h5 h6 tr table section article main blockquote "
                      "pre hr figure figcaption dt dd dl body title address".split())

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._run: list[str] = []
        self._skip = 0
        self._in_title = False
        self.title_parts: list[str] = []
        self.published: str | None = None
        self.times: list[str] = []
        self.url: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): v or "" for k, v in attrs}
        if tag in self.SKIP:
            self._skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "meta" and "article:published_time" in (a.get("property"), a.get("name")):
            self.published = self.published or a.get("content", "")
        elif tag == "link" and "canonical" in a.get("rel", "").lower().split():
            self.url = a.get("href") or self.url
        elif tag == "time" and a.get("datetime"):
            self.times.append(a["datetime"])
        if tag in self.BLOCK:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag == "title":
            self._in_title = False
        if tag in self.BLOCK:
            self._break()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        elif not self._skip:
            self._run.append(data)

    def _break(self) -> None:
        block = " ".join("".join(self._run).split())
        if block:
            self.blocks.append(block)
        self._run = []


def parse_published(value: str) -> date | None:
    """The date of an ISO 8601 date or date-time ("2021-12-29", "2021-12-29T10:43:00Z"),
    or None when the value is not one."""
    value = value.strip()
    if not re.match(r"\d{4}-\d{2}-\d{2}(?:$|[T ])", value):
        return None
    try:
        return datetime.fromisoformat(value).date() if len(value) > 10 else date.fromisoformat(value)
    except ValueError:
        return None


def _html_document(raw: str, source: str, default_year: int | None) -> Result:
    parser = _HtmlText()
    parser.feed(raw)
    parser.close()
    published = None
    if parser.published is not None:
        published = parse_published(parser.published)
        if published is None:
            meta = '<meta property="article:published_time">'
            return DocumentError(source, f"{meta} is {parser.published!r}, not an ISO date; {_ISO}")
    for value in parser.times:
        published = published or parse_published(value)
    title = " ".join("".join(parser.title_parts).split()) or None
    return _document(Path(source).stem, "\n".join(parser.blocks), source, default_year, published, title, parser.url)


def _document(doc_id: str, text: str, source: str, default_year: int | None,
              published: date | None = None, title: str | None = None, url: str | None = None) -> Result:
    text = text.replace("\r\n", "\n")
    if not text.strip():
        return DocumentError(source, "no text: it is empty or holds only white space; a document needs the article's text")
    if published is None:
        published = find_dateline(text, default_year)
    return Document(id=doc_id, text=text, published=published, title=title, url=url,
                    source=source, boilerplate=find_boilerplate(text))


def _decode(data: bytes, source: str, base: int = 0, with_line: bool = False) -> str | DocumentError:
    """UTF-8 text of data (a BOM dropped); base is data's byte offset in its file.
    With with_line the error's source names the line of the bad byte."""
    bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    bad = data.find(b"\x00")
    if bad >= 0:
        problem = f"binary content (a NUL byte at byte offset {base + bad}); expected UTF-8 text in a {_ALLOWED} file"
    else:
        try:
            return data[bom:].decode("utf-8")
        except UnicodeDecodeError as exc:
            bad = bom + exc.start
            problem = f"not UTF-8: byte 0x{data[bad]:02x} at byte offset {base + bad} ({exc.reason}); save the file as UTF-8"
    line = data.count(b"\n", 0, bad) + 1
    return DocumentError(f"{source}:{line}" if with_line else source, problem)


def _record(line: str, source: str, default_year: int | None) -> Result:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return DocumentError(source, f"malformed JSON: {exc.msg} at column {exc.colno}; {_JSONL_SHAPE}")
    if not isinstance(record, dict):
        return DocumentError(source, f"a JSON {type(record).__name__}, not an object; {_JSONL_SHAPE}")
    doc_id = record.get("id")
    if not isinstance(doc_id, str) or not doc_id.strip():
        return DocumentError(source, f"no \"id\": every record needs a non-empty string id; {_JSONL_SHAPE}")
    text = record.get("text")
    if not isinstance(text, str):
        return DocumentError(source, f"no \"text\" string for id {doc_id!r}; every record needs the article's text")
    extra = {key: record.get(key) for key in ("published", "title", "url")}
    for key, value in extra.items():
        if value is not None and not isinstance(value, str):
            return DocumentError(source, f"{key!r} is a JSON {type(value).__name__}; it must be a string when given")
    published = None
    if extra["published"]:
        published = parse_published(extra["published"])
        if published is None:
            return DocumentError(source, f"\"published\" is {extra['published']!r}, not an ISO date; {_ISO}, or none")
    return _document(doc_id, text, source, default_year, published, extra["title"] or None, extra["url"] or None)


def _read_jsonl(data: bytes, name: str, default_year: int | None) -> Iterator[Result]:
    nul = data.find(b"\x00")
    if nul >= 0:
        yield DocumentError(name, f"binary content (a NUL byte at byte offset {nul}); expected UTF-8 text, {_JSONL_SHAPE}")
        return
    offset = 0
    for number, raw in enumerate(data.split(b"\n"), start=1):
        base, offset = offset, offset + len(raw) + 1
        if not raw.strip():
            continue
        source = f"{name}:{number}"
        line = _decode(raw, source, base)
        yield line if isinstance(line, DocumentError) else _record(line, source, default_year)


def _read_file(path: Path, explicit: bool, default_year: int | None) -> Iterator[Result]:
    source, suffix = str(path), path.suffix.lower()
    if suffix not in EXTENSIONS:
        if explicit:
            yield DocumentError(source, f"unknown file type {suffix or '(no extension)'!r}; allowed: {_ALLOWED}")
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield DocumentError(source, f"cannot read the file: {exc.strerror or exc}; it must be a readable file")
        return
    if suffix == ".jsonl":
        yield from _read_jsonl(data, source, default_year)
        return
    text = _decode(data, source, with_line=True)
    if isinstance(text, DocumentError):
        yield text
    elif suffix in (".html", ".htm"):
        yield _html_document(text, source, default_year)
    else:
        yield _document(path.stem, text, source, default_year)


def _folder_files(folder: Path) -> Iterator[tuple[Path, bool]]:
    found = []
    for path in folder.rglob("*"):
        hidden = any(part.startswith(".") for part in path.relative_to(folder).parts)
        if not hidden and path.suffix.lower() in EXTENSIONS and path.is_file():
            found.append(path)
    for path in sorted(found, key=lambda p: p.as_posix()):
        yield path, False


def _expand(arg: str | Path) -> Iterator[tuple[Path, bool] | DocumentError | str]:
    """The files an input names, each with whether it was named explicitly."""
    text = str(arg)
    path = Path(text)
    if text == STDIN:
        yield STDIN
    elif path.is_dir():
        yield from _folder_files(path)
    elif path.exists():
        yield path, True
    elif re.search(r"[*?\[]", text):
        matches = sorted(glob.glob(text, recursive=True))
        if not matches:
            yield DocumentError(text, f"no files match this pattern; it must match {_ALLOWED} files or folders")
        for match in map(Path, matches):
            yield from _folder_files(match) if match.is_dir() else [(match, False)]
    else:
        yield DocumentError(text, "no such file or folder; give a file, a folder, a glob pattern or - (.jsonl on stdin)")


def read_inputs(paths: Iterable[str | Path], settings: Settings | None = None) -> Iterator[Result]:
    """Documents read from ``paths``, and a DocumentError for each input that cannot be
    read; a document whose id was already read is an error too."""
    default_year = (settings or Settings()).default_year
    if isinstance(paths, (str, Path)):
        paths = [paths]
    seen_ids: dict[str, str] = {}
    seen_files: set[Path] = set()
    for arg in paths:
        for item in _expand(arg):
            if isinstance(item, DocumentError):
                yield item
                continue
            if item == STDIN:
                stream = getattr(sys.stdin, "buffer", None)
                data = stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
                results = _read_jsonl(data, STDIN_SOURCE, default_year)
            else:
                path, explicit = item  # type: ignore[misc]
                if path.resolve() in seen_files:
                    continue
                seen_files.add(path.resolve())
                results = _read_file(path, explicit, default_year)
            for result in results:
                yield _unique(result, seen_ids)


def _unique(result: Result, seen: dict[str, str]) -> Result:
    if isinstance(result, Document) and result.id in seen:
        return DocumentError(result.source or result.id, f"duplicate id {result.id!r}: already read from "
                             f"{seen[result.id]}; ids must be unique across the inputs")
    if isinstance(result, Document):
        seen[result.id] = result.source or result.id
    return result
