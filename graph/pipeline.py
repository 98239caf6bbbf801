"""The whole path: documents -> spaCy pipeline -> actors and events -> RDF -> store."""
from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from spacy.language import Language

from .gazetteer import default_gazetteer
from .ingest import read_inputs
from .merge import EventNode, merge_events
from .model import Actor, ActorMention, Document, DocumentError, Extraction, Span
from .nlp import load_pipeline
from .rdf import actor_quads, actors_closure, document_graph, document_quads, event_quads
from .settings import Settings
from .store import GraphStore
from .summary import refresh_summary


@dataclass
class BuildSummary:
    """What a build read and wrote."""

    documents: int = 0
    words: int = 0
    actors: set[str] = field(default_factory=set)
    events: Counter = field(default_factory=Counter)  # event type -> event nodes
    mentions: int = 0
    errors: list[DocumentError] = field(default_factory=list)
    seconds: float = 0.0
    quads: int = 0

    def to_dict(self) -> dict:
        return {"documents": self.documents, "words": self.words, "actors": len(self.actors),
                "events": dict(sorted(self.events.items())), "event_total": sum(self.events.values()),
                "mentions": self.mentions, "quads": self.quads, "seconds": round(self.seconds, 3),
                "errors": [{"source": e.source, "message": e.message} for e in self.errors]}


def extract(documents: Iterable[Document], nlp: Language, batch_size: int = 32) -> Iterator[Extraction]:
    """Run the pipeline over documents, in order, in batches."""
    def docs():
        for document in documents:
            doc = nlp.make_doc(document.text)
            doc._.doc_id, doc._.published, doc._.boilerplate = document.id, document.published, document.boilerplate
            yield document, doc

    pairs = docs()
    pending: list[Document] = []

    def feed():
        for document, doc in pairs:
            pending.append(document)
            yield doc

    for doc in nlp.pipe(feed(), batch_size=batch_size):
        document = pending.pop(0)
        yield _extraction(document, doc)


def _extraction(document: Document, doc) -> Extraction:
    index = doc._.actor_index
    mentions = tuple(
        ActorMention(actor=s.actor, rule=s.rule, span=Span(
            doc_id=document.id, start=doc[s.start].idx, end=doc[s.end - 1].idx + len(doc[s.end - 1]),
            text=doc[s.start:s.end].text, sentence=doc[s.start].sent.text, sentence_start=doc[s.start].sent.start_char))
        for s in index.spans if not s.demonym)
    return Extraction(document=document, actors=mentions, events=tuple(doc._.events or ()),
                      new_actors=tuple(index.new_actors.values()))


def extraction_quads(extraction: Extraction) -> tuple[list, list[EventNode]]:
    nodes = merge_events(extraction.document.id, extraction.events)
    quads = list(document_quads(extraction.document))
    for node in nodes:
        quads.extend(event_quads(node))
    return quads, nodes


def build(inputs: Iterable[str | Path], store: GraphStore, settings: Settings | None = None,
          progress: Callable[[Document | DocumentError], None] | None = None,
          nlp: Language | None = None) -> BuildSummary:
    """Read `inputs`, extract, and write each document's graph into `store` (a document
    built again replaces its earlier graph), then the actors and the summary graph of
    ties (graph/summary.py). Bad documents are reported in the build summary; every
    other document is still built."""
    settings = settings or Settings()
    nlp = nlp or load_pipeline(settings.model)
    gaz = default_gazetteer()
    summary, started = BuildSummary(), time.perf_counter()
    new_actors: dict[str, Actor] = {}

    def documents():
        for item in read_inputs(inputs, settings):
            if isinstance(item, DocumentError):
                summary.errors.append(item)
                if progress:
                    progress(item)
                continue
            yield item

    for extraction in extract(documents(), nlp, settings.batch_size):
        quads, nodes = extraction_quads(extraction)
        store.replace_graph(document_graph(extraction.document.id).value, quads)
        for actor in extraction.new_actors:
            new_actors.setdefault(actor.id, actor)
        for node in nodes:
            summary.events[node.type] += 1
            summary.mentions += len(node.mentions)
            summary.actors.update(node.agents + node.targets + node.participants)
        summary.documents += 1
        summary.words += len(extraction.document.text.split())
        if progress:
            progress(extraction.document)
    lookup = lambda actor_id: gaz.actors.get(actor_id) or new_actors.get(actor_id)  # noqa: E731
    store.add(q for actor in actors_closure(summary.actors, lookup) for q in actor_quads(actor))
    refresh_summary(store)
    store.flush()
    summary.seconds = time.perf_counter() - started
    summary.quads = len(store)
    return summary
