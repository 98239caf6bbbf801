"""When an event happened: the words of its clause and the clauses around it that a
date may modify, the tense they are told in, and the day of a meeting an undated event
refers back to."""
from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Callable

from spacy.tokens import Token

from .arguments import RELATIVE_TAGS, participles
from .headlines import unpunctuated
from .lexicon import default_lexicon
from .model import Event
from .status import TEMPORAL_MARKS, StatusCues, displaced_schedule
from .when import interval_host


FUTURE_AUX = {"will", "shall", "'ll", "wo"}  # "wo" of "won't"


@cache
def _say_verbs() -> frozenset[str]:
    return default_lexicon().words("say_verbs")


def tense_of(trigger: Token, light: Token | None, chain: list[Token], status: str) -> str | None:
    """future for events not yet real, past when a verb of the clause is in the past
    tense, else unknown."""
    if past_form(trigger) and light is None and trigger.pos_ == "VERB":
        return "past"  # "threatened on Tuesday to strike if…": made, though conditional
    if status in {"planned", "proposed", "conditional"}:
        return "future"
    verbs = [t for t in chain if t.pos_ in {"VERB", "AUX"}] + ([light] if light is not None else [])
    if any(a.dep_ == "aux" and a.lower_ in FUTURE_AUX for t in verbs for a in t.children):
        return "future"  # "will not attend Thursday's talks"
    if any(past_form(t) or (t.tag_ == "VBN" and any(a.lower_ in {"has", "have", "had"} for a in t.children))
           for t in verbs):
        return "past"
    said = _say_verbs()
    if any(t.tag_ in {"VBZ", "VBP"} and t.pos_ == "VERB" and t.lemma_.lower() not in said
           and not any(a.dep_ in {"aux", "auxpass"} for a in t.children) for t in verbs[:2]) and not unpunctuated(trigger.sent.text):
        return "future"  # "Lee flies to Tokyo on Saturday for a summit with Ishiba": a schedule told in the present
    return None


def date_chain(chain: list[Token], light: Token | None, cues: StatusCues) -> list[Token]:
    """The words a date may modify to date the event: the clause chain, its light verb,
    "scheduled for" on a noun, the verb a noun event is the subject of, the first of
    coordinated verbs sharing a subject, and the main clause of an "as"/"while"/"before"
    clause (not of an "after" clause, told as earlier than it)."""
    last = chain[-1]
    if light is None and last.pos_ in {"NOUN", "PROPN"} and last.dep_ == "nsubj" and last.head.pos_ == "VERB" \
            and last.head.lemma_.lower() not in _say_verbs():
        chain = [*chain, last.head]  # "as Israeli strikes on southern Lebanon killed hundreds": the strikes' time
    out = list(chain)
    if light is not None and light not in out:
        out.append(light)
    for tok in list(out):
        out.extend(c for c in tok.children if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in cues.planned)
    displaced = displaced_schedule(chain[0], cues)
    out.extend([displaced] if displaced is not None else [])
    if chain[0].pos_ in {"NOUN", "PROPN"}:  # "talks in St Vincent hosted by Gonsalves on Thursday"
        out.extend(c for c in participles(chain[0], frozenset({"VBN"})) if c not in out)
        # (not a clause of its own: "accusation that Washington had bankrolled Sunday's protests")
        # "a summit … that was due to take place in Luanda on Sunday", "talks, which had been
        # scheduled for Sunday": a relative clause whose subject is the event tells its time
        owners = [chain[0]] + ([chain[0].head.head] if chain[0].dep_ == "pobj" and chain[0].head.lower_ == "of" else [])
        for clause in (c for o in owners for c in o.children if c.dep_ == "relcl" and any(
                s.dep_ in {"nsubj", "nsubjpass"} and s.tag_ in RELATIVE_TAGS for s in c.children)):
            verbs = [clause]
            for verb in verbs:
                verbs += [c for c in verb.children if c.dep_ in {"xcomp", "acomp"}]
            out.extend(t for v in verbs for t in with_objects(v) if t not in out)
    for verb in [t for t in chain if t.pos_ in {"VERB", "AUX"}]:  # "sent ships loaded with food … on Sunday"
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            out.extend(t for c in participles(obj) for t in with_objects(c))
        # "In a joint statement read on state television on Sunday, the juntas accused …"
        for noun in (o for p in verb.children if p.dep_ == "prep" and p.i < verb.i for o in p.children if o.dep_ == "pobj"):
            out.extend(t for c in participles(noun, frozenset({"VBN"})) for t in with_objects(c))
    top = out[len(chain) - 1]
    clause = top  # the verb that opens the clause: the first of verbs sharing a subject
    if top.dep_ == "conj" and top.pos_ in {"VERB", "AUX"} and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in top.children):
        out.append(top.head)
        clause = top.head
    # a day on a participle after a verb in the past, or on a later verb in the same tense
    # sharing its subject, dates it when it has none of its own ("rejected Trump's demand,
    # writing on X on Sunday that …"; "struck Iran's nuclear facilities and killed
    # commanders … early on Friday"; not "Kigali accuses Kinshasa of … and said on Monday")
    if top.tag_ in {"VBD", "VBN"}:
        out.extend(t for c in top.children if participle(c) and c.i > top.i for t in with_objects(c))
        out.extend(c for c in top.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and c.i > top.i
                   and c.tag_ == top.tag_ and not any(x.dep_ in {"nsubj", "nsubjpass"} for x in c.children))
    if clause.dep_ == "relcl" and any(c.lower_ in {"where", "when"} and c.dep_ == "advmod" for t in out for c in t.children):
        # "travelled to Beijing on Friday, where he met Xi", "… where he held talks with Tiani and met Bazoum"
        verb = next((a for a in clause.head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if verb is not None:
            out.extend(with_objects(verb))
    for tok in list(out):  # "Speaking to reporters on Saturday, the president accused…"
        for clause in (c for c in tok.children if participle(c) and c.i < tok.i):
            out.extend(with_objects(clause))
        # "West African leaders meeting in Abuja on Saturday appealed …": a participle on the subject
        out.extend(t for s in tok.children if s.dep_ == "nsubj" and s.i < tok.i for c in s.children
                   if c.dep_ == "acl" and c.tag_ == "VBG" for t in with_objects(c))
    for tok in list(out):  # "will warn Beijing … when he meets Wang Yi on Friday"
        for clause in (c for c in tok.children if c.dep_ == "advcl" and any(
                m.dep_ in {"mark", "advmod"} and m.lower_ == "when" for m in c.children)):
            out.extend(with_objects(clause))
    if top.dep_ == "conj" and top.tag_ == "VBG" and participle(top.head) and not any(
            c.dep_ in {"nsubj", "mark"} for c in top.children):
        top = top.head  # "…on Sunday, saying they were unwelcome and accusing Washington of…"
    if participle(top) or top.dep_ == "advcl" and interval_host(top) is None and any(
            c.dep_ in {"mark", "advmod"} and c.lower_ in TEMPORAL_MARKS - {"after"} for c in top.children):
        # "visited Kyiv on Friday, meeting Zelensky": the participle shares the main clause's
        # time, also through an infinitive ("threatened on Sunday to demand …, accusing Panama")
        host = top.head
        for _ in range(3):
            out.extend(with_objects(host))
            if host.dep_ == "conj" and host.pos_ in {"VERB", "AUX"} and not any(
                    c.dep_ in {"nsubj", "nsubjpass"} for c in host.children):
                out.extend(with_objects(host.head))  # "on Tuesday declared … and gave him 72 hours, accusing"
            if host.dep_ == "ccomp":  # "on Friday demanded that China pull out, accusing Beijing": hung one clause low
                out.extend(with_objects(host.head))
            if host.dep_ not in {"xcomp", "advcl"} or not any(a.dep_ == "aux" and a.lower_ == "to" for a in host.children):
                break
            host = host.head
    return out


def past_form(verb: Token) -> bool:
    """A verb in the simple past, also when the tagger read it as a bare participle with
    a subject of its own and no auxiliary ("Trump threatened on Sunday to…" as VBN)."""
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in verb.children) and not any(
        c.dep_ in {"aux", "auxpass"} for c in verb.children)


def simple_past(light: Token | None, chain: list[Token]) -> bool:
    """Told in the simple past ("accused", "imposed"), not the perfect ("has accused",
    "had warned"), which reaches back before the news."""
    verbs = [t for t in chain if t.pos_ in {"VERB", "AUX"}] + ([light] if light is not None else [])
    return any(past_form(t) or _past_auxiliary(t) for t in verbs) and not any(
        a.dep_ in {"aux", "auxpass"} and a.lemma_.lower() == "have" for t in verbs for a in t.children)


def _past_auxiliary(verb: Token) -> bool:
    """A verb told in the past by its auxiliary: the past passive or progressive ("was
    joined by", "were received", "was speaking at the summit")."""
    return verb.tag_ in {"VBN", "VBG"} and any(
        a.dep_ in {"aux", "auxpass"} and a.tag_ == "VBD" and a.lemma_.lower() == "be" for a in verb.children)


def participle(verb: Token) -> bool:
    """A participle clause sharing its subject and time with the clause above: "visited
    Kyiv on Friday, meeting Zelensky"."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ in {"mark", "nsubj"} for c in verb.children)


def with_objects(verb: Token) -> list[Token]:
    """A verb and the objects of its prepositions, where a date may hang ("on Friday")."""
    return [verb, *(o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")]


def dates_from_meetings(events: list[Event], country_of: Callable[[str], str]) -> list[Event]:
    """An undated event between the parties of a meeting, told in a sentence that refers
    back to a meeting ("According to the meeting readout, Biden told Putin…", "During
    the call, …"), took place on the day of the latest dated meeting before it."""
    out: list[Event] = []
    last_meeting: Event | None = None
    meeting_words = {"meeting", "call", "summit", "talks", "conversation", "readout", "chat"}
    for event in sorted(events, key=lambda e: e.mention.span.start):
        if event.type == "meet":
            if event.date is not None and event.status == "occurred":
                last_meeting = event
        elif event.date is None and last_meeting is not None and event.status == "occurred":
            words = {w.strip(".,;:\"'“”").lower() for w in event.mention.span.sentence.split()}
            parties = set(last_meeting.parties())
            parties |= {country_of(p) for p in parties}
            if words & meeting_words and set(event.parties()) <= parties:
                event = replace(event, date=last_meeting.date, date_text="(the meeting it refers to)")
        out.append(event)
    return out
