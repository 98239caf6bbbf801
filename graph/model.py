"""Typed, frozen records passed between the pipeline's stages.

Every record that stands for something found in text carries the document id,
character offsets into the document text and the rule that produced it, so any
fact in the graph can be traced back to the words it came from.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

ActorKind = Literal["Person", "Country", "Organization"]
EventType = Literal[
    "meet", "warn", "threaten", "sanction", "accuse", "demand", "appeal",
    "propose", "aid", "reject", "deny", "mobilize", "attack",
]
Status = Literal["occurred", "planned", "proposed", "conditional", "negated"]
MeetingMode = Literal["in_person", "phone", "video"]

EVENT_TYPES: tuple[str, ...] = EventType.__args__  # type: ignore[attr-defined]
STATUSES: tuple[str, ...] = Status.__args__  # type: ignore[attr-defined]
SYMMETRIC_TYPES = frozenset({"meet"})


@dataclass(frozen=True)
class Document:
    """One article as read by ingest: text plus metadata."""

    id: str
    text: str
    published: date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None  # file path (and line for .jsonl) it was read from
    # character spans of boilerplate lines dropped from extraction (start, end)
    boilerplate: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Role:
    """A position an actor holds for a state or organisation over a period."""

    role: str  # a key from data/lexicons/titles.json, e.g. "head_of_state"
    of: str  # actor id of the state or organisation
    start: date | None = None
    end: date | None = None
    title: str | None = None  # as written, e.g. "President"

    def holds_on(self, day: date | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Actor:
    """A canonical actor: a person, a state or an organisation."""

    id: str  # slug, stable: "joe-biden", "united-states", "nato"
    kind: ActorKind
    label: str
    aliases: tuple[str, ...] = ()
    country: str | None = None  # actor id of the state or organisation a person acts for
    code: str | None = None  # ISO 3166 alpha-3 for states
    wikidata: str | None = None
    gender: str | None = None  # "m" / "f" for persons when known
    roles: tuple[Role, ...] = ()
    known: bool = True  # False for actors created from names the gazetteer lacks
    family_name_first: bool = False  # for states: their people's names open with the family name ("Lai Ching-te")


@dataclass(frozen=True)
class Span:
    """Where in a document something was read: character offsets and sentence."""

    doc_id: str
    start: int
    end: int
    text: str
    sentence: str
    sentence_start: int


@dataclass(frozen=True)
class ActorMention:
    """An actor found at a place in the text, and the rule that linked it."""

    actor: str  # actor id
    span: Span
    rule: str  # e.g. "gazetteer", "title-role", "coref-pronoun"


@dataclass(frozen=True)
class Mention:
    """The words an event was read from."""

    span: Span
    trigger: str  # the trigger word(s) as written
    rule: str  # the pattern id from data/lexicons that fired


@dataclass(frozen=True)
class Event:
    """One event as read from one mention; merged into event nodes later."""

    type: str
    doc_id: str
    mention: Mention
    agents: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()  # meetings: every party
    status: str = "occurred"
    date: date | None = None
    place: str | None = None  # place label, e.g. "Geneva"
    mode: str | None = None  # meetings: in_person / phone / video
    cameo: str | None = None
    plover: str | None = None
    status_rule: str = "default"
    date_text: str | None = None
    period: tuple[date, date] | None = None  # when the text names a period, not a day
    repeated: bool = False  # "spoke again", "another summit": not the event told before

    def parties(self) -> tuple[str, ...]:
        return tuple(sorted(set(self.participants) | set(self.agents) | set(self.targets)))


@dataclass(frozen=True)
class Extraction:
    """What the pipeline read from one document."""

    document: Document
    actors: tuple[ActorMention, ...] = ()
    events: tuple[Event, ...] = ()
    new_actors: tuple[Actor, ...] = field(default=())


@dataclass(frozen=True)
class DocumentError:
    """A document that could not be read or built, and why."""

    source: str  # file path, with ":LINE" for a .jsonl record
    message: str
