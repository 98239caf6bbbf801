"""Scoring a built graph against gold event annotations.

A gold set is a folder of ``documents.jsonl``, ``actors.jsonl`` and ``events.jsonl``
in the format of the sample corpus's gold annotations. :func:`evaluate` computes
the numbers of the reference scorer shipped with them (``eval/score.py``) by its
rules: tuples (type, agent, target) matched per document, meetings symmetric (a
meeting of A, B and C is the pairs A-B, A-C, B-C), ``alt_types`` and ``alt_targets``
accepted as the same event, lines with ``"required": false`` neither hits, misses
nor false positives. A graph actor is the gold actor named by its ``owl:sameAs``
Wikidata entity, else by its ``rdfs:label`` (after :func:`norm`), else
``unknown:LABEL``; at the country level a person counts for the gold actor's
``country``, an unknown actor for its ``dg:country``. Events are nodes typed with an
event class or a subclass (from the graph and the ontology's ``.ttl`` files); their
documents are reached through ``prov:wasDerivedFrom``, ``dg:mention``,
``dg:document`` or ``dg:source`` links to a node with a ``dcterms:identifier``.
Where a graph is ambiguous (two labels naming different gold actors) the first in
sort order wins, so results never depend on store order.
"""
from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Mapping
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS

from . import resources
from .errors import InputError, StoreError
from .model import SYMMETRIC_TYPES
from .settings import ONTOLOGY_IRI
from .store import GraphStore
from .terms import Term
from .vocab import DG, EVENT_CLASS, STATUS_NODE
from .gold import Gold, load_gold, norm

__all__ = ["Counts", "Finding", "Gold", "LevelReport", "Report", "evaluate", "format_report", "load_gold", "norm"]

CORE_TYPES: tuple[str, ...] = ("meet", "warn", "threaten", "sanction")
LEVELS: tuple[str, ...] = ("actor", "country")
DIGITS = 3  # decimals of every ratio in a report
UNKNOWN = "unknown:"

GraphSource = GraphStore | str | os.PathLike  # a store, or an RDF file or store folder
Key = tuple[str, str, str]  # (type, agent, target); agent <= target for meetings

_RDF_TYPE, _SUBCLASS, _LABEL, _SAME_AS = str(RDF.type), str(RDFS.subClassOf), str(RDFS.label), str(OWL.sameAs)
_IDENTIFIER = str(DCTERMS.identifier)
_AGENT, _TARGET, _PARTICIPANT = str(DG.agent), str(DG.target), str(DG.participant)
_STATUS, _DATE, _COUNTRY = str(DG.status), str(DG.date), str(DG.country)
# links from an event towards its document; dg:mention and dg:source are read, not written
_LINKS = (str(PROV.wasDerivedFrom), ONTOLOGY_IRI + "mention", str(DG.document), ONTOLOGY_IRI + "source")
_PROPERTIES = (_AGENT, _TARGET, _PARTICIPANT, _STATUS, _DATE, _COUNTRY, _LABEL, _SAME_AS)
_STATUS_OF = {str(node).rsplit("#", 1)[-1]: name for name, node in STATUS_NODE.items()}


# -- reading the graph --------------------------------------------------------------

def _opened(source: GraphSource) -> AbstractContextManager[GraphStore]:
    """A GraphStore as is (left open), or a store folder or RDF file opened for reading."""
    if isinstance(source, GraphStore):
        return nullcontext(source)
    path = Path(source)
    if not path.exists():
        raise StoreError(f"{path}: no such RDF file or store folder")
    return GraphStore.open_read_only(path) if path.is_dir() else GraphStore.from_file(path)


def _rows(store: GraphStore, sparql: str) -> list[tuple[Term, ...]]:
    return [tuple(solution) for solution in store.query(sparql)]


def _text(term: Term) -> str:
    """The text of a term as the reference scorer sees it: IRI, lexical form or id."""
    return term.value if isinstance(term, (ox.NamedNode, ox.BlankNode, ox.Literal)) else str(term)


def _ontology_subclasses(folder: Path) -> list[tuple[Term, Term]]:
    if not folder.is_dir():
        raise InputError(str(folder), "no such ontology folder")
    pairs = []
    for path in sorted(folder.glob("**/*.ttl")):
        try:
            quads = list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
        except (SyntaxError, OSError, ValueError) as exc:
            raise InputError(str(path), f"cannot read the ontology: {exc}") from exc
        pairs += [(q.subject, q.object) for q in quads if q.predicate.value == _SUBCLASS]
    return pairs


def _class_types(store: GraphStore, ontology_dir: Path) -> dict[Term, str]:
    """Every event class and subclass -> its event type (the first in EVENT_CLASS
    order for a class under two)."""
    children: dict[Term, set[Term]] = defaultdict(set)
    edges = _rows(store, f"SELECT DISTINCT ?sub ?sup WHERE {{ ?sub <{_SUBCLASS}> ?sup }}")
    for sub, sup in [*edges, *_ontology_subclasses(ontology_dir)]:
        children[sup].add(sub)
    out: dict[Term, str] = {}
    for etype, (cls, _edge) in EVENT_CLASS.items():
        base = ox.NamedNode(str(cls))
        todo, seen = [base], {base}
        while todo:
            node = todo.pop()
            out.setdefault(node, etype)
            new = children[node] - seen
            seen |= new
            todo += new
        out[base] = etype
    return out


def _event_documents(store: GraphStore, class_types: Mapping[Term, str]) -> dict[tuple[Term, str], set[str]]:
    """(event node, type) -> identifiers of the documents it came from."""
    path = "|".join(f"<{p}>" for p in _LINKS)
    tail = f"?e <{_RDF_TYPE}> ?cls . ?e ({path})+ ?d . ?d <{_IDENTIFIER}> ?id }}"
    named = " ".join(str(c) for c in class_types if isinstance(c, ox.NamedNode))
    rows = _rows(store, f"SELECT DISTINCT ?e ?cls ?id WHERE {{ VALUES ?cls {{ {named} }} {tail}")
    if any(isinstance(c, ox.BlankNode) for c in class_types):
        rows += _rows(store, f"SELECT DISTINCT ?e ?cls ?id WHERE {{ FILTER(isBlank(?cls)) {tail}")
    out: dict[tuple[Term, str], set[str]] = defaultdict(set)
    for event, cls, ident in rows:
        if cls in class_types:
            out[(event, class_types[cls])].add(_text(ident))
    return out


class _Graph:
    """The events of a graph as tuples of gold actor ids, per document."""

    def __init__(self, store: GraphStore, gold: Gold, ontology_dir: Path):
        self.gold = gold
        self.events = _event_documents(store, _class_types(store, ontology_dir))
        values = " ".join(f"<{p}>" for p in _PROPERTIES)
        sparql = f"SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?p {{ {values} }} ?s ?p ?o }}"
        self.objects: dict[Term, dict[str, set[Term]]] = defaultdict(lambda: defaultdict(set))
        for s, p, o in _rows(store, sparql):
            self.objects[s][p.value].add(o)
        self.names: dict[str, dict[Term, str]] = {level: {} for level in LEVELS}

    def name(self, node: Term, level: str) -> str:
        """The gold actor id (or unknown:LABEL) of a node at the given level."""
        known = self.names[level]
        if node not in known:
            known[node] = self._actor(node) if level == "actor" else self._country(node)
        return known[node]

    def _values(self, node: Term, prop: str) -> list[str]:
        return sorted(_text(o) for o in self.objects.get(node, {}).get(prop, ()))

    def _actor(self, node: Term) -> str:
        labels = self._values(node, _LABEL)
        qids = [iri.rstrip("/").rsplit("/", 1)[-1] for iri in self._values(node, _SAME_AS)]
        found = [self.gold.by_wikidata.get(q) for q in qids]
        found += [self.gold.by_name.get(norm(label)) for label in labels]
        return next((f for f in found if f), UNKNOWN + (labels[0] if labels else _text(node)))

    def _country(self, node: Term) -> str:
        actor = self.name(node, "actor")
        if not actor.startswith(UNKNOWN):
            return self.gold.country(actor)
        countries = sorted(self.objects.get(node, {}).get(_COUNTRY, ()), key=_text)
        known = [self.name(c, "actor") for c in countries if not self.name(c, "actor").startswith(UNKNOWN)]
        return known[0] if known else actor

    def tuples(self, level: str) -> dict[str, dict[Key, _Slot]]:
        out: dict[str, dict[Key, _Slot]] = defaultdict(dict)
        for (event, etype), docs in self.events.items():
            props = self.objects.get(event, {})
            status = {_status(_text(s)) for s in props.get(_STATUS, ())}
            dates = {_text(d)[:10] for d in props.get(_DATE, ())}
            for doc in docs:
                for key in (_key(etype, *pair) for pair in self._pairs(props, etype, level)):
                    found = out[doc].setdefault(key, _Slot(key))
                    found.status |= status
                    found.dates |= dates
        return out

    def _pairs(self, props: Mapping[str, set[Term]], etype: str, level: str) -> list[tuple[str, str]]:
        def names(*chosen: str) -> set[str]:
            return {self.name(node, level) for p in chosen for node in props.get(p, ())}
        if etype in SYMMETRIC_TYPES:
            parties = names(_PARTICIPANT, _AGENT, _TARGET)
            return [(a, b) for a in parties for b in parties if a < b]
        return [(a, b) for a in names(_AGENT) for b in names(_TARGET) if a != b]


def _status(text: str) -> str:
    return _STATUS_OF.get(text.rsplit("#", 1)[-1], text)


def _key(etype: str, a: str, b: str) -> Key:
    return (etype, min(a, b), max(a, b)) if etype in SYMMETRIC_TYPES else (etype, a, b)


@dataclass
class _Slot:
    """What one document says about one tuple: statuses, dates and, for gold
    tuples, whether it is required and which tuples count as it."""

    key: Key
    required: bool = False
    status: set[str] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)
    alts: set[Key] = field(default_factory=set)


def _gold_tuples(gold: Gold, level: str) -> dict[str, dict[Key, _Slot]]:
    out: dict[str, dict[Key, _Slot]] = defaultdict(dict)
    resolve = (lambda actor: actor) if level == "actor" else gold.country
    for event in gold.events:
        if event.doc not in gold.documents:
            continue
        a, b = resolve(event.agent), resolve(event.target)
        if a == b:
            continue
        key = _key(event.type, a, b)
        slot = out[event.doc].setdefault(key, _Slot(key, alts={key}))
        slot.required |= event.required
        slot.status |= event.status
        slot.dates |= {event.date} if event.date else set()
        for etype in (event.type, *event.alt_types):
            for target in (event.target, *event.alt_targets):
                if resolve(target) != a:
                    slot.alts.add(_key(etype, a, resolve(target)))
    return out


# -- scores -------------------------------------------------------------------------

@dataclass(frozen=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict[str, int | float]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, DIGITS),
                "recall": round(self.recall, DIGITS), "f1": round(self.f1, DIGITS)}


@dataclass(frozen=True)
class Finding:
    """A gold event the graph missed, or a graph event the gold set lacks."""

    doc: str
    type: str
    agent: str
    target: str

    def __str__(self) -> str:
        return f"{self.doc} {(self.type, self.agent, self.target)}"


@dataclass(frozen=True)
class LevelReport:
    level: str  # "actor" or "country"
    types: Mapping[str, Counts]  # event types with any count, sorted
    status_correct: int
    status_total: int  # matched required gold events
    date_correct: int
    date_total: int  # matched required gold events with a date
    misses: tuple[Finding, ...]
    false_positives: tuple[Finding, ...]

    @property
    def core(self) -> Counts:
        return sum((self.types.get(t, Counts()) for t in CORE_TYPES), Counts())

    @property
    def all(self) -> Counts:
        return sum(self.types.values(), Counts())

    @property
    def status_accuracy(self) -> float | None:
        return self.status_correct / self.status_total if self.status_total else None

    @property
    def date_accuracy(self) -> float | None:
        return self.date_correct / self.date_total if self.date_total else None

    def to_dict(self) -> dict[str, Any]:
        def rounded(value: float | None) -> float | None:
            return None if value is None else round(value, DIGITS)
        return {
            "level": self.level,
            "types": {t: c.to_dict() for t, c in self.types.items()},
            "core": self.core.to_dict(),
            "all": self.all.to_dict(),
            "status_accuracy": rounded(self.status_accuracy),
            "date_accuracy": rounded(self.date_accuracy),
            "misses": [str(f) for f in self.misses],
            "false_positives": [str(f) for f in self.false_positives],
        }


@dataclass(frozen=True)
class Report:
    actor: LevelReport
    country: LevelReport

    def to_dict(self) -> dict[str, dict[str, Any]]:
        """The report as the reference scorer's ``--json`` prints it."""
        return {"actor": self.actor.to_dict(), "country": self.country.to_dict()}


def evaluate(graph_or_store: GraphSource, gold: Gold, ontology_dir: Path | None = None) -> Report:
    """Score a graph (a GraphStore, an RDF file or a store folder) against ``gold``.
    ``ontology_dir`` holds the ontology's .ttl files (default: the shipped ones)."""
    with _opened(graph_or_store) as store:
        graph = _Graph(store, gold, Path(ontology_dir) if ontology_dir else resources.ontology_dir())
    return Report(*(_score(graph.tuples(level), _gold_tuples(gold, level), sorted(gold.documents), level)
                    for level in LEVELS))


def _score(found: Mapping[str, Mapping[Key, _Slot]], expected: Mapping[str, Mapping[Key, _Slot]],
           docs: list[str], level: str) -> LevelReport:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, fp, fn
    status, dates = [0, 0], [0, 0]  # correct, total
    misses, false_positives = [], []
    for doc in docs:
        system, gold = found.get(doc, {}), expected.get(doc, {})
        accepted = {alt for slot in gold.values() for alt in slot.alts}
        for slot in gold.values():
            if not slot.required:
                continue
            hits = [system[alt] for alt in (slot.key, *sorted(slot.alts - {slot.key})) if alt in system]
            if not hits:
                counts[slot.key[0]][2] += 1
                misses.append(Finding(doc, *slot.key))
                continue
            counts[slot.key[0]][0] += 1
            status[0] += bool(slot.status & set().union(*(h.status for h in hits)))
            status[1] += 1
            if slot.dates:
                dates[0] += bool(slot.dates & set().union(*(h.dates for h in hits)))
                dates[1] += 1
        for key in sorted(system):
            if key not in accepted:
                counts[key[0]][1] += 1
                false_positives.append(Finding(doc, *key))
    types = {t: Counts(*counts[t]) for t in sorted(counts)}
    return LevelReport(level, types, status[0], status[1], dates[0], dates[1],
                       tuple(misses), tuple(false_positives))


def format_report(report: Report) -> str:
    """The report as the reference scorer prints it."""
    data = report.to_dict()
    lines = []
    for level, r in data.items():
        lines.append(f"== {level} level")
        for t, c in r["types"].items():
            lines.append(f"  {t:10s} P {c['precision']:.3f} R {c['recall']:.3f} F1 {c['f1']:.3f}"
                         f"  (tp {c['tp']} fp {c['fp']} fn {c['fn']})")
        lines.append(f"  status accuracy {r['status_accuracy']}  date accuracy {r['date_accuracy']}")
        lines.append(f"  CORE P {r['core']['precision']:.3f} R {r['core']['recall']:.3f} "
                     f"F1 {r['core']['f1']:.3f} | ALL F1 {r['all']['f1']:.3f}")
    a, c = data["actor"], data["country"]
    lines.append(f"core-f1 actor {a['core']['f1']:.3f} country {c['core']['f1']:.3f} "
                 f"all-f1 actor {a['all']['f1']:.3f}")
    return "\n".join(lines)
