"""The event-centric RDF graph of docs/rdf-model.md, as pyoxigraph quads with
deterministic IRIs and no blank nodes."""
from __future__ import annotations

from datetime import date
from typing import Iterable, Iterator
from urllib.parse import quote

from pyoxigraph import Literal, NamedNode, Quad

from .gazetteer import slugify
from .merge import EventNode
from .model import Actor, Document
from .settings import BASE_IRI
from .vocab import DG, EVENT_CLASS, KIND_CLASS, MODE_NODE, STATUS_NODE

RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_LABEL = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
SKOS_ALT = NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
OWL_SAME = NamedNode("http://www.w3.org/2002/07/owl#sameAs")
PROV_DERIVED = NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
DCT = "http://purl.org/dc/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"
WIKIDATA = "http://www.wikidata.org/entity/"
ACTORS_GRAPH = NamedNode(BASE_IRI + "graph/actors")


def _n(term) -> NamedNode:
    return NamedNode(str(term))


def _segment(text: str) -> str:
    return quote(text, safe="-_.~")


def actor_iri(actor_id: str) -> NamedNode:
    return NamedNode(f"{BASE_IRI}actor/{_segment(actor_id)}")


def document_iri(doc_id: str) -> NamedNode:
    return NamedNode(f"{BASE_IRI}document/{_segment(doc_id)}")


def document_graph(doc_id: str) -> NamedNode:
    return NamedNode(f"{BASE_IRI}graph/{_segment(doc_id)}")


def mention_iri(doc_id: str, start: int, end: int, rule: str) -> NamedNode:
    """One node per words and rule: two readings of the same words are two mentions."""
    return NamedNode(f"{BASE_IRI}mention/{_segment(doc_id)}/{start}-{end}/{_segment(slugify(rule))}")


def event_iri(node: EventNode) -> NamedNode:
    return NamedNode(f"{BASE_IRI}event/{node.id}")


def _date(day: date) -> Literal:
    return Literal(day.isoformat(), datatype=NamedNode(XSD + "date"))


def _int(value: int) -> Literal:
    return Literal(str(value), datatype=NamedNode(XSD + "integer"))


def document_quads(doc: Document) -> Iterator[Quad]:
    g, s = document_graph(doc.id), document_iri(doc.id)
    yield Quad(s, RDF_TYPE, _n(DG.Document), g)
    yield Quad(s, NamedNode(DCT + "identifier"), Literal(doc.id), g)
    if doc.title:
        yield Quad(s, NamedNode(DCT + "title"), Literal(doc.title), g)
    if doc.published:
        yield Quad(s, NamedNode(DCT + "date"), _date(doc.published), g)
    if doc.url:
        yield Quad(s, NamedNode(DCT + "source"), NamedNode(doc.url) if _is_iri(doc.url) else Literal(doc.url), g)


def _is_iri(text: str) -> bool:
    return text.startswith(("http://", "https://")) and not any(c in text for c in ' <>"{}|\\^`')


def event_quads(node: EventNode) -> Iterator[Quad]:
    g, e = document_graph(node.doc_id), event_iri(node)
    cls, edge = EVENT_CLASS[node.type]
    yield Quad(e, RDF_TYPE, _n(cls), g)
    yield Quad(e, _n(DG.status), _n(STATUS_NODE[node.status]), g)
    for actor in node.participants:
        yield Quad(e, _n(DG.participant), actor_iri(actor), g)
    for actor in node.agents:
        yield Quad(e, _n(DG.agent), actor_iri(actor), g)
    for actor in node.targets:
        yield Quad(e, _n(DG.target), actor_iri(actor), g)
    if node.date:
        yield Quad(e, _n(DG.date), _date(node.date), g)
    elif node.first("period"):
        first, last = node.first("period")
        yield Quad(e, _n(DG.earliestDate), _date(first), g)
        yield Quad(e, _n(DG.latestDate), _date(last), g)
    place, mode = node.first("place"), node.first("mode")
    if place:
        p = NamedNode(f"{BASE_IRI}place/{_segment(slugify(place))}")
        yield Quad(e, _n(DG.place), p, g)
        yield Quad(p, RDF_TYPE, _n(DG.Place), g)
        yield Quad(p, RDFS_LABEL, Literal(place), g)
    if mode:
        yield Quad(e, _n(DG.mode), _n(MODE_NODE[mode]), g)
    for attr, term in (("cameo", DG.cameoCode), ("plover", DG.ploverCode)):
        if node.first(attr):
            yield Quad(e, _n(term), Literal(node.first(attr)), g)
    yield Quad(e, _n(DG.mentionCount), _int(len(node.mentions)), g)
    for event in node.mentions:
        yield from _mention_quads(e, event, g)
    if node.status == "occurred":
        yield from _edge_quads(node, _n(edge), g)


def _mention_quads(event_node: NamedNode, event, g: NamedNode) -> Iterator[Quad]:
    span = event.mention.span
    m = mention_iri(event.doc_id, span.start, span.end, event.mention.rule)
    yield Quad(event_node, PROV_DERIVED, m, g)
    yield Quad(m, RDF_TYPE, _n(DG.Mention), g)
    yield Quad(m, _n(DG.document), document_iri(event.doc_id), g)
    yield Quad(m, _n(DG.text), Literal(span.text), g)
    yield Quad(m, _n(DG.trigger), Literal(event.mention.trigger), g)
    yield Quad(m, _n(DG.sentence), Literal(span.sentence), g)
    yield Quad(m, _n(DG.sentenceStart), _int(span.sentence_start), g)
    yield Quad(m, _n(DG.startChar), _int(span.start), g)
    yield Quad(m, _n(DG.endChar), _int(span.end), g)
    yield Quad(m, _n(DG.rule), Literal(event.mention.rule), g)
    yield Quad(m, _n(DG.statusRule), Literal(event.status_rule), g)
    if event.date_text:
        yield Quad(m, _n(DG.dateText), Literal(event.date_text), g)


def _edge_quads(node: EventNode, edge: NamedNode, g: NamedNode) -> Iterator[Quad]:
    if node.participants:
        for a in node.participants:
            for b in node.participants:
                if a != b:
                    yield Quad(actor_iri(a), edge, actor_iri(b), g)
        return
    for a in node.agents:
        for b in node.targets:
            yield Quad(actor_iri(a), edge, actor_iri(b), g)


def actor_quads(actor: Actor) -> Iterator[Quad]:
    g, a = ACTORS_GRAPH, actor_iri(actor.id)
    yield Quad(a, RDF_TYPE, _n(KIND_CLASS[actor.kind]), g)
    yield Quad(a, RDFS_LABEL, Literal(actor.label), g)
    yield Quad(a, _n(DG.gazetteer), Literal("true" if actor.known else "false", datatype=NamedNode(XSD + "boolean")), g)
    for alias in sorted(set(actor.aliases) - {actor.label}):
        yield Quad(a, SKOS_ALT, Literal(alias), g)
    if actor.country:
        yield Quad(a, _n(DG.country), actor_iri(actor.country), g)
    if actor.code:
        yield Quad(a, _n(DG.countryCode), Literal(actor.code), g)
    if actor.wikidata:
        yield Quad(a, OWL_SAME, NamedNode(WIKIDATA + actor.wikidata), g)
    for role in actor.roles:
        r = NamedNode(f"{BASE_IRI}role/{_segment(actor.id)}/{role.role}/{_segment(role.of)}/"
                      f"{role.start.isoformat() if role.start else 'open'}")
        yield Quad(a, _n(DG.role), r, g)
        yield Quad(r, RDF_TYPE, _n(DG.Role), g)
        yield Quad(r, _n(DG.roleType), Literal(role.role), g)
        yield Quad(r, RDFS_LABEL, Literal(role.title or role.role.replace("_", " ")), g)
        yield Quad(r, _n(DG.roleOf), actor_iri(role.of), g)
        if role.start:
            yield Quad(r, _n(DG.startDate), _date(role.start), g)
        if role.end:
            yield Quad(r, _n(DG.endDate), _date(role.end), g)


def actors_closure(ids: Iterable[str], lookup) -> list[Actor]:
    """The actors `ids` name plus every state or organisation they refer to."""
    todo, seen, out = list(ids), set(), []
    while todo:
        actor_id = todo.pop()
        if actor_id in seen:
            continue
        seen.add(actor_id)
        actor = lookup(actor_id)
        if actor is None:
            continue
        out.append(actor)
        todo.extend(x for x in [actor.country, *(r.of for r in actor.roles)] if x)
    return sorted(out, key=lambda a: a.id)
