"""Gold event annotations: a folder of ``documents.jsonl``, ``actors.jsonl`` and
``events.jsonl`` (see data/gold/README.md), loaded and checked with errors that name
the file and line."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import DataFileError
from .jsondata import read_jsonl, require
from .model import EVENT_TYPES, STATUSES

ACTOR_KINDS: tuple[str, ...] = ("Person", "Country", "Organization")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def norm(text: str) -> str:
    """A name folded for matching: no accents, punctuation, case, "the" or titles."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^\w\s]", " ", text.casefold())
    text = re.sub(r"\b(the|president|prez|mr|mrs|ms|dr)\b", " ", text)
    return " ".join(text.split())


# -- gold annotations ---------------------------------------------------------------

@dataclass(frozen=True)
class GoldActor:
    id: str
    kind: str  # Person, Country or Organization
    label: str
    aliases: tuple[str, ...] = ()
    country: str | None = None  # persons: the actor id of the state they act for
    wikidata: str | None = None


@dataclass(frozen=True)
class GoldEvent:
    doc: str
    type: str
    agent: str
    target: str
    status: frozenset[str] = frozenset()
    date: str | None = None
    required: bool = True
    alt_types: tuple[str, ...] = ()
    alt_targets: tuple[str, ...] = ()
    line: int = 0


@dataclass(frozen=True)
class Gold:
    """A gold set: document ids (with their publication dates), actors, events."""

    documents: Mapping[str, str | None]
    actors: Mapping[str, GoldActor]
    events: tuple[GoldEvent, ...]
    by_name: Mapping[str, str] = field(init=False, repr=False, compare=False)
    by_wikidata: Mapping[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_name: dict[str, str] = {}
        by_wikidata: dict[str, str] = {}
        for actor in self.actors.values():
            for name in (actor.label, *actor.aliases):
                by_name.setdefault(norm(name), actor.id)
            if actor.wikidata:
                by_wikidata[actor.wikidata] = actor.id
        object.__setattr__(self, "by_name", by_name)
        object.__setattr__(self, "by_wikidata", by_wikidata)

    def country(self, actor: str) -> str:
        """The id an actor counts as at the country level."""
        found = self.actors.get(actor)
        return (found.country or actor) if found and found.kind == "Person" else actor


def load_gold(folder: Path) -> Gold:
    """Read and check a gold folder. Raises :class:`DataFileError` naming the file
    and line of the first problem."""
    folder = Path(folder)
    if not folder.is_dir():
        raise DataFileError(str(folder), None, "no such folder; a gold folder holds "
                            "documents.jsonl, actors.jsonl and events.jsonl")
    documents: dict[str, str | None] = {}
    for rec in _records(folder / "documents.jsonl"):
        doc = rec.text("doc")
        rec.ensure(doc not in documents, f"duplicate document {doc!r}")
        documents[doc] = rec.optional("published")
    actors = _read_actors(folder / "actors.jsonl")
    events = tuple(_gold_event(rec, documents, actors) for rec in _records(folder / "events.jsonl"))
    return Gold(documents, actors, events)


@dataclass(frozen=True)
class _Record:
    """One line of a gold file, read with errors that name the file and line."""

    path: Path
    line: int
    data: dict

    def ensure(self, condition: bool, message: str) -> None:
        if not condition:
            raise DataFileError(str(self.path), self.line, message)

    def text(self, key: str, allowed: tuple[str, ...] = (), what: str = "") -> str:
        value = require(self.data, key, str, self.path, self.line)
        self.check(value, allowed, what)
        return value

    def check(self, value: str, allowed: tuple[str, ...], what: str) -> None:
        if allowed and value not in allowed:
            self.ensure(False, f"unknown {what} {value!r}; allowed: {', '.join(allowed)}")

    def texts(self, key: str, allowed: tuple[str, ...] = (), what: str = "") -> tuple[str, ...]:
        value = self.data.get(key, [])
        self.ensure(isinstance(value, list) and all(isinstance(v, str) for v in value),
                    f"{key!r} must be a list of strings")
        for item in value:
            self.check(item, allowed, what)
        return tuple(value)

    def optional(self, key: str) -> str | None:
        value = self.data.get(key)
        self.ensure(value is None or isinstance(value, str), f"{key!r} must be a string or null")
        return value


def _records(path: Path) -> Iterator[_Record]:
    return (_Record(path, line, data) for line, data in read_jsonl(path))


def _read_actors(path: Path) -> dict[str, GoldActor]:
    actors: dict[str, GoldActor] = {}
    records: dict[str, _Record] = {}
    for rec in _records(path):
        actor = GoldActor(rec.text("id"), rec.text("type", ACTOR_KINDS, "actor type"), rec.text("label"),
                          rec.texts("aliases"), rec.optional("country"), rec.optional("wikidata"))
        rec.ensure(actor.id not in actors, f"duplicate actor id {actor.id!r}")
        actors[actor.id], records[actor.id] = actor, rec
    for actor in actors.values():
        records[actor.id].ensure(actor.country is None or actor.country in actors,
                                 f"unknown actor id {actor.country!r} in 'country' of {actor.id!r}")
    return actors


def _gold_event(rec: _Record, documents: Mapping[str, Any], actors: Mapping[str, GoldActor]) -> GoldEvent:
    doc = rec.text("doc")
    rec.ensure(doc in documents, f"unknown document {doc!r}; documents.jsonl has no such doc")
    ids = [(key, rec.text(key)) for key in ("agent", "target")]
    alt_targets = rec.texts("alt_targets")
    for key, value in [*ids, *(("alt_targets", v) for v in alt_targets)]:
        rec.ensure(value in actors, f"unknown actor id {value!r} in {key!r}; "
                   "every actor must be listed in actors.jsonl")
    day = rec.optional("date") or None  # "" is no date, as for the reference scorer
    rec.ensure(day is None or bool(_ISO_DATE.fullmatch(day)),
               f"'date' must be an ISO date (YYYY-MM-DD), not {day!r}")
    required = rec.data.get("required", True)
    rec.ensure(isinstance(required, bool), "'required' must be true or false")
    return GoldEvent(doc, rec.text("type", EVENT_TYPES, "event type"), ids[0][1], ids[1][1],
                     frozenset(rec.texts("status", STATUSES, "status")), day, required,
                     rec.texts("alt_types", EVENT_TYPES, "event type"), alt_targets, rec.line)
