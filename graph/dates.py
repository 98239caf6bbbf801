"""Resolving temporal expressions ("on Tuesday", "January 10", "later this week")
against the date an article was published.

The words come from ``data/lexicons/dates.json``. Two pattern sets are built from
them: a strict one for finding expressions in running text (month and weekday names
must be capitalised, weekday abbreviations are not taken, a bare month or year needs
"in" or a part word before it) and a lenient one for :func:`resolve`, which is given
text already known to be a date.

Conventions:
- A week runs Monday to Sunday; a weekend is its Saturday and Sunday.
- A weekday alone, or after "on", means the most recent such day on or before the
  publication date (the day itself counts) unless the tense is future, when it is the
  next such day on or after (wire copy writes "later on Monday" or "will meet on
  Monday" in Monday's story for that day, and "next Monday" for the week after).
  "last X" is strictly before, "next X" strictly after,
  "this X" is the X on or after (future), on or before (past) or in the same week
  (tense unknown).
- A month and day without a year take the year that puts the date closest to the
  publication date (never more than about six months away); on a tie the past tense
  takes the earlier date, any other tense the later one. A 29 February that no year
  next to the publication date has gives no resolution.
- A month alone ("in January") is the most recent such month for the past tense, the
  next one (the current month counts) for the future, otherwise the closest one,
  preferring the publication year on a tie.
- Words of ``ignorable_words`` around one expression are skipped: "late Tuesday
  night" resolves as "Tuesday"; any other word ("two weeks after Tuesday") gives None.
"""
from __future__ import annotations

import calendar
import json
import re
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from typing import Callable, Iterable, Literal

from .errors import DataFileError
from .resources import lexicon_path

Granularity = Literal["day", "week", "month", "year"]
TENSES = (None, "past", "present", "future")
LEXICON = "dates.json"
_ALLOWED_VALUES = {"periods": {"week", "weekend", "month", "year"}, "weekday_modifiers": {"last", "next", "this"},
                   "parts": {"early", "mid", "late", "earlier", "later"}}
MAX_DISTANCE = 184  # days: a month and day without a year is never read further away


@dataclass(frozen=True)
class DateResolution:
    """What a temporal expression means: the inclusive range it covers, and the day
    when the text pins one down."""

    day: date | None
    start: date
    end: date
    granularity: Granularity
    text: str


@dataclass(frozen=True)
class DateLexicon:
    months: dict[str, int]  # lower-cased name or abbreviation -> 1..12
    month_names: tuple[str, ...]  # full names, as written in the lexicon
    month_abbreviations: tuple[str, ...]
    weekdays: dict[str, int]  # lower-cased name or abbreviation -> 0 (Monday)..6
    weekday_names: tuple[str, ...]
    weekday_abbreviations: tuple[str, ...]
    relative_days: dict[str, int]
    anaphoric_days: dict[str, int]  # "the same day": days from the last day named before
    interval_days: dict[str, int]  # "a day (after)": days between two events
    period_offsets: dict[str, int]
    periods: dict[str, str]
    parts: dict[str, str]
    weekday_modifiers: dict[str, str]
    prepositions: tuple[str, ...]
    dateline_leads: tuple[str, ...]
    ignorable_words: frozenset[str]
    duration_units: frozenset[str]  # "for two days": how long, not when


def _names(entries: list[dict]) -> tuple[dict[str, int], tuple[str, ...], tuple[str, ...]]:
    """Lower-cased names and abbreviations -> number, the full names, the abbreviations."""
    numbers = {w.lower(): int(e["number"]) for e in entries for w in [e["name"], *e["abbreviations"]]}
    return numbers, tuple(e["name"] for e in entries), tuple(a for e in entries for a in e["abbreviations"])


@cache
def lexicon() -> DateLexicon:
    """The date words of data/lexicons/dates.json, checked."""
    path = lexicon_path(LEXICON)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        months, month_full, month_abbr = _names(data["months"])
        weekdays, weekday_full, weekday_abbr = _names(data["weekdays"])
        result = DateLexicon(
            months=months, month_names=month_full, month_abbreviations=month_abbr,
            weekdays=weekdays, weekday_names=weekday_full, weekday_abbreviations=weekday_abbr,
            relative_days={k.lower(): int(v) for k, v in data["relative_days"].items()},
            anaphoric_days={k.lower(): int(v) for k, v in data["anaphoric_days"].items()},
            interval_days={k.lower(): int(v) for k, v in data["interval_days"].items()},
            period_offsets={k.lower(): int(v) for k, v in data["period_offsets"].items()},
            **{key: {k.lower(): v for k, v in data[key].items()} for key in ("periods", "parts", "weekday_modifiers")},
            prepositions=tuple(p.lower() for p in data["prepositions"]),
            dateline_leads=tuple(data["dateline_leads"]),
            ignorable_words=frozenset(w.lower() for w in data["ignorable_words"]),
            duration_units=frozenset(w.lower() for w in data["duration_units"]),
        )
    except (OSError, ValueError, KeyError, AttributeError, TypeError) as exc:
        raise DataFileError(str(path), None, f"cannot read the date lexicon: {exc!r}; "
                            "see the _comment keys for the expected shape") from exc
    if set(result.months.values()) != set(range(1, 13)) or set(result.weekdays.values()) != set(range(7)):
        raise DataFileError(str(path), None, "months must cover 1..12 and weekdays 0..6")
    for key, allowed in _ALLOWED_VALUES.items():
        if not set(getattr(result, key).values()) <= allowed:
            raise DataFileError(str(path), None, f"the values of {key!r} must be among {sorted(allowed)}")
    return result


def _alternation(words: Iterable[str], strict: bool = False, abbreviations: Iterable[str] = ()) -> str:
    """A regex alternation of words, longest first. Strict keeps the written case
    (and its upper-case form), otherwise any case; abbreviations may take a full stop."""
    short = {a.lower() for a in abbreviations}
    forms = {f for w in words for f in ((w, w.upper()) if strict else (w,))}

    def source(word: str) -> str:
        escaped = re.escape(word).replace(r"\ ", r"\s+")
        return escaped + (r"(?:\.|(?!\w))" if word.lower() in short else r"(?!\w)")

    body = "|".join(source(f) for f in sorted(forms, key=lambda w: (-len(w), w)))
    return f"(?:{body})" if strict else f"(?i:{body})"


def _key(written: str) -> str:
    """The lexicon key of a matched word: lower case, one space, no full stop."""
    return " ".join(written.lower().rstrip(".").split())


def month_number(name: str) -> int:
    """1..12 for a month name or abbreviation in any case ("Dec.", "december");
    KeyError for other words."""
    return lexicon().months[_key(name)]


def month_regex(strict: bool = True) -> str:
    """A regex for a month name or abbreviation (an abbreviation may take a full stop),
    in the group ``month``; strict takes only capitalised or upper-case names."""
    lex = lexicon()
    names = lex.month_names + lex.month_abbreviations
    return rf"\b(?P<month>{_alternation(names, strict, lex.month_abbreviations)})"


DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?(?![\d:])"
YEAR = r"(?P<year>1[89]\d\d|2\d\d\d)(?!\d)"


@cache
def _patterns(strict: bool) -> dict[str, re.Pattern[str]]:
    lex = lexicon()
    month = month_regex(strict)
    weekday_words = lex.weekday_names if strict else lex.weekday_names + lex.weekday_abbreviations
    weekday = rf"\b(?P<weekday>{_alternation(weekday_words, strict, lex.weekday_abbreviations)})"
    wmod = rf"(?:\b(?P<wmod>{_alternation(lex.weekday_modifiers)})\s+)"
    part = rf"(?:\b(?P<part>{_alternation(lex.parts)})(?:\s+|-\s*))"
    inn = r"(?:\b(?P<in>(?i:in))\s+)"
    sources = {
        "iso": r"\b(?P<iso>\d{4}-\d{2}-\d{2})\b",
        "month_day": rf"{month}\s*{DAY}(?:,?\s*{YEAR})?",
        "day_month": rf"\b{DAY}\s+(?:(?i:of)\s+)?{month}(?:,?\s*{YEAR})?",
        "month_year": rf"{inn}?{part}?{month},?\s+{YEAR}",
        "month": rf"{inn}?{part}?{month}(?!\s*\d)",
        "year": rf"{inn}?{part}?\b{YEAR}",
        "weekday": rf"{wmod}?{weekday}",
        "relative_day": rf"\b(?P<relday>{_alternation(lex.relative_days)})\b",
        "anaphoric_day": rf"\b(?P<anaday>{_alternation(lex.anaphoric_days)})\b",
        "period": rf"{part}?\b(?P<poff>{_alternation(lex.period_offsets)})\s+(?P<period>{_alternation(lex.periods)})\b",
    }
    return {kind: re.compile(source) for kind, source in sources.items()}


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _shift_month(year: int, month: int, offset: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + offset
    return index // 12, index % 12 + 1


def _make(start: date, end: date, granularity: Granularity, text: str) -> DateResolution:
    if start == end:
        return DateResolution(start, start, end, "day", text)
    return DateResolution(None, start, end, granularity, text)


def _narrow(start: date, end: date, part: str, granularity: Granularity, published: date, current: bool) -> tuple[date, date]:
    """The part of a range that 'early', 'mid', 'late', 'earlier', 'later' name."""
    if part == "earlier" and current:
        return start, max(start, min(end, published - timedelta(days=1)))
    if part == "later" and current:
        return min(end, max(start, published + timedelta(days=1))), end
    part = {"earlier": "early", "later": "late"}.get(part, part)
    if granularity == "year":
        first, last = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[part]
        return date(start.year, first, 1), _month_range(start.year, last)[1]
    days = (end - start).days + 1
    third = round(days / 3)
    if part == "early":
        return start, start + timedelta(days=third - 1)
    if part == "late":
        return end - timedelta(days=third - 1), end
    return start + timedelta(days=third), end - timedelta(days=third)


def _closest_day(month: int, day: int, published: date, tense: str | None) -> date | None:
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        with suppress(ValueError):
            candidates.append(date(year, month, day))
    if not candidates:
        return None
    prefer_past = tense == "past"
    best = min(candidates, key=lambda d: (abs((d - published).days), d > published if prefer_past else d < published))
    return best if abs((best - published).days) <= MAX_DISTANCE else None


def _closest_month(month: int, published: date, tense: str | None) -> int:
    if tense == "past":
        return published.year if month <= published.month else published.year - 1
    if tense == "future":
        return published.year if month >= published.month else published.year + 1
    here = published.year * 12 + published.month
    return min((published.year, published.year - 1, published.year + 1), key=lambda y: abs(y * 12 + month - here))


def _weekday_date(target: int, modifier: str | None, published: date, tense: str | None) -> date:
    back = (published.weekday() - target) % 7
    ahead = (target - published.weekday()) % 7
    if modifier == "last":
        return published - timedelta(days=back or 7)
    if modifier == "next":
        return published + timedelta(days=ahead or 7)
    if modifier == "this":
        if tense == "past":
            return published - timedelta(days=back)
        if tense == "future":
            return published + timedelta(days=ahead)
        return _week_start(published) + timedelta(days=target)
    if tense == "future":
        return published + timedelta(days=ahead)  # "will meet on Monday" in Monday's paper: that day
    return published - timedelta(days=back)


Resolver = Callable[[re.Match[str], date, "str | None", str], "DateResolution | None"]


def _full_date(m: re.Match[str], published: date, tense: str | None, text: str) -> DateResolution | None:
    groups = m.groupdict()
    try:
        if groups.get("iso"):
            found: date | None = date.fromisoformat(groups["iso"])
        else:
            month, day = month_number(groups["month"]), int(groups["day"])
            found = date(int(groups["year"]), month, day) if groups.get("year") else _closest_day(month, day, published, tense)
    except ValueError:
        return None
    return None if found is None else _make(found, found, "day", text)


def _month(m: re.Match[str], published: date, tense: str | None, text: str) -> DateResolution:
    month = month_number(m["month"])
    year = int(m["year"]) if m.groupdict().get("year") else _closest_month(month, published, tense)
    start, end = _month_range(year, month)
    if m["part"]:
        current = (year, month) == (published.year, published.month)
        start, end = _narrow(start, end, lexicon().parts[_key(m["part"])], "month", published, current)
    return _make(start, end, "month", text)


def _year(m: re.Match[str], published: date, tense: str | None, text: str) -> DateResolution:
    year = int(m["year"])
    start, end = date(year, 1, 1), date(year, 12, 31)
    if m["part"]:
        start, end = _narrow(start, end, lexicon().parts[_key(m["part"])], "year", published, year == published.year)
    return _make(start, end, "year", text)


def _weekday(m: re.Match[str], published: date, tense: str | None, text: str) -> DateResolution:
    lex = lexicon()
    modifier = lex.weekday_modifiers[_key(m["wmod"])] if m["wmod"] else None
    found = _weekday_date(lex.weekdays[_key(m["weekday"])], modifier, published, tense)
    return _make(found, found, "day", text)


def _relative_day(m: re.Match[str], published: date, tense: str | None, text: str) -> DateResolution:
    found = published + timedelta(days=lexicon().relative_days[_key(m["relday"])])
    return _make(found, found, "day", text)


def _period(m: re.Match[str], published: date, tense: str | None, text: str) -> DateResolution:
    lex = lexicon()
    offset = lex.period_offsets[_key(m["poff"])]
    period = lex.periods[_key(m["period"])]
    unit: Granularity = "week" if period == "weekend" else period  # type: ignore[assignment]
    if unit == "week":
        weekend = period == "weekend"  # Saturday and Sunday
        start = _week_start(published) + timedelta(weeks=offset, days=5 if weekend else 0)
        end = start + timedelta(days=1 if weekend else 6)
    elif unit == "month":
        start, end = _month_range(*_shift_month(published.year, published.month, offset))
    else:
        start, end = date(published.year + offset, 1, 1), date(published.year + offset, 12, 31)
    if m["part"]:
        start, end = _narrow(start, end, lex.parts[_key(m["part"])], unit, published, offset == 0)
    return _make(start, end, unit, text)


_RESOLVERS: dict[str, Resolver] = {
    "iso": _full_date, "month_day": _full_date, "day_month": _full_date, "month_year": _month, "month": _month,
    "year": _year, "weekday": _weekday, "relative_day": _relative_day, "period": _period,
}


def anaphoric_offset(expression: str) -> int | None:
    """Days from the last day the text named before ``expression`` when it is one of
    the lexicon's anaphoric expressions ("the same day": 0, "a day later": 1)."""
    return lexicon().anaphoric_days.get(_body(expression)[1].lower())


def _body(expression: str) -> tuple[str, str]:
    """(the expression tidied, the same without a leading preposition: "on Tuesday")."""
    text = " ".join(expression.split()).strip(" ,.;:")
    words = text.split(" ", 1)
    return text, words[1] if len(words) == 2 and words[0].lower() in lexicon().prepositions else text


def resolve(expression: str, published: date, tense: str | None = None) -> DateResolution | None:
    """What ``expression`` means for an article published on ``published``.

    ``tense`` is "past", "future", or None / "present" when it is unknown. Returns
    None when the expression is not one this module reads or names no real date.
    """
    if tense not in TENSES:
        raise ValueError(f"tense must be 'past', 'present', 'future' or None, not {tense!r}")
    _text, body = _body(expression)
    for kind, pattern in _patterns(strict=False).items():
        m = pattern.fullmatch(body)
        if m and kind == "anaphoric_day":
            return None  # named by an earlier day of the text: see anaphoric_offset
        if m:
            return _RESOLVERS[kind](m, published, None if tense == "present" else tense, expression.strip())
    found = _resolve_within(body, published, tense)
    return None if found is None else replace(found, text=expression.strip())


def _resolve_within(body: str, published: date, tense: str | None) -> DateResolution | None:
    """The date of the expressions inside ``body`` when they all name the same range
    ("Tuesday, December 7") and the other words are ignorable ("late Tuesday night")."""
    inner = find_date_expressions(body)
    if not inner or inner[0][2] == body:
        return None
    rest, last = [], 0
    for start, end, _ in inner:
        rest.append(body[last:start])
        last = end
    rest.append(re.sub(r"^['’]s\b", "", body[last:]))
    if not set(" ".join(rest).replace(",", " ").lower().split()) <= lexicon().ignorable_words:
        return None
    found = [resolve(text, published, tense) for _, _, text in inner]
    best = max(found, key=lambda f: len(f.text) if f else -1)
    for f in found:  # the same range, or a weekday that the day falls on
        if f is None or best is None or ((f.start, f.end) != (best.start, best.end)
                                         and not (f.day and best.day and f.day.weekday() == best.day.weekday())):
            return None
    return best


def _plausible(kind: str, m: re.Match[str]) -> bool:
    groups = m.groupdict()
    if groups.get("day") and not 1 <= int(groups["day"]) <= 31:
        return False
    # a bare month or year is only a date after "in" or a part word ("early 2022")
    return kind not in ("month", "year") or bool(groups.get("in") or groups.get("part"))


def find_date_expressions(text: str) -> list[tuple[int, int, str]]:
    """Spans (start, end, text) of the date expressions in ``text``, in text order.

    Where candidates overlap the longest wins (then the earliest). A preposition
    before a weekday or a full date ("on Tuesday") is not part of the span; "in"
    before a month or year is ("in January", "in 2014").
    """
    candidates = []
    for kind, pattern in _patterns(strict=True).items():
        for m in pattern.finditer(text):
            if _plausible(kind, m):
                candidates.append((m.start(), m.end()))
    chosen: list[tuple[int, int]] = []
    for start, end in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
        if all(end <= s or start >= e for s, e in chosen):
            chosen.append((start, end))
    return [(s, e, text[s:e]) for s, e in sorted(chosen)]


def explicit_dates(text: str) -> list[tuple[int, int, date]]:
    """Spans of dates written out in full with a year ("December 29th, 2021",
    "10 January 2022", "2022-01-10"), in text order."""
    found = []
    for kind in ("iso", "month_day", "day_month"):
        for m in _patterns(strict=True)[kind].finditer(text):
            if kind != "iso" and not m["year"]:
                continue
            resolution = _full_date(m, date.min, None, m.group())
            if resolution is not None and resolution.day is not None:
                found.append((m.start(), m.end(), resolution.day))
    return sorted(found)
