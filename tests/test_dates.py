"""Resolving temporal expressions against the publication date."""
from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph import dates
from graph.dates import DateResolution, explicit_dates, find_date_expressions, month_number, resolve
from graph.errors import DataFileError
from graph.resources import data_dir

D = date.fromisoformat
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def day_of(expression: str, published: str, tense: str | None = None) -> date | None:
    found = resolve(expression, D(published), tense)
    assert found is not None, expression
    return found.day


# ---------------------------------------------------------------- the sample corpus

@pytest.mark.parametrize("expression, published, tense, expected", [
    ("Thursday", "2021-12-08", "future", "2021-12-09"),  # 002: Biden to meet Zelenskyy
    ("Tuesday", "2021-12-29", "past", "2021-12-28"),  # 004
    ("on Tuesday", "2021-12-07", "past", "2021-12-07"),  # 001: published on the Tuesday
    ("on Sunday", "2022-02-21", "past", "2022-02-20"),  # 000
    ("January 10", "2021-12-29", None, "2022-01-10"),  # 003, 004
    ("Wednesday", "2021-12-29", "past", "2021-12-29"),  # 003: 'said Wednesday'
    ("Thursday", "2021-12-29", "future", "2021-12-30"),  # 003: 'scheduled for Thursday'
    ("on Monday", "2022-02-21", "past", "2022-02-21"),  # 000: Peskov on Monday
    ("on Friday", "2022-02-21", "past", "2022-02-18"),  # 000
    ("February 24", "2022-02-21", "future", "2022-02-24"),  # 000
    ("January 12", "2021-12-29", None, "2022-01-12"),  # 004
])
def test_sample_corpus_dates(expression, published, tense, expected):
    assert day_of(expression, published, tense) == D(expected)


def test_later_this_week_is_a_range_ending_sunday():
    found = resolve("later this week", D("2022-02-21"))
    assert found == DateResolution(None, D("2022-02-22"), D("2022-02-27"), "week", "later this week")


@pytest.mark.parametrize("expression, published, start, end, granularity", [
    ("this week", "2022-02-21", "2022-02-21", "2022-02-27", "week"),
    ("next week", "2022-02-21", "2022-02-28", "2022-03-06", "week"),
    ("last week", "2022-02-21", "2022-02-14", "2022-02-20", "week"),
    ("earlier this week", "2022-02-23", "2022-02-21", "2022-02-22", "week"),
    ("next month", "2021-12-29", "2022-01-01", "2022-01-31", "month"),
    ("last month", "2022-01-05", "2021-12-01", "2021-12-31", "month"),
    ("this month", "2022-02-21", "2022-02-01", "2022-02-28", "month"),
    ("earlier this month", "2021-12-29", "2021-12-01", "2021-12-28", "month"),
    ("later this month", "2021-12-29", "2021-12-30", "2021-12-31", "month"),
    ("early next year", "2021-12-29", "2022-01-01", "2022-04-30", "year"),
    ("late last year", "2022-02-21", "2021-09-01", "2021-12-31", "year"),
    ("next year", "2021-12-29", "2022-01-01", "2022-12-31", "year"),
    ("this year", "2021-12-29", "2021-01-01", "2021-12-31", "year"),
    ("by the end of this month", "2021-12-08", "2021-12-22", "2021-12-31", "month"),
    ("in 2014", "2021-12-29", "2014-01-01", "2014-12-31", "year"),
    ("in early 2022", "2021-12-29", "2022-01-01", "2022-04-30", "year"),
    ("in January", "2021-12-29", "2022-01-01", "2022-01-31", "month"),
    ("in mid-January", "2021-12-29", "2022-01-11", "2022-01-21", "month"),
    ("in January 2021", "2021-12-29", "2021-01-01", "2021-01-31", "month"),
    ("in December", "2021-12-29", "2021-12-01", "2021-12-31", "month"),
])
def test_ranges(expression, published, start, end, granularity):
    found = resolve(expression, D(published))
    assert (found.day, found.start, found.end, found.granularity) == (None, D(start), D(end), granularity)
    assert found.text == expression


@pytest.mark.parametrize("tense, start", [("past", "2021-01-01"), ("future", "2022-01-01"), (None, "2022-01-01")])
def test_month_alone_takes_the_year_from_the_tense(tense, start):
    assert resolve("in January", D("2021-12-29"), tense).start == D(start)


def test_month_alone_prefers_the_publication_year_on_a_tie():
    assert resolve("in January", D("2021-07-15")).start == D("2021-01-01")
    assert resolve("in July", D("2021-01-15")).start == D("2021-07-01")


def test_range_of_one_day_sets_the_day():
    found = resolve("later this week", D("2022-02-26"))  # a Saturday
    assert found.day == found.start == found.end == D("2022-02-27") and found.granularity == "day"


@pytest.mark.parametrize("expression, published, tense, expected", [
    ("today", "2021-12-29", None, "2021-12-29"),
    ("tonight", "2021-12-29", "future", "2021-12-29"),
    ("yesterday", "2022-01-01", "past", "2021-12-31"),
    ("tomorrow", "2021-12-31", "future", "2022-01-01"),
    ("Jan 10", "2021-12-29", None, "2022-01-10"),
    ("Jan. 10", "2021-12-29", None, "2022-01-10"),
    ("10 January", "2021-12-29", None, "2022-01-10"),
    ("February 24th", "2022-02-21", None, "2022-02-24"),
    ("December 29th, 2021", "2022-06-01", None, "2021-12-29"),
    ("2022-01-10", "2021-12-29", None, "2022-01-10"),
    ("10 January 2022", "2021-12-29", None, "2022-01-10"),
    ("December 30", "2022-01-02", None, "2021-12-30"),
    ("last Friday", "2021-12-31", "past", "2021-12-24"),  # a Friday: 'last' is a week back
    ("last Friday", "2022-01-03", None, "2021-12-31"),
    ("next Monday", "2021-12-31", None, "2022-01-03"),
    ("next Friday", "2021-12-31", None, "2022-01-07"),
    ("this Friday", "2021-12-29", "future", "2021-12-31"),
    ("this Wednesday", "2021-12-29", "future", "2021-12-29"),  # 'this' keeps the same day
    ("this Monday", "2021-12-29", "past", "2021-12-27"),
    ("this Friday", "2021-12-29", None, "2021-12-31"),  # same Monday-Sunday week
    ("Wednesday", "2021-12-29", "future", "2021-12-29"),  # "later on Wednesday": that day
        ("next Wednesday", "2021-12-29", "future", "2022-01-05"),
    ("Tues.", "2021-12-29", "past", "2021-12-28"),
    ("on TUESDAY", "2021-12-29", "present", "2021-12-28"),
])
def test_days(expression, published, tense, expected):
    assert day_of(expression, published, tense) == D(expected)


@pytest.mark.parametrize("expression, published, tense, expected", [
    ("Tuesday night", "2021-12-08", "past", "2021-12-07"),
    ("late Monday", "2022-02-21", "past", "2022-02-21"),
    ("Monday's talks", "2022-02-23", None, "2022-02-21"),
    ("on Tuesday, December 7", "2022-02-23", "past", "2021-12-07"),  # the date wins when its weekday agrees
    ("Tuesday, February 22", "2022-02-23", None, "2022-02-22"),
])
def test_ignorable_words_around_one_date(expression, published, tense, expected):
    found = resolve(expression, D(published), tense)
    assert found.day == D(expected) and found.text == expression


@pytest.mark.parametrize("expression", [
    "two weeks after Tuesday", "Monday, February 22", "Friday and Saturday", "the past week",
])
def test_other_words_around_a_date_give_nothing(expression):
    assert resolve(expression, D("2022-02-23")) is None


@pytest.mark.parametrize("expression, start, end", [
    ("this weekend", "2022-02-26", "2022-02-27"),
    ("last weekend", "2022-02-19", "2022-02-20"),
    ("next weekend", "2022-03-05", "2022-03-06"),
])
def test_weekends(expression, start, end):
    found = resolve(expression, D("2022-02-23"))
    assert (found.day, found.start, found.end, found.granularity) == (None, D(start), D(end), "week")


@pytest.mark.parametrize("expression", [
    "February 30", "the 10th", "soon", "recently", "", "2022-13-01", "Blinken", "Mayday",
    "in the coming days",
])
def test_not_resolved(expression):
    assert resolve(expression, D("2021-12-29")) is None


def test_29_february_only_in_a_nearby_leap_year():
    assert resolve("Feb 29", D("2021-12-29")) is None
    assert resolve("Feb 29", D("2023-12-29")).day == D("2024-02-29")
    assert resolve("February 29, 2020", D("2023-12-29")).day == D("2020-02-29")


def test_bad_tense_is_refused():
    with pytest.raises(ValueError, match="tense must be"):
        resolve("Tuesday", D("2021-12-29"), "pluperfect")


def test_month_number():
    assert [month_number(n) for n in ("January", "dec.", "Sept", "SEP")] == [1, 12, 9, 9]
    with pytest.raises(KeyError):
        month_number("Mayday")


# ---------------------------------------------------------------- finding expressions

@pytest.mark.parametrize("text, expected", [
    ("Blinken and Lavrov are scheduled to meet later this week in Europe.", ["later this week"]),
    ("a meeting with Russian President Vladimir Putin early next year.", ["early next year"]),
    ("during their meeting on February 24.", ["February 24"]),
    ("Updated December 29th, 2021 at 10:43 IST", ["December 29th, 2021"]),
    ("a revolt toppled a pro-Russian president in 2014, and", ["in 2014"]),
    ("It is to mention that earlier this month, following a virtual meeting", ["earlier this month"]),
    ("MOSCOW, Dec. 7 (Reuters) - Putin said on Tuesday", ["Dec. 7", "Tuesday"]),
    ("talks on January 12 and January 13.", ["January 12", "January 13"]),
    ("The talks may resume; the Mayor of Kyiv said so.", []),
    ("The Sun reported it on Wed, and 2014 was mentioned.", []),
    ("Russia may invade in May or by 10 May 2022.", ["in May", "10 May 2022"]),
    ("He said yesterday that next Monday would do.", ["yesterday", "next Monday"]),
    ("Biden will meet Zelensky on Thursday.", ["Thursday"]),
    ("the January 10 meeting", ["January 10"]),
    ("in January 2022 and in mid-March", ["in January 2022", "in mid-March"]),
    ("on 2022-01-10 in Geneva", ["2022-01-10"]),
])
def test_find_date_expressions(text, expected):
    found = find_date_expressions(text)
    assert [t for _, _, t in found] == expected
    assert all(text[s:e] == t for s, e, t in found)


def test_every_expression_in_the_sample_articles_resolves():
    published = {"000": D("2022-02-21"), "001": D("2021-12-07"), "002": D("2021-12-08"),
                 "003": D("2021-12-29"), "004": D("2021-12-29")}
    seen = 0
    for path in sorted((data_dir() / "articles").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for _, _, expression in find_date_expressions(text):
            assert resolve(expression, published[path.name[:3]]) is not None, expression
            seen += 1
    assert seen >= 30


def test_explicit_dates_need_a_year():
    text = "Talks on January 10, with a meeting on December 29th, 2021 and on 2022-01-12 and 13 January 2022."
    assert [d for _, _, d in explicit_dates(text)] == [D("2021-12-29"), D("2022-01-12"), D("2022-01-13")]


# ---------------------------------------------------------------- the lexicon

def test_lexicon_covers_every_month_and_weekday():
    lex = dates.lexicon()
    assert sorted(set(lex.months.values())) == list(range(1, 13))
    assert sorted(set(lex.weekdays.values())) == list(range(7))
    assert list(lex.month_names) == MONTHS and list(lex.weekday_names) == WEEKDAYS


def test_bad_lexicon_is_a_data_file_error(tmp_path, monkeypatch):
    data = json.loads((data_dir() / "lexicons" / "dates.json").read_text(encoding="utf-8"))
    del data["months"][11]
    (tmp_path / "dates.json").write_text(json.dumps(data))
    monkeypatch.setattr(dates, "lexicon_path", lambda name: tmp_path / name)
    dates.lexicon.cache_clear()
    try:
        with pytest.raises(DataFileError, match="months must cover"):
            dates.lexicon()
        data = json.loads((data_dir() / "lexicons" / "dates.json").read_text(encoding="utf-8"))
        data["parts"]["early"] = "dawn"
        (tmp_path / "dates.json").write_text(json.dumps(data))
        with pytest.raises(DataFileError, match="the values of 'parts' must be among"):
            dates.lexicon()
        (tmp_path / "dates.json").write_text("{}")
        with pytest.raises(DataFileError, match="cannot read the date lexicon"):
            dates.lexicon()
    finally:
        dates.lexicon.cache_clear()


# ---------------------------------------------------------------- properties

any_day = st.dates(min_value=date(1901, 1, 1), max_value=date(2098, 12, 31))
month_days = st.dates(min_value=date(2000, 1, 1), max_value=date(2000, 12, 31)).filter(
    lambda d: (d.month, d.day) != (2, 29))


@given(published=any_day, weekday=st.sampled_from(WEEKDAYS), tense=st.sampled_from(["past", None]),
       on=st.booleans())
def test_weekday_past_is_on_or_before_within_six_days(published, weekday, tense, on):
    found = resolve(("on " if on else "") + weekday, published, tense)
    assert found.day is not None and found.day.strftime("%A") == weekday
    assert published - timedelta(days=6) <= found.day <= published


@given(published=any_day, weekday=st.sampled_from(WEEKDAYS))
def test_weekday_future_is_on_or_after_within_six_days(published, weekday):
    found = resolve(weekday, published, "future")
    assert found.day.strftime("%A") == weekday
    assert published <= found.day <= published + timedelta(days=6)


@given(published=any_day, weekday=st.sampled_from(WEEKDAYS), modifier=st.sampled_from(["last", "next"]))
def test_last_and_next_weekday(published, weekday, modifier):
    found = resolve(f"{modifier} {weekday}", published, None)
    assert found.day.strftime("%A") == weekday
    assert 1 <= abs((found.day - published).days) <= 7
    assert (found.day < published) == (modifier == "last")


@given(published=any_day, day=month_days, style=st.sampled_from(["{M} {d}", "{d} {M}", "{M} {d}th", "{m} {d}"]),
       tense=st.sampled_from(["past", "future", None]))
def test_month_day_in_words_is_within_184_days(published, day, style, tense):
    month = day.strftime("%B")
    abbreviation = month if month == "May" else month[:3] + "."
    text = style.format(M=month, m=abbreviation, d=day.day)
    found = resolve(text, published, tense)
    assert found is not None and (found.day.month, found.day.day) == (day.month, day.day)
    assert abs((found.day - published).days) <= 184


@given(published=any_day)
def test_29_february_is_a_leap_day_near_or_nothing(published):
    found = resolve("February 29", published)
    assert found is None or (found.day.month, found.day.day) == (2, 29) and abs((found.day - published).days) <= 184


@given(published=any_day, expression=st.sampled_from([
    "this week", "later this week", "earlier this week", "next week", "last week", "this month",
    "earlier this month", "later this month", "next month", "last month", "early next year",
    "next year", "late last year", "in January", "in mid-June", "in December", "in 2014",
]), tense=st.sampled_from(["past", "future", None]))
def test_ranges_are_well_formed(published, expression, tense):
    found = resolve(expression, published, tense)
    assert found.start <= found.end
    assert (found.day is not None) == (found.start == found.end)
    assert found.granularity in ("day", "week", "month", "year")


@settings(max_examples=200)
@given(st.lists(st.sampled_from(list("aJMTS0123456789 .,-") + ["May", "Tuesday", "January", "in ", "next ", "week", "th"]),
                max_size=30).map("".join))
def test_find_gives_sorted_disjoint_spans_and_resolve_never_fails(text):
    spans = find_date_expressions(text)
    for (s1, e1, t1), (s2, _, _) in zip(spans, spans[1:]):
        assert e1 <= s2
    for start, end, expression in spans:
        assert text[start:end] == expression and start < end
        resolve(expression, date(2021, 12, 29))
    resolve(text, date(2021, 12, 29))


@pytest.mark.parametrize("expression, offset", [
    ("the same day", 0), ("on the same day", 0), ("hours later", 0), ("a day later", 1),
    ("the previous day", -1), ("on Tuesday", None), ("later this week", None)])
def test_anaphoric_days_count_from_an_earlier_day(expression: str, offset: int | None) -> None:
    assert dates.anaphoric_offset(expression) == offset
    if offset is not None:  # no meaning of its own against the publication date
        assert dates.resolve(expression, date(2024, 5, 7), "past") is None
