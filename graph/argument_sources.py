"""Where an event's other side is found: the argument sources a trigger entry names
(data/lexicons/triggers.json), read with the parse (graph/arguments.py), the resolver
and the lexicon. `ArgumentSources` is a part of graph/events.py's `EventReader`."""
from __future__ import annotations

from spacy.tokens import Token

from .arguments import arg_tokens, compound_parties, direct_objects, prep_objects, refs_of, subject_of, summary_noun
from .headlines import unpunctuated
from .lexicon import FALLBACK_SOURCES, RESOLVED_SOURCES, TriggerEntry
from .resolve import Ref, unique_refs

DEFINITE = {"the", "that", "these", "this", "those", "such"}
MEETINGS = frozenset({"meet"})
ACCUSATIONS = frozenset({"accuse"})
PLACE_TYPES = frozenset({"attack", "mobilize", "aid"})  # events whose target may be told as a place
HOSTILE_ACTS = frozenset({"attack", "mobilize", "sanction", "threaten"})  # what a response or a vow answers
# the readers of the resolved sources other than "answered", which also needs the event type
READERS = {"dobj-parties": "_object_parties", "ended-owner": "_ended_owner", "purpose-object": "_purpose_object",
           "denied-target": "_denied_target", "accusers": "_accusers", "offered-meeting": "_offered_meeting",
           "declined-object": "_declined_object", "consequence-owner": "_consequence_owner",
           "responded": "_responded", "asked-before": "_asked_before", "ccomp-subj-parties": "_clause_subject_parties",
           "reported-attacker": "_reported_attacker", "retaliated-against": "_retaliated_against"}


class ArgumentSources:
    """The argument sources of graph/events.py's `EventReader`, as a part of it."""

    def _targets(self, tok: Token, entry: TriggerEntry, hosts: list[Token] | None = None) -> list[Ref]:
        """Targets from the entry's sources in order; a fallback source (the subject of
        a condition) only when no other names one."""
        hosts = hosts or [tok]
        found = self._source_refs(hosts, [s for s in entry.targets if s not in FALLBACK_SOURCES], entry.type)
        if not found and entry.type in PLACE_TYPES:  # "launched drones at Odesa", "sent troops to Kursk"
            found = self.r.places([t for h in hosts for s in entry.targets if s not in FALLBACK_SOURCES
                                   and s != "dobj-compound" for t in arg_tokens(h, s)])
        if entry.type == "mobilize":  # "moving a division to its northern border to confront Hezbollah": not its own
            own = set().union(*(self._subject_states(h, with_actors=True) for h in hosts))
            found = [r for r in found if r.actor not in own]
        for source in (s for s in entry.targets if s in FALLBACK_SOURCES):
            found = found or self._source_refs(hosts, [source], entry.type)
        return found

    def _source_refs(self, hosts: list[Token], sources: list[str], etype: str) -> list[Ref]:
        """The actors the argument sources name: token sources (graph/arguments.py),
        then those read with the resolver and the lexicon."""
        found = refs_of(self.r, [t for h in hosts for s in sources if s != "dobj-compound" for t in arg_tokens(h, s)])
        if "dobj-compound" in sources:
            found += self._object_makers(hosts)
        for source in (s for s in sources if s in RESOLVED_SOURCES):
            found += self._answered(hosts, etype) if source == "answered" else getattr(self, READERS[source])(hosts)
        return unique_refs(found)

    def _object_parties(self, hosts: list[Token]) -> list[Ref]:
        """Actors named on the object: "denied Israeli accusations", "U.S. claims", "China's
        actions" (not "their own")."""
        return [r for h in hosts for d in direct_objects(h) for r in self._named_on(d)]

    def _clause_subject_parties(self, hosts: list[Token]) -> list[Ref]:
        """States named on the subject of the reported clause: "complained that U.S. export
        controls … had harmed China's interests" (the subject's conjuncts too)."""
        subjects = [s for h in hosts for c in h.children if c.dep_ == "ccomp"
                    for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}]
        return unique_refs([r for s in subjects for t in (s, *s.conjuncts) for r in self._named_on(t)])

    def _named_on(self, noun: Token) -> list[Ref]:
        """Actors named before a noun or as its possessive ("U.S. claims", "China's actions";
        not "their own"), unless the noun names an actor itself ("Lukashenko's government"
        is Belarus)."""
        if self.r.resolve(noun):
            return []
        return compound_parties(self.r, noun) + refs_of(self.r, [p for p in arg_tokens(noun, "poss") if p.pos_ != "PRON"])

    def _reported_attacker(self, hosts: list[Token]) -> list[Ref]:
        """Who the speaker says attacked them or massed forces against them: "Cambodia says
        Thai F-16 jets have bombed its territory", "Pashinyan said Azerbaijan had massed
        troops along the border" (not "Israel said it struck Hezbollah", its own act)."""
        out: list[Ref] = []
        for host in hosts:
            speaker = self._subject_states(host)
            if not speaker:
                continue
            # said first, then what was done ("Cambodia says Thai jets have bombed …"), not a
            # report's source named after it ("Kyiv was pounded by Russian missiles, officials said")
            for clause in (k for c in host.children if c.dep_ == "ccomp" and c.i > host.i for k in (c, *c.conjuncts)):
                for tok in clause.subtree:
                    verb = tok if tok.pos_ in {"VERB", "AUX"} else next(
                        (a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
                    if verb is not clause:
                        continue  # (not "warned that Tehran would respond to any Israeli attack", deeper)
                    reading = self._reading(tok, frozenset({"attack", "mobilize"}))
                    if reading is None or not reading.agents or not reading.targets:
                        continue
                    agents = {self.r.country_of(a.actor) for a in reading.agents}
                    if speaker & {self.r.country_of(t.actor) for t in reading.targets} and not speaker & agents:
                        out += reading.agents
        return unique_refs(out)

    def _purpose_object(self, hosts: list[Token]) -> list[Ref]:
        """Whom a deployment is aimed at, from its purpose clause: "sent a carrier to the
        Mediterranean to deter Hezbollah" (the lexicon's "hostile-purpose" verbs)."""
        verbs = self.lex.object_classes.get("hostile-purpose", frozenset())
        clauses = [c for h in hosts for c in h.children if c.dep_ in {"advcl", "xcomp"}
                   and c.lemma_.lower() in verbs and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        objects = [o for c in clauses for o in direct_objects(c)]
        return refs_of(self.r, objects) or self._loose(objects)

    def _answered(self, hosts: list[Token], etype: str) -> list[Ref]:
        """Whom a denial or rejection answers when its object takes up an earlier event:
        "Trudeau accused India … New Delhi dismissed the allegation", "accused Rwanda of
        backing M23, a charge Kigali denies" (the lexicon's "answered_nouns"). The makers of the nearest earlier event of that type aimed
        at the one who answers, else of the nearest one in the two sentences before."""
        out: list[Ref] = []
        for host in hosts:
            subj, _ = subject_of(host)
            answering = self._subject_states(host)
            summed = summary_noun(host, self.lex.answered_nouns)  # "…, a charge Kigali denies"
            if summed is not None and not answering and subj is not None:  # read as "a charge, Kigali, …"
                answering = {self.r.country_of(r.actor) for t in subj.subtree if self.r.index.at(t)
                             for r in self.r.resolve(t)}
            for obj in [summed] if summed is not None else direct_objects(host):
                types = self.lex.answered_nouns.get(obj.lemma_.lower(), frozenset())
                if summed is not None and obj.lemma_.lower() in self.lex.answered_directly:
                    continue  # "…, a decision Belgrade refuses to recognise": the clause before
                types = types & {"accuse"} if etype == "deny" else types - {"accuse"}  # one denies claims
                if not types or not answering:
                    continue
                bare_headline = unpunctuated(obj.sent.text) and not any(c.dep_ == "det" for c in obj.children)
                # ("New Delhi rejects 'baseless' claims": a headline drops its articles)
                if summed is None and (not (bare_headline or any(c.dep_ == "det" and c.lower_ in DEFINITE
                                                                 for c in obj.children)) or any(
                        c.dep_ in {"poss", "compound", "amod", "relcl", "acl"} and (c.dep_ != "amod" or self.r.index.at(c))
                        for c in obj.children)):
                    continue
                earlier = self._earlier_events(obj, types)
                aimed = [f for f in earlier if answering & {self.r.country_of(t.actor) for t in f.targets}]
                chosen = aimed[:1] or [f for f in earlier if f.trigger.sent.start >= self._sentence_before(obj, 2)
                                       and not answering & {self.r.country_of(a.actor) for a in f.agents}][:1]
                out += [a for f in chosen for a in f.agents]
                if summed is not None and not chosen:
                    out += self._summed_maker(summed, answering)
        return out

    def _summed_maker(self, summed: Token, answering: set[str]) -> list[Ref]:
        """Who made what a summing noun takes up when no event was read from it: the
        subject of the clause the noun sums up ("Prabowo proposed a demilitarised zone …,
        a plan Kyiv swiftly dismissed": Prabowo), not the one who answers."""
        root = summed.sent.root  # the whole statement's maker: "said Putin was behind it, a charge …"
        verb = root if root.pos_ in {"VERB", "AUX"} and root.i < summed.i else next(
            (a for a in summed.ancestors if a.pos_ in {"VERB", "AUX"} and a.dep_ != "relcl"), None)
        subj, active = subject_of(verb) if verb is not None else (None, False)
        refs = refs_of(self.r, [subj]) if subj is not None and active else []
        return [r for r in refs if self.r.country_of(r.actor) not in answering]

    def _asked_before(self, hosts: list[Token]) -> list[Ref]:
        """Whom a refusal with no object answers: "Beijing has demanded that she retract
        the remarks. Takaichi has refused." The makers of the nearest demand, appeal or
        proposal aimed at the subject's state, in its sentence or the two before."""
        return [a for host in hosts
                if not direct_objects(host) and not any(c.dep_ in {"xcomp", "ccomp", "prep"} for c in host.children)
                # (not "refused to attend", "refused the offer", "declined to comment")
                for a in self._makers_of_nearest(host, frozenset({"demand", "appeal", "propose"}), 2)]

    def _responded(self, hosts: list[Token]) -> list[Ref]:
        """Whom an act "in response" or "in retaliation" answers: when the phrase names
        nothing ("Taiwan dispatched naval forces in response"), the makers of the nearest
        earlier attack, deployment, sanction or threat aimed at the subject's state; when it
        names an act with its owner ("in retaliation for Trump's tariffs"), the owner's state."""
        words = self.lex.object_classes.get("response", frozenset())
        out: list[Ref] = []
        for host in hosts:
            for response in (o for o in prep_objects(host, {"in"}) if o.lemma_.lower() in words):
                answered = prep_objects(response, {"to", "for"})
                if not any(c.dep_ == "prep" for c in response.children):
                    out += self._makers_of_nearest(host, HOSTILE_ACTS)
                # "in retaliation for Trump's tariffs", "in response to U.S. sanctions": the state whose they were
                # ("in response to the arrival of a British patrol ship": whose the ship is)
                answered += [o for a in answered for o in prep_objects(a, {"of", "by"})]
                out += [Ref(self.r.country_of(r.actor), "responded-owner", r.start, r.end) for a in answered
                        for r in compound_parties(self.r, a) + refs_of(self.r, arg_tokens(a, "poss"))]
        return unique_refs(out)

    def _retaliated_against(self, hosts: list[Token]) -> list[Ref]:
        """Whom a vow to hit back that names no one is aimed at: the makers of the nearest
        attack, sanction, deployment or threat aimed at the subject's state in its sentence or
        the two before ("U.S. and British warplanes struck Houthi targets … The Houthis vowed
        to hit back")."""
        return unique_refs([r for h in hosts for r in self._makers_of_nearest(h, HOSTILE_ACTS, 2)])

    def _makers_of_nearest(self, host: Token, types: frozenset[str], sentences: int | None = None) -> list[Ref]:
        """The makers of the nearest earlier event of ``types`` that others aimed at the
        state of ``host``'s subject, in its sentence or the ``sentences`` before (any
        distance when None)."""
        mine = self._subject_states(host)
        start = self._sentence_before(host, sentences) if sentences is not None else 0
        aimed = next((f for f in self._earlier_events(host, types) if f.trigger.i >= start
                      and mine & {self.r.country_of(t.actor) for t in f.targets}
                      and not mine & {self.r.country_of(a.actor) for a in f.agents}), None)
        return list(aimed.agents) if aimed is not None else []

    def _subject_states(self, verb: Token, with_actors: bool = False) -> set[str]:
        """The states (and, ``with_actors``, the actors themselves) that the active
        subject of ``verb`` names."""
        subj, active = subject_of(verb)
        if subj is None or not active:
            return set()
        refs = refs_of(self.r, [subj])
        return {self.r.country_of(r.actor) for r in refs} | ({r.actor for r in refs} if with_actors else set())

    def _denied_target(self, hosts: list[Token]) -> list[Ref]:
        """Whom a denied act was aimed at: "China denied that it had imposed an embargo
        on Lithuania", "Moscow denied striking Kyiv's hospital". The targets of the first
        event read in the denied clause, less the one who denies."""
        out: list[Ref] = []
        for host in hosts:
            denier = self._subject_states(host)
            clauses = [c for c in host.children if c.dep_ in {"ccomp", "xcomp", "pcomp"}]
            clauses += [p for d in direct_objects(host) for p in d.children if p.dep_ == "prep" and p.lower_ == "in"]
            for clause in clauses:  # "denied that it had struck…", "denied involvement in the attack on…"
                reading = next((r for r in (self._reading(t) for t in clause.subtree if t.i != host.i) if r), None)
                if reading is not None and reading.entry.type != "aid":  # (who was armed is not who is answered)
                    out += [t for t in reading.targets if self.r.country_of(t.actor) not in denier]
        return out

    def _accusers(self, hosts: list[Token]) -> list[Ref]:
        """Who accused the one who denies, when the denial names no one: "Trudeau accused
        India …, prompting New Delhi to deny any role". The makers of the nearest
        accusation aimed at the denier, in its sentence or the two before (a quote often
        stands between charge and denial)."""
        out = [a for host in hosts for a in self._makers_of_nearest(host, frozenset({"accuse"}), 2)]
        for host in hosts if not out else []:  # "Hezbollah denied any involvement …, as Israel blamed the group"
            mine = self._subject_states(host)
            later = (self._reading(t, ACCUSATIONS) for t in host.doc[host.i + 1:host.sent.end])
            aimed = next((f for f in later if f is not None and mine & {self.r.country_of(t.actor) for t in f.targets}), None)
            out += aimed.agents if aimed is not None else []
        return out

    def _object_makers(self, hosts: list[Token]) -> list[Ref]:
        """Who made what the verb takes as its object, from the names before it: "vetoed a
        U.S.-drafted U.N. Security Council resolution" (the drafter, not the council: the
        lexicon's "drafting" participles), "rejected the Ukrainian peace plan" (a demonym
        names the maker), "turned down a U.S. request"."""
        drafting = self.lex.object_classes.get("drafting", frozenset())
        makers = refs_of(self.r, [a for h in hosts for d in direct_objects(h) for m in d.children
                                  if m.dep_ in {"amod", "compound"} and m.tag_ == "VBN" and m.lemma_.lower() in drafting
                                  for a in m.children if a.dep_ in {"npadvmod", "compound", "nmod"}])
        return makers or refs_of(self.r, [t for h in hosts for t in arg_tokens(h, "dobj-compound")], demonyms=True)

    def _declined_object(self, hosts: list[Token]) -> list[Ref]:
        """Whose plan one refuses to accept, back or sign: "refused to back the European
        Union's proposed embargo", "refused to accept the US proposal" (the lexicon's
        "endorsing" verbs)."""
        verbs = self.lex.object_classes.get("endorsing", frozenset())
        objects = [d for h in hosts for x in h.children if x.dep_ == "xcomp" and x.lemma_.lower() in verbs
                   for d in direct_objects(x)]
        return [r for d in objects for r in compound_parties(self.r, d) + refs_of(self.r, [
            p for p in arg_tokens(d, "poss") if p.pos_ != "PRON"])]

    def _offered_meeting(self, hosts: list[Token]) -> list[Ref]:
        """The other parties of the meeting an offer is to hold: "offered to hold talks
        with Modi", "proposed to meet Putin in Istanbul"."""
        out: list[Ref] = []
        for host in hosts:
            own = self._subject_states(host, with_actors=True)
            for clause in (c for c in host.children if c.dep_ in {"xcomp", "ccomp"} or c.dep_ == "advcl" and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):  # "offered on Monday to hold talks"
                # ("proposed that Russia and Ukraine hold direct talks": the parties but the proposer's own)
                reading = next((r for r in (self._reading(t, MEETINGS) for t in clause.subtree) if r), None)
                if reading is not None:
                    parties = [r for pair in reading.pairs for r in pair] + reading.group + reading.agents + reading.targets
                    out += [r for r in parties if r.actor not in own and self.r.country_of(r.actor) not in own]
        return unique_refs(out)

    def _ended_owner(self, hosts: list[Token]) -> list[Ref]:
        """Whose action a demand would stop: "demanded a halt to Israel's operations",
        "called for an end to Russian strikes" (the lexicon's "cessation" nouns)."""
        stops = self.lex.object_classes.get("cessation", frozenset())
        # ("appealed for an end to hostilities and the withdrawal of Eritrean troops": the conjuncts too)
        things = [t for h in hosts for o in [*direct_objects(h), *prep_objects(h, {"for"})] for t in (o, *o.conjuncts)
                  if t.lemma_.lower() in stops and not any(c.dep_ == "poss" for c in t.children)]
        acts = [o for t in things for o in prep_objects(t, {"to", "of", "on"})]
        return unique_refs([r for o in acts for r in
                            compound_parties(self.r, o) + refs_of(self.r, arg_tokens(o, "poss"))])

    def _consequence_owner(self, hosts: list[Token]) -> list[Ref]:
        """Whose act a warning says will have consequences: "warned that NATO's expansion
        would have serious consequences" (the maker named on the reported clause's
        subject; the lexicon's "consequence" words), or who will be held to account for it
        ("warned that Washington would hold Tehran accountable"; the "accountable" words)."""
        words = self.lex.object_classes.get("consequence", frozenset())
        accountable = self.lex.object_classes.get("accountable", frozenset())
        out: list[Ref] = []
        for clause in (c for h in hosts for c in h.children if c.dep_ == "ccomp"):
            held = [c for c in clause.children if c.lemma_.lower() in accountable]
            if clause.lemma_.lower() == "hold" and held:  # "… would hold Tehran fully accountable"
                out += refs_of(self.r, direct_objects(clause) + [s for h in held for s in h.children if s.dep_ == "nsubj"])
                continue
            if not any(t.lemma_.lower() in words for t in clause.subtree):
                continue
            for subj in (s for s in clause.children if s.dep_ in {"nsubj", "nsubjpass"} and s.pos_ != "PRON"):
                if self.r.resolve(subj):
                    continue  # "warned that Washington could impose sanctions": the one who would act
                out += compound_parties(self.r, subj) + refs_of(
                    self.r, [p for p in arg_tokens(subj, "poss") if p.pos_ != "PRON"])
        return out
