"""Where and when an event happened: date expressions and places attached to the
trigger's clause, and the mode of a meeting (in person, phone, video)."""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Iterator

from spacy.tokens import Span, Token

from . import dates
from .headlines import unpunctuated
from .lexicon import Lexicon

DATE_LABELS = {"DATE"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
MODE_PREPS = {"by", "over", "via", "on", "in", "through", "for"}  # ("spoke for four hours": face to face)


def _year_before(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def _reached(tok: Token, steps: int) -> int:
    for _ in range(steps):
        tok = tok.head
    return tok.i


def _host_verb(tok: Token) -> Token | None:
    """The verb a phrase hangs on."""
    for _ in range(8):
        if tok.head == tok:
            return None
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX"}:
            return tok
    return None


def _before_reported_subject(span: Span, verb: Token) -> bool:
    """"said on Monday he would raise tariffs", the day parsed on the reported verb: a
    day between the verb of saying and the reported clause's subject is the saying's."""
    if verb.dep_ != "ccomp" or not verb.head.i < span.start < verb.i:
        return False
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and span.end <= subject.left_edge.i and not any(
        t.dep_ == "mark" for t in verb.doc[span.end:subject.left_edge.i])


def _attached(span_root: Token, chain_ids: set[int]) -> int | None:
    """How many steps up the parse a phrase rooted at `span_root` reaches a word of the
    trigger's clause; None when it modifies something else."""
    tok = span_root
    for steps in range(8):
        if tok.i in chain_ids:
            return steps
        if tok.head == tok or (tok.pos_ in {"VERB", "AUX"} and tok != span_root):
            return None
        tok = tok.head
    return None


SEQUENCE_WORDS = {"after", "afterwards", "before", "earlier", "following", "later", "since", "subsequently", "then"}
_ANY_DAY = date(2000, 1, 1)  # whether an expression resolves at all does not depend on the day


def _split(span: Span) -> list[Span]:
    """A date entity the tagger ran together over a preposition or a comma, "another
    year on Monday", "Tuesday, weeks (after)", as its parts: "another year", "Monday"."""
    cuts = [t.i for t in span[1:] if (t.pos_ == "ADP" and t.dep_ == "prep") or t.text == ","]
    if not cuts or dates.resolve(span.text, _ANY_DAY) is not None:
        return [span]
    bounds = [span.start, *cuts, span.end]
    doc = span.doc
    return [doc[a + (1 if a in cuts else 0):b] for a, b in zip(bounds, bounds[1:]) if b > a + (1 if a in cuts else 0)]


def _duration(span: Span) -> bool:
    """Whether ``span`` says how long something lasted ("for about four and a half
    hours", "for two days", "a one-day visit"), not when it was."""
    head = span.root.head
    units = dates.lexicon().duration_units
    if "-" in span.text and span.root.dep_ in {"amod", "compound", "nmod"} and any(
            t.lemma_.lower() in units or t.lower_.rstrip("s") in units for t in span):
        return True  # "during a one-day visit", "a three-day summit": how long, on a noun
    return head.lower_ == "for" and head.dep_ == "prep" and any(t.like_num for t in span) and any(
        t.lemma_.lower() in units for t in span)


def _date_spans(sent: Span) -> list[Span]:
    spans = [part for e in sent.ents if e.label_ in DATE_LABELS for part in _split(e) if not _duration(part)]
    for start, end, _text in dates.find_date_expressions(sent.text):
        span = sent.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        inside = [e for e in spans if span.start <= e.start and e.end <= span.end]
        if any(e.start < span.end and span.start < e.end for e in spans if e not in inside):
            continue  # a name's span that the expression cuts across
        if inside and all(e.start == span.start and e.end == span.end for e in inside):
            continue
        # the expression, also over the shorter span the model named in it ("Early in the day" over "the day")
        spans = [e for e in spans if e not in inside] + [span]
    return spans


def event_date(chain: list[Token], published: date | None, tense: str | None) -> tuple[date | None, str | None]:
    """The day the event's clause names, resolved against the publication date."""
    day, text, _period = event_when(chain, published, tense)
    return day, text


def event_when(chain: list[Token], published: date | None,
               tense: str | None) -> tuple[date | None, str | None, tuple[date, date] | None]:
    """(day, words, period): the day the event's clause names, or else the period it
    names ("next week": its first and last days), resolved against the publication date.
    For an event in the future tense, a day on a past-tense verb above the trigger is
    the day of that verb ("offered on Sunday to host talks"), not of the event."""
    if published is None or not chain:
        return None, None, None
    chain_ids = {t.i for t in chain}
    rank = {t.i: 0 if t.i == chain[0].i else 1 for t in chain}
    sent = chain[0].sent
    found = []
    governors = {t.i for t in chain[1:] if _told_in_past(t)} if tense == "future" else set()
    for span in _date_spans(sent):
        steps = _attached(span.root, chain_ids)
        host = _host_verb(span.root)
        if host is not None and _before_reported_subject(span, host):  # "said on Monday he would raise …"
            steps = _attached(span.root, {host.i}) + 1 if host.head.i in chain_ids else None
        if steps is not None and _reached(span.root, steps) in governors:
            continue  # "agreed on Monday to send": Monday is when they agreed
        if steps is not None:  # the trigger's own words before those of the clauses above it
            found.append((rank[_reached(span.root, steps)], steps, abs(span.start - chain[0].i), span))
    found = [span for *_, span in sorted(found, key=lambda f: f[:3])]
    period = None
    for span in found:
        offset = dates.anaphoric_offset(span.text)
        if offset is not None:  # "the same day", "hours later"
            anchor = _last_day_before(span, published)
            if anchor is not None:
                return anchor + timedelta(days=offset), span.text, None
            continue
        resolution = dates.resolve(span.text, published, tense)
        if resolution is not None and resolution.day is not None:
            day = resolution.day
            if tense == "past" and day > published and not re.search(r"\b\d{4}\b", span.text):
                day = _year_before(day)  # "launched an attack on October 7": the last October 7
            return day, span.text, None
        if resolution is not None and period is None:
            period = (resolution.start, resolution.end), span.text
            break  # the nearer words name a period: "travel in April for talks", not the day it was said
    if period is not None:
        return None, period[1], period[0]
    return None, (found[0].text if found else None), None


INTERVAL_SIGNS = {"after": -1, "following": -1, "before": 1, "during": 0}


def interval_host(top: Token) -> tuple[Token, int, str] | None:
    """(host, days, words) for an event told as measured from another: "Rwanda on
    Saturday denied …, a day after Tshisekedi accused Kigali" (the accusation is a day
    before the denial's day), "came on Monday evening after talks in Vilnius", "announced
    … later on Monday after a second call with Trudeau" (the same day). ``top`` is the
    top word of the event's clause; the host is the verb whose day the event's is
    measured from. A clause after a bare "after" is not dated by its main clause: it came
    before, on a day the text does not name."""
    lex = dates.lexicon()
    if top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.ent_type_ == "TIME" \
            and top.head.head.dep_ == "pobj":
        top = top.head.head  # "announced late on Saturday after 12 hours of talks": ended that day
    if top.dep_ == "advcl":
        mark = next((c for c in top.children if c.dep_ == "mark" and c.lower_ in INTERVAL_SIGNS), None)
        interval = next((c for c in top.children if c.dep_ == "npadvmod" and c.i < top.i), None)
        host = top.head
    elif top.dep_ == "relcl" and top.head.dep_ == "npadvmod":  # "a day after X accused Y", parsed as a relative
        mark = next((c for c in top.children if c.dep_ == "mark" and c.lower_ in INTERVAL_SIGNS), None)
        interval, host = top.head, top.head.head
    elif top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.lower_ in INTERVAL_SIGNS \
            and top.head.head.pos_ in {"VERB", "AUX"}:
        mark, host = top.head, top.head.head
        interval = next((c for c in mark.children if c.dep_ == "npadvmod"), None)
    elif top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.lower_ in INTERVAL_SIGNS \
            and top.head.head.dep_ == "npadvmod" and top.head.head.head.pos_ in {"VERB", "AUX"}:
        mark = top.head  # "…, a day before a three-way summit": the interval parsed as the phrase's head
        interval, host = mark.head, mark.head.head
    else:
        return None
    if mark is None or (interval is None and top.dep_ != "pobj"):
        return None
    words = "" if interval is None else " ".join(t.lower_ for t in top.doc[interval.left_edge.i:interval.i + 1])
    days = 0 if interval is None else lex.interval_days.get(words)
    if days is None:
        return None
    return host, INTERVAL_SIGNS[mark.lower_] * days, f"{words} {mark.lower_}".strip()


def _told_in_past(verb: Token) -> bool:
    """A verb in the simple past; also a past participle the tagger gave a finite verb's
    place ("Erdogan … offered to host talks", tagged VBN)."""
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and verb.dep_ in {"ROOT", "ccomp", "conj"} and not any(
        c.dep_ in {"aux", "auxpass"} for c in verb.children)


def _named_days(doc, published: date, end: int) -> Iterator[tuple[Span, date | None]]:
    """The date expressions that end before token ``end``, in order, with the day each
    names (a dateline's included); an anaphoric day ("a day later") counts from the day
    named before it, and is None when there is none."""
    last = None
    for sent in doc.sents:
        if sent.start >= end:
            return
        for span in sorted(_date_spans(sent), key=lambda s: s.start):
            if span.end > end:
                return
            offset = dates.anaphoric_offset(span.text)
            if offset is not None:
                last = last + timedelta(days=offset) if last else None
                yield span, last
                continue
            resolution = dates.resolve(span.text, published, "past")
            if resolution is not None and resolution.day is not None:
                last = resolution.day
                yield span, last


def _last_day_before(span: Span, published: date) -> date | None:
    """The last day the text names before ``span``."""
    last = None
    for _, last in _named_days(span.doc, published, span.start):
        pass
    return last


def day_of_sentence_before(tok: Token, published: date) -> tuple[date, str] | None:
    """The last day the sentence before ``tok``'s names, when both are in one paragraph
    and ``tok``'s sentence names no time of its own: "China on Tuesday warned Manila
    … At a regular briefing, its spokesman accused Manila of…" (Tuesday)."""
    sent = tok.sent
    if sent.start == 0 or any(_governs(span.root, tok) for span in _date_spans(sent)) or any(
            t.lower_ in SEQUENCE_WORDS and t.dep_ in {"prep", "advmod", "mark"} and _governs(t, tok) for t in sent):
        return None  # "Following his call, he spoke with them again": a time of its own
    before = tok.doc[sent.start - 1].sent
    if "\n" in tok.doc[before.start:sent.start].text_with_ws and not _second_paragraph_opening(before):
        return None  # another paragraph (but the lead's day goes on into the next paragraph's first sentence)
    named = [(day, span.text) for span, day in _named_days(tok.doc, published, sent.start)
             if day is not None and span.start >= before.start and not _pluperfect(span)
             and day <= published]  # (not "a tariff from August 1": no day of telling)
    return named[-1] if named else None


def _governs(word: Token, tok: Token) -> bool:
    """Whether a time word (a date phrase's head, "since", "later") times ``tok``'s clause
    or one above it, not a clause of its own below or beside it ("…during a one-day visit,
    his first since the cabinet tasked the army last week")."""
    host = _host_verb(word)
    return host is None or host == tok or host in tok.ancestors


def _second_paragraph_opening(before) -> bool:
    """Whether ``before``, the sentence before a paragraph break, ends the lead, the first
    paragraph (under a headline line, at most): a wire story's second paragraph goes on
    telling the lead's day ("… said on Sunday they were quitting ECOWAS. / In a joint
    statement read on state television, the juntas accused …")."""
    above = before.doc.text[:before.start_char]
    lines = [line for line in above[:above.rfind("\n") + 1].split("\n") if line.strip()]  # above the lead
    return not lines or len(lines) == 1 and unpunctuated(lines[0])


def _pluperfect(span) -> bool:
    """Whether the day dates a clause in the past perfect ("Kinshasa had severed ties a
    day earlier"): background, not the time the story goes on in."""
    verb = next((a for a in span.root.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def event_place(chain: list[Token]) -> str | None:
    """A place named in an "in"/"at" phrase of the trigger's clause ("in Geneva")."""
    for tok in chain:
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"in", "at"}:
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.ent_type_ in PLACE_LABELS:
                    ent = next((e for e in obj.sent.ents if e.start <= obj.i < e.end), None)
                    if ent is not None:
                        return ent.text.removeprefix("the ").strip()
    return None


def meeting_mode(trigger: Token, lex: Lexicon, default: str | None = None,
                 modes: tuple[str, ...] = ("video", "phone", "in_person")) -> str | None:
    """The first of ``modes`` (phone / video / in_person; "direct" for a face-to-face
    cue) that the words of the trigger's phrase name."""
    words = {trigger.lower_, trigger.lemma_.lower()}
    for child in trigger.children:
        if child.dep_ in {"compound", "amod", "advmod", "npadvmod"}:
            words.add(child.lower_)
        elif child.dep_ == "prep" and child.lower_ in MODE_PREPS:  # "by phone", "in a video call"
            words.update(t.lower_ for t in child.subtree)
            words.add(" ".join(t.lower_ for t in child.subtree))
    left = " ".join(t.lower_ for t in trigger.doc[max(trigger.left_edge.i, trigger.i - 3): trigger.i + 1])
    right = " ".join(t.lower_ for t in trigger.doc[trigger.i: min(trigger.right_edge.i + 1, trigger.i + 4)])
    words.add(left)
    for mode in modes:
        cues = lex.modes.get(mode, frozenset())
        if words & cues or any(cue in left or cue in right for cue in cues if " " in cue or "-" in cue):
            return mode
    return default
