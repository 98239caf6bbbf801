"""Who acted on whom: subjects (with control, coordination, passives and relative
clauses), objects and prepositional arguments of a trigger, as actor refs."""
from __future__ import annotations

from spacy.tokens import Token

from .lexicon import RESOLVED_SOURCES, default_lexicon
from .resolve import Ref, Resolver, unique_refs

SUBJECTS = {"nsubj", "csubj"}
RELATIVE_TAGS = {"WDT", "WP", "WP$"}


def _classes() -> dict[str, frozenset[str]]:
    """The trigger lexicon's word classes: verbs whose object does what the infinitive
    says ("urged Russia to"), verbs of charging ("accused X of doing"), plan nouns…"""
    return default_lexicon().object_classes


def _noun_owner(noun: Token, depth: int) -> tuple[Token | None, bool]:
    """Whose noun it is: its possessive ("Russia's plan to invade"), else the subject
    of the verb that governs it ("had no plans to meet")."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss, True
    host = _governing_verb(noun)
    return subject_of(host, depth + 1) if host is not None else (None, True)


TIME_PREPS = {"after", "before", "since", "upon", "while"}


def _listed_among(noun: Token) -> Token | None:
    """The subject of a copula that puts it among ``noun`` ("Britain, Canada and Australia
    were among five countries that froze …": Britain and the rest)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "among" or prep.head.lemma_ != "be":
        return None
    return next((c for c in prep.head.children if c.dep_ == "nsubj"), None)


def subject_of(verb: Token, depth: int = 0) -> tuple[Token | None, bool]:
    """The subject phrase of `verb` and whether it is the agent (False for a passive
    subject): its own subject, or the controller of an infinitive, or the subject of
    the first of coordinated verbs."""
    if depth > 6:
        return None, True
    if verb.pos_ in {"NOUN", "PROPN"} and verb.dep_ in {"dobj", "attr", "oprd"} and verb.head != verb:
        return subject_of(verb.head, depth + 1)  # "had no plans for talks": whose plans
    for child in verb.children:
        if child.dep_ in SUBJECTS:
            if child.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
                return _listed_among(verb.head) or verb.head, True
            if child.tag_ in RELATIVE_TAGS and verb.dep_ == "ccomp" and verb.head.dep_ == "relcl" and child.i < verb.head.i:
                return verb.head.head, True  # "Mexico, which Trump has said will face tariffs": Mexico
            return child, True
        if child.dep_ == "nsubjpass":
            agent = _by_agent(verb)
            return (agent, True) if agent is not None else (child, False)
    head = verb.head
    if head == verb:
        return None, True
    if verb.dep_ in {"conj", "acomp"}:  # "met and warned", "is due to travel"
        return subject_of(head, depth + 1)
    if verb.dep_ == "pcomp" and head.dep_ == "prep":  # "the possibility of meeting Putin"
        owner = head.head
        if owner.pos_ in {"NOUN", "PROPN"} and owner.dep_ == "dobj" and head.lower_ in {"of", "for"} \
                and owner.head.lemma_.lower() in _classes().get("charging", frozenset()):
            return owner, True  # "accusing the bloc of imposing sanctions", "of" parsed on the object
        if owner.pos_ in {"NOUN", "PROPN"}:
            return _noun_owner(owner, depth)
        if owner.pos_ in {"ADV", "ADJ"} and owner.head.pos_ in {"VERB", "AUX"}:
            owner = owner.head  # "stopped short of accusing Beijing"
        if owner.dep_ == "ccomp" and head.lower_ in TIME_PREPS and head.i > 0 and verb.doc[head.i - 1].text == ",":
            owner = owner.head  # "warned Pyongyang that a test would draw a response, after meeting in New York"
        if owner.pos_ in {"VERB", "AUX"}:
            obj = next((c for c in owner.children if c.dep_ == "dobj"), None)
            if obj is not None and head.lower_ in {"of", "for", "against", "from"}:
                # "accused Russia of attacking Ukraine": Russia attacks; "by sending" is the subject's
                return obj, True
            return subject_of(owner, depth + 1)
        return None, True
    if verb.dep_ in {"xcomp", "advcl", "acl", "ccomp", "pcomp"} and _infinitive(verb):
        if head.pos_ in {"NOUN", "PROPN"}:
            return _noun_owner(head, depth)
        if head.lemma_.lower() in _classes().get("object-control", frozenset()) and verb.tag_ != "VBG":  # "urged Russia to", "appealed to China to"
            # (not a participle: "ordered the boycott, repeating accusations": Trump repeats them)
            obj = next((c for c in head.children if c.dep_ in {"dobj", "dative"}), None)
            obj = obj or next(iter(prep_objects(head, {"to", "on", "upon", "for"})), None)
            if obj is not None:
                return obj, True
        for child in head.children:
            if child.dep_ in SUBJECTS | {"nsubjpass"}:
                return child, True
        return subject_of(head, depth + 1)
    if verb.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            and head.lemma_.lower() in _classes().get("plan-nouns", frozenset()):
        return _noun_owner(head, depth)  # "unveiled a deal to supply missiles to Ukraine": whose deal
    if verb.dep_ == "relcl":
        return verb.head, True
    return None, True


def _infinitive(verb: Token) -> bool:
    return verb.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        or verb.tag_ in {"VBG", "VB"}


def _by_agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _governing_verb(tok: Token) -> Token | None:
    for anc in tok.ancestors:
        if anc.pos_ in {"VERB", "AUX"}:
            return anc
    return None


def speaker_of(tok: Token, say_verbs: frozenset[str]) -> Token | None:
    """The subject of the nearest verb of saying that governs `tok`."""
    for anc in tok.ancestors:
        if anc.pos_ in {"VERB", "AUX"} and anc.lemma_.lower() in say_verbs:
            subj, active = subject_of(anc)
            if subj is None:  # "The G7 came together, reiterated that…": a verb list sharing a subject
                earlier = [c for c in anc.children if c.dep_ in {"ccomp", "conj"} and c.i < anc.i]
                subj = next((s for c in earlier for s in c.children if s.dep_ == "nsubj"), None)
            if subj is not None:
                return subj if active else None
    return None


def prep_objects(tok: Token, preps: set[str]) -> list[Token]:
    """Objects of the prepositions `preps` attached to `tok`."""
    out = []
    for child in tok.children:
        # the small model often labels "to" in "a warning to Pyongyang" a dative
        if child.dep_ in {"prep", "agent", "dative"} and (child.pos_ == "ADP" or child.dep_ != "dative") \
                and child.lower_ in preps:
            out.extend(c for c in child.children if c.dep_ == "pobj")
            # "spoke with Biden and with Trump": the second preposition joined to the first
            out.extend(c for p in child.children if p.dep_ == "conj" and p.lower_ == child.lower_
                       for c in p.children if c.dep_ == "pobj")
        if child.dep_ == "prt" and child.lower_ in preps:  # "called on" parsed as a particle
            out.extend(c for c in tok.children if c.dep_ == "dobj")
    return out


def companions(verb: Token, subj: Token | None) -> list[Token]:
    """Who acts together with the subject: "Zelenskiy, along with the leaders of
    Germany and Poland, spoke with Trump", "Britain, together with France, warned"."""
    out: list[Token] = []
    for head in (verb, subj) if subj is not None else (verb,):
        for child in head.children:
            if head is verb and child in _object_companion_preps(verb):
                continue
            if child.dep_ == "prep" and child.lower_ in {"along", "together"}:
                out += prep_objects(child, {"with"})
            elif child.dep_ == "prep" and child.lower_ == "with" and any(
                    a.dep_ == "advmod" and a.lower_ in {"along", "together"} for a in child.children):
                out += [c for c in child.children if c.dep_ == "pobj"]  # parsed "[together] with"
            elif child.dep_ == "prep" and child.lower_ == "alongside" and head is subj:
                out += [c for c in child.children if c.dep_ == "pobj"]
    return out


def _object_companion_preps(verb: Token) -> list[Token]:
    """The "along with" and "including" phrases after a verb's object, which join the
    object: "sanctioned the company, along with two of the men"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"along", "together", "including"}
            and objects and c.i > objects[0].i]


def object_companions(verb: Token) -> list[Token]:
    """Those an "along with" or "including" phrase after the object joins to it, with
    the names set in apposition to them ("along with its chairman, Han Junliang")."""
    preps = _object_companion_preps(verb)
    # "struck dozens of targets, including fighters of Hezbollah", the phrase hung on the verb
    out = [o for p in preps for o in prep_objects(p, {"with"})] + \
        [o for p in preps if p.lower_ == "including" for o in p.children if o.dep_ == "pobj"]
    # "two of the men, Zhao Guangzong and Ni Gaobin": the names in apposition
    return out + [a for o in out for a in o.children if a.dep_ == "appos"] + \
        [a for o in out for p in o.children if p.dep_ == "prep" for q in p.children for a in q.children if a.dep_ == "appos"]


CLAUSE_WORDS = {"nsubj", "nsubjpass", "mark", "aux", "auxpass"}


def participles(noun: Token, tags: frozenset[str] = frozenset({"VBN", "VBG"})) -> list[Token]:
    """Participles on a noun with no subject, conjunction or auxiliary of their own:
    "ships loaded with food", "allegations linking X to …" (not "accusations that it is
    arming …", a clause)."""
    return [c for c in noun.children if c.dep_ == "acl" and c.tag_ in tags
            and not any(a.dep_ in CLAUSE_WORDS for a in c.children)]


def cargo(participle: Token) -> list[Token]:
    """What a participle on a sent object carries: "loaded with food", "carrying aid"."""
    return [c for c in participle.children if c.dep_ == "dobj"] + prep_objects(participle, {"with"})


def direct_objects(tok: Token) -> list[Token]:
    """The direct object, or the subject of a passive ("Washington's proposal was
    rejected by Tehran")."""
    return [c for c in tok.children if c.dep_ == "dobj"] or [c for c in tok.children if c.dep_ == "nsubjpass"]


def summary_noun(verb: Token, nouns) -> Token | None:
    """The noun by which ``verb``'s clause sums up a statement told before it: "…, a
    charge (that) Kigali denies" (``verb`` a relative clause on the noun), or the same
    words as the small models often read them, the statement a clausal complement
    before ``verb`` and the noun inside its subject or its object put before it."""
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in nouns and \
            all(d.tag_ in RELATIVE_TAGS for d in direct_objects(verb)):
        return verb.head
    if any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        for arg in (c for c in verb.children if c.dep_ in {"nsubj", "dobj"} and c.i < verb.i):
            found = [t for t in arg.subtree if t.i <= arg.i and t.lemma_.lower() in nouns]
            if found and found[0].i > 0 and verb.doc[found[0].i - 1].dep_ == "det":
                return found[0]
        if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            # "…, a charge Abu Dhabi denies", the noun and the name hung on the statement's last word
            for tok in reversed(verb.doc[max(verb.sent.start, verb.i - 6):verb.i]):
                if tok.is_punct:
                    break
                if tok.lemma_.lower() in nouns and tok.i > 0 and verb.doc[tok.i - 1].dep_ == "det":
                    return tok
    return None


def arg_tokens(tok: Token, source: str) -> list[Token]:
    """The phrase heads a lexicon argument source names, for trigger `tok`."""
    if source.startswith("prep:"):  # on the verb, or on its object: "demanded guarantees from NATO"
        objects = [c for c in tok.children if c.dep_ == "dobj"] if tok.pos_ in {"VERB", "AUX"} else []
        objects += [c for o in objects for c in o.conjuncts]  # "sent teams, staff and supplies to Turkey"
        # "sent two ships loaded with food … to Cuba", "a ship carrying aid to Gaza"
        carried = [c for o in objects for c in participles(o)]
        objects += carried + [w for c in carried for w in cargo(c)]
        if source == "prep:from":  # "appealed for restraint from both countries": whom the thing asked for is asked of
            # (not "called for the withdrawal of Rwandan troops from Congolese territory": where they leave)
            objects += [o for o in prep_objects(tok, {"for"}) if o.lemma_.lower() not in _classes().get("cessation", ())]
        return prep_objects(tok, {source[5:]}) + [t for o in objects for t in prep_objects(o, {source[5:]})]
    if source == "invitation-of":  # "travels to Rabat for a state visit at the invitation of King Mohammed VI"
        return [o for i in prep_objects(tok, {"at", "on"}) if i.lemma_.lower() == "invitation" for o in prep_objects(i, {"of"})]
    if source == "nested-place":  # "moved troops to a base near its border with Guyana"
        places = [t for p in ("to", "toward", "towards", "into") for t in arg_tokens(tok, f"prep:{p}")]
        # ("waters off Venezuela" may come out with "off" a particle and the name an object)
        return [o for place in places for o in prep_objects(place, {"near", "along", "on", "at", "by", "off"})] + [
            o for place in places if any(c.dep_ == "prt" and c.lower_ == "off" for c in place.children)
            for o in place.children if o.dep_ == "dobj"]
    if source == "dobj":  # with those "along with" joins to it
        return [c for c in tok.children if c.dep_ == "dobj"] + object_companions(tok)
    if source == "dative":  # "offer Putin a path"; "to" tagged dative: its object
        # (not a name after the object: "X offered $4 billion, the World Bank $2 billion", the verb left out)
        first = next((c.i for c in tok.children if c.dep_ == "dobj"), len(tok.doc))
        return [c for c in tok.children if c.dep_ == "dative" and c.pos_ != "ADP" and c.i < first] + \
            [o for c in tok.children if c.dep_ == "dative" and c.pos_ == "ADP" for o in c.children if o.dep_ == "pobj"]
    if source == "dobj-compound":  # "turned down a U.S. request"
        return [m for d in direct_objects(tok) for m in d.children if m.dep_ in {"compound", "amod", "nmod"}]
    if source == "proposal-subj":  # a fallback: "proposed that the bloc hold a summit" (not "remarks suggesting
        # Tokyo could respond", nor "proposing that Brazil and China lead a group", a joint act)
        return [s for c in tok.children if c.dep_ == "ccomp" and (
                    c.tag_ in {"VB", "VBP"} and not any(a.dep_ == "aux" for a in c.children)
                    or any(a.dep_ == "aux" and a.lower_ == "should" for a in c.children))
                for s in c.children if s.dep_ in {"nsubj", "nsubjpass"} and not any(x.dep_ == "cc" for x in s.children)]
    if source == "ccomp-subj":  # with a second that-clause joined to the first: "… and that the M23 halt"
        clauses = [c for c in tok.children if c.dep_ == "ccomp"]
        clauses += [j for c in clauses for j in c.conjuncts if any(m.dep_ == "mark" and m.lower_ == "that" for m in j.children)]
        return [s for c in clauses for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}]
    if source == "ccomp-passive-subj":  # "vowed that Israel would be punished"
        return [s for c in tok.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubjpass"]
    if source == "condition-subj":
        # (not in a verb joined to it that tells someone: "threatened that …, and warned Cyprus that … if it")
        return [s for c in tok.subtree if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless", "should"} for m in c.children)
                and not any(a.dep_ == "conj" and a.pos_ in {"VERB", "AUX"} and any(d.dep_ in {"dobj", "dative"} for d in a.children)
                            for a in c.ancestors if tok.is_ancestor(a))
                for s in c.children if s.dep_ == "nsubj"][:1]
    if source == "response-after":  # "warned it would respond firmly after Britain, France and Germany launched …"
        answers = _classes().get("retaliation", frozenset())
        verbs = [tok] + [c for c in tok.children if c.dep_ in {"ccomp", "xcomp"} and c.lemma_.lower() in answers]
        return [s for v in verbs for c in v.children if c.dep_ == "advcl"
                and any(m.dep_ == "mark" and m.lower_ == "after" for m in c.children)
                for s in c.children if s.dep_ == "nsubj"][:1]
    if source == "xcomp-target":  # "threatened to impose sanctions on Venezuela", "… that it would strike Seoul"
        return [t for c in tok.children if c.dep_ in {"xcomp", "ccomp"} or c.dep_ in {"acl", "advcl"}
                and (tok.pos_ == "NOUN" or c.dep_ == "advcl" and c.i > tok.i)
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)  # "Erdogan's threat to block Sweden"
                for t in [*(d for d in c.children if d.dep_ == "dobj"), *arg_tokens(c, "prep:on"), *arg_tokens(c, "prep:against"),
                          *arg_tokens(c, "dobj-recipient"),  # "threatened to cut off all funding to South Africa"
                          *arg_tokens(c, "prep:to"), *arg_tokens(c, "prep:into"),  # "… funding to South Africa", "… troops into Israel"
                          *(arg_tokens(c, "prep:at") if any(b.lower_ == "back" for b in c.children) else [])]]  # "… hit back at"
    if source == "dobj-clause-subj":
        return [s for d in direct_objects(tok) for c in d.children if c.dep_ in {"acl", "ccomp", "relcl"}
                for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}]
    if source == "dobj-maker":  # "rejected the charge (which) Islamabad made", "... made by Islamabad"
        out = []
        for clause in (c for d in direct_objects(tok) for c in d.children if c.dep_ in {"relcl", "acl"}):
            if clause.dep_ == "relcl" and not any(c.dep_ == "dobj" and c.tag_ not in RELATIVE_TAGS for c in clause.children):
                out += [c for c in clause.children if c.dep_ == "nsubj" and c.tag_ not in RELATIVE_TAGS]
            elif clause.dep_ == "acl" and clause.tag_ == "VBN":
                out += [o for a in clause.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        return out + [o for d in direct_objects(tok) for o in prep_objects(d, {"by", "from"})]  # "a call by Britain"
    if source == "clause-subj":  # "Moscow's demand that NATO pull back", "accusations that Minsk had…"
        return [s for c in tok.children if c.dep_ in {"acl", "ccomp"} for s in c.children
                if s.dep_ in {"nsubj", "nsubjpass"} and s.tag_ not in RELATIVE_TAGS]
    if source == "targeting-object":  # "export controls targeting Chinese chipmakers"
        verbs = _classes().get("targeting-verbs", frozenset())
        return [d for c in participles(tok, frozenset({"VBG"})) if c.lemma_.lower() in verbs
                for d in c.children if d.dep_ == "dobj"]
    if source == "participle-object":  # "allegations linking agents of the Indian government to the killing"
        return [d for c in participles(tok, frozenset({"VBG"})) for d in c.children if d.dep_ == "dobj"]
    if source == "dobj-poss":  # "froze Russia's assets", "froze $7 billion of the Afghan central bank's reserves"
        objects = [o for d in direct_objects(tok) for o in (
            [o for p in d.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
            if d.like_num or d.ent_type_ == "MONEY" else [d])]
        return [p for d in objects for p in d.children if p.dep_ == "poss"]
    if source == "via-with":  # "spoke by phone with Scholz"
        return [t for m in prep_objects(tok, {"by", "over", "via", "on"}) for t in prep_objects(m, {"with"})]
    if source == "dobj-with":  # "provide Ukraine with shells"
        return [c for c in tok.children if c.dep_ == "dobj"] if prep_objects(tok, {"with"}) else []
    if source == "dobj-recipient":  # "suspended budget support and security cooperation with Niger"
        objects = [o for d in direct_objects(tok) for o in (d, *d.conjuncts)]
        return [t for o in objects for t in prep_objects(o, {"to", "for", "with"})]
    if source == "dobj-partner":  # "proposed direct talks with Ukraine"
        return [o for d in direct_objects(tok) for o in prep_objects(d, {"with"})]
    if source == "host-object":  # "summoned the British ambassador to demand…"
        if tok.dep_ in {"xcomp", "advcl"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return [c for c in tok.head.children if c.dep_ == "dobj"]
        return []
    if source == "offered-between":  # "offered to host talks between Ethiopia and Somalia", "to mediate between"
        clauses = [c for c in tok.children if c.dep_ == "xcomp" or c.dep_ == "advcl" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        clauses += [x for c in clauses for x in c.children if x.dep_ == "xcomp"]  # "offered to help mediate between"
        nouns = direct_objects(tok) + [d for c in clauses for d in direct_objects(c)]
        return [b for h in [*nouns, *clauses] for b in prep_objects(h, {"between", "among"})]
    if source == "shared-object":  # "accused the United States of spying and warned that …": the one accused
        revenge = _classes().get("retaliation", frozenset())  # ("blamed Israel … and vowed revenge")
        if tok.dep_ == "conj" and tok.head.pos_ == "VERB" and not any(
                c.dep_ in {"nsubj", "nsubjpass", "dative"} or c.dep_ == "dobj" and c.lemma_.lower() not in revenge
                for c in tok.children):
            objects = [c for c in tok.head.children if c.dep_ == "dobj"]
            said = default_lexicon().answered_nouns  # "rejected the bloc's demands and warned that …": the bloc
            # "imposed sanctions on Niger's junta and warned it could use force": whom the measure is on
            measured = [o for h in (tok.head, *objects) for o in prep_objects(h, {"on", "against"})]
            return objects + [p for o in objects if o.lemma_.lower() in said for p in o.children if p.dep_ == "poss"] \
                + measured
        return []
    if source == "participle-host-object":  # "gave the junta one week …, threatening to use force"
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.pos_ == "VERB" and not any(
                c.dep_ in {"nsubj", "nsubjpass", "dobj", "dative"} for c in tok.children):
            return [c for c in tok.head.children if c.dep_ in {"dobj", "dative"} and c.i < tok.i]
        return []
    if source == "trade-partner":  # "curbs on the sale of chipmaking equipment to Chinese firms"
        trade = _classes().get("trade-nouns", frozenset())
        # ("tariffs on U.S. imports", "a ban on Russian oil exports": the trading state named before it)
        goods = prep_objects(tok, {"on", "against"})
        # "a surtax on electric vehicles imported from China": where the goods come from
        origin = [t for o in goods for c in o.children if c.dep_ == "acl" and c.lemma_.lower() in trade
                  for t in prep_objects(c, {"from"})]
        return origin + [t for o in goods if o.lemma_.lower() in trade
                         for t in [*prep_objects(o, {"to", "from"}), *(c for c in o.lefts if c.dep_ in {"compound", "nmod", "amod"})]]
    if source == "message-recipient":  # "a letter to Khamenei proposing negotiations"
        messages = _classes().get("message-nouns", frozenset())
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.lemma_.lower() in messages:
            return prep_objects(tok.head, {"to"})
        if tok.dep_ == "advcl" and tok.tag_ == "VBG":  # the participle hung on the verb the letter is in
            inside = {t.i for t in tok.subtree}
            return next((found for t in tok.head.subtree if t.i < tok.i and t.i not in inside
                         and t.lemma_.lower() in messages and (found := prep_objects(t, {"to"}))), [])
        return []
    if source == "between":
        return prep_objects(tok, {"between", "among", "amongst"})
    if source == "included-for":  # "an aid package, including $61 billion for Ukraine, $26 billion for Israel and …"
        return [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "including" for t in p.subtree
                if t.dep_ == "prep" and t.lower_ in {"for", "to"} for o in t.children if o.dep_ == "pobj"]
    if source == "object-between":  # "floated the idea of a one-month truce between Russia and Ukraine"
        held = [o for d in direct_objects(tok) for o in (d, *prep_objects(d, {"of", "for"}))]  # ("a proposal for a truce")
        # (also where the parse hangs the "of" phrase on a day: "floated the idea on Sunday of a truce")
        held += [t for t in tok.subtree if t not in held and t.lemma_.lower() in _classes().get("proposal-object", ())
                 and t.dep_ == "pobj" and t.head.lower_ == "of"]
        # "floated a plan calling for a ceasefire and talks between Russia and Ukraine": what it calls for
        held += [a for o in list(held) for c in o.children if c.dep_ == "acl" and c.tag_ == "VBG"
                 for f in prep_objects(c, {"for"}) for a in (f, *f.conjuncts)]
        return [t for o in held for t in prep_objects(o, {"between", "among"})]
    if source == "asked-between":  # "called for calm and mutual respect between Ethiopia and Somalia"
        # (and "demanded an immediate ceasefire between Israel and Hamas": what is demanded)
        asked = [a for o in [*prep_objects(tok, {"for"}), *direct_objects(tok)] for a in (o, *o.conjuncts)]
        return [t for o in asked for t in prep_objects(o, {"between", "among"})]
    if source == "poss":
        return [c for c in tok.children if c.dep_ == "poss"]
    if source == "compound":
        return [c for c in tok.lefts if c.dep_ in {"compound", "nmod", "amod"}]
    if source in RESOLVED_SOURCES:
        return []
    raise ValueError(f"unknown argument source {source!r}")


def arg_heads(tok: Token, sources: tuple[str, ...]) -> list[Token]:
    return [t for s in sources for t in arg_tokens(tok, s)]


def _title_state(resolver: Resolver, tok: Token, tokens: list[Token]) -> bool:
    """"met Solomon Islands Prime Minister Manasseh Sogavare", parsed as two objects:
    the state only names the title of the person right after it."""
    after = tok.right_edge.i + 1
    nxt = next((t for t in tokens if t.left_edge.i == after and t.i != tok.i), None)
    if nxt is None:
        return False
    states = {r.actor for r in resolver.resolve_one(tok)}
    return bool(states) and any(resolver.kind(r.actor) == "Person" and resolver.country_of(r.actor) in states
                                for r in resolver.resolve_one(nxt))


def refs_of(resolver: Resolver, tokens: list[Token], *, demonyms: bool = False) -> list[Ref]:
    out: list[Ref] = []
    for tok in tokens:
        if len(tokens) > 1 and _title_state(resolver, tok, tokens):
            continue
        found = resolver.resolve(tok)
        if not found and demonyms:
            span = resolver.index.at(tok)
            if span is not None and span.demonym:
                found = [Ref(span.actor, "demonym-modifier", span.start, span.end)]
        out.extend(found)
    return out


def compound_parties(resolver: Resolver, noun: Token) -> list[Ref]:
    """Actors named before a noun: "Biden-Putin summit", "Russia-NATO meeting",
    "US sanctions", "Russian invasion"."""
    out: list[Ref] = []
    go_betweens = resolver.referents.go_between_verbs
    for child in noun.lefts:
        if child.dep_ not in {"compound", "nmod", "amod", "npadvmod"}:
            continue
        if child.tag_ == "VBN" and child.lemma_.lower() in go_betweens:
            continue  # "the EU-facilitated dialogue": the go-between, no party
        if child.lower_ in resolver.referents.backing_words:
            continue  # "a commander of the Iran-backed militia": the backer is no party
        for tok in child.subtree:
            span = resolver.index.at(tok)
            if span is None or tok.i != span.end - 1:
                continue
            if span.demonym and tok.head != noun and any(
                    resolver.kind(r.actor) == "Person" for r in resolver.resolve(tok.head)):
                continue  # "Egyptian" in "Macron and Egyptian President al-Sisi held talks": his title
            out.append(Ref(span.actor, "compound" if not span.demonym else "demonym-modifier", span.start, span.end))
    return unique_refs(out)
