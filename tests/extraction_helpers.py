"""Reading sentences through the full pipeline for tests, as plain tuples."""
from __future__ import annotations

from datetime import date
from functools import cache

from graph.model import SYMMETRIC_TYPES, Event
from graph.nlp import load_pipeline


@cache
def nlp():
    return load_pipeline()


def read(text: str, published: str = "2022-02-21") -> list[Event]:
    pipeline = nlp()
    doc = pipeline.make_doc(text)
    doc._.doc_id, doc._.published = "test", date.fromisoformat(published)
    return list(pipeline(doc)._.events)


def facts(events: list[Event]) -> set[tuple]:
    """(type, parties, status, date) for meetings, (type, agent, target, status, date) else."""
    out = set()
    for e in events:
        day = e.date.isoformat() if e.date else None
        if e.type in SYMMETRIC_TYPES:
            out.add((e.type, frozenset(e.parties()), e.status, day))
        else:
            for a in e.agents:
                for t in e.targets:
                    out.add((e.type, a, t, e.status, day))
    return out


def pairs(events: list[Event]) -> set[tuple]:
    """(type, parties) or (type, agent, target), without status and date."""
    return {f[:2] if f[0] in SYMMETRIC_TYPES else f[:3] for f in facts(events)}


def meet(*actors: str) -> frozenset[str]:
    return frozenset(actors)
