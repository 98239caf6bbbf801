"""Noun phrases to actors: names, titles and roles ("the US president"), groups that
stand for a state ("Russian officials", "leaders of the UK and France"), appositions
and coordination. Pronouns and definite descriptions go to graph/coref.py."""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from functools import cache

from spacy.tokens import Doc, Token

from .actors import ActorIndex
from .gazetteer import Gazetteer, Titles
from .jsondata import read_json
from .resources import lexicon_path

PLURAL_TAGS = {"NNS", "NNPS"}
NP_DEPS = {"compound", "amod", "nmod", "poss", "npadvmod"}


@dataclass(frozen=True)
class Referents:
    """Nouns that stand for actors named elsewhere (data/lexicons/referents.json)."""

    pair_nouns: dict[str, tuple[str, tuple[str, ...]]]  # lemma -> (Person|State|Country, preferred roles)
    organization_nouns: frozenset[str]
    person_groups: frozenset[str]
    place_modifiers: frozenset[str]
    place_nouns: frozenset[str]
    measure_nouns: frozenset[str]
    other_party_nouns: frozenset[str] = frozenset()  # "his host", "her guest"
    office_words: frozenset[str] = frozenset()  # "heads of state of ECOWAS": the body named on the office
    name_heads: frozenset[str] = frozenset()  # "Washington Post": not the state
    state_groups: frozenset[str] = frozenset()  # "the Trump administration": the state he leads
    private_modifiers: frozenset[str] = frozenset()  # "Chinese business leaders": not the state
    member_groups: frozenset[str] = frozenset()  # "NATO allies" are NATO; "US allies" are not the US
    past_modifiers: frozenset[str] = frozenset()  # "the former US president": no one now
    state_nouns: frozenset[str] = frozenset()  # "the army", "the junta": the last state named
    army_nouns: frozenset[str] = frozenset()  # "the army" after "Israeli troops": Israel's
    force_groups: frozenset[str] = frozenset()  # the group nouns of a state's forces
    led_groups: frozenset[str] = frozenset()  # "a delegation led by Campbell": Campbell
    bare_titles: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "the minister": the last minister
    subject_adjectives: frozenset[str] = frozenset()  # "it was ready to accept": "it" names someone
    thing_openers: frozenset[str] = frozenset()  # "Typhoon Haikui": no person's name
    vessel_words: frozenset[str] = frozenset()  # "the U.S. destroyer Carney": a ship, not Mark Carney
    launch_verbs: frozenset[str] = frozenset()  # "drones launched by Yemen's Houthis": theirs
    company_suffixes: frozenset[str] = frozenset()  # "Sinovel Wind Group", "Huawei Technologies Co Ltd"
    backing_words: frozenset[str] = frozenset()  # "the Iran-backed group" is not Iran's own
    company_nouns: frozenset[str] = frozenset()  # "the company": the last firm named
    go_between_verbs: frozenset[str] = frozenset()  # "mediated by Qatar": not a side
    topic_nouns: frozenset[str] = frozenset()  # "remarks on Taiwan": Taiwan is what was said of
    voice_titles: frozenset[str] = frozenset()  # "'We …,' the spokesman said": "we" is the state
    governing_groups: frozenset[str] = frozenset()  # "the Taliban administration": the state it governs
    agent_verbs: frozenset[str] = frozenset()  # "hackers working for Russian intelligence": Russia
    region_words: frozenset[str] = frozenset()  # "South American": a region, not the United States
    context_names: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)  # "the South": South Korea


@cache
def default_referents() -> Referents:
    data = read_json(lexicon_path("referents.json"))
    pairs = {k: (v["kind"], tuple(v.get("roles", ()))) for k, v in data["pair_nouns"].items() if isinstance(v, dict)}
    words = {f.name: frozenset(data.get(f.name, ())) for f in fields(Referents)
             if f.name not in {"pair_nouns", "bare_titles", "context_names"}}
    bare = {k: tuple(v) for k, v in data.get("bare_titles", {}).items() if isinstance(v, list)}
    named = {k: (v["actor"], tuple(v["context"])) for k, v in data.get("context_names", {}).items() if isinstance(v, dict)}
    return Referents(pair_nouns=pairs, bare_titles=bare, context_names=named, **words)


@dataclass(frozen=True)
class Ref:
    """An actor a noun phrase stands for, the rule that linked it and the words."""

    actor: str
    rule: str
    start: int
    end: int


class Resolver:
    """Resolves the noun phrase headed by a token to the actors it stands for."""

    def __init__(self, doc: Doc, index: ActorIndex, gaz: Gazetteer, titles: Titles, published: date | None):
        self.doc, self.index, self.gaz, self.titles, self.published = doc, index, gaz, titles, published
        self.referents = default_referents()
        self.coref = None  # set by graph.coref.Coref, which needs the resolver too
        self._cache: dict[int, list[Ref]] = {}

    # -- public -----------------------------------------------------------
    def resolve(self, token: Token) -> list[Ref]:
        """Actors of the phrase headed by `token`, its conjuncts included."""
        refs = list(self.resolve_one(token))
        for conj in token.conjuncts:
            if conj.i > token.i:
                refs.extend(self.resolve_one(conj))
        if len(refs) == 1 and self.kind(refs[0].actor) == "Country":
            for listed in self._listed_states(token):  # "to Burkina Faso, Zimbabwe, Mali and Eritrea"
                refs.extend(self.resolve(listed))
            refs.extend(self._run_together(token))
        return unique_refs(refs)

    def _run_together(self, token: Token) -> list[Ref]:
        """States coordinated before a state that the parse hangs on it as modifiers: "the
        governments of Mali and Burkina Faso", parsed as "(Mali and Burkina) Faso"."""
        own = self.index.at(token)
        return [r for r in self.coordinated_names(token) if self.kind(r.actor) == "Country"
                and (own is None or r.end <= own.start)]

    def coordinated_names(self, token: Token) -> list[Ref]:
        """Every actor named up to ``token`` in its phrase when the phrase joins names with
        "and" and the parse hangs them all on ``token`` ("US President Donald Trump and
        North Korean leader Kim Jong Un"); none when the phrase has no "and" or a
        preposition."""
        words = list(token.subtree)
        if not any(t.dep_ == "cc" and t.lower_ == "and" for t in words) or any(t.dep_ == "prep" for t in words):
            return []
        return unique_refs([Ref(s.actor, s.rule, s.start, s.end) for s in self.index.spans
                            if not s.demonym and words[0].i <= s.start and s.end <= token.i + 1])

    def names_after(self, prep: Token) -> list[Ref]:
        """The actors named after ``prep`` as the words run, when the parse lost the
        coordination ("call between Indian Prime Minister Narendra Modi and U.S. President
        Donald Trump covered…", with "Trump covered" misread): the names up to the next
        verb or clause break, when an "and" joins them, less the states of the people
        named."""
        end = prep.i + 1
        while end < prep.sent.end and not self._phrase_ends(prep.doc[end]):
            end += 1
        spans = [s for s in self.index.spans if not s.demonym and prep.i < s.start and s.end <= end]
        if len(spans) < 2 or not any(t.lower_ == "and" for t in prep.doc[spans[0].end:spans[-1].start]):
            return []
        return self.parties_named(unique_refs([Ref(s.actor, "between-words", s.start, s.end) for s in spans]))

    def parties_named(self, refs: list[Ref]) -> list[Ref]:
        """The parties a run of names stands for, the states of the people named left out
        ("US President Donald Trump and North Korean leader Kim Jong Un": Trump and Kim);
        none unless two or more remain."""
        states = {self.country_of(r.actor) for r in refs if self.kind(r.actor) == "Person"}
        refs = [r for r in refs if r.actor not in states]
        return refs if len({r.actor for r in refs}) >= 2 else []

    def _phrase_ends(self, token: Token) -> bool:
        """Where a noun phrase of names ends: at a verb not inside a name, or a clause break."""
        if self.index.at(token) is not None:
            return False
        return token.pos_ in {"VERB", "AUX"} or token.lower_ in {";", ":", "(", ")", "—", "–", "."} or \
            (token.pos_ == "ADP" and token.lower_ not in {"of"})

    def _listed_states(self, token: Token) -> list[Token]:
        """States the parse hangs on a state as appositions, in a list: "Burkina Faso,
        Zimbabwe, Mali and Eritrea" parsed as "Burkina Faso (Zimbabwe (Mali, Eritrea))"."""
        return [c for c in token.children if c.dep_ == "appos" and c.i > token.i and any(
            self.kind(r.actor) == "Country" for r in self.resolve_one(c))]

    def resolve_one(self, token: Token) -> list[Ref]:
        if token.i not in self._cache:
            self._cache[token.i] = []  # guards against cycles through appositions
            self._cache[token.i] = unique_refs(self._resolve(token))
        return self._cache[token.i]

    def counted(self, tok: Token) -> list[Token]:
        """What a quantity counts ("hundreds of Russian firms": firms), else the token."""
        if tok.lemma_.lower() in self.referents.measure_nouns or tok.like_num or tok.ent_type_ == "MONEY":
            holders = [tok, *(w for w in tok.children if w.lower_ == "worth")]  # "C$30bn worth of US goods"
            return [o for h in holders for o in prep_objects_of(h)] or [tok]
        return [tok]

    def places(self, tokens: list[Token]) -> list[Ref]:
        """The states of the cities and regions among ``tokens`` (the gazetteer's places,
        "struck Kharkiv"; with a place noun, "the city of Kharkiv", "the Kursk region"): what is hit, where forces
        go or aid arrives, never who acts."""
        out = [Ref(p.actor, p.rule, p.start, p.end) for t in tokens
               for p in [self.index.places.get(t.i)] if p is not None]
        out += [Ref(p.actor, p.rule, p.start, p.end) for t in tokens if t.i not in self.index.places
                and t.lemma_.lower() in self.referents.place_nouns
                for o in [*prep_objects_of(t), *(c for c in t.children if c.dep_ == "compound")]
                for p in [self.index.places.get(o.i)] if p is not None]  # ("the Kursk region")
        return unique_refs(out)

    def country_of(self, actor: str) -> str:
        found = self.gaz.actors.get(actor) or self.index.new_actors.get(actor)
        if found and found.kind == "Person" and found.country:
            return self._governed(found.country)
        return self._governed(actor) if found and found.kind == "Organization" else actor

    def _governed(self, actor: str) -> str:
        """The state a movement governs on the publication date ("governs" in the
        gazetteer: the Taliban, Afghanistan's from August 2021), else ``actor``."""
        found = self.gaz.actors.get(actor)
        if found is None or found.kind != "Organization":
            return actor
        held = [r.of for r in found.roles if r.role == "government" and r.holds_on(self.published)]
        return held[0] if held else actor

    def kind(self, actor: str) -> str:
        found = self.gaz.actors.get(actor) or self.index.new_actors.get(actor)
        return found.kind if found else "Organization"

    # -- rules ------------------------------------------------------------
    def _resolve(self, tok: Token) -> list[Ref]:
        span = self.index.at(tok)
        if span and not span.demonym:
            return [Ref(span.actor, span.rule, span.start, span.end)]
        if tok.lower_ in {"which", "whom"} and tok.dep_ == "pobj":
            clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
            if clause is not None:  # "not for China, on which he raised duties": China
                return self.resolve(clause.head)
        if tok.lower_ in {"which", "whom"} and tok.dep_ == "dobj" and tok.head.dep_ == "relcl" and not any(
                c.dep_ in {"dobj", "dative"} and c != tok for c in tok.head.children):  # (not "whom Kinshasa accuses Rwanda of backing")
            return self.resolve(tok.head.head)  # "ECOWAS, which he accused of serving foreign powers": ECOWAS
        in_context = self._named_in_context(tok)
        if in_context:  # "the South's conciliatory steps", in a story about the two Koreas
            return in_context
        clauses = [c for c in tok.children if c.dep_ == "acl"] + [  # (or hung on the verb, right after the object)
            c for c in tok.head.children if tok.dep_ == "dobj" and c.dep_ == "advcl" and c.i == tok.right_edge.i + 1]
        employers = [r for c in clauses if c.lemma_.lower() in self.referents.agent_verbs
                     for p in c.children if p.dep_ == "prep" and p.lower_ == "for"
                     for o in p.children if o.dep_ == "pobj" for r in self.resolve(o) if self.kind(r.actor) != "Person"]
        if employers:  # "two Ukrainians working for Russian intelligence": Russia's agents
            return [Ref(r.actor, "working-for", r.start, r.end) for r in employers]
        appos = [c for c in tok.children if c.dep_ == "appos"]
        people = [r for c in appos for r in self.resolve(c) if self.kind(r.actor) == "Person"] if len(appos) > 1 else []
        if len({r.actor for r in people}) > 1:
            # "Rwanda's President Paul Kagame and Congo's President Felix Tshisekedi", parsed
            # as two appositions of the first title: both, and no state of theirs
            states = {self.country_of(r.actor) for r in people} - {r.actor for r in people}  # (a new person has none)
            return [r for c in appos for r in self.resolve(c) if r.actor not in states]
        for child in appos:
            refs = self.resolve_one(child)
            if any(self.kind(r.actor) == "Person" for r in refs) or refs and tok.pos_ in {"NOUN", "ADJ"} and any(
                    c.dep_ == "det" for c in tok.children) and child.left_edge.i <= tok.right_edge.i + 2 \
                    and child.left_edge.i <= tok.i + 2:  # "the regional bloc, ECOWAS," (right after it)
                # ("the paramilitary Rapid Support Forces", the adjective read as the head)
                # with the names coordinated on it: "between the army chief, Burhan, and Dagalo"
                if any(c.dep_ == "conj" for c in child.children):
                    return self.resolve(child)
                named = [r for r in self.coordinated_names(child) if self.kind(r.actor) == "Person"]
                # "two Israeli ministers, Itamar Ben-Gvir and Bezalel Smotrich", the "and" lost in the name
                return named if len(named) > 1 and all(self.kind(r.actor) == "Person" for r in refs) else refs
        stray = self._stray_apposition(tok)
        if stray is not None:
            return self.resolve(stray)  # with its conjuncts: "…, Burhan, and RSF commander Dagalo"
        if span and span.demonym and (tok.tag_ in PLURAL_TAGS or tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ != "amod"):
            return [Ref(span.actor, "demonym-noun", span.start, span.end)]
        if self.coref is not None:
            refs = self.coref.resolve(tok)
            if refs is not None:
                return refs
        lemma = tok.lemma_.lower()
        if lemma in {"counterpart", "counterparts"} or tok.lower_ in {"counterpart", "counterparts"}:
            return self._counterpart(tok)
        bare = self.referents.bare_titles.get(lemma)
        if bare and self.coref is not None and tok.tag_ not in PLURAL_TAGS and [c.lower_ for c in tok.lefts] == ["the"]:
            return self.coref.by_role(tok, bare)  # "the minister": the minister last named
        lefts = list(tok.lefts)
        state = self.index.at(lefts[-1]) if bare and len(lefts) == 2 and lefts[0].lower_ == "the" else None
        if state is not None and state.demonym and self.coref is not None and tok.tag_ not in PLURAL_TAGS:
            # "the Czech minister": the minister of that state last named
            held = self.coref.by_role(tok, bare, state.actor)
            if held:
                return held
        title = self._title_of(tok)
        if (title or lemma in self.titles.name_titles) and tok.tag_ not in PLURAL_TAGS:
            named = [r for o in prep_objects_of(tok) for r in self.resolve_one(o) if self.kind(r.actor) == "Person"]
            if named:  # "Rwandan minister of state James Kabarebe", the name parsed inside "of state"
                return named
        if (title or lemma in self.titles.groups) and tok.tag_ in PLURAL_TAGS:
            included = [r for p in tok.children if p.dep_ == "prep" and p.lower_ == "including"
                        for o in p.children if o.dep_ == "pobj" for r in self.resolve(o)]
            if included:  # "European leaders, including Zelenskiy and Macron": those named
                return included
        compounds = " ".join(c.lower_ for c in tok.lefts if c.dep_ == "compound")
        group = lemma in self.titles.groups or tok.lower_ in self.titles.groups or f"{compounds} {lemma}" in self.titles.groups \
            or lemma in self.referents.person_groups and tok.pos_ == "NOUN"  # "Erdogan's office", "Putin's spokesman"
        modifiers = {c.lower_ for c in tok.lefts if c.dep_ in NP_DEPS | {"advmod"}}
        if (title or group) and modifiers & (self.referents.past_modifiers | self.referents.private_modifiers):
            return []  # "the former US president", "the Venezuelan opposition leader", "Chinese business leaders"
        if title:
            return self._role_holder(tok, title)
        if group:
            return self._group(tok)  # "officials", "the coast guard"
        for child in tok.children:  # "Jordan's King Abdullah II", a name the gazetteer lacks
            if child.dep_ == "compound" and child.i < tok.i and self.titles.known(child.lower_):
                return self._role_holder(tok, child.lower_)
        included = [r for p in tok.children if p.dep_ == "prep" and p.lower_ == "including"
                    for o in p.children if o.dep_ == "pobj" for r in self.resolve(o)] if tok.tag_ in PLURAL_TAGS else []
        if included and all(self.kind(r.actor) != "Person" and not r.rule.endswith("capital")
                            and not r.rule.startswith("place") for r in included):
            # "hit around 50 targets, including militants of Hamas": those included (not "met
            # entrepreneurs including Jack Ma", people for themselves)
            return included
        if lemma in self.referents.place_nouns:  # "near Ukraine's border", "the border with Ukraine"
            refs = self._states_in(tok, {"poss", "compound", "amod", "nmod"}, preps=("of", "with"))
            return [Ref(r.actor, f"place:{lemma}", r.start, r.end) for r in refs if self.kind(r.actor) != "Person"]
        counted = self.counted(tok)
        if counted != [tok]:  # "hundreds of Russian officials"
            return [r for c in counted for r in self.resolve(c)]
        if lemma in self.referents.organization_nouns:  # "the OSCE regional security body"
            return [r for r in self._states_in(tok, {"compound", "nmod"}) if self.kind(r.actor) == "Organization"]
        return []

    def own_name(self, tok: Token, refs: list[Ref]) -> list[Ref]:
        """Of the actors named on ``tok``, the organisation whose name modifies it directly,
        when there is one ("Iraq's Iran-backed Kataib Hezbollah militia": the group, not
        where it is or who backs it); else all of them."""
        named = [r for r in refs if self.kind(r.actor) == "Organization" and r.end > 0
                 and tok.doc[r.end - 1].head == tok and tok.doc[r.end - 1].dep_ in {"compound", "nmod"}]
        return named or refs

    def _named_in_context(self, tok: Token) -> list[Ref]:
        """"the North", "the South" where the text names either Korea (the lexicon's
        context_names): the state the short name stands for there."""
        the = next((c for c in tok.children if c.dep_ == "det" and c.lower_ == "the"), None)
        found = self.referents.context_names.get(f"the {tok.lower_}") if tok.pos_ == "PROPN" and the is not None else None
        if found is None or not any(s.actor in found[1] for s in self.index.spans):
            return []
        return [Ref(found[0], "context-name", the.i, tok.i + 1)]

    def _stray_apposition(self, tok: Token) -> Token | None:
        """The name set off by commas right after a common noun that the parser hung on
        another word: "called on the army chief, General Abdel Fattah al-Burhan, and RSF
        commander Mohamed Hamdan Dagalo" (the names parsed as appositions of the subject)."""
        doc = tok.doc
        if tok.pos_ != "NOUN" or tok.i + 2 >= len(doc) or doc[tok.i + 1].text != ",":
            return None
        name = next((t for t in doc[tok.i + 2:tok.i + 8] if self.index.at(t) is not None), None)
        if name is None or any(t.is_punct and t.text != "-" for t in doc[tok.i + 2:name.i]):
            return None
        span = self.index.at(name)
        root = doc[span.end - 1]
        if self.kind(span.actor) != "Person" or root.dep_ != "appos" or root.head == tok:
            return None
        return root

    def _title_of(self, tok: Token) -> str | None:
        """The role title a phrase headed by `tok` names ("foreign minister"), if any."""
        words = [tok.lemma_.lower() if tok.tag_ in PLURAL_TAGS else tok.lower_]  # "foreign ministers"
        if tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "of":
            longer = f"{tok.lower_} of {tok.doc[tok.i + 2].lower_}"
            if self.titles.known(longer):
                return longer
        left = tok.i - 1
        while left >= 0 and tok.doc[left].dep_ in NP_DEPS and tok.doc[left].head.i >= tok.i:
            span = self.index.at(tok.doc[left])
            if span is None or self.kind(span.actor) == "Person":  # "the top U.S. diplomat": the state is no part of the title
                words.insert(0, tok.doc[left].lower_)
            left -= 1
        for n in range(min(len(words), self.titles.max_words()), 0, -1):
            candidate = " ".join(words[-n:])
            if self.titles.known(candidate):
                return candidate
        if self.titles.known(tok.lemma_.lower()):
            return tok.lemma_.lower()
        return None

    def _states_in(self, tok: Token, deps: set[str], preps: tuple[str, ...] = ("of", "for", "from")) -> list[Ref]:
        """States or organisations named among the modifiers of `tok`."""
        out: list[Ref] = []
        bare: list[Token] = []  # "army jets": the army's state, when nothing else is named
        for child in tok.children:
            if child.dep_ == "nummod" and deps and not child.like_num:  # "Thai F-16 jets": the model's number
                out.extend(self._states_in(child, deps))
            if child.dep_ in deps:
                for member in (child, *child.conjuncts):  # "US and Russian officials"
                    span = self.index.at(member)
                    if span:
                        out.append(Ref(span.actor, span.rule, span.start, span.end))
                    elif member.dep_ in {"compound", "nmod"}:
                        inner = self._states_in(member, deps)
                        out.extend(inner)
                        bare += [] if inner else [member]
                    elif member.dep_ == "poss" and member.lower_ == "its":  # "its military rulers" (not "their own")
                        out.extend(r for r in self.resolve(member) if self.kind(r.actor) != "Person")
            if child.dep_ == "prep" and child.lower_ in preps:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        out.extend(self.resolve(obj))
                    if obj.dep_ == "pobj" and obj.lemma_.lower() in self.referents.office_words:
                        # "heads of state (and government) of ECOWAS": the body the office is of
                        out.extend(r for o in (obj, *obj.conjuncts) for r in self._states_in(o, set(), preps=("of",)))
        return out or [r for b in bare for r in self._state_noun(b)]

    def _state_noun(self, tok: Token) -> list[Ref]:
        """"army jets", "government forces": a bare state noun before a noun stands for
        the state it does alone ("the army")."""
        if self.coref is None or any(c.dep_ in NP_DEPS for c in tok.children):
            return []
        return self.coref.state_noun(tok) or []

    def _role_holder(self, tok: Token, title: str) -> list[Ref]:
        name = self.index.at(tok.head) if tok.dep_ == "compound" and tok.head.pos_ == "PROPN" else None
        if name is not None and self.kind(name.actor) == "Person":
            return [Ref(name.actor, name.rule, name.start, name.end)]  # "deposed President Mohamed Bazoum": the name's
        places = [r for r in self._states_in(tok, NP_DEPS) if self.kind(r.actor) != "Person"]
        persons = [r for r in self._states_in(tok, {"poss"}) if self.kind(r.actor) == "Person"]
        if persons:  # "Putin's adviser": someone else, unnamed; "Putin's spokesman" speaks for him
            return persons if tok.lemma_.lower() in self.referents.person_groups else []
        allowed = self.titles.only_states(title)
        if tok.tag_ in PLURAL_TAGS and len(places) == 1 and self.kind(places[0].actor) == "Organization":
            return [Ref(places[0].actor, f"group:{title}", places[0].start, places[0].end)]  # "EU foreign ministers"
        if tok.tag_ in PLURAL_TAGS and places:  # "leaders of the UK and France", "the US and Russian presidents"
            return [self._holder_or_state(p, title, tok) for p in places]
        for place in places:
            if allowed and place.actor not in allowed:
                continue
            for role in self.titles.roles_for(title, place.actor):
                holder = self._sole_holder(role, place.actor)
                if holder:
                    return [Ref(holder, f"title-role:{title}", tok.left_edge.i, tok.i + 1)]
            return [Ref(place.actor, f"title-unknown-holder:{title}", tok.left_edge.i, tok.i + 1)]
        if not places and allowed and len(allowed) == 1:
            for role in self.titles.roles_for(title, allowed[0]):
                holder = self._sole_holder(role, allowed[0])
                if holder:
                    return [Ref(holder, f"title-role:{title}", tok.i, tok.i + 1)]
        if not places and self.coref is not None and tok.tag_ not in PLURAL_TAGS:  # "world leaders": no one
            return self.coref.by_role(tok, self.titles.roles_for(title, None))
        return []

    def _holder_or_state(self, place: Ref, title: str, tok: Token) -> Ref:
        for role in self.titles.roles_for(title, place.actor):
            holder = self._sole_holder(role, place.actor)
            if holder:
                return Ref(holder, f"title-role:{title}", place.start, place.end)
        return Ref(place.actor, f"group:{title}", place.start, place.end)

    def _sole_holder(self, role: str, of: str) -> str | None:
        """The one person holding ``role`` for ``of`` on the publication day, if the
        document names them; None when there is none, several, the holder goes unnamed,
        or the role is one a state gives to many at once ("ambassador": the gazetteer
        lists only the envoy to the UN)."""
        if role in self.titles.shared_roles:
            return None
        holders = self.gaz.holders(role, of, self.published)
        return holders[0] if len(holders) == 1 and self.named(holders[0]) else None

    def named(self, actor: str) -> bool:
        """Whether the document names `actor`: a title stands for the person who holds it
        only then; an unnamed holder is the state ("the Iranian foreign minister")."""
        return any(span.actor == actor for span in self.index.spans)

    def _counterpart(self, tok: Token) -> list[Ref]:
        places = [r for r in self._states_in(tok, NP_DEPS - {"poss"}) if self.kind(r.actor) != "Person"]
        owners = [c for c in tok.children if c.dep_ == "poss"]
        reference = []
        for owner in owners:
            reference.extend(r for r in self.resolve_one(owner) if self.kind(r.actor) == "Person")
        if not reference and self.coref is not None:
            reference = self.coref.clause_subject_person(tok)
        roles = {r.role for ref in reference for r in self.gaz.roles_on(ref.actor, self.published)}
        if tok.tag_ in PLURAL_TAGS:
            counted = self.coref.counted_counterparts(tok, reference, tuple(sorted(roles))) if self.coref else []
            return counted or [Ref(p.actor, "counterparts-group", p.start, p.end) for p in places]
        for place in places:
            for role in sorted(roles):
                holder = self._sole_holder(role, place.actor)
                if holder:
                    return [Ref(holder, f"counterpart:{role}", tok.left_edge.i, tok.i + 1)]
            if roles:
                return [Ref(place.actor, "counterpart-unnamed", tok.left_edge.i, tok.i + 1)]
        return []

    def _participle_agents(self, tok: Token, verbs: frozenset[str]) -> list[Ref]:
        """The actors named by the "by" phrase of a participle of ``verbs`` on ``tok``
        ("a delegation led by Kurt Campbell", "drones launched by Yemen's Houthis")."""
        return [r for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in verbs
                for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj" for r in self.resolve(o)]

    def _group(self, tok: Token) -> list[Ref]:
        fired = [r for r in self._participle_agents(tok, self.referents.launch_verbs) if self.kind(r.actor) != "Person"]
        if fired:  # "drones launched by Yemen's Houthis", "missiles fired by Iran": theirs
            return fired
        if tok.lemma_.lower() in self.referents.led_groups:  # "a US delegation led by Kurt Campbell": Campbell
            leaders = [r for r in self._participle_agents(tok, frozenset({"lead", "head"})) if self.kind(r.actor) == "Person"]
            if leaders:
                return leaders
        refs = self.own_name(tok, self._states_in(tok, NP_DEPS))
        if not refs and tok.tag_ in PLURAL_TAGS and self.coref is not None:
            # "accusing their governments of interventionist actions": the states "their" stands for
            refs = [r for c in tok.children if c.dep_ == "poss" and c.lower_ in {"their"}
                    for r in self.coref.done.get(c.i, []) if self.kind(r.actor) != "Person"]
        if not refs and tok.lemma_.lower() not in {"embassy", "mission", "consulate", "delegation"}:
            refs = self._states_in(tok, set(), preps=("in",))  # "the foreign ministry in Beijing"
        if tok.lower_ in self.referents.member_groups or tok.lemma_.lower() in self.referents.member_groups:
            refs = [r for r in refs if self.kind(r.actor) == "Organization"]
        persons = [r for r in refs if self.kind(r.actor) == "Person"]
        if persons and tok.lemma_.lower() in self.referents.person_groups:
            return persons
        if persons and tok.lemma_.lower() in self.referents.state_groups:
            return [Ref(self.country_of(r.actor), f"group:{tok.lemma_.lower()}", r.start, r.end) for r in persons
                    if self.country_of(r.actor) != r.actor]
        rule = f"group:{tok.lemma_.lower()}"
        if {tok.lemma_.lower(), tok.lower_} & self.referents.governing_groups:  # "the Taliban administration": Afghanistan
            return unique_refs([Ref(self._governed(r.actor), rule, r.start, r.end) for r in refs
                                if self.kind(r.actor) != "Person"])
        return [Ref(r.actor, rule, r.start, r.end) for r in refs if self.kind(r.actor) != "Person"]


def prep_objects_of(tok: Token) -> list[Token]:
    """The objects of the "of" phrases on ``tok``."""
    return [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


def unique_refs(refs: list[Ref]) -> list[Ref]:
    """The refs in order, each actor once."""
    seen, out = set(), []
    for ref in refs:
        if ref.actor not in seen:
            seen.add(ref.actor)
            out.append(ref)
    return out
