"""The checks a trigger entry may require before it counts (`requires` in
data/lexicons/triggers.json): an actor as object, a consequence in what is said, a
deadline, a list to be put on… `RequirementChecks` is a part of graph/events.py's
`EventReader`."""
from __future__ import annotations

from spacy.tokens import Token

from .arguments import (RELATIVE_TAGS, arg_tokens, cargo, compound_parties, direct_objects, participles, prep_objects, refs_of,
                        speaker_of, subject_of)
from .lexicon import TriggerEntry
from .resolve import Ref

LOOSE_TYPES = {"attack", "sanction", "threaten", "mobilize", "aid"}


class RequirementChecks:
    """The requirement checks of graph/events.py's `EventReader`, as a part of it."""

    def _force_places(self, tok: Token, objects: list[Token]) -> list[Ref]:
        """Whom a verb of force hits when its object names no actor: where the object is
        ("hit targets in Pakistan"); with no object, what it is "on" or "against" ("that
        U.S. strikes on Iranian sites would…", the noun parsed as a verb)."""
        if objects:
            # (on the verb, or on the object's own phrase: "killed dozens of people across Ukraine")
            places = [p for h in (tok, *objects) for p in prep_objects(h, {"in", "inside", "across"})]
            places += [p for at in prep_objects(tok, {"at"}) for p in prep_objects(at, {"in", "inside"})]  # "at nine sites in Pakistan"
            # ("across Houthi-controlled Yemen": the ones who hold the place)
            held = [r for p in places for m in p.children if m.dep_ in {"amod", "compound"} and m.tag_ == "VBN"
                    and m.lemma_.lower() in self.lex.object_classes.get("holding-verbs", frozenset())
                    for r in compound_parties(self.r, p)]
            # ("shelled Kharkiv", "struck a market in Odesa": the state of a city the gazetteer holds)
            return held or [r for r in refs_of(self.r, places) if self.r.kind(r.actor) != "Person"] \
                or self.r.places(objects + places)
        on = prep_objects(tok, {"on", "against"})
        return refs_of(self.r, on) or self._loose(on) or self.r.places(on)

    def _requirement(self, tok: Token, entry: TriggerEntry) -> bool:
        need = entry.requires
        if need is None or need == "actor-target":
            return True
        dobj = [c for c in tok.children if c.dep_ == "dobj"]
        if need in {"actor-dobj", "person-dobj"}:  # the object, or the subject of a passive
            objects = arg_tokens(tok, "dobj") + [c for c in tok.children if c.dep_ == "nsubjpass"]
            refs = refs_of(self.r, objects) or (self._loose(objects) if entry.type in LOOSE_TYPES else [])
            if not refs and entry.type == "attack":
                refs = self._force_places(tok, objects)
            return bool(refs) and (need == "actor-dobj" or any(self.r.kind(x.actor) == "Person" for x in refs)
                                   or any(o.lemma_.lower() in self.r.referents.led_groups for o in objects)  # "a delegation"
                                   or any(x.rule.startswith("counterpart") for x in refs))  # "hosted his … counterparts"
        if need == "deadline":  # "gave Maduro eight days to call an election", "gave the junta one week to …"
            spans = self.lex.object_classes.get("deadline", frozenset())
            return any(c.dep_ in {"dobj", "npadvmod", "dative"} and c.lemma_.lower() in spans for c in tok.children) \
                and any(c.dep_ in {"xcomp", "advcl"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                        for c in tok.children)
        if need == "force-subject":  # "Hamas gunmen stormed into Israel", not "Biden crossed into Ukraine"
            subj, active = subject_of(tok)
            refs = refs_of(self.r, [subj]) if subj is not None and active else []
            return bool(refs) and all(self.r.kind(r.actor) != "Person" for r in refs)
        if need == "weapon-subject":  # "Russian missiles killed 12 civilians in Dnipro", not "the floods killed"
            subj, active = subject_of(tok)
            weapons = self.lex.object_classes.get("weapon-object", frozenset())
            if subj is None or not active or subj.lemma_.lower() not in weapons:
                return False
            owners = refs_of(self.r, [subj]) or self._loose([subj])
            hit = refs_of(self.r, dobj) or self._loose(dobj) or self._force_places(tok, dobj) if dobj else []
            return any(self.r.kind(r.actor) != "Person" for r in owners) and bool(hit)
        if need == "crime-report":  # "Blinken said the group had committed genocide in Darfur"
            crimes = self.lex.object_classes.get("crime-words", frozenset())
            committing = self.lex.object_classes.get("committing-verbs", frozenset())
            for clause in (c for c in tok.children if c.dep_ == "ccomp" and c.lemma_.lower() in committing):
                said = " ".join(t.lower_ for d in direct_objects(clause) for t in d.subtree)
                if any(w == said or f" {w}" in f" {said}" for w in crimes):
                    return True
            return False
        if need == "under-attack":  # "Israel came under fire from missiles launched by Iran"
            words = self.lex.object_classes.get("under-attack", frozenset())
            return any(o.lemma_.lower() in words for o in prep_objects(tok, {"under"}))
        if need == "entry-ban":  # "barred Boris Johnson from entering the country"
            entering = self.lex.object_classes.get("entry-verbs", frozenset())
            return bool(refs_of(self.r, dobj)) and any(
                c.lemma_.lower() in entering for p in tok.children if p.dep_ == "prep" and p.lower_ == "from"
                for c in p.children if c.dep_ == "pcomp")
        if need == "list-destination":  # "added 140 Chinese companies to its export blacklist"
            words = self.lex.object_classes.get("sanction-list", frozenset())
            lists = prep_objects(tok, {"to", "on", "onto"})
            named = [w for lst in lists for o in (lst, *prep_objects(lst, {"of"})) for w in (o, *o.children)]
            return any(w.lemma_.lower() in words or w.lower_ in words for w in named) and \
                any(w.lemma_.lower() in self.lex.object_classes.get("list-nouns", frozenset()) for w in lists)
        if need == "terror-designation":  # "designated the Gran Grif gang as a foreign terrorist organisation"
            words = self.lex.object_classes.get("terror-words", frozenset())
            return bool(refs_of(self.r, direct_objects(tok))) and any(
                _names_one(o, words) for o in prep_objects(tok, {"as"}))
        if need == "disclaimed-part":  # "Belgrade had nothing to do with the attack", "Kyiv had no role in it"
            parts = self.lex.object_classes.get("part-object", frozenset())
            acts = [o for d in dobj for o in (
                [o for c in d.children if c.lemma_.lower() == "do" for o in prep_objects(c, {"with"})]
                if d.lower_ == "nothing" else prep_objects(d, {"in"}) if d.lemma_.lower() in parts
                and any(c.dep_ == "det" and c.lower_ == "no" for c in d.children) else [])]
            if not acts or any(self._entries(o) and all(e.type == "meet" for e in self._entries(o)) for o in acts):
                return False  # (not "has no role in the peace talks")
            speaker = speaker_of(tok, self.cues.say)  # said by the one who disclaims, not by the accuser
            said = {self.r.country_of(r.actor) for r in refs_of(self.r, [speaker])} if speaker is not None else set()
            return not said or bool(said & self._subject_states(tok))
        if need == "signed-accord":  # "Biden and Zelensky signed a security pact", "signed an agreement with Ali"
            words = self.lex.object_classes.get("accord", frozenset())
            if not any(d.lemma_.lower() in words for d in direct_objects(tok)):
                return False
            subj, _ = subject_of(tok)
            # "signed an agreement with Ali", "struck a deal with He Lifeng" (the "with" on the deal)
            parties = self._subjects(tok, subj) + refs_of(self.r, arg_tokens(tok, "prep:with") + arg_tokens(tok, "dobj-partner"))
            if subj is not None and len(parties) < 2:
                parties += self._named_in_subject(subj)
            # people who sign together meet; states signing need not ("China signed a pact with …")
            return len({p.actor for p in parties}) >= 2 and all(self.r.kind(p.actor) == "Person" for p in parties)
        if need in {"blame-complement", "blame-measure"}:
            # "called the Chinese actions 'excessive and offensive'", "called the strike 'state terrorism'"
            # (an accusation); "called the sanctions illegal" (a measure, a proposal or a demand: rejected)
            words = self.lex.object_classes.get("blame-words", frozenset())
            said = [c for c in tok.children if c.dep_ in {"oprd", "ccomp", "xcomp", "attr"}]
            said += prep_objects(tok, {"as"})
            said += [a for d in direct_objects(tok) for a in d.children if a.dep_ == "amod" and a.i > d.i]  # the adjective after the noun
            # "… 'contrary to international law' and a breach of …": a second complement hung on the verb
            said += [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
            if not direct_objects(tok) or not any(_names_one(c, words) for c in said):
                return False
            answered = {t for d in direct_objects(tok) for t in self.lex.answered_nouns.get(d.lemma_.lower(), ())}
            measure = bool(answered & {"sanction", "propose", "demand", "appeal"})
            return measure if need == "blame-measure" else not measure
        if need == "retaliation":  # "vowed to retaliate against Israel", "swore revenge", "vowed to hit back at"
            words = self.lex.object_classes.get("retaliation", frozenset())
            content = [c for c in tok.children if c.dep_ in {"xcomp", "dobj"}]
            # "vowed that Pakistan would respond", "… that the Islamic Republic's response would be severe"
            content += [t for c in tok.children if c.dep_ == "ccomp" for t in (c, *c.children) if t.dep_ in {"ccomp", "nsubj"}]
            return any(c.lemma_.lower() in words or any(b.dep_ in {"advmod", "prt"} and b.lower_ == "back" for b in c.children)
                       and c.pos_ == "VERB" for c in content)
        if need == "cut-object" and tok.dep_ in {"xcomp", "ccomp"} and tok.head.lemma_.lower() in self.lex.object_classes.get(
                "object-control", frozenset()):
            return False  # "told Iran to halt its support for the group": a demand, not a sanction
        if need == "obliged-other":  # "Borrell said Serbia must cooperate fully", "said France should close its bases"
            return self._obliged_other(tok)
        if need == "told-to":  # "told Iran to halt its support", "ordered Kinshasa to withdraw"
            told = refs_of(self.r, dobj)
            # (a firm's home is its gazetteer country: "ordered PDVSA to" is a command to one's own)
            homes = {h for r in told for h in (self.r.country_of(r.actor), getattr(self.r.gaz.actors.get(r.actor), "country", None))}
            leaving = self.lex.object_classes.get("leave-verbs", frozenset())
            if tok.lemma_.lower() != "tell" and (homes & self._subject_states(tok) or any(
                    c.dep_ == "xcomp" and c.lemma_.lower() in leaving for c in tok.children)):
                return False  # a command to one's own, or an expulsion ("ordered a diplomat to leave")
            return bool(told) and (any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                                       for c in tok.children) or self._told_they_must(tok, told))
        if need == "held-responsible":  # "Iran and Hamas held Israel responsible for the killing"
            words = self.lex.object_classes.get("accountable", frozenset())
            said = [c for c in tok.children if c.dep_ in {"oprd", "acomp", "ccomp", "xcomp"} and c.lemma_.lower() in words]
            held = [s for c in said for s in c.children if s.dep_ == "nsubj"] + direct_objects(tok)
            future = any(c.dep_ == "aux" and c.lower_ in self.cues.future | self.cues.cond_modals for c in tok.children)
            return bool(said) and bool(refs_of(self.r, held)) and not future  # (not "would hold Tehran accountable")
        if need == "measure-object":  # "Mexico will face 25% tariffs", "faces new sanctions from the EU"
            return any(any(e.type == "sanction" for e in self._entries(d)) for d in direct_objects(tok))
        if need == "on-notice":  # "put Honiara on notice that Washington would respond"
            words = self.lex.object_classes.get("notice", frozenset())
            return any(o.lemma_.lower() in words for o in prep_objects(tok, {"on"}))
        if need == "on-alert":  # "put its armed forces on high alert"
            words, forces = (self.lex.object_classes.get(c, frozenset()) for c in ("alert", "force-object"))
            return any(o.lemma_.lower() in words for o in prep_objects(tok, {"on"})) and any(
                w.lemma_.lower() in forces for d in direct_objects(tok) for w in (d, *d.children) if w.dep_ != "poss")
        if need == "appeal-content":  # "called on China to press Russia", "called on Iran for restraint"
            return self._asks_something(tok)
        if need == "person-partner":  # "called on President Putin": a visit
            partners = refs_of(self.r, [t for s in entry.partners for t in arg_tokens(tok, s)])
            return any(self.r.kind(p.actor) == "Person" for p in partners) and not self._asks_something(tok)
        if need == "consequence":
            words = self.lex.object_classes.get("consequence", frozenset())
            # (not what a participle says the act brings about: "notified the Council that Iran
            # was in breach, triggering the snapback of sanctions" warns no one)
            results = {t.i for c in tok.children for r in c.subtree if r.dep_ == "advcl" and r.tag_ == "VBG"
                       for t in r.subtree}
            content = [t for c in tok.children if c.dep_ in {"ccomp", "xcomp", "prep"} for t in c.subtree
                       if t.i not in results]
            return any(t.lemma_.lower() in words for t in content) or \
                any(t.dep_ == "mark" and t.lower_ in {"if", "unless"} for t in content)
        words = self.lex.object_classes.get(need, frozenset())
        dobj = [d for d in direct_objects(tok) if d.tag_ not in RELATIVE_TAGS]
        if tok.dep_ == "relcl" and not dobj:
            dobj = [tok.head]  # "the F-16 jets that Denmark delivered to Ukraine"
        dobj += [c for d in dobj for c in d.conjuncts]  # "teams, medical staff and relief supplies"
        objects = dobj + [c for d in dobj for c in d.children if c.dep_ == "compound"]
        # "sent 10 tonnes of aid", "pledged 2.5 billion pounds in military aid"
        objects += [o for d in dobj if d.lemma_.lower() in self.r.referents.measure_nouns or d.like_num
                    for o in prep_objects(d, {"of", "in"})]
        # "sent two navy ships loaded with food", "a ship carrying aid": what the object carries
        objects += [o for d in dobj for c in participles(d) for o in cargo(c)]
        objects += [o for o in list(objects) if o.dep_ == "pobj" for o in o.conjuncts]
        # "shipping oil to Cuba as humanitarian assistance": what the thing given is given as
        given_as = prep_objects(tok, {"as"}) + (prep_objects(tok.head, {"as"}) if tok.dep_ == "xcomp" else [])
        objects += [w for a in given_as for w in (a, *a.children) if w.dep_ in {"pobj", "compound", "amod"}]
        withs = prep_objects(tok, {"with"})
        withs += [o for w in withs if w.lemma_.lower() in self.r.referents.measure_nouns for o in prep_objects(w, {"of"})]
        objects += [w for o in withs for w in (o, *o.children) if w.dep_ in {"pobj", "compound", "amod"}]
        return any(o.lemma_.lower() in words or o.lower_ in words or (need == "force-object" and o.like_num) for o in objects)

    def _obliged_other(self, tok: Token) -> bool:
        """What the speaker says another state or actor must or should do: a demand made
        of them (not "Biden said America must lead", the speaker's own; not "said ordinary
        Ecuadoreans should not pay", a people, not a party)."""
        speaker = self._subject_states(tok)
        return bool(speaker) and any(
            refs and not any(r.rule == "demonym-noun" for r in refs)
            and not speaker & {self.r.country_of(r.actor) for r in refs}
            for refs in self._obliged(tok, active_only=True))

    def _told_they_must(self, tok: Token, told: list) -> bool:
        """"told Trump that Washington should withdraw the measures": what the one told
        (or their state) should or must do."""
        states = {self.r.country_of(r.actor) for r in told}
        return any(states & {self.r.country_of(r.actor) for r in refs} for refs in self._obliged(tok))

    def _obliged(self, tok: Token, active_only: bool = False) -> list[list[Ref]]:
        """The actors of the subjects of the clauses ``tok`` reports with "must" or
        "should" (the lexicon's obligation modals), or in the bare form after a mandative
        verb ("insisted that Kyiv pull out"), each clause's apart; also a clause
        joined to another ("told Biden that Taiwan remained … and that Washington should
        stop arming Taiwan")."""
        modals = self.lex.words("obligation_modals")
        mandative = tok.lemma_.lower() in self.lex.words("mandative_verbs")
        out = []
        for clause in (k for c in tok.children if c.dep_ == "ccomp" for k in (c, *c.conjuncts)):
            auxes = [a for a in clause.children if a.dep_ in {"aux", "auxpass"}]
            # "insisted that Kyiv pull its forces out": the bare verb a mandative verb asks for
            # ("insisted that Xi lift the ban": the bare form the tagger takes for a present after one name)
            bare = clause.tag_ == "VB" or clause.tag_ == "VBP" and any(
                s.dep_ == "nsubj" and s.tag_ in {"NNP", "NN"} for s in clause.children)
            if not any(a.lower_ in modals for a in auxes) and not (mandative and bare and not auxes):
                continue
            subj, active = subject_of(clause)
            if subj is not None and (not active_only or active and subj.i < clause.i):
                out.append(refs_of(self.r, [subj]))
        return out

    @staticmethod
    def _asks_something(tok: Token) -> bool:
        """Whether a verb of asking says what it asks: an infinitive, a that-clause or a
        'for' phrase, on the verb or (a parse slip) on its object."""
        objects = [o for p in tok.children if p.dep_ in {"prep", "prt"} for o in p.children if o.dep_ == "pobj"]
        for head in [tok, *objects, *(c for c in tok.children if c.dep_ == "dobj")]:
            for c in head.children:
                if c.dep_ in {"xcomp", "ccomp", "advcl", "acl", "relcl"} and any(
                        a.dep_ in {"aux", "mark"} for a in c.children):
                    return True
                if c.dep_ == "prep" and c.lower_ == "for" and head == tok:
                    return True
        return False


def _names_one(tok: Token, words: frozenset[str]) -> bool:
    """Whether the phrase headed by ``tok`` holds one of ``words``: a word (by lemma or
    as written) or a run of words ("act of war", "contrary to international law")."""
    tokens = list(tok.subtree)
    if any(t.lemma_.lower() in words or t.lower_ in words for t in tokens):
        return True
    text = f" {' '.join(t.lower_ for t in tokens)} "
    return any(" " in w and f" {w} " in text for w in words)
