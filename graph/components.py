"""The project's spaCy components, registered as factories so other pipelines can
add them: "diplograph_line_breaks" (a line break ends a sentence),
"diplograph_actors" (actor mentions) and "diplograph_events" (events).

Each Doc carries its document id, publication date and boilerplate spans in
``doc._.doc_id``, ``doc._.published`` and ``doc._.boilerplate``; the components write
``doc._.actor_index``, ``doc._.resolver`` and ``doc._.events``."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from . import headlines  # noqa: F401  (registers "diplograph_headline_case")
from . import name_parse  # noqa: F401  (registers "diplograph_name_parse")
from . import parse_repair  # noqa: F401  (registers "diplograph_parse_repair")
from .actors import ActorMatcher, find_actor_mentions
from .coref import Coref
from .events import extract_events
from .gazetteer import default_gazetteer, default_titles, load_gazetteer
from .ingest import dateline_prefix
from .lexicon import default_lexicon
from .resolve import Resolver, default_referents
from .status import StatusCues

for _name, _default in (("doc_id", None), ("published", None), ("boilerplate", ()), ("actor_index", None),
                        ("resolver", None), ("events", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


@Language.component("diplograph_line_breaks", assigns=["token.is_sent_start"])
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break (headlines and paragraphs never run
    on) and after a dateline ("LIMA, Nov 13 (Reuters) - "), so the parse of the news
    that follows is not thrown by it."""
    for tok in doc[:-1]:
        if headlines.ends_line(tok):
            doc[tok.i + 1].is_sent_start = True
    for m in dateline_prefix().finditer(doc.text):
        span = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = True
    return doc


@Language.factory("diplograph_actors", assigns=["doc._.actor_index"], requires=["doc.ents", "token.dep"],
                  default_config={"gazetteer": None})
def make_actor_component(nlp: Language, name: str, gazetteer: str | None) -> "ActorComponent":
    return ActorComponent(nlp, gazetteer)


class ActorComponent:
    def __init__(self, nlp: Language, gazetteer: str | None):
        from pathlib import Path

        self.gaz = load_gazetteer(Path(gazetteer)) if gazetteer else default_gazetteer()
        self.titles = default_titles()
        self.title_words = self.titles.words() | {"mr", "mrs", "ms", "dr", "prez"}
        self.matcher = ActorMatcher.build(nlp.make_doc, nlp.vocab, self.gaz)
        self.name_heads = default_referents().name_heads
        self.thing_openers = default_referents().thing_openers
        self.vessel_words = default_referents().vessel_words
        self.company_suffixes = default_referents().company_suffixes
        self.region_words = default_referents().region_words

    def __call__(self, doc: Doc) -> Doc:
        doc._.actor_index = find_actor_mentions(doc, self.gaz, self.matcher, self.title_words, doc._.published,
                                                self.titles.name_titles, self.name_heads, self.thing_openers,
                                                self.company_suffixes, self.region_words, self.vessel_words)
        return doc


@Language.factory("diplograph_events", assigns=["doc._.events"], requires=["doc._.actor_index"])
def make_event_component(nlp: Language, name: str) -> "EventComponent":
    return EventComponent(nlp)


class EventComponent:
    def __init__(self, nlp: Language):
        actors = next((c for _, c in nlp.pipeline if isinstance(c, ActorComponent)), None)
        self.gaz = actors.gaz if actors else default_gazetteer()
        self.titles = default_titles()
        self.lex = default_lexicon()
        self.cues = StatusCues.from_lexicon(self.lex)
        self.meeting_words = frozenset(lemma for index in (self.lex.nouns, self.lex.verbs)
                                       for lemma, entries in index.items() if any(e.type == "meet" for e in entries))

    def __call__(self, doc: Doc) -> Doc:
        resolver = Resolver(doc, doc._.actor_index, self.gaz, self.titles, doc._.published)
        Coref(doc, resolver, self.cues.say, self.meeting_words)
        spans = doc._.boilerplate or ()

        def skip(start: int, end: int) -> bool:
            return any(s <= start and end <= e + 1 for s, e in spans)

        doc._.resolver = resolver
        doc._.events = extract_events(doc, resolver, self.lex, self.cues, doc._.doc_id or "", doc._.published, skip)
        return doc
