"""One event, many mentions: the records read from each mention become event nodes.
Within a document, mentions of the same type and parties that agree on whether it
happened (occurred; negated; planned, proposed or conditional) are one event, with the
status of its first telling (an undated mention joins the dated one). Across documents, dated events with the same
type, parties, status and day are one node: their IRIs are the same."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from typing import Iterable

from .model import SYMMETRIC_TYPES, Event

# Mentions that agree on whether the event is real merge: a planned meeting and the
# same meeting told as conditional or proposed are one event.
REALIS = {"planned": "irrealis", "proposed": "irrealis", "conditional": "irrealis"}


@dataclass(frozen=True)
class EventNode:
    key: str  # what the IRI is made from
    type: str
    doc_id: str
    agents: tuple[str, ...]
    targets: tuple[str, ...]
    participants: tuple[str, ...]
    status: str
    date: date | None
    mentions: tuple[Event, ...]

    @property
    def id(self) -> str:
        return hashlib.sha1(self.key.encode("utf-8")).hexdigest()[:20]

    def first(self, attr: str):
        """The first value a mention gives for `attr` (place, mode, codes)."""
        return next((getattr(m, attr) for m in self.mentions if getattr(m, attr)), None)


def _parties_key(event: Event) -> str:
    if event.type in SYMMETRIC_TYPES:
        return "~".join(sorted(set(event.participants) | set(event.agents) | set(event.targets)))
    return ",".join(event.agents) + ">" + ",".join(event.targets)


def merge_events(doc_id: str, events: Iterable[Event]) -> list[EventNode]:
    """Event nodes of one document, in the order of their first mention."""
    groups: dict[tuple[str, str, str], list[Event]] = {}
    for event in events:
        realis = REALIS.get(event.status, event.status)
        if event.repeated:  # "spoke with them again": a new event, not the one told before
            realis = f"{realis}@{event.mention.span.start}"
        groups.setdefault((event.type, _parties_key(event), realis), []).append(event)
    nodes: list[EventNode] = []
    for (etype, parties, realis), mentions in groups.items():
        status = mentions[0].status  # the first telling names it
        if "@" in realis:
            parties = f"{parties}@{realis.split('@')[1]}"
        days = sorted({m.date for m in mentions if m.date is not None})
        if not days:
            nodes.append(_node(doc_id, etype, parties, status, None, mentions))
            continue
        for n, day in enumerate(days):
            chosen = [m for m in mentions if m.date == day or (m.date is None and n == 0)]
            nodes.append(_node(doc_id, etype, parties, status, day, chosen))
    return sorted(nodes, key=lambda node: node.mentions[0].mention.span.start)


def _node(doc_id: str, etype: str, parties: str, status: str, day: date | None, mentions: list[Event]) -> EventNode:
    first = mentions[0]
    key = f"{etype}|{parties}|{status}|{day.isoformat()}" if day else f"{doc_id}|{etype}|{parties}|{status}"
    unique = tuple(dict.fromkeys(mentions))
    if etype in SYMMETRIC_TYPES:
        participants = tuple(sorted({p for m in mentions for p in m.parties()}))
        return EventNode(key, etype, doc_id, (), (), participants, status, day, unique)
    return EventNode(key, etype, doc_id, first.agents, first.targets, (), status, day, unique)
