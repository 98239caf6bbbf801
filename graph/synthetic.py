"""Synthetic knowledge graphs that follow docs/rdf-model.md, for tests and benchmarks.

The builders (:func:`actor_quads`, :func:`document_quads`, :func:`event_quads`) write
exactly the triples the contract describes; :func:`synthetic_quads` uses them to make
a random but reproducible graph of about 25 triples per event (40,000 events ≈ one
million triples). About one event in ten is told in two documents, so the union of
the document graphs holds it twice, as real builds do.
"""
from __future__ import annotations

import hashlib
import random
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import pyoxigraph as ox

from .rdf import RDF_TYPE, RDFS_LABEL, SKOS_ALT
from .settings import BASE_IRI, ONTOLOGY_IRI
from .vocab import EVENT_CLASS, MODE_NODE, STATUS_NODE
OWL_SAME = ox.NamedNode("http://www.w3.org/2002/07/owl#sameAs")
PROV_DERIVED = ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
DCT = "http://purl.org/dc/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"
ACTORS_GRAPH = ox.NamedNode(BASE_IRI + "graph/actors")

# a plausible CAMEO / PLOVER code per event type
CODES = {
    "meet": ("036", "CONSULT"), "warn": ("160", "THREATEN"), "threaten": ("130", "THREATEN"),
    "sanction": ("163", "SANCTION"), "accuse": ("112", "ACCUSE"), "demand": ("100", "DEMAND"),
    "appeal": ("020", "REQUEST"), "propose": ("030", "REQUEST"), "aid": ("070", "AID"),
    "reject": ("120", "REJECT"), "deny": ("125", "REJECT"), "mobilize": ("150", "MOBILIZE"),
    "attack": ("190", "ASSAULT"),
}
TRIGGERS = {
    "meet": "met", "warn": "warned", "threaten": "threatened", "sanction": "sanctioned",
    "accuse": "accused", "demand": "demanded", "appeal": "appealed to", "propose": "proposed",
    "aid": "sent aid to", "reject": "rejected", "deny": "denied", "mobilize": "mobilized against",
    "attack": "attacked",
}


def dg(term: str) -> ox.NamedNode:
    return ox.NamedNode(ONTOLOGY_IRI + term)


def iri(path: str) -> ox.NamedNode:
    """An instance IRI: ``iri("actor/joe-biden")``."""
    return ox.NamedNode(BASE_IRI + path)


def _node(term: object) -> ox.NamedNode:
    return ox.NamedNode(str(term))


def _lit(value: object) -> ox.Literal:
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "integer"))
    if isinstance(value, date):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(XSD + "date"))
    return ox.Literal(str(value))


def actor_quads(slug: str, kind: str, label: str, *, aliases: Sequence[str] = (),
                country: str | None = None, code: str | None = None, known: bool = True,
                wikidata: str | None = None) -> list[ox.Quad]:
    """An actor's description in ``id:graph/actors``; ``country`` is an actor slug."""
    s, g = iri(f"actor/{slug}"), ACTORS_GRAPH
    quads = [ox.Quad(s, RDF_TYPE, dg(kind), g), ox.Quad(s, RDFS_LABEL, ox.Literal(label), g),
             ox.Quad(s, dg("gazetteer"), _lit(known), g)]
    quads += [ox.Quad(s, SKOS_ALT, ox.Literal(alias), g) for alias in aliases]
    if country:
        quads.append(ox.Quad(s, dg("country"), iri(f"actor/{country}"), g))
    if code:
        quads.append(ox.Quad(s, dg("countryCode"), ox.Literal(code), g))
    if wikidata:
        quads.append(ox.Quad(s, OWL_SAME, ox.NamedNode(f"http://www.wikidata.org/entity/{wikidata}"), g))
    return quads


def role_quads(slug: str, role: str, of: str, title: str, start: date,
               end: date | None = None) -> list[ox.Quad]:
    """A role an actor holds, in ``id:graph/actors``."""
    r, g = iri(f"role/{slug}/{role}/{of}/{start.isoformat()}"), ACTORS_GRAPH
    quads = [ox.Quad(iri(f"actor/{slug}"), dg("role"), r, g), ox.Quad(r, RDF_TYPE, dg("Role"), g),
             ox.Quad(r, dg("roleType"), ox.Literal(role), g), ox.Quad(r, RDFS_LABEL, ox.Literal(title), g),
             ox.Quad(r, dg("roleOf"), iri(f"actor/{of}"), g), ox.Quad(r, dg("startDate"), _lit(start), g)]
    if end:
        quads.append(ox.Quad(r, dg("endDate"), _lit(end), g))
    return quads


def document_quads(doc: str, published: date | None, title: str,
                   url: str | None = None) -> list[ox.Quad]:
    """The document node in its own graph ``id:graph/{doc}``."""
    d, g = iri(f"document/{doc}"), iri(f"graph/{doc}")
    quads = [ox.Quad(d, RDF_TYPE, dg("Document"), g),
             ox.Quad(d, ox.NamedNode(DCT + "identifier"), ox.Literal(doc), g),
             ox.Quad(d, ox.NamedNode(DCT + "title"), ox.Literal(title), g)]
    if published:
        quads.append(ox.Quad(d, ox.NamedNode(DCT + "date"), _lit(published), g))
    if url:
        quads.append(ox.Quad(d, ox.NamedNode(DCT + "source"), ox.NamedNode(url), g))
    return quads


@dataclass(frozen=True)
class EventSpec:
    """One event as told in one document (actor slugs, an event type key from
    :data:`graph.vocab.EVENT_CLASS`, a status key from :data:`graph.vocab.STATUS_NODE`)."""

    key: str  # hashed into the event IRI: the same key in two documents is one event
    doc: str
    type: str
    sentence: str
    agent: str | None = None
    target: str | None = None
    participants: tuple[str, ...] = ()
    status: str = "occurred"
    date: date | None = None
    place: str | None = None
    mode: str | None = None
    start: int = 0  # offset of the sentence in the document
    mention_count: int = 1

    @property
    def iri(self) -> ox.NamedNode:
        return iri("event/" + hashlib.sha1(self.key.encode("utf-8")).hexdigest()[:16])


def event_quads(spec: EventSpec) -> list[ox.Quad]:
    """An event, its mention and, if it occurred, its direct edges, in the graph of
    the document it was read from."""
    g, e = iri(f"graph/{spec.doc}"), spec.iri
    cls, edge = EVENT_CLASS[spec.type]
    end = spec.start + len(spec.sentence)
    m = iri(f"mention/{spec.doc}/{spec.start}-{end}")
    cameo, plover = CODES[spec.type]
    quads = [ox.Quad(e, RDF_TYPE, _node(cls), g), ox.Quad(e, dg("status"), _node(STATUS_NODE[spec.status]), g),
             ox.Quad(e, dg("cameoCode"), ox.Literal(cameo), g), ox.Quad(e, dg("ploverCode"), ox.Literal(plover), g),
             ox.Quad(e, dg("mentionCount"), _lit(spec.mention_count), g), ox.Quad(e, PROV_DERIVED, m, g)]
    quads += [ox.Quad(e, dg("participant"), iri(f"actor/{p}"), g) for p in spec.participants]
    if spec.agent and spec.target:
        quads += [ox.Quad(e, dg("agent"), iri(f"actor/{spec.agent}"), g),
                  ox.Quad(e, dg("target"), iri(f"actor/{spec.target}"), g)]
    if spec.date:
        quads.append(ox.Quad(e, dg("date"), _lit(spec.date), g))
    if spec.mode:
        quads.append(ox.Quad(e, dg("mode"), _node(MODE_NODE[spec.mode]), g))
    if spec.place:
        p = iri("place/" + spec.place.lower().replace(" ", "-"))
        quads += [ox.Quad(e, dg("place"), p, g), ox.Quad(p, RDF_TYPE, dg("Place"), g),
                  ox.Quad(p, RDFS_LABEL, ox.Literal(spec.place), g)]
    quads += _mention_quads(spec, m, g, end)
    if spec.status == "occurred":
        quads += _edge_quads(spec, _node(edge), g)
    return quads


def _mention_quads(spec: EventSpec, m: ox.NamedNode, g: ox.NamedNode, end: int) -> list[ox.Quad]:
    trigger = TRIGGERS[spec.type]
    at = max(spec.sentence.find(trigger.split()[0]), 0)
    quads = [ox.Quad(m, RDF_TYPE, dg("Mention"), g), ox.Quad(m, dg("document"), iri(f"document/{spec.doc}"), g),
             ox.Quad(m, dg("text"), ox.Literal(spec.sentence), g), ox.Quad(m, dg("trigger"), ox.Literal(trigger), g),
             ox.Quad(m, dg("sentence"), ox.Literal(spec.sentence), g),
             ox.Quad(m, dg("sentenceStart"), _lit(spec.start), g),
             ox.Quad(m, dg("startChar"), _lit(spec.start + at), g), ox.Quad(m, dg("endChar"), _lit(end), g),
             ox.Quad(m, dg("rule"), ox.Literal(f"{spec.type}/synthetic"), g),
             ox.Quad(m, dg("statusRule"), ox.Literal("default-past"), g)]
    if spec.date:
        quads.append(ox.Quad(m, dg("dateText"), ox.Literal(f"on {spec.date:%B} {spec.date.day}"), g))
    return quads


def _edge_quads(spec: EventSpec, edge: ox.NamedNode, g: ox.NamedNode) -> list[ox.Quad]:
    if spec.agent and spec.target:
        return [ox.Quad(iri(f"actor/{spec.agent}"), edge, iri(f"actor/{spec.target}"), g)]
    parties = [iri(f"actor/{p}") for p in spec.participants]
    return [ox.Quad(a, edge, b, g) for a in parties for b in parties if a != b]


# -- random graphs -------------------------------------------------------------
_SYLLABLES = ("ka", "lo", "mi", "ra", "ven", "tor", "sa", "bel", "dor", "ni", "qua", "zu",
              "mar", "tel", "os", "an", "ri", "vo", "pel", "gan")
_STATUS_WEIGHTS = {"occurred": 70, "planned": 10, "proposed": 6, "conditional": 8, "negated": 6}
_TYPE_WEIGHTS = {"meet": 30, "warn": 12, "threaten": 8, "sanction": 6, "accuse": 10, "demand": 8,
                 "appeal": 5, "propose": 5, "aid": 5, "reject": 4, "deny": 3, "mobilize": 2, "attack": 2}
_PLACES = ("Geneva", "Vienna", "Brussels", "New York", "Beijing", "Ankara", "Doha", "Minsk")
_START = date(2019, 1, 1)


@dataclass(frozen=True)
class _Cast:
    countries: list[str]
    others: list[str]  # persons and organisations
    labels: dict[str, str]


def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


def _actors(rng: random.Random, n_actors: int) -> tuple[_Cast, list[ox.Quad]]:
    n_countries = max(2, n_actors // 5)
    n_orgs = max(1, n_actors // 10)
    cast, quads, seen = _Cast([], [], {}), [], set()
    for i in range(n_actors):
        kind = "Country" if i < n_countries else "Organization" if i < n_countries + n_orgs else "Person"
        while True:
            label = _name(rng, 3) if kind != "Person" else f"{_name(rng, 2)} {_name(rng, 3)}"
            if kind == "Organization":
                label = f"{label} Council"
            if label not in seen:
                break
        seen.add(label)
        slug = label.lower().replace(" ", "-")
        cast.labels[slug] = label
        if kind == "Country":
            cast.countries.append(slug)
            quads += actor_quads(slug, kind, label, aliases=(f"Republic of {label}",),
                                 code=label[:3].upper(), wikidata=f"Q{1000 + i}")
        elif kind == "Organization":
            cast.others.append(slug)
            quads += actor_quads(slug, kind, label, aliases=(label.split()[0],))
        else:
            cast.others.append(slug)
            country = rng.choice(cast.countries)
            quads += actor_quads(slug, kind, label, aliases=(label.split()[-1],),
                                 country=country, known=rng.random() < 0.9)
            quads += role_quads(slug, "head_of_state", country, "President", _START)
    return cast, quads


def _random_event(rng: random.Random, cast: _Cast, i: int, doc: str, start: int) -> EventSpec:
    kind = rng.choices(list(_TYPE_WEIGHTS), weights=list(_TYPE_WEIGHTS.values()))[0]
    status = rng.choices(list(_STATUS_WEIGHTS), weights=list(_STATUS_WEIGHTS.values()))[0]
    pool = cast.countries if rng.random() < 0.5 else cast.others + cast.countries
    a, b = rng.sample(pool, 2)
    day = _START + timedelta(days=rng.randrange(2000)) if rng.random() < 0.8 else None
    names = f"{cast.labels[a]} {TRIGGERS[kind]} {cast.labels[b]}"
    common = dict(key=f"synthetic/{i}", doc=doc, type=kind, status=status, date=day, start=start,
                  sentence=f"{names} on {day:%A}." if day else f"{names}.")
    if kind == "meet":
        extra = (rng.choice(pool),) if rng.random() < 0.1 else ()
        parties = tuple(dict.fromkeys((a, b, *extra)))
        return EventSpec(**common, participants=parties, mode=rng.choice(list(MODE_NODE)),
                         place=rng.choice(_PLACES) if rng.random() < 0.3 else None)
    return EventSpec(**common, agent=a, target=b)


def synthetic_quads(n_events: int, n_actors: int = 500, seed: int = 0) -> Iterator[ox.Quad]:
    """A reproducible random graph of ``n_events`` events among ``n_actors`` actors."""
    rng = random.Random(seed)
    cast, quads = _actors(rng, max(n_actors, 4))
    yield from quads
    per_doc, doc, start = 4, "", 0
    for i in range(n_events):
        if i % per_doc == 0:
            doc, start = f"synthetic-{seed}-{i // per_doc:06d}", 0
            yield from document_quads(doc, _START + timedelta(days=rng.randrange(2000)),
                                      f"Synthetic report {i // per_doc}",
                                      f"https://example.org/news/{doc}")
        spec = _random_event(rng, cast, i, doc, start)
        start += len(spec.sentence) + 1
        yield from event_quads(spec)
        if rng.random() < 0.1:  # told again in an earlier document
            again = f"synthetic-{seed}-{rng.randrange(i // per_doc + 1):06d}"
            yield from event_quads(EventSpec(**{**spec.__dict__, "doc": again, "start": 10_000 + i}))


def quads_of(specs: Iterable[EventSpec]) -> Iterator[ox.Quad]:
    """Every quad of several events."""
    for spec in specs:
        yield from event_quads(spec)
