"""Coreference without a neural model: pronouns (he, she, his, they, it, I, we),
"the two leaders", "the group", "the president", resolved by agreement, role and
recency within a window of preceding sentences."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .arguments import RELATIVE_TAGS
from .lexicon import default_lexicon
from .resolve import PLURAL_TAGS, Ref, Resolver
from .status import TEMPORAL_MARKS

WINDOW = 4  # sentences looked back for an antecedent
COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4}  # "the two leaders", "the three European powers"
PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
SPEAKER_PRONOUNS = {"i", "me", "my", "mine", "myself"}
SPEAKER_GROUP_PRONOUNS = {"we", "us", "our", "ours", "ourselves"}
THING_PRONOUNS = {"it", "its", "itself"}
PLURAL_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
ALL_PRONOUNS = set(PERSON_PRONOUNS) | SPEAKER_PRONOUNS | SPEAKER_GROUP_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS


def _regional(adjective: Token, region_words: frozenset[str]) -> bool:
    """"South American", "West African", "Central Asian": a region's adjective, not a
    state's demonym (the referents lexicon's region_words)."""
    return any(c.text in region_words for c in adjective.children) or (
        adjective.i > 0 and adjective.doc[adjective.i - 1].text in region_words)


def _expletive(tok: Token, subject_adjectives: frozenset[str]) -> bool:
    """"it would be catastrophic if…", "it is premature to…": no antecedent (but "it was
    ready to accept": a subject)."""
    if tok.dep_ == "expl":
        return True
    head = tok.head
    if any(c.dep_ == "acomp" and c.lemma_.lower() in subject_adjectives for c in head.children):
        return False
    return tok.dep_ == "nsubj" and head.lemma_.lower() in {"be", "seem", "appear", "remain", "become"} and any(
        c.dep_ in {"acomp", "attr", "ccomp", "xcomp"} for c in head.children) and any(
        c.dep_ in {"ccomp", "xcomp", "advcl"} or c.dep_ == "acomp" and any(g.dep_ in {"xcomp", "ccomp"} for g in c.children)
        for c in head.children)


@dataclass(frozen=True)
class Entry:
    """An earlier phrase that named actors, as a candidate antecedent."""

    i: int
    sent: int
    refs: tuple[Ref, ...]
    subject: bool


class Coref:
    def __init__(self, doc: Doc, resolver: Resolver, say_verbs: frozenset[str],
                 meeting_words: frozenset[str] = frozenset()):
        self.doc, self.r, self.say_verbs, self.meeting_words = doc, resolver, say_verbs, meeting_words
        self.sent_of = {}
        self.sents = list(doc.sents)
        for n, sent in enumerate(self.sents):
            for tok in sent:
                self.sent_of[tok.i] = n
        self.entries: list[Entry] = []
        self.done: dict[int, list[Ref]] = {}
        resolver.coref = self
        self._prepass()

    # -- what the resolver calls --------------------------------------------
    def resolve(self, tok: Token) -> list[Ref] | None:
        """Refs for a pronoun or definite description; None when `tok` is neither."""
        if tok.i in self.done:
            return self.done[tok.i]
        low = tok.lower_
        if tok.pos_ == "PRON" or low in PERSON_PRONOUNS or low in ALL_PRONOUNS:
            if low in ALL_PRONOUNS:
                return self._pronoun(tok)
            return None
        return self._description(tok)

    def _holds(self, actor: str, roles: tuple[str, ...]) -> bool:
        """Whether ``actor`` holds one of ``roles`` on the publication date."""
        return any(r.role in roles for r in self.r.gaz.roles_on(actor, self.r.published))

    def by_role(self, tok: Token, roles: tuple[str, ...], state: str | None = None) -> list[Ref]:
        """"the president": the latest person before `tok` holding one of `roles` (for
        ``state`` when given: "the Czech minister", and no one else then)."""
        for entry in self._before(tok):
            for ref in entry.refs:
                if self._holds(ref.actor, roles) and state in {None, self.r.country_of(ref.actor)}:
                    return [Ref(ref.actor, "coref-role", tok.i, tok.i + 1)]
        if state is not None:
            return []
        for entry in self._before(tok):  # "Downing Street said the prime minister…": the state in view
            for ref in entry.refs:
                if self.r.kind(ref.actor) == "Person":
                    continue  # "Blinken said … the army chief": not Blinken's
                for role in roles:
                    holders = self.r.gaz.holders(role, ref.actor, self.r.published)
                    if len(holders) == 1:
                        holder = holders[0] if self.r.named(holders[0]) else ref.actor
                        return [Ref(holder, "coref-role-of-state", tok.i, tok.i + 1)]
        return []

    def clause_subject_person(self, tok: Token) -> list[Ref]:
        head = tok.head
        while head.pos_ not in {"VERB", "AUX"} and head.head != head:
            head = head.head
        for child in head.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and child.i != tok.i:
                return [r for r in self.r.resolve_one(child) if self.r.kind(r.actor) == "Person"]
        return []

    # -- the pass in document order -----------------------------------------
    def _prepass(self) -> None:
        for tok in self.doc:
            low = tok.lower_
            span = self.r.index.at(tok)
            if span is not None and not span.demonym:
                if tok.i == span.end - 1:  # a coordination, or a list the parse hung as appositions
                    refs = self.r.resolve(tok) if any(c.dep_ in {"conj", "appos"} for c in tok.children) else []
                    self._remember(tok, refs or [Ref(span.actor, span.rule, span.start, span.end)])
                continue
            if tok.pos_ in {"PRON", "DET"} or low in PERSON_PRONOUNS:
                if low in ALL_PRONOUNS:
                    self.done[tok.i] = self._pronoun(tok)
                    self._remember(tok, self._with_conjuncts(tok, self.done[tok.i]))
            elif tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ not in {"compound", "amod"}:
                refs = self.r.resolve_one(tok)
                if refs:
                    self._remember(tok, self._with_conjuncts(tok, refs))

    def _with_conjuncts(self, tok: Token, refs: list[Ref]) -> list[Ref]:
        """"he and his American counterpart": the whole coordination is one antecedent,
        remembered at its first member."""
        if tok.dep_ == "conj" or not any(c.dep_ == "conj" for c in tok.children):
            return refs
        return self.r.resolve(tok)

    def _remember(self, tok: Token, refs: list[Ref]) -> None:
        if refs and tok.dep_ in {"conj", "appos"} and self.r.index.at(tok.head) is not None:
            return  # already part of the coordination remembered at its first member
        if refs:
            subject = tok.dep_ in {"nsubj", "nsubjpass"} or (tok.dep_ == "poss" and tok.head.dep_ in {"nsubj", "nsubjpass"})
            self.entries.append(Entry(tok.i, self.sent_of[tok.i], tuple(refs), subject))

    def _before(self, tok: Token):
        """Candidate antecedents: this sentence backwards, then earlier sentences with
        subjects first."""
        here = self.sent_of[tok.i]
        same = [e for e in self.entries if e.sent == here and e.i < tok.i]
        yield from reversed(same)
        for back in range(1, WINDOW + 1):
            earlier = [e for e in self.entries if e.sent == here - back]
            yield from [e for e in earlier if e.subject]
            yield from reversed([e for e in earlier if not e.subject])

    # -- pronouns ----------------------------------------------------------
    def _pronoun(self, tok: Token) -> list[Ref]:
        low = tok.lower_
        if low in SPEAKER_PRONOUNS or low in SPEAKER_GROUP_PRONOUNS:
            speaker, said_by = self._speaker(tok)
            if low in SPEAKER_GROUP_PRONOUNS:
                speaker = [Ref(s.actor if low in {"we", "us"} and self._speaks_as_self(s.actor, said_by)
                               else self.r.country_of(s.actor), "coref-we", tok.i, tok.i + 1) for s in speaker]
            return speaker
        reporter = self._reporter(tok)
        if reporter is not None:
            return reporter
        if low in PERSON_PRONOUNS:
            return self._person(tok, PERSON_PRONOUNS[low])
        want_plural = low in PLURAL_PRONOUNS
        if want_plural and tok.dep_ in {"poss", "nsubj"} and tok.head.lemma_.lower() in self.meeting_words:
            # "during their call", "when they meet": the people who met, named together before
            for entry in self._before(tok):
                persons = [r for r in entry.refs if self.r.kind(r.actor) == "Person"]
                if len(persons) >= 2:
                    return [Ref(r.actor, "coref-they", tok.i, tok.i + 1) for r in persons]
            here = [r for e in self.entries if e.sent == self.sent_of[tok.i] and e.i < tok.i for r in e.refs
                    if self.r.kind(r.actor) == "Person"]
            distinct = list(dict.fromkeys(r.actor for r in here))
            if len(distinct) == 2:  # "Macron urged Xi … during their talks"
                return [Ref(a, "coref-they", tok.i, tok.i + 1) for a in distinct]
        if not want_plural and _expletive(tok, self.r.referents.subject_adjectives):
            return []
        if want_plural:  # "they": first several actors named together
            for entry in self._before(tok):
                if len(entry.refs) > 1:
                    return [Ref(r.actor, "coref-they", tok.i, tok.i + 1) for r in entry.refs]
        if tok.dep_ == "poss" and not want_plural:  # "Israel gave Washington no warning of its strike"
            subject = self._clause_subject_state(tok)  # (not "Southeast Asian leaders … its rulers")
            if subject:
                return subject
        if tok.dep_ == "nsubj" and not want_plural and tok.head.dep_ == "relcl" and any(
                c.tag_ in RELATIVE_TAGS and c.lower_ in {"which", "who", "whom"} and c.i > 0
                and self.doc[c.i - 1].text == "," for c in tok.head.children):
            # a relative clause set off by a comma; not "the agreement (that) it plans to sign"
            # "Kigali says … the FDLR, which it accuses Kinshasa of harbouring": the sentence's subject
            subject = self._subject_state(tok.sent.root, tok, "coref-it-sentence-subject")
            if subject:
                return subject
        clause, main = tok.head, tok.head.head
        while main.dep_ == "advcl" and main.tag_ == "VBG":  # "…, accusing his forces of …, days after it …"
            main = main.head
        if tok.dep_ == "nsubj" and not want_plural and clause.dep_ == "advcl" and main == tok.sent.root and any(
                m.dep_ == "mark" and m.lower_ in TEMPORAL_MARKS for m in clause.children):
            # "The United States imposed sanctions on Sudan's army chief …, days after it sanctioned his
            # rival": the subject of the clause the time clause hangs on
            subject = self._subject_state(main, tok, "coref-it-main-subject")
            if subject:
                return subject
        owners = self._owners_of_clause_noun(tok)
        for entry in self._before(tok):  # then a state or organisation, never one person
            if self._venue(entry) or entry.i in owners:
                continue  # "Kyiv's allegations at the World Court that it was…": not Kyiv, not the court
            if not want_plural and self.doc[entry.i].tag_ in {"NNS", "NNPS"} and self.doc[entry.i].pos_ == "NOUN":
                continue  # "it" is not "Southeast Asian leaders"
            if len(entry.refs) == 1 and self.r.kind(entry.refs[0].actor) != "Person":
                return [Ref(entry.refs[0].actor, "coref-they" if want_plural else "coref-it", tok.i, tok.i + 1)]
        if tok.dep_ == "poss" and not want_plural:  # "the violence in Myanmar … its military rulers"
            here = [e for e in self._before(tok) if e.sent == self.sent_of[tok.i] and self._venue(e)
                    and len(e.refs) == 1 and self.r.kind(e.refs[0].actor) == "Country"]
            if here:
                return [Ref(here[0].refs[0].actor, "coref-it-place", tok.i, tok.i + 1)]
        return []

    def _clause_subject_state(self, tok: Token) -> list[Ref]:
        """The state or organisation that is the subject of the clause a possessive
        pronoun sits in, named before it: the usual owner of "its"."""
        verb = tok.head
        while verb.head != verb and verb.dep_ not in {"nsubj", "nsubjpass"} and (
                verb.pos_ not in {"VERB", "AUX"} or verb.dep_ == "acl" and verb.tag_ == "VBN"
                and not any(c.dep_ in {"nsubj", "nsubjpass", "agent"} for c in verb.children)):
            verb = verb.head  # (past a participle on a noun: "rejected U.S. sanctions imposed on one of its ministers")
        return self._subject_state(verb, tok, "coref-its-subject") if verb.pos_ in {"VERB", "AUX"} else []

    def _subject_state(self, verb: Token, tok: Token, rule: str) -> list[Ref]:
        """The one state or organisation ``verb``'s subject names, when it stands before
        ``tok`` and is no pronoun, plural or person."""
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.i >= tok.i or subj.pos_ == "PRON" or subj.tag_ in PLURAL_TAGS:
            return []
        refs = self.r.resolve_one(subj)
        if len(refs) == 1 and self.r.kind(refs[0].actor) != "Person":
            return [Ref(refs[0].actor, rule, tok.i, tok.i + 1)]
        return []

    @staticmethod
    def _owners_of_clause_noun(tok: Token) -> set[int]:
        """Who makes the claim a pronoun's clause spells out ("Kyiv's accusation that it
        had…", "claims by Kyiv that it…"): rarely the one the pronoun names."""
        clause = tok.head
        if tok.dep_ not in {"nsubj", "nsubjpass"} or clause.dep_ not in {"acl", "ccomp"}:
            return set()
        noun = clause.head
        if noun.pos_ in {"VERB", "AUX"}:  # "scoffed at U.S. claims that it had …", the clause hung on the verb
            claims = default_lexicon().object_classes.get("claim-object", frozenset())
            noun = next((c for c in noun.children if c.dep_ == "dobj" and c.i < clause.i
                         and c.lemma_.lower() in claims), None)
            if noun is None:
                return set()
        elif noun.pos_ not in {"NOUN", "PROPN"}:
            return set()
        out = {t.i for c in noun.children if c.dep_ in {"poss", "compound"} for t in c.subtree}
        out |= {t.i for p in noun.children if p.dep_ == "prep" and p.lower_ == "by" for t in p.subtree}
        return out

    def _go_between(self, entry: "Entry") -> bool:
        """Whether the phrase names who brought others together ("mediated by Qatar and
        Turkey", "talks brokered by Erdogan"): not one of "the two sides"."""
        tok = self.doc[entry.i]
        return tok.dep_ == "pobj" and tok.head.dep_ == "agent" and \
            tok.head.head.lemma_.lower() in self.r.referents.go_between_verbs

    def _venue(self, entry: "Entry") -> bool:
        """Whether the phrase names where something is, or what a word is about ("in
        Seoul", "remarks on Taiwan"): no party to what the text goes on telling."""
        tok = self.doc[entry.i]
        return tok.dep_ == "pobj" and (tok.head.lower_ in {"at", "in"} and tok.head.head.pos_ in {"NOUN", "PROPN", "VERB"}
                                       or tok.head.lower_ in {"on", "about", "over"} and tok.head.head.pos_ == "NOUN"
                                       and tok.head.head.lemma_.lower() in self.r.referents.topic_nouns)

    def _reporter(self, tok: Token) -> list[Ref] | None:
        """"Russian officials said they sent tanks", "Macron said he would go": the subject
        of a reported clause is, first, whoever reports it, when they agree."""
        if tok.dep_ != "nsubj" or tok.head.dep_ != "ccomp" or tok.head.head.lemma_.lower() not in self.say_verbs:
            return None
        say = tok.head.head
        subject = next((c for c in say.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        if subject is None:
            return None
        refs = self.done.get(subject.i) if subject.pos_ == "PRON" else self.r.resolve(subject)
        if not refs:
            return None
        persons = [r for r in refs if self.r.kind(r.actor) == "Person"]
        low = tok.lower_
        if low in PERSON_PRONOUNS and len(refs) == 1 and persons:
            actor = self.r.gaz.actors.get(persons[0].actor)
            if actor is None or not actor.gender or actor.gender == PERSON_PRONOUNS[low]:
                return [Ref(persons[0].actor, "coref-reporter", tok.i, tok.i + 1)]
        if low in PLURAL_PRONOUNS and (len(refs) > 1 or not persons) and subject.tag_ in PLURAL_TAGS:
            return [Ref(r.actor, "coref-reporter", tok.i, tok.i + 1) for r in refs]
        if low == "it" and len(refs) == 1 and not persons and subject.pos_ == "PROPN":
            # "Germany, one of Rwanda's main donors, said it had called off talks": not Rwanda
            return [Ref(refs[0].actor, "coref-reporter", tok.i, tok.i + 1)]
        return None

    def _person(self, tok: Token, gender: str) -> list[Ref]:
        main = self._main_subject_person(tok, gender)
        if main is not None:  # "Ramaphosa put forward a plan to Putin, a day after he … met Zelensky"
            return [Ref(main, "coref-pronoun-main-subject", tok.i, tok.i + 1)]
        for entry in self._before(tok):
            if entry.i == tok.i:
                continue
            for ref in reversed(entry.refs) if entry.sent == self.sent_of[tok.i] else entry.refs:
                if self.r.kind(ref.actor) != "Person" or ref.rule == "coref-they":
                    continue  # (not one of those a "their" stands for)
                actor = self.r.gaz.actors.get(ref.actor)
                if actor and actor.gender and actor.gender != gender:
                    continue
                if self._same_clause_object(tok, ref):
                    continue
                return [Ref(ref.actor, "coref-pronoun", tok.i, tok.i + 1)]
        return []

    def _main_subject_person(self, tok: Token, gender: str) -> str | None:
        """The person named as the subject of the clause that an adverbial clause hangs on,
        when ``tok`` is (part of) that adverbial clause's subject: the main clause's subject
        is the one spoken of, not the last name before the pronoun."""
        verb = tok.head if tok.dep_ == "nsubj" else tok.head.head if tok.dep_ == "conj" and tok.head.dep_ == "nsubj" else None
        if verb is None or verb.dep_ != "advcl" or not any(c.dep_ == "mark" for c in verb.children):
            return None
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        span = self.r.index.at(subj) if subj is not None else None
        if span is None or self.r.kind(span.actor) != "Person":
            return None
        actor = self.r.gaz.actors.get(span.actor)
        return None if actor and actor.gender and actor.gender != gender else span.actor

    def _same_clause_object(self, tok: Token, ref: Ref) -> bool:
        """"Biden told him": a non-reflexive pronoun is not the subject of its own verb, nor
        the one an infinitive's subject is ("challenged Putin to meet him")."""
        head = self.doc[ref.end - 1]
        if tok.dep_ not in {"dobj", "dative"}:
            return False
        verb = tok.head
        if head.dep_ == "nsubj" and head.head.i == verb.i:
            return True
        return verb.dep_ == "xcomp" and head.dep_ in {"dobj", "dative"} and head.head.i == verb.head.i \
            and head.i < verb.i

    def _speaks_as_self(self, actor: str, said_by: Token | None) -> bool:
        """Whether "we" in what ``actor`` says is the speaker: a person who acts for the
        state ("'We again call for North Korea to stop,' Harris said"), not one who speaks
        for it ("'We are ready to impose consequences,' Press Secretary Jen Psaki said",
        "a foreign ministry spokesman said": the state)."""
        if self.r.kind(actor) != "Person" or self._holds(actor, ("spokesperson",)):
            return False
        words = " ".join(t.lower_ for t in said_by.subtree) if said_by is not None else ""
        return not any(w in words.split() or " " in w and w in words for w in self.r.referents.voice_titles)

    def _speaker(self, tok: Token) -> tuple[list[Ref], Token | None]:
        """The actors who say the quote ``tok`` is in, and the subject word naming them."""
        here = self.sent_of[tok.i]
        order = [here] + [here + k for k in (1, 2)] + [here - k for k in (1, 2)]
        for n in order:
            if not 0 <= n < len(self.sents):
                continue
            for verb in self.sents[n]:
                if verb.lemma_.lower() not in self.say_verbs:
                    continue
                for child in verb.children:
                    if child.dep_ == "nsubj" and child.lower_ not in SPEAKER_PRONOUNS and child.lower_ not in SPEAKER_GROUP_PRONOUNS:
                        refs = self.done.get(child.i) if child.i < tok.i else None
                        refs = refs if refs is not None else self.r.resolve_one(child)
                        if refs:
                            return [Ref(r.actor, "coref-speaker", tok.i, tok.i + 1) for r in refs], child
        return [], None

    # -- definite descriptions ---------------------------------------------
    def _description(self, tok: Token) -> list[Ref] | None:
        lemma = tok.lemma_.lower()
        dets = {c.lower_ for c in tok.children if c.dep_ in {"det", "nummod", "predet"}}
        # (also inside a modifier: "the US-led coalition"; not a backer: "the Iran-backed group")
        backing = self.r.referents.backing_words
        modifiers = [c for c in tok.children if c.dep_ in {"compound", "amod", "poss", "nmod"}
                     and (self.r.index.at(c) or c.lower_ not in backing and any(self.r.index.at(t) for t in c.subtree))]
        has_of = any(c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" for o in c.children)
                     for c in tok.children)  # "the bloc of West African states"; not "accusing the bloc of imposing"
        if modifiers or has_of:
            return None
        pairs = self.r.referents.pair_nouns
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if lemma in self.r.referents.other_party_nouns and owner is not None and tok.tag_ not in PLURAL_TAGS:
            return self._other_party(tok, owner)  # "Ruto urged his guest"
        if lemma in COUNTS and tok.pos_ == "NUM" and "the" in dets and tok.dep_ in {"nsubj", "nsubjpass"}:
            return self._last_two(tok, "Person", (), n=COUNTS[lemma])  # "when the two meet", "the three met"
        if lemma in pairs and tok.tag_ in PLURAL_TAGS and (dets & COUNTS.keys() or lemma == "president" and "the" in dets):
            n = max([COUNTS[d] for d in dets if d in COUNTS] or [2])  # "the three European powers"
            return self._last_two(tok, *pairs[lemma], n=n)
        if "the" in dets and tok.tag_ in PLURAL_TAGS and lemma in self.r.referents.state_nouns and all(
                c.dep_ in {"det", "punct", "amod"} and not self.r.index.at(c) for c in tok.children):
            listed = self._states_listed(tok, 0, exact=False)  # "the (military) juntas": the states listed before
            return [Ref(x, f"coref-states:{lemma}", tok.left_edge.i, tok.i + 1) for x in listed]
        if dets == {"the"} and all(c.dep_ in {"det", "punct", "cc", "conj", "case", "appos"} or c.dep_ == "amod" and (
                not self.r.index.at(c) or _regional(c, self.r.referents.region_words)) for c in tok.children):
            # not "the army headed by …"; "the South American country", "the oil-rich country" describe it
            state = self.state_noun(tok)
            if state is not None:
                return state
        if lemma in self.r.referents.company_nouns and dets == {"the"} and tok.tag_ not in PLURAL_TAGS:
            for entry in self._before(tok):  # "sanctioned the company and the two men": the firm named before
                firms = [r for r in entry.refs if r.rule == "new-company"]
                if firms:
                    return [Ref(firms[-1].actor, "coref-company", tok.i, tok.i + 1)]
            return []
        if lemma in self.r.referents.organization_nouns and "the" in dets and tok.tag_ not in PLURAL_TAGS:
            if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
                return []  # a name of its own the gazetteer does not hold: "the National Electoral Council"
            for entry in self._before(tok):
                orgs = [r for r in entry.refs if self.r.kind(r.actor) == "Organization"]
                if orgs:
                    return [Ref(orgs[-1].actor, "coref-org", tok.i, tok.i + 1)]
            return []
        return None

    def state_noun(self, tok: Token) -> list[Ref] | None:
        """"the army", "the junta", "army jets": the state whose army was last spoken of,
        else the last state named before, other than the clause's subject; None when
        ``tok`` is no such noun."""
        lemma, nouns = tok.lemma_.lower(), self.r.referents.state_nouns
        if tok.lower_ not in nouns and (lemma not in nouns or tok.tag_ in PLURAL_TAGS):
            return None  # "the authorities" is listed; "the countries" are several
        rule = f"coref-state:{lemma}"
        inner = next((t for c in tok.children if c.dep_ == "amod" for t in c.subtree
                      if t != c and t.lemma_.lower() in nouns and t.tag_ not in PLURAL_TAGS), None)
        if inner is not None:  # "the army-aligned government", "the military-led administration": the army's state
            return [Ref(r.actor, rule, tok.i, tok.i + 1) for r in self.state_noun(inner) or []][:1] or None
        taken = self._clause_subject(tok)  # "The RSF accused the army": the army is not the RSF
        taken |= self._owners_above(tok)  # "halting U.S. aid to the country": not the giver
        entries = list(self._before(tok))
        # "the army", "Sudan's army"; an army after "Israeli troops" is theirs (the lexicon's force words)
        referents = self.r.referents
        same_army = {rule, f"group:{lemma}"} | ({f"group:{w}" for w in referents.force_groups}
                                                if lemma in referents.army_nouns else set())
        for entry in entries:  # "… army jets": the same army
            same = [r for r in entry.refs if r.rule in same_army and r.actor not in taken
                    and self.r.kind(r.actor) == "Country"]
            if same:
                return [Ref(same[-1].actor, rule, tok.i, tok.i + 1)]
        for entry in entries:
            if self._venue(entry) and all(r.rule.endswith("capital") for r in entry.refs):
                continue  # "a summit in Abuja": where leaders met, not the junta's state
            states = [r for r in entry.refs if self.r.kind(r.actor) == "Country" and r.actor not in taken]
            if states:
                return [Ref(states[-1].actor, rule, tok.i, tok.i + 1)]
        return []

    def _owners_above(self, tok: Token) -> set[str]:
        """The actors named as modifiers of the nouns whose phrase ``tok`` is part of, up
        to its verb ("U.S. aid to the country": the United States)."""
        out: set[str] = set()
        for anc in tok.ancestors:
            if anc.pos_ in {"VERB", "AUX"}:
                break
            for child in (c for c in anc.children if c.dep_ in {"compound", "poss", "amod", "nmod"}):
                span = self.r.index.at(child)
                if span is not None:
                    out |= {span.actor, self.r.country_of(span.actor)}
        return out

    def _clause_subject(self, tok: Token, controlled: bool = False) -> set[str]:
        """The actors, and their states, named by the subject of the verb above ``tok``
        (or, when ``controlled``, of the verb whose subject an infinitive takes)."""
        verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if verb is not None and tok.dep_ in {"nsubj", "nsubjpass"} and tok.head == verb and verb.dep_ == "ccomp":
            verb = verb.head  # "Russia proposed that the two countries resume talks": the proposer's clause
        while controlled and verb is not None and verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in verb.children):
            verb = verb.head  # "Iran offered to help mediate between the two neighbours": Iran's clause
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        if subj is not None and subj.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
            subj = verb.head  # "Putin, who held separate talks with both men": Putin
        if subj is None or subj.i >= tok.i:
            return set()
        aside = {t.i for c in subj.children if c.dep_ == "relcl" for t in c.subtree}  # "Washington, which has troops in Niger"
        spans = [self.r.index.at(t) for t in subj.subtree if t.i not in aside]
        return {x for s in spans if s is not None and not s.demonym for x in (s.actor, self.r.country_of(s.actor))}

    def _other_party(self, tok: Token, owner: Token) -> list[Ref]:
        """The person last named other than the possessive's own: the other side of a visit."""
        own = {r.actor for r in self.r.resolve(owner)}
        for entry in self._before(tok):
            for ref in reversed(entry.refs):
                if self.r.kind(ref.actor) == "Person" and ref.actor not in own:
                    return [Ref(ref.actor, "coref-other-party", tok.left_edge.i, tok.i + 1)]
        return []

    def counted_counterparts(self, tok: Token, reference: list[Ref], roles: tuple[str, ...]) -> list[Ref]:
        """"a call with his three European counterparts": the three people named together
        before (holding the reference person's roles, when any of them do), not the
        reference person."""
        n = max([COUNTS[c.lower_] for c in tok.children if c.dep_ == "nummod" and c.lower_ in COUNTS] or [0])
        if not n:
            return []
        own = {r.actor for r in reference}
        together = self._named_together(tok, n, own, roles) or self._named_together(tok, n, own, ())
        return [Ref(a, "coref-counterparts", tok.left_edge.i, tok.i + 1) for a in together]

    def _named_together(self, tok: Token, n: int, speaker: set[str], roles: tuple[str, ...]) -> list[str]:
        """The ``n`` persons (holding `roles`, when given) last named together as the
        subject of a clause in an earlier sentence ("Maduro and Ali agreed …"): the pair a
        text goes on calling "the two leaders", unless its own sentence has named ``n``
        people already ("Biden spoke with Macron and the two leaders discussed …"). A noun
        with no roles ("the two men") takes a pair named together in any place ("sanctioned
        … two of the men, Zhao Guangzong and Ni Gaobin"). Leaders named together as a subject
        are looked for back to the start of the text. (Not for states: "both sides" are
        often the parties a pair of mediators speaks of.)"""
        here = self.sent_of[tok.i]
        named_here = {r.actor for e in self.entries if e.sent == here and e.i < tok.i for r in e.refs
                      if self.r.kind(r.actor) == "Person"}
        if len(named_here) >= n:
            return []
        near = list(self._before(tok))
        beyond = [e for e in reversed(self.entries) if e.sent < here - WINDOW]  # "the two leftist leaders", paragraphs on
        for entry in near + (beyond if roles else []):
            if entry.sent == here or not (entry.subject or not roles):
                continue
            actors = list(dict.fromkeys(r.actor for r in entry.refs))
            if len(actors) == n and all(self.r.kind(a) == "Person" and a not in speaker
                                        and (not roles or self._holds(a, roles)) for a in actors):
                return actors
        return []

    def _main_parties(self, tok: Token) -> list[str]:
        """The two parties (states or groups, people counting for their states) the text
        has named most often before ``tok``, other than the speaker, when its sentence and
        the one before do not name two themselves, each is named at least twice and a
        third is named less often than the second; when those two sentences name just two
        states besides an organisation or group, those states; when they name more, the two
        of the last "between A and B" before it ("talks between Serbia and Kosovo …")."""
        speaker = self._clause_subject(tok)
        here = self.sent_of[tok.i]
        near = [self.r.country_of(r.actor) for e in self.entries if e.i < tok.i and here - 1 <= e.sent <= here
                for r in e.refs]  # (in the order named)
        parties = [a for a in dict.fromkeys(near) if self.r.kind(a) != "Person" and a not in speaker]
        states = [a for a in parties if self.r.kind(a) == "Country"]
        if len(states) == 2 and len(parties) > 2:
            # "Iran launched drones at Israel … Guterres condemned the assault …, while Saudi
            # Arabia and Egypt urged both sides": the two states just named, not the UN
            return states
        if len(parties) > 2:  # "talks between Serbia and Kosovo … EU envoy Lajcak … Escobar urged both sides"
            between = self._last_between(tok, speaker)
            if between:
                return between
        if len(parties) >= 2:
            return []  # the two just named: "The fund has pressed Pakistan…, and the two sides agreed"
        counts: dict[str, int] = {}
        for entry in self.entries:
            if entry.i >= tok.i:
                break
            for actor in {self.r.country_of(r.actor) for r in entry.refs}:
                if self.r.kind(actor) != "Person" and actor not in speaker:
                    counts[actor] = counts.get(actor, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if len(ranked) < 2 or ranked[1][1] < 2 or len(ranked) > 2 and ranked[2][1] == ranked[1][1]:
            return []
        return [ranked[0][0], ranked[1][0]]

    def _last_between(self, tok: Token, speaker: set[str]) -> list[str]:
        """The two parties (states or groups) last named in a "between A and B" phrase
        before ``tok``, neither of them the speaker."""
        for prep in reversed(self.doc[:tok.i]):
            if prep.lower_ != "between" or prep.dep_ != "prep":
                continue
            names = [o for c in prep.children if c.dep_ == "pobj" for o in (c, *c.conjuncts)]
            found = list(dict.fromkeys(self.r.country_of(r.actor) for o in names for r in self.r.resolve_one(o)))
            if len(found) == 2 and not set(found) & speaker and all(self.r.kind(a) != "Person" for a in found):
                return found
        return []

    def _speaker_and_hearer(self, tok: Token, n: int) -> list[Ref]:
        """The states of the one who speaks and the one spoken to, when "the two
        countries" is the subject of what the one tells or proposes to the other."""
        verb = tok.head.head
        if n != 2 or tok.dep_ not in {"nsubj", "nsubjpass"} or tok.head.dep_ != "ccomp" or tok.lemma_.lower() == "side":
            return []
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        hearers = [c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.i < tok.i]
        hearers += [o for p in verb.children if p.dep_ in {"prep", "dative"} and p.lower_ in {"to", "with"}
                    for o in p.children if o.dep_ == "pobj"]
        if subj is None or not hearers:
            return []
        states = [self.r.country_of(r.actor) for t in [subj, *hearers] for r in (
            self.done.get(t.i, []) if t.pos_ == "PRON" else self.r.resolve_one(t))]
        states = list(dict.fromkeys(states))
        if len(states) != 2 or any(self.r.kind(x) == "Person" for x in states):
            return []
        return [Ref(x, "coref-pair", tok.left_edge.i, tok.i + 1) for x in states]

    def _states_listed(self, tok: Token, n: int, exact: bool = True, sentences: int | None = None,
                       leave_out: set[str] = frozenset()) -> list[str]:
        """The states last listed together in one phrase, ``n`` of them (any number from
        two when not ``exact``): "the juntas ruling Niger, Mali and Burkina Faso" … "the
        three countries"; within the ``sentences`` before only, when given, and none of
        ``leave_out`` ("urging them to keep lines open … from both countries": India and
        Pakistan, not the subject of the sentence before)."""
        for entry in self._before(tok):
            if sentences is not None and entry.sent < self.sent_of[tok.i] - sentences:
                break
            if self._go_between(entry):
                continue
            states = list(dict.fromkeys(self.r.country_of(r.actor) for r in entry.refs))
            states = [x for x in states if self.r.kind(x) == "Country"]
            if len(entry.refs) == len(states) and (len(states) == n if exact else len(states) >= 2) \
                    and not set(states) & leave_out:
                return states
        return []

    def _last_two(self, tok: Token, kind: str, roles: tuple[str, ...], n: int = 2) -> list[Ref]:
        """The last two (or ``n``) persons (holding `roles`, when any do) or states named,
        other than the one whose clause speaks of them ("Blinken urged the two sides",
        "warned the three European powers")."""
        if kind != "Person":
            pair = self._speaker_and_hearer(tok, n)
            if pair:  # "Li proposed to Kishida that the two countries restart talks": China and Japan
                return pair
        if kind == "State" and n == 2 and tok.lemma_.lower() == "side":
            main = self._main_parties(tok)
            if main:  # "The two sides are due to hold talks": the story's two parties, not the last two named
                return [Ref(a, "coref-sides", tok.left_edge.i, tok.i + 1) for a in main]
        between = any(a.dep_ == "prep" and a.lower_ == "between" and a.head.pos_ in {"NOUN", "PROPN"} for a in tok.ancestors)
        # (the parties of "a meeting between the two countries" may include the clause's subject;
        # not those of "offered to mediate between the two neighbours")
        speaker = set() if between else self._clause_subject(tok, controlled=True)
        together = self._named_together(tok, n, speaker, roles) if kind == "Person" else \
            self._states_listed(tok, n) if n >= 3 else \
            self._states_listed(tok, 2, sentences=1, leave_out=speaker) if kind == "Country" else []
        if together:  # "Maduro and Ali agreed … hosted by Gonsalves … the two leaders said"
            return [Ref(a, "coref-pair", tok.left_edge.i, tok.i + 1) for a in together]
        for wanted in ([roles, ()] if roles else [()]):
            found: list[str] = []
            for entry in self._before(tok):
                if kind != "Person" and (self._venue(entry) or self._go_between(entry)):
                    continue  # "in Seoul": where it happened, not a party; "mediated by Qatar"
                for ref in entry.refs:
                    actor = ref.actor if kind == "Person" else self.r.country_of(ref.actor)
                    if (self.r.kind(actor) == "Person") != (kind == "Person") or actor in found or actor in speaker:
                        continue
                    if kind == "Country" and self.r.kind(actor) != "Country":
                        continue  # "the three military governments" are no bloc
                    if wanted and not self._holds(actor, wanted):
                        continue
                    found.append(actor)
                if len(found) >= n:
                    return [Ref(a, "coref-pair", tok.left_edge.i, tok.i + 1) for a in found[:n]]
        return []
