"""Events from a parsed document: triggers from data/lexicons/triggers.json, their
arguments from the dependency parse, then status, date, place and mode.

`extract_events(doc, ...)` is the pure core; graph/components.py wraps it as the spaCy
component "diplograph_events"."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Callable

from spacy.tokens import Doc, Token

from .dates import lexicon as date_lexicon
from .arguments import (RELATIVE_TAGS, arg_heads, arg_tokens, companions, compound_parties, direct_objects, prep_objects, refs_of,
                        speaker_of, subject_of, summary_noun)
from .lexicon import Lexicon, TriggerEntry
from .model import Event, Mention, Span as TextSpan
from .event_dates import FUTURE_AUX, date_chain, dates_from_meetings, participle, simple_past, tense_of
from .argument_sources import DEFINITE, ArgumentSources
from .requirements import LOOSE_TYPES, RequirementChecks
from .resolve import Ref, Resolver, unique_refs
from .status import StatusCues, clause_chain, decide, during_host, in_antecedent, negating_prep
from .when import day_of_sentence_before, event_date, event_place, event_when, interval_host, meeting_mode

ACTIVE_TYPES_FIRST = ("meet", "warn", "threaten", "accuse", "demand", "appeal", "propose", "aid",
                      "reject", "deny", "mobilize", "attack", "sanction")


@dataclass
class Found:
    """One reading of a trigger before it becomes Event records."""

    trigger: Token
    entry: TriggerEntry
    agents: list[Ref] = field(default_factory=list)
    targets: list[Ref] = field(default_factory=list)
    pairs: list[tuple[Ref, Ref]] = field(default_factory=list)  # meetings of one party with each of others
    group: list[Ref] = field(default_factory=list)  # meetings of all parties together
    light: Token | None = None
    rule: str = ""
    base: Token | None = None  # the phrase head when the trigger modifies a measure noun
    parent: Token | None = None  # an elided trigger's overt one: its status is shared
    owned: bool = False  # a noun whose agents its own phrase names ("Kyiv's accusation")
    answered: bool = False  # … governed by someone else's verb ("Hamas on Sunday rejected Israel's proposal")

    @property
    def head(self) -> Token:
        return self.base if self.base is not None else self.trigger


class EventReader(ArgumentSources, RequirementChecks):
    def __init__(self, doc: Doc, resolver: Resolver, lex: Lexicon, cues: StatusCues,
                 doc_id: str, published: date | None, skip: Callable[[int, int], bool] | None = None):
        self.doc, self.r, self.lex, self.cues = doc, resolver, lex, cues
        self.doc_id, self.published = doc_id, published
        self.skip = skip or (lambda start, end: False)
        self.found: dict[int, Found] = {}

    # -- driver -------------------------------------------------------------
    def read(self) -> list[Event]:
        for types in (frozenset(ACTIVE_TYPES_FIRST[:-1]), frozenset({"sanction"})):
            for tok in self.doc:
                if tok.i not in self.found and not self.skip(tok.sent.start_char, tok.sent.end_char):
                    self._reading(tok, types)
            if "sanction" not in types:
                self._or_face()  # (before the sanctions, which a warning read here makes conditional)
        self._elliptical_meetings()
        self._met_in_person()
        alleged = self._alleged()
        events: list[Event] = []
        for i in sorted(self.found):
            if i not in alleged:
                self._threatener_state(self.found[i])
                events.extend(self._events(self.found[i]))
        return dates_from_meetings(events, self.r.country_of)

    def _alleged(self) -> set[int]:
        """The triggers inside what an accusation charges ("accuses Rwanda of backing
        M23", "charged Russia was escalating the crisis by sending tanks"): an
        allegation, not an event the text reports; the accusation is the event."""
        out: set[int] = set()
        for found in self.found.values():
            if found.entry.type != "accuse" or any(a.i in self.found for a in list(found.trigger.ancestors)[:2]):
                continue  # "dismissed as a lie Johnson's claim that Putin had threatened him": denied, kept
            if "reported-attacker" in found.entry.targets:
                continue  # "Kyiv said Russia launched 100 drones at Ukraine": the attack is reported, and so is the charge
            objects = [o for o in found.trigger.children if o.dep_ == "dobj"]  # "accusing the bloc of …", parsed on it
            for child in [*found.trigger.children, *(c for o in objects for c in o.children if c.dep_ == "prep")]:
                if child.dep_ in {"ccomp", "acl"} or child.dep_ == "prep" and child.lower_ in {"of", "for", "by"}:
                    # ("accused the UAE of complicity by arming the RSF": the arming is charged too)
                    out.update(t.i for t in child.subtree if t.i in self.found and self.found[t.i].entry.type
                               not in {"accuse", "deny"} and not _told_as_known(t, child))
        for i, found in self.found.items():  # "over his alleged role in backing the M23"
            for word in [found.trigger, *found.trigger.ancestors]:
                if word.pos_ in {"NOUN", "PROPN"} and any(
                        c.dep_ == "amod" and c.lower_ in self.lex.allegation_modifiers for c in word.children):
                    out.add(i)
                if word.pos_ in {"VERB", "AUX"} and word != found.trigger:
                    break
        return out

    def _elliptical_meetings(self) -> None:
        """"a Russia-NATO meeting on January 12 and a Russia-OSCE [meeting] on January 13"."""
        for i, found in list(self.found.items()):
            if found.entry.type != "meet" or found.trigger.pos_ not in {"NOUN", "PROPN"}:
                continue
            for conj in found.trigger.conjuncts:
                if conj.i in self.found or self._entries(conj):
                    continue
                parties = compound_parties(self.r, conj) + self.r.resolve_one(conj)
                if len({p.actor for p in parties}) >= 2:
                    self.found[conj.i] = Found(conj, found.entry, group=parties, rule=f"{found.entry.id}+ellipsis",
                                               light=found.light, base=None, parent=found.head)

    def _met_in_person(self) -> None:
        """"Rubio told Mulino in Panama City on Sunday that …", "Barrack urged Aoun in
        Beirut to …", "Wang told visiting Secretary of State Blinken …": one person
        telling, urging or handing something to another in a named place, or to a visitor,
        met them there (the lexicon's "in-person-verbs"), besides what was said. The
        meeting is kept under the place's preposition (or the word "visiting")."""
        verbs = self.lex.object_classes.get("in-person-verbs", frozenset())
        entry = next(iter(self.lex.verbs.get("meet", ())), None)
        for tok in self.doc:
            if entry is None or tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs and not any(
                    f"{tok.lemma_.lower()} {c.lower_}" in verbs for c in tok.children if c.dep_ == "prt"):
                continue
            told = [o for s in ("dobj", "dative", "prep:to") for o in arg_tokens(tok, s)]
            places = [p for w in (tok, *told) for p in w.children if p.dep_ == "prep" and p.lower_ == "in"
                      and p.i not in self.found and any(self._a_place(o) for o in p.children if o.dep_ == "pobj")]
            # "told visiting U.S. Secretary of State Antony Blinken": the guest is there
            visitors = self.lex.object_classes.get("visitor-modifiers", frozenset())
            places += [c for o in told for c in o.children if c.dep_ == "amod" and c.lower_ in visitors
                       and c.i not in self.found]
            subj, active = subject_of(tok)  # (the place also on the one told: "urged Aoun in Beirut")
            sides = [[r for r in refs_of(self.r, words) if self.r.kind(r.actor) == "Person"]
                     for words in ([subj] if subj is not None and active else [], told)]
            if places and all(sides):
                found = Found(tok, entry, rule="meet/in-person")
                found.pairs = [(a, b) for a in sides[0] for b in sides[1] if a.actor != b.actor]
                if found.pairs:
                    self.found[places[0].i] = found

    def _or_face(self) -> None:
        """"gave Moscow 50 days to agree to a ceasefire or face secondary tariffs", "told
        Hamas to free the hostages or face the consequences": a demand or appeal whose
        asked-for act is joined by "or" to a verb of facing what follows (the lexicon's
        "or-face-verbs") is also a warning, from the one who asks to the one asked; what
        is to be faced is the warning's (a sanction in it conditional)."""
        verbs = self.lex.object_classes.get("or-face-verbs", frozenset())
        entry = next(iter(self.lex.verbs.get("warn", ())), None)
        for found in list(self.found.values()):
            if entry is None or found.entry.type not in {"demand", "appeal"} or found.trigger.pos_ != "VERB" \
                    or not found.agents or not found.targets:
                continue
            asked = [c for c in found.trigger.children if c.dep_ in {"xcomp", "advcl", "ccomp"}
                     and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
            for face in (c for a in asked for c in a.children if c.dep_ == "conj" and c.lemma_.lower() in verbs
                         and c.i not in self.found and any(o.dep_ == "dobj" for o in c.children)
                         and any(x.dep_ == "cc" and x.lower_ == "or" for x in a.children)):
                self.found[face.i] = Found(face, entry, agents=list(found.agents), targets=list(found.targets),
                                           rule="warn/or-face", parent=found.trigger, light=found.trigger)

    def _a_place(self, tok: Token) -> bool:
        """A city, country or seat named as where something happens ("in Beirut", "in
        Honiara", "in the Oval Office"): a place to the tagger, or a capital or a seat of
        government to the gazetteer, and no event."""
        span = self.r.index.at(tok)
        return (tok.ent_type_ in {"GPE", "LOC", "FAC"} or span is not None and span.rule.endswith(("capital", "institution"))) \
            and not self._entries(tok)

    def _entries(self, tok: Token) -> tuple[TriggerEntry, ...]:
        lemma = tok.lemma_.lower()
        if tok.pos_ in {"VERB"} or (tok.pos_ == "AUX" and lemma not in {"be", "have", "do"}):
            phrasal = [f"{lemma} {c.lower_}" for c in tok.children  # "turned down", "brushed aside"
                       if c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == tok.i + 1)]
            found = tuple(e for key in phrasal for e in self.lex.verbs.get(key, ()))
            if found or any(c.dep_ == "prt" and c.lower_ in self.lex.verb_changing_particles for c in tok.children):
                return found  # "called off strikes" is no call
            return self.lex.verbs.get(lemma, ())
        if tok.pos_ in {"NOUN", "PROPN"}:
            compounds = [f"{c.lower_} {lemma}" for c in tok.children  # "price cap", "military action"
                         if c.dep_ == "compound" or c.dep_ == "amod" and c.i == tok.i - 1]
            return tuple(e for key in [*compounds, lemma, tok.lower_] for e in self.lex.nouns.get(key, ()))
        return ()

    def _read(self, tok: Token, entry: TriggerEntry) -> Found | None:
        if in_antecedent(tok, self.cues):
            return None
        if entry.pos == "verb":
            return self._verb(tok, entry)
        return self._noun(tok, entry)

    # -- verbs --------------------------------------------------------------
    def _said_of(self, tok: Token, entry: TriggerEntry) -> Found | None:
        """"Kim Yo Jong said on Sunday that Seoul would pay a dear price": a warning by the
        one who says it to the clause's subject, as said."""
        top = tok
        while top.dep_ in {"conj", "xcomp"} and top.head != top:
            top = top.head
        if top.dep_ != "ccomp" or not self._requirement(tok, entry) or not any(
                a.dep_ == "aux" and (a.lower_ in self.cues.future or a.lower_ in self.cues.cond_modals) for a in tok.children):
            return None  # "would pay a heavy price", not "paid a heavy price"
        speaker, active = subject_of(top.head)
        subj, own_active = subject_of(tok)
        agents = refs_of(self.r, [speaker]) if speaker is not None and active else []
        targets = refs_of(self.r, [subj]) if subj is not None and own_active else []
        if not targets and subj is not None and own_active:  # "'separatist' forces in Taiwan would pay a heavy price"
            targets = [r for r in self._loose([subj]) if r.actor not in {a.actor for a in agents}]
        if not agents or not targets:
            return None
        return Found(tok, entry, agents=agents, targets=targets, light=top.head, parent=top.head, rule=entry.id)

    def _verb(self, tok: Token, entry: TriggerEntry) -> Found | None:
        if entry.speaker_agent and not entry.received:
            return self._said_of(tok, entry)
        if any(c.dep_ in entry.exclude_deps or c.dep_ == "dobj" and c.lemma_.lower() in entry.exclude_objects
               for c in tok.children):
            return None
        if any(c.dep_ in {"prep", "prt"} and c.lower_ in entry.exclude_preps and not _names_a_time(c) for c in tok.children):
            return None  # "called on Iran to …", not "called Putin on Monday"
        if not self._requirement(tok, entry):
            return None
        if entry.type == "attack" and any(self._entries(w) and all(e.type == "sanction" for e in self._entries(w))
                                          for w in prep_objects(tok, {"with", "against", "at", "by"})):
            # "hit China with a 10% tariff", "was targeted by new U.S. sanctions": the tariff's light verb,
            # "vowed to hit back against Washington's new duties": a measure answered, no attack
            return None
        if entry.type == "attack" and tok.dep_ == "acl" and any(e.type == "sanction" for e in self._entries(tok.head)):
            return None  # "export controls targeting Chinese chipmakers": whom the measure is on
        subj, active = subject_of(tok)
        forces = self.lex.object_classes.get("force-object", frozenset())
        if entry.type == "aid" and self._to_a_place(tok) and any(o.lemma_.lower() in forces for o in direct_objects(tok)):
            return None  # "sent tanks to eastern Ukraine" (not "airlifted medical supplies to eastern Libya")
        if entry.type in {"appeal", "demand"} and tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ == "dobj" \
                and any(e.type == "propose" for e in self._entries(tok.head.head)):
            return None  # "floated a plan calling for talks between Russia and Ukraine": what is proposed
        subjects = self._subjects(tok, subj) or self._commander(tok, subj)
        if len(subjects) < 2 and subj is not None:
            subjects = self._named_in_subject(subj) or subjects
        if subjects and active:  # "A, along with B, spoke with C"
            subjects = unique_refs(subjects + refs_of(self.r, companions(tok, subj)))
        if not subjects and subj is not None and summary_noun(tok, self.lex.answered_nouns) == subj:
            subjects = refs_of(self.r, [c for c in subj.children if c.dep_ == "appos"])  # "a charge Asmara denies"
        # "Russia was sanctioned by the EU": the passive subject is acted on
        passive = refs_of(self.r, [c for c in tok.children if c.dep_ == "nsubjpass"]) if active else []
        found = Found(tok, entry, rule=f"{entry.id}")
        if entry.type == "meet":
            if any(o.lemma_.lower() in self.lex.not_meetings for o in prep_objects(tok, {"in", "at"})):
                return None  # "Japan and China met in a World Cup qualifier"
            partners = refs_of(self.r, [t for s in entry.partners for t in arg_tokens(tok, s)]) + passive
            if len({p.actor for p in partners}) >= 2 and subjects and any(
                    any(e.type == "meet" for e in self._entries(o)) for o in prep_objects(tok, {"to", "for"})):
                found.group = unique_refs(subjects + partners)  # "invited Tshisekedi and Kagame to a summit": all meet
                return found
            plural = entry.plural_subject is True or (
                entry.plural_subject == "with-mode" and meeting_mode(tok, self.lex, modes=("video", "phone", "direct")) is not None)
            return self._meeting(found, subjects, partners, plural)
        targets = self._targets(tok, entry) + passive
        if entry.requires == "weapon-subject":  # "the drone strike that killed commander Qassem Soleimani": Iran
            targets = [Ref(self.r.country_of(t.actor), t.rule, t.start, t.end) for t in targets
                       if self.r.kind(t.actor) != "Person" or self.r.country_of(t.actor) != t.actor]
        if not active and entry.type == "aid" and not entry.received and subj is not None and subj.pos_ == "NOUN":
            # "The first German tanks have been delivered to Ukraine": the thing given names its giver
            given = self._loose([subj]) or refs_of(self.r, [subj])
            subjects = [r for r in given if r.actor not in {t.actor for t in targets}]
        elif not active:
            targets, subjects = subjects, []
        elif entry.received:  # "Cuba received fuel shipments from Mexico"
            targets, subjects = subjects, targets
            speaker = speaker_of(tok, self.cues.say) if entry.speaker_agent and not subjects else None
            if speaker is not None:  # "Mexico will face 25% tariffs …, Trump said": the one who says so
                subjects = [r for r in refs_of(self.r, [speaker]) if r.actor not in {t.actor for t in targets}]
        if not targets and active and entry.type in self.lex.partner_types:
            targets = [r for r in self._meeting_partners(tok) if r.actor not in {s.actor for s in subjects}]
            found.rule += "+meeting-partner" if targets else ""
        if not targets and len({s.actor for s in subjects}) >= 2 and self._reciprocal_object(tok):
            targets, found.rule = subjects, f"{entry.id}+reciprocal"  # "accused each other"
        if entry.type in LOOSE_TYPES:  # "Hamas militants attacked…", "struck Iranian targets"
            subjects = subjects or (self._loose([subj]) if subj is not None and active else [])
            targets = targets or self._loose(arg_heads(tok, entry.targets) +
                                             [c for c in tok.children if c.dep_ == "nsubjpass"])
            if not targets and entry.type == "attack" and "dobj" in entry.targets:  # (not "swept both titles")
                targets = self._force_places(tok, [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}])
        if subjects and targets and {r.actor for r in subjects} <= {r.actor for r in targets} and participle(tok) \
                and tok.head.dep_ in {"ccomp", "xcomp"}:
            # "demanded that China pull out its ships, accusing Beijing of…": the participle
            # belongs to the clause above the one the parse hangs it on
            above, _ = subject_of(tok.head.head)
            subjects = refs_of(self.r, [above]) if above is not None else subjects
        found.agents, found.targets = subjects, targets
        return found if found.agents and found.targets else None

    def _subjects(self, verb: Token, subj: Token | None) -> list[Ref]:
        """The actors of a verb's subject, with a second subject the parse hangs on the
        verb beside it: "X and Y discussed" parsed as two subjects, and the headline's
        comma for "and" ("Japan's Kishida, Biden hold talks")."""
        if subj is None:
            return []
        refs = refs_of(self.r, [subj])
        joined = any(c.dep_ == "cc" for c in subj.children)
        comma = subj.doc[subj.right_edge.i + 1] if subj.right_edge.i + 1 < len(subj.doc) else None
        if joined or (comma is not None and comma.text == ","):
            after = [c for c in verb.children if c.dep_ == "nsubj" and c.i > subj.i]
            if joined or (after and after[0].left_edge.i == comma.i + 1):
                refs = unique_refs(refs + refs_of(self.r, after))
        return refs

    def _commander(self, verb: Token, subj: Token | None) -> list[Ref]:
        """"instructed his trade minister to raise tariffs": an unnamed subordinate told to
        act acts for the one who told them (the lexicon's command verbs)."""
        if subj is None or subj.dep_ != "dobj" or verb.head != subj.head or \
                subj.head.lemma_.lower() not in self.lex.object_classes.get("command", frozenset()):
            return []
        above, active = subject_of(subj.head)
        return self._subjects(subj.head, above) if above is not None and active else []

    def _named_in_subject(self, subj: Token) -> list[Ref]:
        """The actors a coordinated subject names when the parse hangs them all on the
        last name ("US President Donald Trump and North Korean leader Kim Jong Un met"):
        every named actor before the head, less the states of the people named."""
        return self.r.parties_named(self.r.coordinated_names(subj))

    def _reciprocal_object(self, tok: Token) -> bool:
        """"each other", "one another" as the object of the verb or of a preposition."""
        objects = [c for c in tok.children if c.dep_ in {"dobj", "dative"}]
        objects += [o for p in tok.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        return any(" ".join(t.lower_ for t in sorted([o, *o.children])) in self.lex.reciprocal_pronouns
                   for o in objects)

    def _to_a_place(self, tok: Token) -> bool:
        """"sent tanks to eastern Ukraine": a region, not a recipient."""
        places = self.r.referents.place_modifiers
        objects = prep_objects(tok, {"to", "into"})
        return any(m.lower_ in places for obj in objects for m in obj.children if m.dep_ in {"amod", "compound"}) \
            or any(obj.lemma_.lower() in self.r.referents.place_nouns for obj in objects)

    def _reading(self, tok: Token, types: frozenset[str] | None = None) -> Found | None:
        """The reading of ``tok`` as a trigger of ``types`` (any, when None), read now if
        its pass has not come yet; a token keeps the first reading it is given."""
        if tok.i in self.found:
            found = self.found[tok.i]
            return found if types is None or found.entry.type in types else None
        for entry in self._entries(tok):
            if types is None or entry.type in types:
                reading = self._read(tok, entry)
                if reading is not None:
                    self.found[tok.i] = reading
                    return reading
        return None

    def _earlier_events(self, obj: Token, types: frozenset[str]) -> list[Found]:
        """Readings of triggers of ``types`` before ``obj``, nearest first (read now if
        their pass has not come yet)."""
        return [r for r in (self._reading(tok, types) for tok in reversed(self.doc[:obj.i])) if r is not None]

    def _sentence_before(self, tok: Token, n: int) -> int:
        """The first token of the sentence ``n`` sentences before ``tok``'s."""
        start = tok.sent.start
        for _ in range(n):
            if start == 0:
                break
            start = self.doc[start - 1].sent.start
        return start

    def _loose(self, heads: list[Token]) -> list[Ref]:
        """States named in modifiers of argument phrases that name no actor themselves."""
        out: list[Ref] = []
        heads = [o for h in heads for o in (self.r.counted(h) if h is not None else [h])]  # "hundreds of Russian firms"
        for head in heads:
            if head is None or self.r.resolve(head):
                continue
            own = self.r.own_name(head, compound_parties(self.r, head) + refs_of(self.r, arg_tokens(head, "poss")))
            # "support for Moscow's war in Ukraine": Moscow's; "targets in Pakistan": where they are
            places = prep_objects(head, {"in", "inside", "of", "from"})
            # "six firms tied to Sudan's army and the Rapid Support Forces": those they are tied to
            places += [o for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in self.lex.object_classes.get(
                "tie-verbs", frozenset()) for o in prep_objects(c, {"to", "with"}) for o in (o, *o.conjuncts)]
            # "sites in Pakistan-administered Kashmir": the state that holds the place
            out += own or refs_of(self.r, places) or [r for p in places for r in compound_parties(self.r, p)] \
                or self.r.places([head, *places])  # "targets in Kharkiv": the city's state
        return [r for r in out if self.r.kind(r.actor) != "Person"]

    def _meeting(self, found: Found, side: list[Ref], partners: list[Ref], plural: bool) -> Found | None:
        partners = [p for p in partners if p.actor not in {s.actor for s in side}]
        if side and partners:  # (no one meets his own state: see _events)
            found.pairs = [(a, b) for a in side for b in partners]
            return found
        if plural and len(side) >= 2:
            found.group = side
            return found
        return None

    # -- nouns --------------------------------------------------------------
    def _light_verb(self, noun: Token) -> Token | None:
        for clause in noun.children:  # "sanctions imposed by the United States on PDVSA"
            if clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.lemma_.lower() in self.lex.light_verbs \
                    and clause.lemma_.lower() not in self.lex.mediators and any(c.dep_ == "agent" for c in clause.children):
                return clause
        head = noun.head
        if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in {"in", "of"} and (
                head.head.lemma_.lower() in self.r.referents.measure_nouns or head.head.like_num):
            noun = head.head  # "pledged $2 billion in aid", "a package of sanctions"
            head = noun.head
        lemma = head.lemma_.lower()
        if noun.dep_ in {"dobj", "nsubjpass", "attr", "oprd", "nsubj"} and (
                lemma in self.lex.light_verbs or lemma in self.cues.governors):  # "held talks", "rejected talks"
            return head
        if noun.dep_ == "pobj" and (head.dep_ == "prep" and head.lower_ == "with" or head.dep_ == "agent") \
                and head.head.lemma_.lower() in self.lex.with_light_verbs:
            return head.head  # "retaliated with sanctions", "was targeted by new U.S. sanctions"
        if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in {"to", "for", "on", "into"} and (
                head.head.lemma_.lower() in self.lex.light_verbs
                or head.lower_ in {"to", "into"} and head.head.lemma_.lower() in self.cues.going):
            return head.head  # "ordered troops into exercises", "going to war with Eritrea"
        for clause in noun.children:  # "the sanctions (that) Washington imposed on Moscow"
            if clause.dep_ == "relcl" and clause.lemma_.lower() in self.lex.light_verbs and not any(
                    c.dep_ == "dobj" and c.tag_ not in RELATIVE_TAGS for c in clause.children) and any(
                    c.dep_ == "nsubj" and c.tag_ not in RELATIVE_TAGS for c in clause.children):
                return clause
        return None

    def _claimed_by(self, noun: Token) -> list[Ref]:
        """"The Houthis claimed responsibility for Saturday's strikes on Saudi Arabia": who
        claims an act made it (the lexicon's "claimed_acts")."""
        claims = self.lex.claims
        owner = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
        if owner is None or owner.lemma_.lower() not in claims.get("nouns", ()) or owner.dep_ != "dobj" \
                or owner.head.lemma_.lower() not in claims.get("verbs", ()):
            return []
        subj, active = subject_of(owner.head)
        return refs_of(self.r, [subj]) if subj is not None and active else []

    def _host_subject(self, noun: Token, through_nouns: bool = True, preps: frozenset[str] | None = None) -> list[Ref]:
        """"In a call with Putin, Biden said": the subject of the clause the phrase sits in
        (also through other nouns, "in response to a question about a meeting with…",
        unless ``through_nouns`` is false), through the lexicon's host prepositions or
        ``preps``."""
        tok, via_host = noun, False
        preps = self.lex.host_preps if preps is None else preps
        for _ in range(8):
            if tok.dep_ not in {"pobj", "prep", "advmod", "npadvmod", "pcomp"}:
                break
            if tok.dep_ in {"prep", "advmod"} and (tok.lower_ in preps or negating_prep(tok, self.cues)):
                via_host = True  # "In a call with Putin, Biden said"; "Russia withdrew from the talks"
            tok = tok.head
            if tok.pos_ in {"NOUN", "PROPN"} and not through_nouns and tok.lemma_.lower() not in self.lex.phase_nouns:
                return []
            if tok.pos_ in {"VERB", "AUX"}:
                if not via_host:
                    return []
                prep = next((a for a in noun.ancestors if a.head == tok), noun)
                if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in self.cues.say and prep.i > tok.i and \
                        tok.doc[prep.i - 1].text == ",":
                    tok = tok.head  # "Blinken said Israel must do more, after talks with Netanyahu": the sayer's
                if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in self.lex.object_classes.get("object-control", ()) \
                        and prep.lower_ not in self.cues.means_preps:
                    tok = tok.head  # "Pence pressed Erdogan to halt the offensive during talks": Pence's talks
                    # (not "urged Ethiopia and Eritrea to settle the dispute through negotiations": theirs)
                subj, _ = subject_of(tok)
                if subj is not None and not refs_of(self.r, [subj]) and self._entries(subj):
                    # "Wang Yi's warning to the Philippines came during a phone call with Manalo": the warner's
                    return refs_of(self.r, [c for c in subj.children if c.dep_ == "poss"])
                return refs_of(self.r, [subj]) if subj is not None else []
        return []

    def _noun(self, tok: Token, entry: TriggerEntry) -> Found | None:
        if entry.type == "meet" and tok.lower_ == "talk" and any(
                c.dep_ == "prep" and c.lower_ in {"of", "about"} for c in tok.children):
            return None  # "the president's repeated talk of making it the 51st state": words, no meeting
        if tok.head != tok and summary_noun(tok.head, self.lex.answered_nouns) == tok:
            return None  # "…, a charge Tehran denies": the accusation told before, not another
        if entry.type == "threaten" and (tok.dep_ in {"oprd", "attr"} or tok.dep_ == "pobj" and tok.head.lower_ == "as"):
            return None  # "calling the incursion a threat to the country", "is a threat to Europe": what it is called
        if entry.type == "aid" and (tok.dep_ == "dobj" or tok.dep_ == "conj" and tok.head.dep_ == "dobj"):
            cutting = tok.head if tok.dep_ == "dobj" else tok.head.head
            if any(e.requires == "cut-object" for e in self._entries(cutting)):
                return None  # "suspended aid to Niger": the cut is the event (a sanction), not aid withheld
        if tok.dep_ == "dobj" and tok.lemma_.lower() in self.lex.answered_nouns and any(
                e.type == "deny" for e in self.lex.verbs.get(tok.head.lemma_.lower(), ())) and not any(
                c.dep_ in {"poss", "compound", "nmod"} or c.dep_ == "amod" and self.r.index.at(c)
                or c.dep_ == "prep" and c.lower_ in {"by", "from"} for c in tok.children):
            return None  # "Islamabad denies allegations": the ones made before (not "Israeli accusations")
        if tok.dep_ == "compound" and (tok.head.lemma_.lower() in self.r.referents.measure_nouns
                                       or tok.head.lemma_.lower() in self.lex.frame_nouns):
            return self._noun_on(tok, tok.head, entry)  # "a $400 million aid package for Ukraine", "sanctions regime against"
        return self._noun_on(tok, tok, entry)

    def _noun_on(self, tok: Token, base: Token, entry: TriggerEntry) -> Found | None:
        """Read a noun trigger whose phrase is headed by `base` (itself, or the measure noun
        it modifies)."""
        for obj in prep_objects(tok, set(entry.exclude_preps)):
            if obj.ent_type_ not in {"DATE", "TIME"}:
                return None  # "calls from Washington for a pause": an appeal, not a phone call
        if any(w.lemma_.lower() in entry.exclude_objects for w in (
                *(c for c in tok.children if c.dep_ in {"amod", "compound"}), *prep_objects(tok, {"of", "to", "over"}))):
            return None  # "China's claims of sovereignty over the island", "territorial claims": no charge
        light = self._light_verb(base)
        found = Found(tok, entry, light=light, rule=f"{entry.id}", base=base if base != tok else None)
        owners = compound_parties(self.r, tok) + refs_of(self.r, arg_tokens(base, "poss"))
        if tok.dep_ == "acl" and tok.i == tok.head.i + 1 and tok.head.pos_ == "PROPN":
            owners += refs_of(self.r, [tok.head])  # "A U.S. warning to Iran", parsed as a clause on "U.S."
        if entry.type != "meet":  # "a call by Britain and France for a ceasefire", "claims by Kyiv"
            owners += refs_of(self.r, prep_objects(tok, {"by"}))
            if light is None or light.lemma_.lower() in self.lex.receiving_verbs:
                # "received no warning from Pyongyang", "rejected a proposal from Moscow"; with no
                # verb: "A plea from Guterres to Sudan's army … went unheeded"
                owners += refs_of(self.r, prep_objects(tok, {"from"}) + (prep_objects(light, {"from"}) if light else []))
        if base != tok:
            owners += [r for r in compound_parties(self.r, base) if r.actor not in {o.actor for o in owners}]
        light_subject = []
        if light is not None and light.dep_ == "acl" and light.tag_ == "VBN":
            light_subject = refs_of(self.r, prep_objects(light, {"by"}))  # "sanctions imposed by Washington"
        elif light is not None:
            subj, active = subject_of(light)
            light_subject = (self._subjects(light, subj) or self._commander(light, subj)) if subj is not None and active else []
            if not active:  # "The negotiations were led by Asif …", "Belarus was hit with sanctions by the EU"
                by = prep_objects(light, {"by"}) or [  # "… were imposed on Nicaraguan officials by the United States"
                    b for p in light.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
                    for b in prep_objects(o, {"by"})]
                light_subject = refs_of(self.r, by)
            if subj is not None and active and len(light_subject) < 2:  # "X and Y met Xi before holding talks with Li"
                light_subject = self._named_in_subject(subj) or light_subject
        hosts = list(dict.fromkeys([tok, base])) + ([light] if light is not None else [])
        hosts += [c for c in base.children if c.dep_ == "acl" and c.tag_ == "VBN" and c not in hosts
                  and c.lemma_.lower() in self.lex.light_verbs]  # "sanctions imposed on Niger last month"
        if entry.type == "meet":
            return self._noun_meeting(found, tok, hosts, owners, light_subject)
        reciprocal = light is not None and light.lemma_.lower() in self.lex.reciprocal_verbs
        if entry.requires == "reciprocal" and not reciprocal:
            return None
        if entry.requires == "imposed" and (light is None or light.lemma_.lower() not in self.lex.object_classes.get(
                "imposing", frozenset())):
            return None  # "imposed measures on Kosovo", not "security measures on the border"
        if entry.requires == "armed-war" and (any(  # not "a trade war", "a war of words"
                m.lemma_.lower() in self.lex.object_classes.get("not-armed-war", frozenset())
                for m in [*(c for c in tok.children if c.dep_ in {"compound", "amod", "nmod"}), *prep_objects(tok, {"of"})])
                or light is None or light.lemma_.lower() not in self.lex.object_classes.get("war-verbs", frozenset())):
            return None  # "waged war on", "went to war with"; not "ending the war with"
        targets = self._targets(tok, entry, hosts)
        if not targets and entry.type == "sanction" and light is not None and light.lemma_.lower() in self.lex.with_light_verbs:
            # "Trump hit China with a 10% tariff", "Belarus was hit with sanctions by the EU": the one hit
            hit = [c for c in light.children if c.dep_ in {"dobj", "nsubjpass"}]
            targets = refs_of(self.r, hit) or self._loose(hit)  # ("Nicaragua's gold sector was targeted by …")
        if reciprocal and not targets:  # "India and Pakistan traded accusations", "exchanged fire"
            parties = light_subject
            if not parties and entry.type in LOOSE_TYPES:  # "Israeli and Hezbollah forces exchanged fire"
                subj, active = subject_of(light)
                parties = self._loose([subj]) if subj is not None and active else []
            if len({p.actor for p in parties}) >= 2:
                found.agents = found.targets = unique_refs(parties)
                found.rule += "+reciprocal"
                return found
        if not targets and entry.type in LOOSE_TYPES:  # "sanctions on five Russian banks": Russia's
            targets = self._loose([t for h in hosts for s in entry.targets for t in arg_tokens(h, s)])
        if not targets and entry.type == "attack":  # "strikes from the air and sea against Houthi targets"
            against = [o for t in tok.subtree if t.dep_ == "prep" and t.lower_ == "against" and t.head != tok
                       for o in t.children if o.dep_ == "pobj"]
            targets = refs_of(self.r, against) or self._loose(against)
        agents = [o for o in owners if o.actor not in {t.actor for t in targets}]
        if agents and light_subject and self._acts_for(light_subject, agents, light):
            agents = light_subject
        found.owned = bool(agents)
        found.answered = found.owned and bool(light_subject) and not (
            {a.actor for a in agents} & {s.actor for s in light_subject}) and (
            light is None or light.lemma_.lower() not in self.lex.same_day_receiving)
        if found.owned and not targets:  # "Kyiv accepted a U.S. proposal": made to Kyiv
            targets = [r for r in self._receivers(base) if r.actor not in {a.actor for a in agents}]
        moved = [o for o in prep_objects(tok, {"of"}) if entry.type == "mobilize"]
        if moved and not agents:  # "any deployment of alliance forces on Finnish territory": the forces' owner
            agents = [r for r in refs_of(self.r, moved) if self.r.kind(r.actor) != "Person"]
            if not agents:
                return None
        agents = agents or light_subject or self._claimed_by(base)
        if not agents and light is None:
            asked = base.dep_ == "pobj" and base.head.lower_ == "for" and any(
                e.type in {"appeal", "demand"} for e in self._entries(base.head.head))
            # (not "took Ecuador to court over a raid", nor "called for sanctions against Kigali")
            agents = [] if asked else self._host_subject(base, preps=self.lex.manner_preps)
        if not agents and (entry.speaker_agent or self._kept_by_speaker(base, entry)):
            speaker = speaker_of(base, self.cues.say)
            agents = [r for r in refs_of(self.r, [speaker] if speaker is not None else [])
                      if r.actor not in {t.actor for t in targets}]
        found.agents, found.targets = agents, targets
        faced = light is not None and light.i in self.found and self.found[light.i].rule == "warn/or-face"
        if entry.type == "sanction" and (not agents or not targets or faced) or entry.requires == "inside-threat":
            self._inherit(found)  # (also what one is told to do something "or face": the warning's)
            if faced:  # the measure is the warner's state's
                found.agents = unique_refs([Ref(self.r.country_of(a.actor), a.rule, a.start, a.end) for a in found.agents])
            if entry.requires == "inside-threat" and "inherited" not in found.rule:
                return None  # "the use of force" told of no threat: no act of anyone's
        return found if found.agents and found.targets else None

    def _kept_by_speaker(self, base: Token, entry: TriggerEntry) -> bool:
        """"ECOWAS said sanctions imposed on Niger would remain in force": sanctions
        no one is named for, said to last (the lexicon's "lasting-verbs"), are the
        speaker's own."""
        lasting = base.head
        return entry.type == "sanction" and base.dep_ in {"nsubj", "nsubjpass"} and \
            lasting.lemma_.lower() in self.lex.object_classes.get("lasting-verbs", frozenset()) and not any(
                c.dep_ in {"acomp", "attr", "oprd", "xcomp"} for c in lasting.children)  # not "would remain illegal"

    def _acts_for(self, doers: list[Ref], owners: list[Ref], light: Token | None) -> bool:
        """Whether the light verb's subject acts on the owners' own measure and is its
        agent: a person for his state ("Trump has paused all U.S. military aid"), states
        imposing an organisation's sanctions ("Britain, France and Germany moved to
        reimpose UN sanctions")."""
        kinds = {self.r.kind(o.actor) for o in owners}
        if kinds == {"Country"}:
            return all(self.r.kind(d.actor) == "Person" and self.r.country_of(d.actor) in {o.actor for o in owners}
                       for d in doers)
        return kinds == {"Organization"} and light is not None and \
            light.lemma_.lower() in self.lex.object_classes.get("imposing", frozenset()) and \
            all(self.r.kind(d.actor) == "Country" for d in doers)

    def _receivers(self, noun: Token) -> list[Ref]:
        """Who received what the noun names: the subject of the verb that answers it
        ("accepted", "rejected", "ignored" a proposal), from the lexicon's list."""
        verb = noun.head
        if noun.dep_ not in {"dobj", "nsubjpass"} and not (
                noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "to"):
            return []
        verb = verb.head if noun.dep_ == "pobj" else verb  # "responded to Trump's offer"
        if verb.lemma_.lower() not in self.lex.receiving_verbs and not (
                noun.dep_ == "dobj" and self.lex.answered_nouns.get(noun.lemma_.lower(), frozenset()) & self.cues.unconditional
                and verb.lemma_.lower() in self.lex.object_classes.get("naming-verbs", frozenset())):
            return []  # (also "calling Kyiv's accusations baseless": answered by the one who calls them so)
        subj, _ = subject_of(verb)
        return refs_of(self.r, [subj]) if subj is not None else []

    def _host_verbs(self, noun: Token) -> list[Token]:
        """The verb whose "during"/"at"/"on"/"in" phrase holds the noun, directly, or for
        "during" through the nouns the parse hung it on ("pressed Netanyahu for pauses in
        the fighting during talks")."""
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in date_lexicon().duration_units:
            noun = noun.head.head  # "during more than four hours of talks"
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in {"during", "at", "on", "in"}:
            return []
        host = during_host(prep) or prep.head
        if host.pos_ not in {"VERB", "AUX"}:
            return []
        # "pressed Erdogan to halt the offensive during … talks": the phrase hung on the infinitive
        return [host] + ([host.head] if host.dep_ == "xcomp" and host.head.pos_ in {"VERB", "AUX"} else [])

    def _noun_meeting(self, found: Found, tok: Token, hosts: list[Token], owners: list[Ref], light_subject: list[Ref]) -> Found | None:
        if any(anc.pos_ == "NOUN" and any(e.type == "meet" for e in self._entries(anc)) and tok in self._venues(anc)
               for anc in list(tok.ancestors)[:4]):
            return None  # "a meeting on the sidelines of the G20 summit with Meloni": the summit is where it was
        sides = next((pairs for h in hosts for p in h.children if p.dep_ == "prep" and p.lower_ == "between"
                      if (pairs := self._sides_after(p))), None)
        if sides:  # "talks between Bessent and Greer on one side and He Lifeng on the other"
            found.pairs = sides
            return found
        # (also hung on where the talks were: "Talks at the White House between Trump and Zelensky")
        between = refs_of(self.r, [t for h in hosts + self._venues(tok) for t in arg_tokens(h, "between")])
        if len({b.actor for b in between}) == 1:  # "talks between Vucic and Kosovo Prime Minister Albin Kurti"
            between = next((named for t in (t for h in hosts for t in arg_tokens(h, "between"))
                            if len(named := self._named_in_subject(t)) >= 2), between)
        if len({b.actor for b in between}) < 2:  # "call between Modi and U.S. President Donald Trump covered…"
            between = next((named for h in hosts for p in h.children if p.dep_ == "prep" and p.lower_ == "between"
                            if len(named := self.r.names_after(p)) >= 2), between)
        if len({b.actor for b in between}) < 2:  # "a summit, which both Tshisekedi and Kagame are expected to attend"
            between = unique_refs([r for s in self._attendees(tok) for r in self.r.resolve(s)])
        if len({b.actor for b in between}) < 2:  # "a meeting of Trump, Aliyev and Pashinyan"
            between = refs_of(self.r, [t for t in prep_objects(tok, {"of"})])
        if len({b.actor for b in between}) < 2:  # "Sunday's meeting in Phnom Penh, where Biden, Yoon and Kishida agreed…"
            between = next((named for named in map(self._where_subjects, [tok, *self._venues(tok)])
                            if len({r.actor for r in named}) >= 2), between)
        if len({b.actor for b in between}) >= 2:
            found.group = between
            return found
        preps = {p[5:] for p in found.entry.partners if p.startswith("prep:")}
        partners = refs_of(self.r, [t for h in hosts + self._venues(tok) for t in prep_objects(h, preps)])
        # the entry's other sources ("a state visit at the invitation of King Mohammed VI"; the sides
        # "between" and those named on the noun are read above and below)
        partners += refs_of(self.r, [t for h in hosts for s in found.entry.partners
                                     if not s.startswith("prep:") and s not in {"between", "compound", "poss"}
                                     for t in arg_tokens(h, s)])
        side = owners or light_subject or self._host_subject(tok)
        met_by_verb = any(any(e.type == "meet" for e in self._entries(v)) for v in self._host_verbs(tok))
        if not partners and not owners and found.light is None and side and not refs_of(self.r, prep_objects(tok, {"of"})) \
                and not met_by_verb:
            # "pressed his Japanese counterpart during talks in Beijing": the one pressed
            # "told Biden in a virtual meeting", "telling von der Leyen during her visit": the one told (not
            # "accused Rwanda at a session of the Security Council", a body's meeting; not "did not meet
            # Sanchez during his trip", a meeting its verb tells)
            partners = refs_of(self.r, [o for v in self._host_verbs(tok) for o in v.children if o.dep_ in {"dobj", "dative"}])
        if not partners and not preps and (found.light is not None or met_by_verb):
            return None  # a noun whose partners no preposition names (a visit: its host) names none here
        if not partners and found.light is not None and found.light.lemma_.lower() in self.lex.mediators:
            # "Modi joined Ramaphosa and Lula for a meeting of the IBSA grouping": those joined
            joined = [c for c in found.light.children if c.dep_ == "dobj"]
            partners = unique_refs(refs_of(self.r, joined) + [r for j in joined for r in self._named_in_subject(j)])
            if side and len({p.actor for p in partners}) >= 2:
                found.group = unique_refs(side + partners)  # all of them met together
                return found
        if partners:
            return self._meeting(found, side, partners, False)
        hosting = self._mediators(found) + (light_subject if found.light is not None
                                            and found.light.lemma_.lower() in self.lex.mediators else [])
        if found.light is not None and found.light.lemma_.lower() in self.lex.mediators and light_subject:
            # "Wang Yi co-hosted a meeting … alongside Fiji's Prime Minister Frank Bainimarama"
            hosting += refs_of(self.r, prep_objects(found.light, {"alongside"}))
        if hosting and not owners and _definite(tok):
            # "… their meeting in Argyle. The meeting was hosted by Gonsalves": the
            # meeting told before, with its host
            before = [r for r in self._meeting_told_before(tok) if r.actor not in {h.actor for h in hosting}]
            if before:
                found.group, found.rule = unique_refs(before + hosting), f"{found.rule}+told-before"
                return found
        if not owners and len({h.actor for h in hosting}) >= 2:
            found.group = unique_refs(hosting)  # "Ruto convened the virtual meeting, which Kagame joined"
            return found
        if len(owners) >= 2:
            found.group = owners
            return found
        if len(owners) == 1 and self.r.kind(owners[0].actor) == "Organization" and not light_subject:
            # "flew to Uruguay for the Mercosur summit hosted by President Lacalle Pou": the guest meets the host
            hosts_named = [h for h in self._mediators(found) if self.r.kind(h.actor) == "Person"]
            guests = [g for g in self._host_subject(tok) if g.actor not in {h.actor for h in hosts_named}]
            if hosts_named and guests:
                found.group = unique_refs(guests + hosts_named)
                return found
            return None  # "the G7 meeting", "a NATO summit": the organisation's own meeting
        if len(owners) == 1:
            other = [s for s in (light_subject or self._host_subject(tok)) if s.actor != owners[0].actor]
            if len(other) >= 2 and any(self.r.country_of(m.actor) == owners[0].actor for m in self._mediators(found)):
                # "Armenia and Azerbaijan … at a White House summit hosted by Trump": the house is
                # the host's; the two met each other and him
                found.group = unique_refs(other)
                return found
            return self._meeting(found, owners, other, False)
        # owners is empty here; not "A and B blamed each other for the collapse of the talks"
        if len(side) >= 2 and (light_subject or self._host_subject(tok, through_nouns=False)):
            found.group = side
            return found
        return None

    def _where_subjects(self, noun: Token) -> list[Ref]:
        """The subject of a "where" clause on ``noun`` ("the summit in Brasilia, where Lula
        and Milei shook hands")."""
        for clause in (c for c in noun.children if c.dep_ == "relcl"):
            if any(a.dep_ == "advmod" and a.lower_ == "where" for a in clause.children):
                return self._subjects(clause, subject_of(clause)[0])
        return []

    def _venues(self, noun: Token) -> list[Token]:
        """Where a meeting noun says it is held ("a meeting at the summit", "on the sidelines
        of the forum"): the parse often hangs the partners' "with" there ("held a meeting on
        the sidelines of the forum with Kishida"). Not a topic ("talks on the war with Russia")."""
        out = []
        for obj in prep_objects(noun, {"at", "in", "on"}):
            phase = obj.lemma_.lower() in self.lex.phase_nouns
            if obj.head.lower_ != "on" or phase:
                out += [obj] + (prep_objects(obj, {"of"}) if phase else [])
        return out

    def _meeting_partners(self, verb: Token) -> list[Ref]:
        """The parties of the meeting a statement was made in ("In a phone call with Putin,
        Erdogan floated…"; "During the talks, Petro proposed…" after the meeting was told;
        "spoke with Kagame and called for a ceasefire")."""
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in self.lex.partner_preps):
            for noun in (o for o in prep.children if o.dep_ == "pobj"):
                if not any(e.type == "meet" for e in self._entries(noun)):
                    continue
                partners = refs_of(self.r, prep_objects(noun, {"with"}))
                if not partners and _definite(noun) and not any(c.dep_ in {"prep", "relcl", "acl"} for c in noun.children):
                    partners = self._meeting_told_before(noun)
                return partners
        if verb.dep_ == "conj" and verb.head.i < verb.i and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            # "Rubio spoke with Kagame on Tuesday and called for an immediate ceasefire": said in that call
            reading = self._reading(verb.head, frozenset({"meet"}))
            if reading is not None and reading.head == verb.head and (reading.group or reading.pairs):
                return unique_refs(reading.group or [r for pair in reading.pairs for r in pair])
        return []

    def _sides_after(self, prep: Token) -> list[tuple[Ref, Ref]]:
        """The pairs across two sides a "between" phrase names with "on one side … on the
        other" ("between Bessent and Greer on one side and He Lifeng on the other"): each
        of one side with each of the other, none within a side."""
        words, base = [t.lower_ for t in prep.sent], prep.sent.start
        one_end = _words_at(words, ("on", "one", "side"), prep.i - base + 1)
        other = _words_at(words, ("on", "the", "other"), one_end + 3) if one_end is not None else None
        if other is None:
            return []
        spans = [s for s in self.r.index.spans if not s.demonym and prep.i < s.start and s.end <= base + other]

        def side(named) -> list[Ref]:  # the people, not also their states
            refs = unique_refs([Ref(s.actor, "between-sides", s.start, s.end) for s in named])
            return [r for r in refs if r.actor not in {self.r.country_of(x.actor) for x in refs if x.actor != r.actor}]
        one = side(s for s in spans if s.end <= base + one_end)
        two = side(s for s in spans if s.start > base + one_end)
        return [(a, b) for a in one for b in two if self.r.country_of(a.actor) != self.r.country_of(b.actor)]

    def _meeting_told_before(self, tok: Token) -> list[Ref]:
        """The parties of the nearest meeting told before ``tok`` in its sentence or the
        two before, held as ``tok`` is (held, or to be held: "agreed to meet again" is
        another meeting; "spoke with Maduro on Saturday … will also attend Thursday's
        talks" is not the call)."""
        status = decide(tok, self.cues, "meet")[0]
        for prior in reversed(self.doc[self._sentence_before(tok, 2):tok.i]):
            reading = self._reading(prior, frozenset({"meet"}))
            if reading is not None and (reading.group or reading.pairs) and \
                    decide(reading.parent or reading.head, self.cues, "meet")[0] == status == "occurred":
                return unique_refs(reading.group or [r for pair in reading.pairs for r in pair])
        return []

    def _threatener_state(self, found: Found) -> None:
        """A sanction or force that a person threatens or warns of ("Trump threatened to
        impose 25% tariffs on Colombian imports", "threatened to bomb Iran") is their
        state's: the threat is the person's, the measure the state's."""
        if found.entry.type not in {"sanction", "attack"} or "inherited" in found.rule:
            return
        outer, below = self._enclosing(found.trigger, frozenset({"warn", "threaten"}))
        # (not a verb joined to the threat: "threatened …, and five days later signed an order")
        if outer is not None and below.dep_ != "conj" and {a.actor for a in found.agents} == {a.actor for a in outer.agents}:
            found.agents = unique_refs([Ref(self.r.country_of(a.actor), a.rule, a.start, a.end) for a in found.agents])

    def _enclosing(self, tok: Token, types: frozenset[str]) -> tuple[Found | None, Token]:
        """The nearest reading of ``types`` above ``tok``, and the word below it that
        ``tok``'s chain reaches it through."""
        below = tok
        for anc in tok.ancestors:
            outer = self.found.get(anc.i)
            if outer is not None and outer.entry.type in types:
                return outer, below
            below = anc
        return None, below

    def _inherit(self, found: Found) -> None:
        """A sanction named in a warning or threat ("warned Moscow of sanctions"), or force
        named in a threat that was made ("threatened to use force"), is the warner's
        state's, against the warned state."""
        force = found.entry.type == "attack"
        if force and (any(c.dep_ == "det" for c in found.trigger.children)  # "an African Union force"
                      or any(c.dep_ == "det" and c.lower_ == "no" for a in found.trigger.ancestors for c in a.children)):
            return  # (nor "made no threat to take the canal by force")
        outer, _ = self._enclosing(found.trigger, frozenset({"threaten"} if force else {"warn", "threaten"}))
        if outer is not None:
            if not found.agents:
                found.agents = [Ref(self.r.country_of(a.actor), "inherited-agent", a.start, a.end) for a in outer.agents]
            if not found.targets:
                found.targets = [Ref(self.r.country_of(t.actor), "inherited-target", t.start, t.end) for t in outer.targets]
            found.rule += "+inherited"

    # -- records ------------------------------------------------------------
    def _events(self, found: Found) -> list[Event]:
        status, status_rule = decide(found.parent or found.head, self.cues, found.entry.type)
        if found.entry.status and status == "occurred":
            status, status_rule = found.entry.status, f"trigger:{found.entry.id}"  # "invited Putin to visit"
        if found.owned and found.entry.type in self.cues.unconditional and status != "occurred" \
                and status_rule.startswith(("negating-verb", "proposal-governor", "planned-governor")):
            # "Belarus rejected Kyiv's accusation", "Kyiv accepted a U.S. proposal": the
            # statement was made all the same; the verb is the other side's answer
            status, status_rule = "occurred", "statement-answered-by-another"
        if found.entry.type in {"sanction", "attack"} and "inherited" in found.rule and status in {"occurred", "planned"}:
            status, status_rule = "conditional", "inside-warning"
        # the day someone answered a statement is not the day it was made
        clause = clause_chain(found.head, self.cues)
        chain = [found.head] if found.answered else date_chain(clause, found.light, self.cues)
        # a threat made on a condition was made all the same: its day is in the past
        tense = tense_of(found.trigger, found.light, chain, "occurred" if status_rule.startswith("threatened-") else status)
        day, date_text, period = event_when(chain, self.published, tense)
        if status_rule.startswith("promised:"):
            day, period = None, None  # the day of the pledge, not of the aid
        top = chain[0] if found.light is None else found.light
        while (top.dep_ in {"xcomp", "conj"} or participle(top)) and top.head != top:
            top = top.head  # "said on Sunday they were leaving the bloc, accusing it of…"
        if day is None and status == "occurred" and top.dep_ == "ccomp" and top.head.lemma_.lower() in self.cues.say \
                and (tense == "past" or top.head.tag_ == "VBD") and not any(
                    a.dep_ == "aux" and a.lower_ in {"has", "have", "'ve"} for t in chain for a in t.children):
            # "Macron's office said on Sunday that he spoke with Putin": no later than the report
            # (not "Denmark has delivered the first F-16s, Zelensky said on Sunday": some time before;
            # "said he had spoken with Hun Manet" is "I spoke", told in the past)
            day, reported = event_date([top.head], self.published, "past")
            date_text = f"{reported} (the report)" if day else date_text
        own_top = found.light if found.light is not None else clause[0] if not any(
            t.pos_ in {"VERB", "AUX"} for t in clause[1:]) else None  # "after 12 hours of talks": no verb of its own
        measured = None if found.answered or day is not None or own_top is None else interval_host(own_top)
        if measured is not None and status == "occurred" and self.published is not None:
            host, days, words = measured  # "…, a day after Tshisekedi accused Kigali"
            for verb in (v for v in (host, *host.ancestors) if v.pos_ in {"VERB", "AUX"}):
                # the nearest clause above with a day: "said Sunday she had instructed …, a day after"
                host_chain = date_chain(clause_chain(verb, self.cues), None, self.cues)
                host_tense = "past" if any(t.tag_ == "VBD" for t in host_chain) else "future" if any(
                    a.dep_ == "aux" and a.lower_ in FUTURE_AUX for t in host_chain for a in t.children) else None
                host_day, host_text = event_date(host_chain, self.published, host_tense)  # "will travel on Monday, a day before"
                if host_day is not None:
                    day, date_text, period = host_day + timedelta(days=days), f"{words} {host_text}", None
                    break
        if day is None and status == "occurred" and self.published is not None and simple_past(found.light, chain):
            # "China on Tuesday warned Manila … At a briefing, Lin Jian accused Manila": the same telling
            before = day_of_sentence_before(found.trigger, self.published)
            if before is not None:
                day, date_text = before[0], f"{before[1]} (the sentence before)"
        if day is not None and self.published is not None and day > self.published and status == "occurred":
            status, status_rule = "planned", "future-date"
        elif day is None and period and self.published is not None and period[0] > self.published \
                and status == "occurred" and tense != "past":
            status, status_rule = "planned", "future-period"  # "a summit next month"
        codes = self.lex.codes.get(found.entry.type, {})
        repeated = any(c.lower_ in REPEAT_WORDS for h in (found.head, found.light) if h is not None for c in h.children
                       if c.dep_ in {"advmod", "amod", "det"})
        base = dict(type=found.entry.type, doc_id=self.doc_id, status=status, status_rule=status_rule, repeated=repeated,
                    date=day, date_text=date_text, period=None if day else period, place=event_place(chain),
                    cameo=codes.get("cameo"), plover=codes.get("plover"))
        if found.entry.type == "meet":
            base["mode"] = meeting_mode(found.trigger, self.lex, found.entry.mode)
            groups = [found.group] if found.group else [[a, b] for a, b in found.pairs]
            mediators = self._mediators(found)  # "a meeting of A and B, mediated by C"
            if mediators and groups:
                parties = unique_refs([r for g in groups for r in g])
                groups = [found.group + mediators] if found.group else \
                    groups + [[m, p] for m in mediators for p in parties if p.actor != m.actor]
            # no one meets his own state: "a summit with South Korean President Yoon" is not Yoon and
            # Seoul, "a White House summit hosted by Trump" is Trump's, not also the United States'
            groups = [[r for r in g if not any(o.actor != r.actor and self.r.country_of(o.actor) == r.actor for o in g)]
                      for g in groups]
            groups = [pair for g in groups for pair in self._across_sides(g)]
            return [Event(participants=tuple(sorted({r.actor for r in g})), mention=self._mention(found, g), **base)
                    for g in groups if len({r.actor for r in g}) >= 2]
        out = []
        for agent in found.agents:  # not the agent, nor a person's own state ("Kim Yo Jong's threat … North Korea's")
            targets = [t for t in found.targets if t.actor != agent.actor and self.r.country_of(t.actor) != agent.actor
                       and not (self.r.kind(agent.actor) == "Person" and t.actor == self.r.country_of(agent.actor))]
            # nor a state's own people ("Ukraine proposed a meeting between Zelenskiy and Putin")
            if targets:
                out.append(Event(agents=(agent.actor,), targets=tuple(sorted({t.actor for t in targets})),
                                 mention=self._mention(found, [agent, *targets]), **base))
        return out

    def _across_sides(self, group: list[Ref]) -> list[list[Ref]]:
        """A meeting of two or more sides where one side sends several people ("Rubio and
        Lavrov spoke …, joined by Waltz and Ushakov"): the pairs across sides, not the
        colleagues; else the group as it is."""
        group = unique_refs(group)
        sides = {r.actor: self.r.country_of(r.actor) for r in group}
        if len(set(sides.values())) < 2 or len(set(sides.values())) == len(sides):
            return [group]
        return [[a, b] for n, a in enumerate(group) for b in group[n + 1:] if sides[a.actor] != sides[b.actor]]

    def _attendees(self, noun: Token) -> list[Token]:
        """The subjects of a relative clause on a meeting whose verb, or the infinitive it
        governs, is one of taking part: "the virtual meeting, which Kagame joined", "a
        summit, which both Tshisekedi and Kagame are expected to attend"."""
        def taking_part(verb: Token) -> bool:  # "joined", "are expected to attend", "are due to attend"
            return verb.lemma_.lower() in self.lex.mediators or any(
                x.dep_ in {"xcomp", "acomp"} and taking_part(x) for x in verb.children)

        places = [p for o in prep_objects(noun, {"in", "at"}) for p in (o, *o.conjuncts)]  # "a summit in Luanda, which…"
        clauses = [c for w in (noun, *places) for c in w.children if c.dep_ == "relcl" and taking_part(c)]
        return [s for c in clauses for s in c.children if s.dep_ in {"nsubj", "nsubjpass"} and s.tag_ not in RELATIVE_TAGS]

    def _mediators(self, found: Found) -> list[Ref]:
        """Parties a participle on the meeting names by 'by': "talks … mediated by Angolan
        Foreign Minister Tete Antonio", "talks in St Vincent hosted by Ralph Gonsalves",
        "spoke for four hours, joined by Waltz and Ushakov"; or a relative clause, by its
        subject: "the virtual meeting, which Kagame joined"."""
        out: list[Ref] = [r for s in self._attendees(found.trigger) for r in self.r.resolve(s)]
        # also hung on the place: "talks in St Vincent and the Grenadines hosted by Ralph Gonsalves"
        places = [p for o in prep_objects(found.trigger, {"in", "at"}) for p in (o, *o.conjuncts)]
        for word in (found.trigger, found.light, *places):
            for clause in (c for c in (word.children if word is not None else ()) if c.dep_ in {"acl", "advcl", "relcl"}
                           and c.tag_ == "VBN" and c.lemma_.lower() in self.lex.mediators):  # "…, which was convened by Ruto"
                for by in (c for c in clause.children if c.dep_ == "agent"):
                    out.extend(r for o in by.children if o.dep_ == "pobj" for r in self.r.resolve(o))
        return out

    def _mention(self, found: Found, refs: list[Ref]) -> Mention:
        sent = found.trigger.sent
        idx = [found.trigger.i] + [i for r in refs for i in (r.start, r.end - 1) if sent.start <= i < sent.end]
        if found.light is not None:
            idx.append(found.light.i)
        start, end = self.doc[min(idx)].idx, self.doc[max(idx)].idx + len(self.doc[max(idx)])
        span = TextSpan(doc_id=self.doc_id, start=start, end=end, text=self.doc.text[start:end],
                        sentence=sent.text, sentence_start=sent.start_char)
        trigger = found.trigger.text if found.light is None else f"{found.light.text} … {found.trigger.text}"
        return Mention(span=span, trigger=trigger, rule=found.rule)


def _words_at(words: list[str], phrase: tuple[str, ...], start: int) -> int | None:
    """Where ``phrase`` first stands in ``words`` from ``start`` on."""
    return next((n for n in range(start, len(words) - len(phrase) + 1) if tuple(words[n:n + len(phrase)]) == phrase),
                None)


def extract_events(doc: Doc, resolver: Resolver, lex: Lexicon, cues: StatusCues, doc_id: str,
                   published: date | None, skip: Callable[[int, int], bool] | None = None) -> list[Event]:
    """Every event read from `doc`, one record per mention and pair of parties."""
    events = EventReader(doc, resolver, lex, cues, doc_id, published, skip).read()
    if sport_report(doc, lex):  # "Croatia meet Italy in Leipzig on Monday": teams, not states
        events = [e for e in events if e.type not in SPORT_TYPES or any(
            resolver.kind(p) == "Person" for p in (*e.participants, *e.agents, *e.targets))]
    return events


SPORT_TYPES = {"meet", "attack"}


def sport_report(doc: Doc, lex: Lexicon) -> bool:
    """Whether ``doc`` reports on sport: it uses at least the lexicon's threshold of
    distinct sport words ("coach", "stoppage time", "semi-finalists")."""
    if not lex.sport_words:
        return False
    text = doc.text.lower()
    lemmas = {t.lemma_.lower() for t in doc} | {t.lower_ for t in doc}
    found = {w for w in lex.sport_words if (w in lemmas if " " not in w else w in text)}
    return len(found) >= lex.sport_threshold


REPEAT_WORDS = {"again", "another", "second", "third", "fresh", "further", "renewed", "new"}


def _told_as_known(tok: Token, top: Token) -> bool:
    """Whether ``tok`` sits in a relative clause below ``top``: "supplying the drones that
    the RSF have used to strike Port Sudan" tells the strikes as known, not alleged."""
    while tok != top and tok.head != tok:
        if tok.dep_ == "relcl":
            return True
        tok = tok.head
    return False


def _names_a_time(prep: Token) -> bool:
    """A preposition whose object is a time: "on Monday", "on Jan. 10"."""
    return any(o.dep_ == "pobj" and o.ent_type_ in {"DATE", "TIME"} for o in prep.children)


def _definite(noun: Token) -> bool:
    """"the meeting", "Friday's meeting": a noun that takes up what was told."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE or
               c.dep_ == "poss" and c.ent_type_ in {"DATE", "TIME"} for c in noun.children)


