"""The ontology, its SHACL shapes, its JSON-LD context and the code's closed namespace
agree with each other and with docs/rdf-model.md. No spaCy model needed."""
from __future__ import annotations

import json
import re

import pyshacl
import pytest
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS

from graph.model import EVENT_TYPES, STATUSES, MeetingMode
from graph.resources import lexicon_path, ontology_dir
from graph.settings import BASE_IRI, ONTOLOGY_IRI
from graph.vocab import DG, EVENT_CLASS, KIND_CLASS, MODE_NODE, STATUS_NODE

SH = Namespace("http://www.w3.org/ns/shacl#")
DGSH = Namespace("https://w3id.org/diplograph/shapes#")
# a plain Namespace: rdflib's XSD warns when pytest probes it for attributes
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
ID = Namespace(BASE_IRI)
ONTOLOGY = URIRef(ONTOLOGY_IRI.rstrip("#"))
DG_TERMS = {DG[name] for name in DG.__annotations__}
PLOVER_CATEGORIES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "DEMAND",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}


def in_dg(node) -> bool:
    return isinstance(node, URIRef) and str(node).startswith(ONTOLOGY_IRI)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_dir() / "diplograph.ttl", format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")


@pytest.fixture(scope="module")
def context() -> dict:
    with open(ontology_dir() / "context.jsonld", encoding="utf-8") as f:
        return json.load(f)


@pytest.fixture(scope="module")
def codes() -> dict:
    with open(lexicon_path("codes.json"), encoding="utf-8") as f:
        return json.load(f)


# --- (a) the files parse and the ontology describes itself ----------------------------


def test_ontology_header(ontology):
    assert (ONTOLOGY, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ONTOLOGY, OWL.versionInfo) == Literal("0.2.0")
    for prop in (DCTERMS.title, DCTERMS.description):
        assert ontology.value(ONTOLOGY, prop) is not None, f"the ontology has no {prop}"
    assert ontology.value(ONTOLOGY, DCTERMS.license) == URIRef("https://opensource.org/licenses/MIT")


def test_shapes_parse_and_are_shacl(shapes):
    node_shapes = set(shapes.subjects(RDF.type, SH.NodeShape))
    assert node_shapes, "shapes.ttl declares no sh:NodeShape"
    assert all(str(s).startswith("https://w3id.org/diplograph/shapes#") for s in node_shapes)


def test_shapes_are_valid_shacl(shapes, ontology):
    # meta_shacl checks the shapes graph against the SHACL-for-SHACL shapes first
    conforms, _, text = pyshacl.validate(
        Graph(), shacl_graph=shapes, ont_graph=ontology, meta_shacl=True
    )
    assert conforms, text


def test_shapes_type_no_instances_of_ontology_classes(shapes):
    # the scorer loads every .ttl of the ontology folder with the built graph:
    # shapes.ttl must not make anything look like an event or actor
    assert not [s for s, o in shapes.subject_objects(RDF.type) if in_dg(o)]


# --- (b) the ontology declares exactly the terms of graph.vocab.DG --------------------


def declared_terms(ontology: Graph) -> set[URIRef]:
    return {s for s in ontology.subjects(RDF.type, None) if in_dg(s)}


def test_every_vocab_term_is_declared(ontology):
    missing = sorted(DG_TERMS - declared_terms(ontology))
    assert not missing, f"terms of graph.vocab.DG that diplograph.ttl does not declare: {missing}"


def test_ontology_declares_no_term_beyond_vocab(ontology):
    used = {n for triple in ontology for n in triple if in_dg(n)}
    extra = sorted(used - DG_TERMS)
    assert not extra, f"dg: terms in diplograph.ttl that graph.vocab.DG lacks: {extra}"


@pytest.mark.parametrize("term", sorted(DG_TERMS), ids=lambda t: t.fragment)
def test_term_is_documented(ontology, term):
    for prop in (RDFS.label, RDFS.comment):
        values = list(ontology.objects(term, prop))
        assert len(values) == 1 and str(values[0]).strip(), f"{term.fragment} needs one {prop.fragment}"
    assert (term, RDFS.isDefinedBy, ONTOLOGY) in ontology


def test_terms_have_the_right_kind(ontology):
    individuals = set(STATUS_NODE.values()) | set(MODE_NODE.values())
    for term in DG_TERMS:
        types = set(ontology.objects(term, RDF.type))
        if term in individuals:
            assert OWL.NamedIndividual in types, term
        elif term.fragment[0].isupper():
            assert OWL.Class in types, term
        else:
            assert types & {OWL.ObjectProperty, OWL.DatatypeProperty}, term
            assert ontology.value(term, RDFS.domain) is not None, f"{term.fragment} has no rdfs:domain"
            assert ontology.value(term, RDFS.range) is not None, f"{term.fragment} has no rdfs:range"


# --- (c) class hierarchy, enumerations, property signatures ----------------------------


def test_event_classes_are_events(ontology):
    for etype, (cls, _) in EVENT_CLASS.items():
        assert (cls, RDFS.subClassOf, DG.Event) in ontology, f"{etype}: {cls} is not a dg:Event"
    # the scorer maps an event to the first event class it is a subclass of: no nesting
    event_classes = {cls for cls, _ in EVENT_CLASS.values()}
    for cls in event_classes:
        assert not set(ontology.objects(cls, RDFS.subClassOf)) & event_classes, cls


def test_actor_classes_are_actors(ontology):
    for kind, cls in KIND_CLASS.items():
        assert (cls, RDFS.subClassOf, DG.Actor) in ontology, f"{kind}: {cls} is not a dg:Actor"


def test_provenance_classes_are_prov_entities(ontology):
    for cls in (DG.Mention, DG.Document):
        assert (cls, RDFS.subClassOf, PROV.Entity) in ontology


def one_of(ontology: Graph, cls: URIRef) -> list:
    head = ontology.value(cls, OWL.oneOf)
    assert head is not None, f"{cls} has no owl:oneOf"
    return list(Collection(ontology, head))


@pytest.mark.parametrize(
    "cls, members",
    [(DG.Status, STATUS_NODE.values()), (DG.MeetingMode, MODE_NODE.values())],
    ids=["Status", "MeetingMode"],
)
def test_enumerations(ontology, cls, members):
    assert set(one_of(ontology, cls)) == set(members)
    for member in members:
        assert (member, RDF.type, cls) in ontology
        assert (member, RDF.type, OWL.NamedIndividual) in ontology


SIGNATURES = {
    # property: (domain, range, object property?)
    DG.agent: (DG.Event, DG.Actor, True),
    DG.target: (DG.Event, DG.Actor, True),
    DG.participant: (DG.Event, DG.Actor, True),
    DG.status: (DG.Event, DG.Status, True),
    DG.date: (DG.Event, XSD.date, False),
    DG.earliestDate: (DG.Event, XSD.date, False),
    DG.latestDate: (DG.Event, XSD.date, False),
    DG.place: (DG.Event, DG.Place, True),
    DG.mode: (DG.Meeting, DG.MeetingMode, True),
    DG.cameoCode: (DG.Event, XSD.string, False),
    DG.ploverCode: (DG.Event, XSD.string, False),
    DG.mentionCount: (DG.Event, XSD.integer, False),
    DG.document: (DG.Mention, DG.Document, True),
    DG.sentence: (DG.Mention, XSD.string, False),
    DG.text: (DG.Mention, XSD.string, False),
    DG.trigger: (DG.Mention, XSD.string, False),
    DG.rule: (DG.Mention, XSD.string, False),
    DG.statusRule: (DG.Mention, XSD.string, False),
    DG.dateText: (DG.Mention, XSD.string, False),
    DG.startChar: (DG.Mention, XSD.integer, False),
    DG.endChar: (DG.Mention, XSD.integer, False),
    DG.sentenceStart: (DG.Mention, XSD.integer, False),
    DG.country: (DG.Person, DG.Actor, True),
    DG.countryCode: (DG.Country, XSD.string, False),
    DG.role: (DG.Actor, DG.Role, True),
    DG.roleType: (DG.Role, XSD.string, False),
    DG.roleOf: (DG.Role, DG.Actor, True),
    DG.startDate: (DG.Role, XSD.date, False),
    DG.endDate: (DG.Role, XSD.date, False),
    DG.gazetteer: (DG.Actor, XSD.boolean, False),
    **{edge: (DG.Actor, DG.Actor, True) for _, edge in EVENT_CLASS.values()},
    # the summary graph
    DG.tieType: (DG.Tie, OWL.Class, True),
    DG.tieAgent: (DG.Tie, DG.Actor, True),
    DG.tieTarget: (DG.Tie, DG.Actor, True),
    DG.tieStatus: (DG.Tie, DG.Status, True),
    DG.tieLevel: (DG.Tie, XSD.string, False),
    DG.symmetric: (DG.Tie, XSD.boolean, False),
    DG.eventCount: (DG.Tie, XSD.integer, False),
    DG.firstDate: (DG.Tie, XSD.date, False),
    DG.lastDate: (DG.Tie, XSD.date, False),
    DG.tieEvent: (DG.Tie, DG.Event, True),
    DG.tieRow: (DG.Tie, RDF.JSON, False),
    DG.tieRows: (DG.TieTable, RDF.JSON, False),
}


def test_every_property_has_a_signature():
    properties = {t for t in DG_TERMS if t.fragment[0].islower()}
    assert properties == set(SIGNATURES)


@pytest.mark.parametrize("prop", sorted(SIGNATURES), ids=lambda t: t.fragment)
def test_property_signature(ontology, prop):
    domain, range_, is_object = SIGNATURES[prop]
    assert ontology.value(prop, RDFS.domain) == domain
    assert ontology.value(prop, RDFS.range) == range_
    kind = OWL.ObjectProperty if is_object else OWL.DatatypeProperty
    assert (prop, RDF.type, kind) in ontology


@pytest.mark.parametrize("etype", EVENT_TYPES)
def test_direct_edge_is_documented_as_occurred_only(ontology, etype):
    _, edge = EVENT_CLASS[etype]
    comment = str(ontology.value(edge, RDFS.comment))
    assert "dg:Occurred" in comment and "only" in comment.lower(), edge
    symmetric = (edge, RDF.type, OWL.SymmetricProperty) in ontology
    assert symmetric == (etype == "meet")


# --- CAMEO and PLOVER codes: data/lexicons/codes.json and the class notes agree --------


def test_codes_cover_every_event_type(codes):
    assert set(codes) == set(EVENT_TYPES)
    for etype, entry in codes.items():
        assert re.fullmatch(r"[0-9]{3,4}", entry["cameo"]), etype
        assert entry["plover"] in PLOVER_CATEGORIES, etype
        assert isinstance(entry["cameo_label"], str) and entry["cameo_label"], etype
        assert isinstance(entry["exact"], bool), etype


@pytest.mark.parametrize("etype", EVENT_TYPES)
def test_class_note_gives_the_codes(ontology, codes, etype):
    cls, _ = EVENT_CLASS[etype]
    note = " ".join(str(n) for n in ontology.objects(cls, SKOS.note))
    assert f"CAMEO {codes[etype]['cameo']}" in note, f"{cls.fragment}: {note!r}"
    assert f"PLOVER {codes[etype]['plover']}" in note, f"{cls.fragment}: {note!r}"


# --- (d) a conforming graph, written as docs/rdf-model.md shows ------------------------

VALID = """
@prefix dg: <https://w3id.org/diplograph/ontology#> .
@base <https://w3id.org/diplograph/id/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .

<actor/joe-biden> a dg:Person ;
  rdfs:label "Joe Biden" ; skos:altLabel "Biden", "Joseph R. Biden" ;
  dg:country <actor/united-states> ;
  dg:role <role/joe-biden/head_of_state/united-states/2021-01-20> ;
  dg:gazetteer true ;
  owl:sameAs <http://www.wikidata.org/entity/Q6279> .
<actor/vladimir-putin> a dg:Person ; rdfs:label "Vladimir Putin" ;
  dg:country <actor/russia> ; dg:gazetteer true .
<actor/united-states> a dg:Country ; rdfs:label "United States" ; dg:countryCode "USA" .
<actor/russia> a dg:Country ; rdfs:label "Russia" ; dg:countryCode "RUS" .
<actor/nato> a dg:Organization ; rdfs:label "NATO" ; dg:gazetteer false .
<role/joe-biden/head_of_state/united-states/2021-01-20> a dg:Role ;
  dg:roleType "head_of_state" ; rdfs:label "President" ; dg:roleOf <actor/united-states> ;
  dg:startDate "2021-01-20"^^xsd:date ; dg:endDate "2025-01-20"^^xsd:date .
<place/geneva> a dg:Place ; rdfs:label "Geneva" .

<event/e1> a dg:Meeting ;
  dg:participant <actor/joe-biden>, <actor/vladimir-putin> ;
  dg:status dg:Occurred ; dg:date "2021-12-07"^^xsd:date ; dg:mode dg:Video ;
  dg:cameoCode "040" ; dg:ploverCode "CONSULT" ; dg:mentionCount 1 ;
  prov:wasDerivedFrom <mention/001_9590ab32129b5950/25-98> .
<event/e2> a dg:Warning ;
  dg:agent <actor/joe-biden> ; dg:target <actor/vladimir-putin> ;
  dg:status dg:Occurred ; dg:cameoCode "130" ; dg:ploverCode "THREATEN" ; dg:mentionCount 1 ;
  prov:wasDerivedFrom <mention/001_9590ab32129b5950/140-180> .
<event/e3> a dg:Sanction ;
  dg:agent <actor/united-states> ; dg:target <actor/russia> ;
  dg:status dg:Conditional ; dg:cameoCode "163" ; dg:ploverCode "SANCTION" ; dg:mentionCount 1 ;
  prov:wasDerivedFrom <mention/001_9590ab32129b5950/140-180> .
<event/e4> a dg:Meeting ;
  dg:participant <actor/united-states>, <actor/russia>, <actor/nato> ;
  dg:status dg:Planned ; dg:place <place/geneva> ; dg:mentionCount 1 ;
  prov:wasDerivedFrom <mention/001_9590ab32129b5950/140-180> .

<actor/joe-biden> dg:met <actor/vladimir-putin> ; dg:warned <actor/vladimir-putin> .
<actor/vladimir-putin> dg:met <actor/joe-biden> .

<mention/001_9590ab32129b5950/25-98> a dg:Mention ;
  dg:document <document/001_9590ab32129b5950> ;
  dg:text "Biden held a bilateral virtual meet with Russian counterpart Vladimir Putin" ;
  dg:trigger "meet" ;
  dg:sentence "United States President Joe Biden held a bilateral virtual meet with Russian counterpart Vladimir Putin on Tuesday." ;
  dg:sentenceStart 0 ; dg:startChar 25 ; dg:endChar 98 ;
  dg:rule "meet/light-verb-noun" ; dg:statusRule "default-past" ; dg:dateText "on Tuesday" .
<mention/001_9590ab32129b5950/140-180> a dg:Mention ;
  dg:document <document/001_9590ab32129b5950> ;
  dg:sentence "Biden warned Putin of sanctions if Russia invades." ;
  dg:sentenceStart 130 ; dg:startChar 140 ; dg:endChar 180 ;
  dg:rule "warn/verb" .
<document/001_9590ab32129b5950> a dg:Document ;
  dcterms:identifier "001_9590ab32129b5950" ; dcterms:title "Biden, Putin hold virtual summit" ;
  dcterms:date "2021-12-07"^^xsd:date ; dcterms:source <https://example.org/news/1> .

<graph/summary> a dg:Summary .
<tie/t1> a dg:Tie ; dg:tieType dg:Meeting ; dg:tieLevel "actor" ; dg:tieStatus dg:Occurred ;
  dg:tieAgent <actor/joe-biden> ; dg:tieTarget <actor/vladimir-putin> ; dg:symmetric true ;
  dg:eventCount 1 ; dg:firstDate "2021-12-07"^^xsd:date ; dg:lastDate "2021-12-07"^^xsd:date ;
  dg:tieEvent <event/e1> ;
  dg:tieRow '''["actor","dg:Meeting","dg:Occurred","id:actor/joe-biden","Joe Biden","id:actor/vladimir-putin","Vladimir Putin",true,1,"2021-12-07","2021-12-07",[["id:event/e1","2021-12-07"]]]'''^^rdf:JSON .
<ties/actor/Meeting/Occurred> a dg:TieTable ; rdfs:label "Meeting ties, occurred, actor level" ;
  dg:tieRows '''[["id:actor/joe-biden","Joe Biden","id:actor/vladimir-putin","Vladimir Putin",true,1,"2021-12-07","2021-12-07",[["id:event/e1","2021-12-07"]]]]'''^^rdf:JSON .
"""


@pytest.fixture(scope="module")
def valid() -> Graph:
    return Graph().parse(data=VALID, format="turtle")


def validate(data: Graph, shapes: Graph, ontology: Graph, inference: str = "rdfs"):
    """(conforms, results graph, results text), as pyshacl.validate returns them."""
    return pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology, inference=inference)


def violations(results: Graph) -> set[tuple]:
    """(path, constraint component) of every validation result."""
    out = set()
    for result in results.subjects(RDF.type, SH.ValidationResult):
        path = results.value(result, SH.resultPath)
        out.add((path, results.value(result, SH.sourceConstraintComponent)))
    return out


@pytest.mark.parametrize("inference", ["rdfs", "none"])
def test_valid_graph_conforms(valid, shapes, ontology, inference):
    conforms, _, text = validate(valid, shapes, ontology, inference)
    assert conforms, text


def test_valid_graph_in_named_graphs_conforms(valid, shapes, ontology, tmp_path):
    # the builder writes actors and each document into named graphs; the shapes hold
    # for their union, read back from a file
    edges = {edge for _, edge in EVENT_CLASS.values()}
    ds = Dataset()
    actors, doc = ds.graph(ID["graph/actors"]), ds.graph(ID["graph/001_9590ab32129b5950"])
    for s, p, o in valid:
        describes_actor = str(s).startswith((ID["actor/"], ID["role/"])) and p not in edges
        (actors if describes_actor else doc).add((s, p, o))
    path = tmp_path / "graph.trig"
    ds.serialize(path, format="trig")
    union = Graph()
    for s, p, o, _ in Dataset().parse(path, format="trig").quads((None, None, None, None)):
        union.add((s, p, o))
    assert isomorphic(union, valid)
    conforms, _, text = validate(union, shapes, ontology)
    assert conforms, text


# --- (e) broken graphs fail with the expected violation ----------------------------------

E1, E2, E3, E4 = (ID[f"event/e{i}"] for i in range(1, 5))
M1 = ID["mention/001_9590ab32129b5950/25-98"]
M2 = ID["mention/001_9590ab32129b5950/140-180"]
DOC = ID["document/001_9590ab32129b5950"]
BIDEN, PUTIN = ID["actor/joe-biden"], ID["actor/vladimir-putin"]
US, RUSSIA, NATO = ID["actor/united-states"], ID["actor/russia"], ID["actor/nato"]
ROLE = ID["role/joe-biden/head_of_state/united-states/2021-01-20"]
T1 = ID["tie/t1"]

BROKEN = {
    # name: (triples to remove, triples to add, expected (path, component) set)
    "meeting-with-one-participant": (
        [(E4, DG.participant, RUSSIA), (E4, DG.participant, NATO)], [],
        {(DG.participant, SH.MinCountConstraintComponent)},
    ),
    "event-with-two-statuses": (
        [], [(E4, DG.status, DG.Proposed)],
        {(DG.status, SH.MaxCountConstraintComponent)},
    ),
    "event-without-mention": (
        [(E3, PROV.wasDerivedFrom, M2)], [],
        {(PROV.wasDerivedFrom, SH.QualifiedMinCountConstraintComponent)},
    ),
    "country-code-lowercase": (
        [(US, DG.countryCode, Literal("USA"))], [(US, DG.countryCode, Literal("us"))],
        {(DG.countryCode, SH.PatternConstraintComponent)},
    ),
    "mention-without-document": (
        [(M2, DG.document, DOC)], [],
        {(DG.document, SH.MinCountConstraintComponent)},
    ),
    "event-without-status": (
        [(E3, DG.status, DG.Conditional)], [],
        {(DG.status, SH.MinCountConstraintComponent)},
    ),
    "status-not-a-status": (
        [(E4, DG.status, DG.Planned)], [(E4, DG.status, DG.Video)],
        {(DG.status, SH.InConstraintComponent)},
    ),
    "date-not-xsd-date": (
        [(E1, DG.date, Literal("2021-12-07", datatype=XSD.date))], [(E1, DG.date, Literal("7 December"))],
        {(DG.date, SH.DatatypeConstraintComponent)},
    ),
    "two-dates": (
        [], [(E1, DG.date, Literal("2021-12-08", datatype=XSD.date))],
        {(DG.date, SH.MaxCountConstraintComponent)},
    ),
    "directed-event-without-target": (
        [(E3, DG.target, RUSSIA)], [],
        {(DG.target, SH.MinCountConstraintComponent)},
    ),
    "directed-event-with-participant": (
        [], [(E3, DG.participant, NATO)],
        {(DG.participant, SH.MaxCountConstraintComponent)},
    ),
    "meeting-with-agent": (
        [], [(E4, DG.agent, US)],
        {(DG.agent, SH.MaxCountConstraintComponent)},
    ),
    "actor-with-two-labels": (
        [], [(PUTIN, RDFS.label, Literal("Putin"))],
        {(RDFS.label, SH.MaxCountConstraintComponent)},
    ),
    "actor-without-label": (
        [(NATO, RDFS.label, Literal("NATO"))], [],
        {(RDFS.label, SH.MinCountConstraintComponent)},
    ),
    "person-with-two-countries": (
        [], [(PUTIN, DG.country, NATO)],
        {(DG.country, SH.MaxCountConstraintComponent)},
    ),
    "mention-start-after-end": (
        [(M1, DG.startChar, Literal(25))], [(M1, DG.startChar, Literal(99))],
        {(DG.startChar, SH.LessThanOrEqualsConstraintComponent)},
    ),
    "mention-without-rule": (
        [(M2, DG.rule, Literal("warn/verb"))], [],
        {(DG.rule, SH.MinCountConstraintComponent)},
    ),
    "document-without-identifier": (
        [(DOC, DCTERMS.identifier, Literal("001_9590ab32129b5950"))], [],
        {(DCTERMS.identifier, SH.MinCountConstraintComponent)},
    ),
    "role-ends-before-it-starts": (
        [(ROLE, DG.endDate, Literal("2025-01-20", datatype=XSD.date))],
        [(ROLE, DG.endDate, Literal("2020-01-20", datatype=XSD.date))],
        {(DG.startDate, SH.LessThanOrEqualsConstraintComponent)},
    ),
    "edge-without-occurred-event": (
        [], [(US, DG.sanctioned, RUSSIA)],
        {(DG.sanctioned, DGSH.OccurredEventConstraintComponent)},
    ),
    "tie-without-agent": (
        [(T1, DG.tieAgent, BIDEN)], [],
        {(DG.tieAgent, SH.MinCountConstraintComponent)},
    ),
    "tie-at-another-level": (
        [(T1, DG.tieLevel, Literal("actor"))], [(T1, DG.tieLevel, Literal("region"))],
        {(DG.tieLevel, SH.InConstraintComponent)},
    ),
    "tie-last-date-before-first": (
        [(T1, DG.lastDate, Literal("2021-12-07", datatype=XSD.date))],
        [(T1, DG.lastDate, Literal("2021-12-01", datatype=XSD.date))],
        {(DG.firstDate, SH.LessThanOrEqualsConstraintComponent)},
    ),
    "met-in-one-direction-only": (
        [(PUTIN, DG.met, BIDEN)], [],
        {(None, SH.SPARQLConstraintComponent)},
    ),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_graph_fails(valid, shapes, ontology, name):
    remove, add, expected = BROKEN[name]
    data = Graph()
    data += valid
    for triple in remove:
        assert triple in data, f"{name}: {triple} is not in the valid graph"
        data.remove(triple)
    for triple in add:
        data.add(triple)
    conforms, results, text = validate(data, shapes, ontology)
    assert not conforms, f"{name}: the broken graph conforms"
    assert violations(results) == expected, text


# --- (f) the JSON-LD context ------------------------------------------------------------


def test_context_declares_prefixes(context):
    ctx = context["@context"]
    assert ctx["@version"] == 1.1
    expected = {
        "dg": ONTOLOGY_IRI, "id": BASE_IRI, "prov": str(PROV), "dcterms": str(DCTERMS),
        "skos": str(SKOS), "owl": str(OWL), "rdfs": str(RDFS), "xsd": str(XSD),
    }
    for prefix, iri in expected.items():
        assert ctx.get(prefix) == iri, prefix


def test_context_has_a_short_name_for_every_term(context, ontology):
    ctx = context["@context"]
    for term in DG_TERMS:
        definition = ctx.get(term.fragment)
        assert definition is not None, f"context.jsonld has no term {term.fragment!r}"
        iri = definition["@id"] if isinstance(definition, dict) else definition
        assert iri == f"dg:{term.fragment}", term.fragment
        if term.fragment[0].isupper():
            continue
        coercion = definition.get("@type") if isinstance(definition, dict) else None
        range_ = ontology.value(term, RDFS.range)
        if (term, RDF.type, OWL.ObjectProperty) in ontology:
            assert coercion in {"@id", "@vocab"}, term.fragment
        elif range_ in (XSD.date, XSD.integer, XSD.boolean):
            assert coercion == f"xsd:{range_.fragment}", term.fragment
        elif range_ == RDF.JSON:
            assert coercion == "@json", term.fragment
        else:
            assert coercion is None, term.fragment


JSONLD_DOC = {
    "@graph": [
        {"@id": "id:event/e1", "type": "Meeting",
         "participant": ["id:actor/joe-biden", "id:actor/vladimir-putin"],
         "status": "Occurred", "mode": "Video", "date": "2021-12-07", "place": "id:place/geneva",
         "cameoCode": "040", "ploverCode": "CONSULT", "mentionCount": 1,
         "wasDerivedFrom": "id:mention/d1/25-98"},
        {"@id": "id:mention/d1/25-98", "type": "Mention", "document": "id:document/d1",
         "sentence": "Biden held a virtual meet with Putin.", "startChar": 25, "endChar": "98",
         "rule": "meet/light-verb-noun"},
        {"@id": "id:document/d1", "type": "Document", "identifier": "d1", "date": "2021-12-07",
         "source": "https://example.org/news/1"},
        {"@id": "id:actor/joe-biden", "type": "Person", "label": "Joe Biden",
         "altLabel": "Biden", "country": "id:actor/united-states", "gazetteer": True,
         "met": "id:actor/vladimir-putin"},
        {"@id": "id:actor/united-states", "type": "Country", "label": "United States",
         "countryCode": "USA"},
    ]
}

JSONLD_EXPECTED = """
@prefix dg: <https://w3id.org/diplograph/ontology#> .
@base <https://w3id.org/diplograph/id/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

<event/e1> a dg:Meeting ;
  dg:participant <actor/joe-biden>, <actor/vladimir-putin> ;
  dg:status dg:Occurred ; dg:mode dg:Video ; dg:date "2021-12-07"^^xsd:date ;
  dg:place <place/geneva> ; dg:cameoCode "040" ; dg:ploverCode "CONSULT" ;
  dg:mentionCount 1 ; prov:wasDerivedFrom <mention/d1/25-98> .
<mention/d1/25-98> a dg:Mention ; dg:document <document/d1> ;
  dg:sentence "Biden held a virtual meet with Putin." ; dg:startChar 25 ; dg:endChar 98 ;
  dg:rule "meet/light-verb-noun" .
<document/d1> a dg:Document ; dcterms:identifier "d1" ;
  dcterms:date "2021-12-07"^^xsd:date ; dcterms:source <https://example.org/news/1> .
<actor/joe-biden> a dg:Person ; rdfs:label "Joe Biden" ; skos:altLabel "Biden" ;
  dg:country <actor/united-states> ; dg:gazetteer true ; dg:met <actor/vladimir-putin> .
<actor/united-states> a dg:Country ; rdfs:label "United States" ; dg:countryCode "USA" .
"""


def assert_same_graph(got: Graph, expected: Graph):
    if isomorphic(got, expected):
        return
    _, only_got, only_expected = graph_diff(to_isomorphic(got), to_isomorphic(expected))
    lines = [f"+ {t}" for t in sorted(only_got)] + [f"- {t}" for t in sorted(only_expected)]
    pytest.fail("graphs differ (+ extra, - missing):\n" + "\n".join(lines))


def test_context_expands_to_the_expected_triples(context):
    doc = {"@context": context["@context"], **JSONLD_DOC}
    got = Graph().parse(data=json.dumps(doc), format="json-ld")
    assert_same_graph(got, Graph().parse(data=JSONLD_EXPECTED, format="turtle"))


def test_context_file_can_be_referenced(tmp_path):
    # a document that points at the published context file instead of inlining it
    doc = {"@context": (ontology_dir() / "context.jsonld").as_uri(), **JSONLD_DOC}
    path = tmp_path / "events.jsonld"
    path.write_text(json.dumps(doc), encoding="utf-8")
    got = Graph().parse(path, format="json-ld")
    assert_same_graph(got, Graph().parse(data=JSONLD_EXPECTED, format="turtle"))


def test_expanded_jsonld_conforms_to_the_shapes(context, shapes, ontology):
    doc = {"@context": context["@context"], **JSONLD_DOC}
    data = Graph().parse(data=json.dumps(doc), format="json-ld")
    data.add((ID["actor/vladimir-putin"], RDF.type, DG.Person))
    data.add((ID["actor/vladimir-putin"], RDFS.label, Literal("Vladimir Putin")))
    data.add((ID["actor/vladimir-putin"], DG.met, ID["actor/joe-biden"]))
    data.add((ID["place/geneva"], RDF.type, DG.Place))
    data.add((ID["place/geneva"], RDFS.label, Literal("Geneva")))
    conforms, _, text = validate(data, shapes, ontology)
    assert conforms, text


# --- (g) code and model agree ------------------------------------------------------------


def test_event_class_keys_are_the_event_types():
    assert set(EVENT_CLASS) == set(EVENT_TYPES)
    assert len(EVENT_CLASS) == len(EVENT_TYPES)


def test_status_and_mode_keys_match_the_model():
    assert set(STATUS_NODE) == set(STATUSES)
    assert set(MODE_NODE) == set(MeetingMode.__args__)

