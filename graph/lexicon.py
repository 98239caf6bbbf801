"""The trigger, status and code lexicons from data/lexicons/, loaded once and
checked, with errors that name the file and entry."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from .errors import DataFileError
from .jsondata import read_json, require
from .model import EVENT_TYPES
from .resources import lexicon_path

# The argument sources an entry may name besides "prep:P": token sources are read from the
# parse alone (graph/arguments.py), resolved ones with the resolver and the lexicon
# (graph/argument_sources.py); a fallback source is read only when no other source of the
# entry names anyone.
TOKEN_SOURCES = {"dobj", "dative", "poss", "compound", "between", "ccomp-subj", "clause-subj", "condition-subj",
                 "proposal-subj", "xcomp-target", "dobj-clause-subj", "dobj-poss", "dobj-maker", "dobj-compound",
                 "dobj-with", "dobj-partner", "via-with", "host-object", "offered-between", "nested-place",
                 "participle-object", "shared-object", "trade-partner", "message-recipient", "dobj-recipient",
                 "response-after", "participle-host-object", "asked-between",
                 "object-between", "included-for", "ccomp-passive-subj", "invitation-of",
                 "targeting-object"}
RESOLVED_SOURCES = {"dobj-parties", "ended-owner", "purpose-object", "answered", "denied-target", "accusers",
                    "offered-meeting", "declined-object", "consequence-owner", "responded", "asked-before",
                    "ccomp-subj-parties", "reported-attacker", "retaliated-against"}
FALLBACK_SOURCES = {"condition-subj", "response-after", "participle-host-object", "proposal-subj", "host-object", "shared-object", "ended-owner", "purpose-object",
                    "answered", "denied-target", "accusers", "offered-meeting", "consequence-owner", "responded",
                    "asked-before", "retaliated-against"}
ARG_SOURCES = TOKEN_SOURCES | RESOLVED_SOURCES
REQUIREMENTS = {None, "consequence", "actor-dobj", "person-dobj", "actor-target", "aid-object",
                "force-object", "demand-object", "weapon-object", "sanction-object", "measure-object", "border-object", "entry-ban", "finger-object", "entry-object", "under-attack", "crime-report", "claim-object", "proposal-object", "reciprocal",
                "appeal-content", "person-partner", "deadline", "price-object", "force-subject", "weapon-subject", "list-destination", "retaliation", "signed-accord", "disclaimed-part", "armed-war", "imposed",
                "on-notice", "on-alert", "held-responsible", "told-to", "blame-complement", "blame-measure", "cut-object",
                "obliged-other", "handshake", "terror-designation", "inside-threat"}


@dataclass(frozen=True)
class TriggerEntry:
    id: str
    type: str
    lemmas: frozenset[str]
    pos: str  # "verb" or "noun"
    targets: tuple[str, ...] = ()  # directed events: where the target is
    partners: tuple[str, ...] = ()  # meetings: where the other parties are
    plural_subject: bool | str = False  # "A and B met" is a meeting by itself; "with-mode": only by phone/video/face to face
    requires: str | None = None
    exclude_preps: frozenset[str] = frozenset()
    exclude_deps: frozenset[str] = frozenset()
    mode: str | None = None
    speaker_agent: bool = False
    status: str | None = None  # what the trigger says of itself: "invited Putin to visit" is a proposed meeting
    received: bool = False  # the subject receives: the target sources name the agents ("received fuel from Mexico")
    exclude_objects: frozenset[str] = frozenset()  # "attacked an EU proposal": words, not force


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[TriggerEntry, ...]]  # lemma -> entries
    nouns: dict[str, tuple[TriggerEntry, ...]]
    light_verbs: frozenset[str]
    with_light_verbs: frozenset[str]
    host_preps: frozenset[str]
    status_preps: frozenset[str]
    object_classes: dict[str, frozenset[str]]
    modes: dict[str, frozenset[str]]
    status: dict[str, object]
    codes: dict[str, dict[str, str]]
    reciprocal_verbs: frozenset[str] = frozenset()  # "traded accusations", "exchanged fire"
    reciprocal_pronouns: frozenset[str] = frozenset()  # "each other", "one another"
    receiving_verbs: frozenset[str] = frozenset()  # "accepted a U.S. proposal": made to the subject
    same_day_receiving: frozenset[str] = frozenset()  # "received a warning": on the day it was made
    not_meetings: frozenset[str] = frozenset()  # "met in a World Cup qualifier"
    sport_words: frozenset[str] = frozenset()  # a report with several of these is about sport
    mediators: frozenset[str] = frozenset()  # "talks mediated by Angola": Angola is a party
    verb_changing_particles: frozenset[str] = frozenset()  # "called off", "hit back": another verb
    claims: dict[str, frozenset[str]] = field(default_factory=dict)  # "claimed responsibility for the strikes"
    allegation_modifiers: frozenset[str] = frozenset()  # "his alleged role in backing M23": no event
    sport_threshold: int = 3
    answered_nouns: dict[str, frozenset[str]] = field(default_factory=dict)  # "the allegation" -> {"accuse"}
    answered_directly: frozenset[str] = frozenset()  # "rejected the decision", not "…, a decision Belgrade refuses…"
    manner_preps: frozenset[str] = frozenset()  # the host preps through which other events than meetings take an agent
    phase_nouns: frozenset[str] = frozenset()  # "at the start of the talks": as "at the talks"
    frame_nouns: frozenset[str] = frozenset()  # "the sanctions regime against Belarus": as "sanctions against"
    partner_preps: frozenset[str] = frozenset()  # "In a call with Putin, Erdogan proposed…": addressed to Putin
    partner_types: frozenset[str] = frozenset()  # the statements addressed so

    def words(self, key: str) -> frozenset[str]:
        value = self.status[key]
        return frozenset(value) if isinstance(value, list) else frozenset()


def _entry(raw: dict, pos: str, path) -> TriggerEntry:
    ident = require(raw, "id", str, path, None)
    etype = require(raw, "type", str, path, None)
    if etype not in EVENT_TYPES:
        raise DataFileError(str(path), None, f"{ident}: type {etype!r} is not one of {', '.join(EVENT_TYPES)}")
    for source in raw.get("targets", []) + raw.get("partners", []):
        if source not in ARG_SOURCES and not source.startswith("prep:"):
            raise DataFileError(str(path), None, f"{ident}: unknown argument source {source!r}")
    if raw.get("status") not in (None, "occurred", "planned", "proposed", "conditional", "negated"):
        raise DataFileError(str(path), None, f"{ident}: unknown status {raw.get('status')!r}")
    if raw.get("requires") not in REQUIREMENTS:
        raise DataFileError(str(path), None, f"{ident}: unknown requirement {raw.get('requires')!r}")
    return TriggerEntry(
        id=ident, type=etype, pos=pos, lemmas=frozenset(require(raw, "lemmas", list, path, None)),
        targets=tuple(raw.get("targets", ())), partners=tuple(raw.get("partners", ())),
        plural_subject=raw.get("plural_subject", False), requires=raw.get("requires"),
        exclude_preps=frozenset(raw.get("exclude_preps", ())), exclude_deps=frozenset(raw.get("exclude_deps", ())),
        mode=raw.get("mode"), speaker_agent=bool(raw.get("speaker_agent", False)),
        received=bool(raw.get("received", False)), status=raw.get("status"),
        exclude_objects=frozenset(raw.get("exclude_objects", ())),
    )


def _index(entries: list[TriggerEntry]) -> dict[str, tuple[TriggerEntry, ...]]:
    out: dict[str, list[TriggerEntry]] = {}
    for entry in entries:
        for lemma in entry.lemmas:
            out.setdefault(lemma, []).append(entry)
    return {k: tuple(v) for k, v in out.items()}


@cache
def default_lexicon() -> Lexicon:
    path = lexicon_path("triggers.json")
    data = read_json(path)
    verbs = [_entry(r, "verb", path) for r in require(data, "verbs", list, path, None)]
    nouns = [_entry(r, "noun", path) for r in require(data, "nouns", list, path, None)]
    codes_path = lexicon_path("codes.json")
    codes = read_json(codes_path) if codes_path.exists() else {}
    return Lexicon(
        verbs=_index(verbs), nouns=_index(nouns),
        light_verbs=frozenset(data.get("light_verbs", ())),
        with_light_verbs=frozenset(data.get("with_light_verbs", ())),
        host_preps=frozenset(data.get("noun_hosts", {}).get("preps", ())),
        manner_preps=frozenset(data.get("noun_hosts", {}).get("manner_preps", ())),
        status_preps=frozenset(data.get("noun_hosts", {}).get("status_preps", ())),
        partner_preps=frozenset(data.get("noun_hosts", {}).get("partner_preps", ())),
        phase_nouns=frozenset(data.get("noun_hosts", {}).get("phase_nouns", ())),
        frame_nouns=frozenset(data.get("noun_hosts", {}).get("frame_nouns", ())),
        partner_types=frozenset(data.get("noun_hosts", {}).get("partner_types", ())),
        object_classes={k: frozenset(v) for k, v in data.get("object_classes", {}).items()},
        modes={k: frozenset(v) for k, v in data.get("meeting_modes", {}).items()},
        status=read_json(lexicon_path("status.json")),
        codes={k: v for k, v in codes.items() if isinstance(v, dict)},
        reciprocal_verbs=frozenset(data.get("reciprocal", {}).get("light_verbs", ())),
        reciprocal_pronouns=frozenset(data.get("reciprocal", {}).get("pronouns", ())),
        receiving_verbs=frozenset(data.get("receiving_verbs", {}).get("lemmas", ())),
        same_day_receiving=frozenset(data.get("receiving_verbs", {}).get("same_day", ())),
        not_meetings=frozenset(data.get("not_meetings", {}).get("lemmas", ())),
        sport_words=frozenset(data.get("sport_report", {}).get("lemmas", ())),
        mediators=frozenset(data.get("mediators", {}).get("lemmas", ())),
        verb_changing_particles=frozenset(data.get("particles", {}).get("change_the_verb", ())),
        claims={k: frozenset(v) for k, v in data.get("claimed_acts", {}).items() if isinstance(v, list)},
        allegation_modifiers=frozenset(data.get("allegation_modifiers", {}).get("words", ())),
        sport_threshold=int(data.get("sport_report", {}).get("threshold", 3)),
        answered_nouns=_by_word({k: v for k, v in data.get("answered_nouns", {}).items()
                                 if k in EVENT_TYPES}),
        answered_directly=frozenset(data.get("answered_nouns", {}).get("direct_only", ())),
    )


def _by_word(types: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    """{event type: nouns} as {noun: event types}."""
    out: dict[str, set[str]] = {}
    for etype, words in types.items():
        for word in words:
            out.setdefault(word, set()).add(etype)
    return {word: frozenset(found) for word, found in out.items()}
