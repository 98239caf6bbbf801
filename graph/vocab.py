"""The diplograph ontology's terms as a closed namespace: a mistyped term fails at
import time. tests/test_ontology.py keeps this list and ontology/diplograph.ttl in step."""
from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

from .settings import BASE_IRI, ONTOLOGY_IRI


class DG(DefinedNamespace):
    _NS = Namespace(ONTOLOGY_IRI)
    _fail = True

    # actors
    Actor: URIRef
    Person: URIRef
    Country: URIRef
    Organization: URIRef
    Place: URIRef
    Role: URIRef
    # events
    Event: URIRef
    Meeting: URIRef
    Warning: URIRef
    Threat: URIRef
    Sanction: URIRef
    Accusation: URIRef
    Demand: URIRef
    Appeal: URIRef
    Proposal: URIRef
    Aid: URIRef
    Rejection: URIRef
    Denial: URIRef
    Mobilization: URIRef
    Attack: URIRef
    # status and mode
    Status: URIRef
    Occurred: URIRef
    Planned: URIRef
    Proposed: URIRef
    Conditional: URIRef
    Negated: URIRef
    MeetingMode: URIRef
    InPerson: URIRef
    Phone: URIRef
    Video: URIRef
    # provenance
    Mention: URIRef
    Document: URIRef
    # event properties
    agent: URIRef
    target: URIRef
    participant: URIRef
    status: URIRef
    date: URIRef
    earliestDate: URIRef
    latestDate: URIRef
    place: URIRef
    mode: URIRef
    cameoCode: URIRef
    ploverCode: URIRef
    mentionCount: URIRef
    # mention properties
    document: URIRef
    sentence: URIRef
    text: URIRef
    trigger: URIRef
    startChar: URIRef
    endChar: URIRef
    sentenceStart: URIRef
    rule: URIRef
    statusRule: URIRef
    dateText: URIRef
    # actor properties
    country: URIRef
    countryCode: URIRef
    role: URIRef
    roleType: URIRef
    roleOf: URIRef
    startDate: URIRef
    endDate: URIRef
    gazetteer: URIRef
    # direct edges between actors (only for events with status dg:Occurred)
    met: URIRef
    warned: URIRef
    threatened: URIRef
    sanctioned: URIRef
    accused: URIRef
    demandedOf: URIRef
    appealedTo: URIRef
    proposedTo: URIRef
    aided: URIRef
    rejected: URIRef
    denied: URIRef
    mobilizedAgainst: URIRef
    attacked: URIRef
    # the summary graph (derived data, rebuilt after each build)
    Summary: URIRef
    Tie: URIRef
    TieTable: URIRef
    tieType: URIRef
    tieAgent: URIRef
    tieTarget: URIRef
    tieStatus: URIRef
    tieLevel: URIRef
    symmetric: URIRef
    eventCount: URIRef
    firstDate: URIRef
    lastDate: URIRef
    tieEvent: URIRef
    tieRow: URIRef
    tieRows: URIRef


# event type (model.EVENT_TYPES) -> (class, direct edge)
EVENT_CLASS = {
    "meet": (DG.Meeting, DG.met),
    "warn": (DG.Warning, DG.warned),
    "threaten": (DG.Threat, DG.threatened),
    "sanction": (DG.Sanction, DG.sanctioned),
    "accuse": (DG.Accusation, DG.accused),
    "demand": (DG.Demand, DG.demandedOf),
    "appeal": (DG.Appeal, DG.appealedTo),
    "propose": (DG.Proposal, DG.proposedTo),
    "aid": (DG.Aid, DG.aided),
    "reject": (DG.Rejection, DG.rejected),
    "deny": (DG.Denial, DG.denied),
    "mobilize": (DG.Mobilization, DG.mobilizedAgainst),
    "attack": (DG.Attack, DG.attacked),
}
STATUS_NODE = {
    "occurred": DG.Occurred,
    "planned": DG.Planned,
    "proposed": DG.Proposed,
    "conditional": DG.Conditional,
    "negated": DG.Negated,
}
MODE_NODE = {"in_person": DG.InPerson, "phone": DG.Phone, "video": DG.Video}
KIND_CLASS = {"Person": DG.Person, "Country": DG.Country, "Organization": DG.Organization}

# Instance IRIs: BASE/actor/{id}, BASE/event/{hash}, BASE/mention/{doc}/{start}-{end},
# BASE/document/{doc}, BASE/place/{slug}, BASE/graph/{doc}, BASE/graph/actors,
# BASE/graph/summary, BASE/tie/{hash}, BASE/ties/{level}/{class}/{status}
ID = Namespace(BASE_IRI)
