"""Actor mentions: gazetteer names, people the parser finds, and new actors for
names the gazetteer lacks. The pure function is `find_actor_mentions(doc, gaz)`;
graph/components.py wraps it as the spaCy component "diplograph_actors"."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Callable

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .gazetteer import Gazetteer, fold, slugify
from .model import Actor


@dataclass(frozen=True)
class ActorSpan:
    """An actor named at tokens [start, end) of a doc."""

    start: int
    end: int
    actor: str
    rule: str  # gazetteer:label|alias|capital|institution, demonym, ner-person, ner-person-partial, new-person, new-company
    demonym: bool = False


@dataclass
class ActorIndex:
    """The actor mentions of one doc, with the actors it had to create."""

    spans: list[ActorSpan] = field(default_factory=list)
    by_token: dict[int, ActorSpan] = field(default_factory=dict)
    new_actors: dict[str, Actor] = field(default_factory=dict)
    places: dict[int, ActorSpan] = field(default_factory=dict)  # cities and regions: where, never who

    def add(self, span: ActorSpan) -> None:
        self.spans.append(span)
        for i in range(span.start, span.end):
            self.by_token[i] = span

    def at(self, token: Token) -> ActorSpan | None:
        return self.by_token.get(token.i)


@dataclass(frozen=True)
class ActorMatcher:
    """A phrase matcher over every gazetteer surface form, built once per pipeline."""

    matcher: PhraseMatcher
    keys: dict[str, tuple[str, str]]
    shared: PhraseMatcher  # names several people share ("Kim"): settled per document
    owners: dict[str, frozenset[str]]
    places: PhraseMatcher  # cities and regions, each labelled with its state's id

    @classmethod
    def build(cls, make_doc: Callable[[str], Doc], vocab, gaz: Gazetteer) -> "ActorMatcher":
        owners: dict[str, set[str]] = {}
        for surface in gaz.surfaces:
            owners.setdefault(surface.text, set()).add(surface.actor)
        patterns: dict[str, list[str]] = {}
        keys: dict[str, tuple[str, str]] = {}
        shared = PhraseMatcher(vocab, attr="ORTH")
        for surface in gaz.surfaces:
            if len(owners[surface.text]) > 1:
                if all(gaz.actors[a].kind == "Person" for a in owners[surface.text]):
                    shared.add(surface.text, [make_doc(surface.text)])
                continue  # a name two actors share is no evidence for either by itself
            key = f"{surface.actor}|{surface.kind}"
            keys[key] = (surface.actor, surface.kind)
            patterns.setdefault(key, []).append(surface.text)
        matcher = PhraseMatcher(vocab, attr="ORTH")
        for key, texts in patterns.items():
            matcher.add(key, [make_doc(t) for t in sorted(set(texts))])
        places = PhraseMatcher(vocab, attr="ORTH")
        by_state: dict[str, list[str]] = {}
        for name, state in gaz.places.items():
            by_state.setdefault(state, []).append(name)
        for state, names in sorted(by_state.items()):
            places.add(state, [make_doc(n) for n in sorted(names)])
        return cls(matcher, keys, shared, {k: frozenset(v) for k, v in owners.items() if len(v) > 1}, places)


def _strip_titles(span: Span, title_words: frozenset[str]) -> Span:
    start = span.start
    while start < span.end - 1 and (span.doc[start].lower_ in title_words or span.doc[start].is_punct):
        start += 1
    end = span.end
    while end > start + 1 and (span.doc[end - 1].is_punct or span.doc[end - 1].lower_ in {"'s", "’s"}):
        end -= 1
    return span.doc[start:end]


def _inside_another_name(span: Span, covered: set[int], gaz: Gazetteer, title_words: frozenset[str]) -> bool:
    """Whether a person's short name is part of someone else's full name the parser
    tagged: "Petro" in "Petro Kotin", "Anwar" in "Anwar Gargash". The other words of
    the name are proper nouns no other gazetteer name covers and no name of the
    person contains ("Tayyip Erdogan" is still Erdogan); ``covered`` holds the tokens
    of every gazetteer match."""
    actor_id, kind = span.label_.split("|", 1)
    actor = gaz.actors.get(actor_id)
    if kind != "alias" or actor is None or actor.kind != "Person":
        return False
    own = {fold(w) for name in (actor.label, *actor.aliases) for w in name.replace("-", " ").split()}

    def foreign(tok: Token) -> bool:
        return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.i not in covered and fold(tok.text) not in own

    doc, last = span.doc, span.doc[span.end - 1]
    if span.end < len(doc) and foreign(doc[span.end]) and last.dep_ == "compound" and last.head.i >= span.end:
        return True  # the next word is the surname the short name modifies ("Petro Kotin")
    for ent in span.doc.ents:
        if ent.label_ != "PERSON" or not (ent.start <= span.start and span.end <= ent.end) or len(ent) == len(span):
            continue
        name = _strip_titles(ent, title_words)
        extra = [t for t in name if not span.start <= t.i < span.end]
        if extra and all(foreign(t) for t in extra):
            return True
    return False


def find_actor_mentions(doc: Doc, gaz: Gazetteer, matcher: ActorMatcher,
                        title_words: frozenset[str] = frozenset(), published=None,
                        title_heads: frozenset[str] = frozenset(),
                        name_heads: frozenset[str] = frozenset(),
                        thing_openers: frozenset[str] = frozenset(),
                        company_suffixes: frozenset[str] = frozenset(),
                        region_words: frozenset[str] = frozenset(),
                        vessel_words: frozenset[str] = frozenset()) -> ActorIndex:
    """Every actor named in `doc`: gazetteer names first, then people the parser finds,
    then firms (names of organisations ending in one of ``company_suffixes``). A state's
    name just before one of ``name_heads`` is part of another name ("Washington Post",
    "China Daily"); a demonym after one of ``region_words`` names a region ("the South
    American country", not the United States)."""
    found: list[Span] = []
    for match_id, start, end in matcher.matcher(doc):
        actor, kind = matcher.keys[doc.vocab.strings[match_id]]
        if end < len(doc) and doc[end].text in name_heads and kind != "demonym" and \
                getattr(gaz.actors.get(actor), "kind", None) == "Country":
            continue
        if kind == "demonym" and start > 0 and doc[start - 1].text in region_words:
            continue
        if start > 0 and doc[start - 1].lower_ in vessel_words and getattr(gaz.actors.get(actor), "kind", None) == "Person":
            continue  # "the U.S. destroyer Carney": a ship's name
        found.append(Span(doc, start, end, label=f"{actor}|{kind}"))
    covered = {i for s in found for i in range(s.start, s.end)}
    found = [s for s in found if not _inside_another_name(s, covered, gaz, title_words)]
    index = ActorIndex()
    for span in sorted(filter_spans(found), key=lambda s: s.start):
        actor, kind = span.label_.split("|", 1)
        index.add(ActorSpan(span.start, span.end, actor, f"gazetteer:{kind}", demonym=kind == "demonym"))
    _add_shared_names(doc, gaz, matcher, index, published)
    _add_people(doc, gaz, index, title_words, title_heads, thing_openers, vessel_words)
    _add_companies(doc, gaz, index, company_suffixes)
    _add_places(doc, matcher, index)
    return index


def _add_places(doc: Doc, matcher: ActorMatcher, index: ActorIndex) -> None:
    """Cities and regions no actor's name covers ("Kharkiv", "Port Sudan"): kept apart
    from the actors, for what is struck, where forces go and where aid arrives."""
    spans = [Span(doc, start, end, label=doc.vocab.strings[key]) for key, start, end in matcher.places(doc)]
    for span in filter_spans(spans):
        if not any(i in index.by_token for i in range(span.start, span.end)):
            place = ActorSpan(span.start, span.end, span.label_, "gazetteer:place")
            for i in range(span.start, span.end):
                index.places[i] = place


def _add_companies(doc: Doc, gaz: Gazetteer, index: ActorIndex, suffixes: frozenset[str]) -> None:
    """Firms the gazetteer lacks: an organisation's name (as the parser tags it) that
    ends in a company word ("Sinovel Wind Group", "Huawei Technologies Co Ltd"), with
    its leading article left out."""
    for ent in doc.ents:
        if ent.label_ != "ORG" or ent[-1].text.rstrip(".") not in suffixes or len(ent) < 2:
            continue
        name = ent[1:] if ent[0].lower_ == "the" else ent
        if any(i in index.by_token for i in range(name.start, name.end)) or len(name) < 2:
            continue
        actor_id = slugify(name.text)
        if actor_id not in gaz.actors:
            index.new_actors.setdefault(actor_id, Actor(id=actor_id, kind="Organization", label=name.text, known=False))
        index.add(ActorSpan(name.start, name.end, actor_id, "new-company"))


def _add_shared_names(doc: Doc, gaz: Gazetteer, matcher: ActorMatcher, index: ActorIndex, published) -> None:
    """A name several people share ("Kim") is the one this document names in full, else
    the only one in office on the publication date."""
    named = {s.actor for s in index.spans}
    for match_id, start, end in matcher.shared(doc):
        if any(i in index.by_token for i in range(start, end)):
            continue
        candidates = matcher.owners.get(doc.vocab.strings[match_id], frozenset())
        chosen = sorted(candidates & named) or sorted(a for a in candidates if gaz.roles_on(a, published))
        if len(chosen) == 1:
            index.add(ActorSpan(start, end, chosen[0], "gazetteer:shared-name"))


def _add_people(doc: Doc, gaz: Gazetteer, index: ActorIndex, title_words: frozenset[str],
                title_heads: frozenset[str] = frozenset(), thing_openers: frozenset[str] = frozenset(),
                vessel_words: frozenset[str] = frozenset()) -> None:
    surnames: dict[str, str] = {}  # folded family name -> actor id, from earlier full names in this doc
    for span in index.spans:
        actor = gaz.actors.get(span.actor)
        if actor and actor.kind == "Person":
            for name in _family_names(actor, gaz):
                surnames.setdefault(name, actor.id)
    people = [_strip_titles(_whole_name(ent, index), title_words) for ent in doc.ents if ent.label_ == "PERSON"]
    taken = {i for name in people for i in range(name.start, name.end)}
    people += [name for name in _titled_names(doc, index, title_words, title_heads)
               if not any(i in taken for i in range(name.start, name.end))]
    for name in sorted(people, key=lambda n: n.start):
        if any(i in index.by_token for i in range(name.start, name.end)):
            continue
        if not name.text.strip() or not any(t.is_alpha and t.text[:1].isupper() for t in name):
            continue
        if any(t.like_num for t in name) or name.root.dep_ in {"compound", "nmod"} and name.root.head.pos_ == "NOUN":
            continue  # "Leopard 2 tanks": a name of a thing
        opener = doc[name.start - 1] if name.start > 0 and doc[name.start - 1].pos_ == "PROPN" else name[0]
        if opener.lower_ in thing_openers and opener.text[:1].isupper() or name.start > 0 and \
                doc[name.start - 1].lower_ in vessel_words:
            continue  # "Typhoon Haikui", "Operation Sindoor", "the tanker Eagle S" (not "after the storm Maria Kowalczyk …")
        actor_id, rule = _person_id(name, gaz, surnames, index, _titled(name, title_heads))
        if actor_id:
            index.add(ActorSpan(name.start, name.end, actor_id, rule))
            new = index.new_actors.get(actor_id)
            if new is not None and new.country is None:
                country = _country_near(name, index, gaz)
                if country:
                    index.new_actors[actor_id] = replace(new, country=country)
    _add_surnames(doc, index, gaz)


def _family_names(actor: Actor, gaz: Gazetteer) -> list[str]:
    """The folded words a person's family name may be: the last word of the name, and
    the first where the state's names open with the family name ("Lai" of "Lai Ching-te")."""
    words = actor.label.split()
    state = gaz.actors.get(actor.country or "")
    first = [fold(words[0])] if len(words) > 1 and state is not None and state.family_name_first else []
    return first + [fold(words[-1])]


def _whole_name(ent: Span, index: ActorIndex) -> Span:
    """A person's name with the proper nouns the tagger left out of it at its end
    ("Maria Corina" of "Maria Corina Machado"), when its last word modifies them."""
    end = ent.end
    doc = ent.doc
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
            and end not in index.by_token and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end:
        end += 1
    return doc[ent.start:end]


_NOT_NAMES = {"DATE", "TIME", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "MONEY", "CARDINAL", "ORDINAL",
              "PERCENT", "QUANTITY", "WORK_OF_ART", "PRODUCT", "LANGUAGE"}


def _titled_names(doc: Doc, index: ActorIndex, title_words: frozenset[str],
                  title_heads: frozenset[str]) -> list[Span]:
    """Runs of proper nouns the tagger did not call a person but a title marks as one:
    "President Gustavo Petro", "Gustavo Petro, Colombia's president"."""
    out: list[Span] = []
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() \
                and j not in index.by_token and doc[j].ent_type_ not in _NOT_NAMES:
            j += 1
        if j > i:
            name = _strip_titles(doc[i:j], title_words)
            if len(name) <= 4 and name[0].lower_ not in title_words and _titled(name, title_heads):
                out.append(name)
        i = max(j, i + 1)
    return out


def _titled(name: Span, title_heads: frozenset[str]) -> bool:
    """Whether a title stands next to the name: before it, or in apposition."""
    before = name.doc[name.start - 1] if name.start > 0 else None
    root = name.root
    return bool(
        (before is not None and before.lower_ in title_heads)
        or any(c.dep_ == "appos" and c.lemma_.lower() in title_heads for c in root.children)
        or (root.dep_ == "appos" and root.head.lemma_.lower() in title_heads))


def _add_surnames(doc: Doc, index: ActorIndex, gaz: Gazetteer) -> None:
    """"Vaarikmaa" after "Kristjan Vaarikmaa", "Lai" after "Lai Ching-te", when the parser
    did not tag it a person."""
    surnames: dict[str, set[str]] = {}
    first_named: dict[str, int] = {}  # where a known person is first named in full
    for span in index.spans:
        actor = gaz.actors.get(span.actor)
        if getattr(actor, "kind", None) == "Person" and span.end - span.start > 1:
            first_named.setdefault(actor.id, span.start)
    named = [a for a in index.new_actors.values() if len(a.label.split()) > 1]
    named += [gaz.actors[a] for a in first_named]
    for actor in named:
        for name in _family_names(actor, gaz):
            surnames.setdefault(name, set()).add(actor.id)
    for tok in doc:
        owners = surnames.get(fold(tok.text), set())
        if tok.pos_ != "PROPN" or tok.i in index.by_token or len(owners) != 1:
            continue  # (a family name two people named here share is neither's)
        owner = next(iter(owners))
        if first_named.get(owner, tok.i) < tok.i or owner in index.new_actors:
            # (a known person's family name alone only after the full name: "Kristen Michal … Michal said")
            index.add(ActorSpan(tok.i, tok.i + 1, owner, "new-person-partial"))


def _country_near(name: Span, index: ActorIndex, gaz: Gazetteer) -> str | None:
    """The state or organisation a new person acts for, from the words around the name:
    "Estonian Prime Minister Kaja Kallas", "Kallas, Estonia's prime minister"."""
    root = name.root
    phrases = [c for c in root.children if c.dep_ in {"compound", "amod", "nmod", "poss"} and c.i < name.start]
    phrases += [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        phrases.append(root.head)
    for phrase in phrases:
        for tok in phrase.subtree:
            span = index.at(tok)
            actor = gaz.actors.get(span.actor) if span else None
            if actor is not None and actor.kind in {"Country", "Organization"}:
                return actor.id
    return None


def _person_id(name: Span, gaz: Gazetteer, surnames: dict[str, str], index: ActorIndex,
               titled: bool = False) -> tuple[str | None, str]:
    known = gaz.lookup(name.text)
    if known and gaz.actors[known].kind == "Person":
        return known, "ner-person"
    last = fold(name[-1].text)
    if len(name) == 1 and last in surnames:
        return surnames[last], "ner-person-partial"
    if len(name) == 1 and not titled:
        return None, ""  # a lone unknown name without a title: too little to make an actor of
    actor_id = slugify(name.text)
    if actor_id not in index.new_actors and actor_id not in gaz.actors:
        index.new_actors[actor_id] = Actor(id=actor_id, kind="Person", label=name.text, known=False)
    surnames.setdefault(last, actor_id)
    return actor_id, "new-person"
