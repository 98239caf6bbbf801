"""The status of an event (occurred, planned, proposed, conditional, negated) from
the words around its trigger: negation, conditions, future and scheduling, proposal
and possibility. Each decision names the rule that made it."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .arguments import TIME_PREPS, summary_noun
from .lexicon import Lexicon

NOUNS = {"NOUN", "PROPN"}
VERBS = {"VERB", "AUX"}
LIGHT_DEPS = {"dobj", "attr", "oprd", "nsubjpass", "nsubj"}
CLAUSAL_DEPS = {"xcomp", "advcl", "acl", "pcomp", "ccomp", "ROOT", "relcl"}  # a mis-tagged verb is still a verb
CLAUSE_BREAKS = {",", ";", ":", "—", "–"}


@dataclass(frozen=True)
class StatusCues:
    """The lexicon lists status decisions read, gathered once."""

    negation: frozenset[str]
    negating: frozenset[str]
    particles: dict[str, str]
    neg_preps: dict[str, str]  # "decided against", "refrained from"
    cond_marks: frozenset[str]
    cond_phrases: tuple[tuple[str, ...], ...]
    cond_governors: frozenset[str]
    cond_modals: frozenset[str]
    future: frozenset[str]
    planned: frozenset[str]
    proposed: frozenset[str]
    proposed_modals: frozenset[str]
    say: frozenset[str]
    unconditional: frozenset[str]
    content_conditional: frozenset[str]
    planned_modifiers: frozenset[str]
    light_verbs: frozenset[str]
    with_light_verbs: frozenset[str]  # "retaliated with sanctions"
    host_preps: frozenset[str]
    governors: frozenset[str]  # verbs that set the status of the noun they govern ("ruled out a meeting")
    promise: frozenset[str] = frozenset()  # "pledged aid": planned
    unpromised: frozenset[str] = frozenset()  # "pledged support": a stance, taken there and then
    summaries: frozenset[str] = frozenset()  # "…, a charge Kigali denies": the denial is of the charge, told before
    proposing_adjectives: frozenset[str] = frozenset()  # "open to talks" proposes; "opened talks" does not
    mandative: frozenset[str] = frozenset()  # "demanded that Kinshasa open talks": asked for, not done
    means_preps: frozenset[str] = frozenset()  # "settle the dispute through negotiations": the act's own status
    going: frozenset[str] = frozenset()  # "going to war": light verbs before "to"/"into" only
    cond_predicates: frozenset[str] = frozenset()  # "U.S. support for Argentina depends on …": conditional

    @classmethod
    def from_lexicon(cls, lex: Lexicon) -> "StatusCues":
        s = lex.status
        return cls(
            negation=lex.words("negation"), negating=lex.words("negating_governors"),
            particles=dict(s.get("negating_particles", {})), neg_preps=dict(s.get("negating_preps", {})),
            cond_marks=lex.words("conditional_marks"),
            cond_phrases=tuple(tuple(p.split()) for p in s.get("conditional_phrases", [])),
            cond_governors=lex.words("conditional_governors"), cond_modals=lex.words("conditional_modals"),
            cond_predicates=lex.words("conditional_predicates"),
            future=lex.words("future_aux"), planned=lex.words("planned_governors"),
            proposed=lex.words("proposed_governors"), proposed_modals=lex.words("proposed_modals"),
            say=lex.words("say_verbs"), unconditional=lex.words("unconditional_types"),
            content_conditional=lex.words("content_conditional_types"),
            planned_modifiers=lex.words("planned_modifiers"),
            light_verbs=lex.light_verbs, with_light_verbs=lex.with_light_verbs, host_preps=lex.status_preps,
            governors=lex.words("negating_governors") | frozenset(s.get("negating_particles", {}))
            | lex.words("planned_governors") | lex.words("proposed_governors") | lex.words("conditional_governors")
            | lex.words("promise_verbs"),
            promise=lex.words("promise_verbs"), unpromised=lex.words("unpromised_objects"),
            summaries=frozenset(lex.answered_nouns), proposing_adjectives=lex.words("proposing_adjectives"),
            mandative=lex.words("mandative_verbs"), means_preps=lex.words("means_preps"),
            going=lex.words("going_verbs"),
        )


def displaced_schedule(noun: Token, cues: StatusCues) -> Token | None:
    """"talks between Witkoff and Araghchi, scheduled for Sunday, …": the participle set
    off by a comma that the parse hung on the last name of the noun's phrase, not on
    the noun."""
    if noun.pos_ not in NOUNS:
        return None
    return next((t for t in noun.subtree if t.dep_ == "acl" and t.lower_ in cues.planned_modifiers
                 and t.head != noun and t.head.pos_ == "PROPN" and t.i > 0 and t.doc[t.i - 1].text == ","), None)


def during_host(prep: Token) -> Token | None:
    """The verb a "during" phrase belongs to when the parse hung it on a noun inside
    that verb's own prepositional phrases ("pressed Netanyahu for pauses in the
    fighting during talks"); None for a phrase on a verb or a noun of a subject."""
    host = prep.head
    if prep.lower_ != "during" or host.pos_ not in NOUNS:
        return None
    for _ in range(4):
        if host.pos_ not in NOUNS or host.dep_ != "pobj" or host.head.dep_ != "prep":
            break
        host = host.head.head
    return host if host.pos_ in VERBS else None


def clause_chain(trigger: Token, cues: StatusCues) -> list[Token]:
    """The trigger and the words that govern it within its clause: the light verb of a
    noun ("held talks"), the noun it depends on ("possibility of meeting"), the verb
    an infinitive completes ("scheduled to meet")."""
    chain, tok = [trigger], trigger
    for _ in range(10):
        head = tok.head
        if head == tok:
            break
        if (tok.pos_ in NOUNS or tok.pos_ == "NUM") and tok.dep_ not in CLAUSAL_DEPS:
            if tok.dep_ in LIGHT_DEPS and (head.pos_ in VERBS or tok.dep_ == "dobj") and (
                    head.lemma_.lower() in cues.light_verbs or head.lemma_.lower() in cues.governors):
                chain.append(head)
            elif tok.dep_ == "nsubj" and head.lemma_.lower() == "be" and head.pos_ in VERBS:
                chain.append(head)  # "Friday's summit will be the first meeting …": the copula's time
            elif tok.dep_ == "pobj" and head.dep_ == "prep" and (negator := negating_prep(head, cues)) is not None:
                chain.extend([head, negator])  # "withdrew from the talks", "pulled out of"
            elif tok.dep_ == "pobj" and head.dep_ == "prep" and (
                    head.head.pos_ in NOUNS and head.lower_ in {"of", "for", "on", "about"}
                    or head.lower_ in {"to", "for", "on", "into"} and head.head.lemma_.lower() in cues.light_verbs
                    or head.lower_ in {"to", "into"} and head.head.lemma_.lower() in cues.going  # "going to war"
                    or head.head.pos_ in VERBS and _asked_for(head, cues)
                    or head.lower_ == "with" and head.head.lemma_.lower() in cues.with_light_verbs
                    or head.lower_ in cues.host_preps and head.head.pos_ in VERBS
                    or during_host(head) is not None
                    or head.lower_ in {"in", "of"} and (head.head.like_num or head.head.pos_ == "NUM")
                    or head.lower_ == "as" and head.head.pos_ in VERBS and head.head.lemma_.lower() in cues.proposed
                    or _amount_in(head)):
                chain.extend([head, during_host(head) or head.head])  # "will provide $5.5 billion in aid"
            else:
                break
        elif tok.dep_ == "xcomp" or (tok.dep_ == "acl" and head.pos_ in NOUNS) or (
                tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)):
            chain.append(head)
        elif tok.dep_ == "conj" and tok.tag_ == "VB" and head.dep_ == "xcomp" and not any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
            chain.append(head)  # "agreed to set up a commission and to meet again": agreed to meet
        elif _gerund_object(tok) and head.lemma_.lower() in cues.governors:
            chain.append(head)  # "proposed suspending … and imposing sanctions", the gerunds parsed apart
        elif tok.dep_ == "pcomp" and head.dep_ == "prep" and not (
                head.lower_ in {"after", "following", "since"} and head.i < head.head.i):
            owner = head.head  # (not "After meeting Zelensky, Trump agreed to …": the meeting is not agreed)
            if owner.dep_ == "ccomp" and head.lower_ in TIME_PREPS and head.i > 0 and tok.doc[head.i - 1].text == ",":
                owner = owner.head  # "warned that a test would draw a response, after meeting …": the warning's clause
            chain.extend([head, owner])
            if head.head.pos_ in {"ADV", "ADJ"} and head.head.dep_ in {"advmod", "acomp"}:
                chain.append(head.head.head)  # "stopped short of accusing"
        else:
            break
        tok = chain[-1]
    return chain


def negating_prep(prep: Token, cues: StatusCues) -> Token | None:
    """The verb whose negating preposition ``prep`` is ("withdrew from", "pulled out of":
    'out', with 'of' below it), or None."""
    if prep.lower_ == "of" and prep.head.dep_ in {"prep", "prt", "advmod"} and prep.head.lower_ == "out":
        prep = prep.head
    verb = prep.head
    if verb.pos_ in VERBS and cues.neg_preps.get(verb.lemma_.lower()) == prep.lower_:
        return verb
    return None


def in_antecedent(trigger: Token, cues: StatusCues) -> bool:
    """True when the trigger sits in the "if" part of a condition ("if Russia invades",
    "in the event of an invasion"): such events are conditions, not events."""
    for tok in [trigger, *trigger.ancestors]:
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in cues.cond_marks - {"once"} for c in tok.children):
            return True
        if tok.dep_ == "prep" and _is_condition_phrase(tok, cues):
            return True
        if tok.dep_ == "prep" and tok.lower_ == "against" and (tok.head.lemma_.lower() in {"warn", "caution"} or (
                tok.head.dep_ == "dobj" and tok.head.head.lemma_.lower() in {"warn", "caution"})):
            return True  # "warned NATO against deploying troops" (also parsed on the object): a warning
        if tok.dep_ in {"relcl", "ROOT"} or tok.dep_ == "ccomp" and tok.head.lemma_.lower() in cues.say:
            break  # (not "if it let Israel use its airports to attack Lebanon": a clause the condition holds)
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > 0 and tok.doc[tok.i - 1].text == "," \
                and tok.head.i < tok.i:
            return False  # "… if it kept buying oil, prompting New Delhi to accuse …": the outcome, hung low
        if tok.dep_ == "advcl" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children) and any(
                c.dep_ in {"mark", "advmod"} and c.lower_ in TEMPORAL_MARKS for c in tok.children):
            break  # "… against supplying Russia when he meets Wang Yi": a clause of its own
    return _after_condition_word(trigger, cues)


def _after_condition_word(trigger: Token, cues: StatusCues) -> bool:
    """"provided Russia does not invade Ukraine": a condition word earlier in the
    sentence with no clause break between it and the trigger."""
    for tok in reversed(trigger.doc[trigger.sent.start: trigger.i]):
        if tok.text in CLAUSE_BREAKS or tok.lower_ in {"and", "but", "then"} and tok.dep_ == "cc":
            return False
        if tok.lower_ in {"if", "unless", "provided", "providing"}:
            return True
    return False


TEMPORAL_MARKS = {"as", "while", "when", "once", "after", "before"}  # clauses timed by their main clause




def _asked_for(prep: Token, cues: StatusCues) -> bool:
    """"invited him for talks", "agreed to talks": the verb proposes or plans the noun."""
    return prep.lower_ in {"to", "for"} and prep.head.lemma_.lower() in cues.proposed | cues.planned


def _amount_in(prep: Token) -> bool:
    """"paused $18 million in development funding": an "in" phrase that says what the
    amount the verb takes is of, hung on the verb."""
    return prep.lower_ == "in" and prep.head.pos_ in VERBS and any(
        c.dep_ == "dobj" and (c.like_num or c.pos_ == "NUM") for c in prep.head.children)


def decide(trigger: Token, cues: StatusCues, event_type: str) -> tuple[str, str]:
    """(status, rule) for the event whose trigger is `trigger`."""
    chain = clause_chain(trigger, cues)
    # "did not discuss trade during their meeting": beyond a host preposition only the
    # time of the clause (future, scheduled) carries over to the event
    # (the means of an act shares its status: "urged them to resolve their differences through dialogue")
    hop = next((n for n, t in enumerate(chain) if t.dep_ == "prep" and t.lower_ in cues.host_preps
                and t.lower_ not in cues.means_preps and (t.head.pos_ in VERBS or during_host(t) is not None)
                and not _asked_for(t, cues) and not _amount_in(t)), len(chain))
    if hop < len(chain):
        found = _planned(trigger, chain, chain[-1], cues, event_type) or _reported_future(chain, chain[-1], cues)
        if found and found[1].startswith(("planned-governor", "promised")) and chain[hop].lower_ != "for":
            found = None  # "agreed during a phone call to meet": what was agreed is planned, not the call
            # ("is due to visit Kyiv for talks": the purpose is as planned as the visit)
        chain = chain[:hop]
        if found and not any(check(trigger, chain, chain[-1], cues, event_type) for check in (_negated, _proposed)):
            return found
    top = chain[-1]
    # "would impose sanctions and freeze assets": a coordinated verb shares the modal
    # (not a verb in the past of its own: "threatened to cut aid …, and five days later signed an order halting aid")
    shared = chain + [top.head] if top.dep_ == "conj" and top.pos_ in VERBS and top.tag_ != "VBD" and not any(
        c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in top.children) else chain
    found = _negated(trigger, chain, top, cues, event_type)
    if not found and event_type in cues.content_conditional:
        # "threatened to impose sanctions if it goes ahead": the threat is as conditional as what it threatens
        marked = _condition_marked([c for c in trigger.children if c.dep_ in {"xcomp", "ccomp"} or c.dep_ == "advcl" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)], cues)  # "threatened … to impose", read as a purpose
        found = ("conditional", f"threatened-{marked}") if marked else None
    checks = (_proposed, _planned) if event_type in cues.unconditional else (_conditional, _proposed, _planned)
    for check in checks:
        found = found or check(trigger, shared, shared[-1], cues, event_type)
    if found is None and top.dep_ == "ccomp" and top.head.lemma_.lower() in cues.mandative and (
            top.tag_ == "VB" or any(a.dep_ == "aux" and a.lower_ == "should" for a in top.children)
            or top.tag_ == "VBP" and top.head.tag_ in {"VBD", "VBN"} and (
                top == trigger or trigger.head == top and trigger.pos_ == "NOUN")):
        # "proposed that the two countries resume talks" (not "demanded that it reverse its decision to add …")
        return "proposed", f"asked-for:{top.head.lemma_.lower()}"  # "demanded that Kinshasa open direct talks"
    if found is None and top.dep_ == "advcl" and top.tag_ in {"VBP", "VBZ"} and any(
            c.dep_ in {"mark", "advmod"} and c.lower_ in TEMPORAL_MARKS for c in top.children):
        # "will press Xi … when they meet on Tuesday": the time of the main clause
        above = [top, top.head, *top.head.ancestors]
        planned = _planned(trigger, above, above[-1], cues, event_type)
        if planned:
            return "planned", f"clause-of-future:{planned[1]}"
    return found or ("occurred", "default")


def _children(chain: list[Token]):
    for tok in chain:
        yield from tok.children


def _negated(trigger, chain, top, cues, etype):
    """Negation of the trigger's clause. Two negations cancel into a possibility:
    "refused to rule out sending troops"."""
    found = _negations(chain, top, cues)
    if len(found) % 2 == 1:
        return "negated", found[0]
    if found:
        return "proposed", "double-negation:" + "+".join(found)
    return None


def _negations(chain, top, cues) -> list[str]:
    found = []
    for child in _children(chain):
        if child.dep_ == "neg" or (child.dep_ in {"det", "advmod"} and child.lower_ in cues.negation):
            found.append(f"negation:{child.lower_}")
        elif child.dep_ == "advmod" and child.lower_ == "longer" and any(g.dep_ == "neg" for g in child.children):
            found.append("negation:no longer")  # "is no longer supplying weapons"
    done = any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in cues.light_verbs
               and c.lower_ not in cues.planned_modifiers and c.lemma_.lower() not in cues.planned_modifiers
               for c in chain[0].children)
    for below, tok in zip(chain, chain[1:]):
        if below.dep_ == "nsubj":
            continue  # "the talks ended", "talks stopped": they took place
        if done and below == chain[0]:
            continue  # "rejected U.S. sanctions imposed on one of its ministers": they were imposed
        if below.dep_ == "ccomp" and below.i < tok.i and summary_noun(tok, cues.summaries) is not None:
            continue  # "X accused Y of Z, a charge Y denies": the charge was made
        lemma = tok.lemma_.lower()
        particle = cues.particles.get(lemma)
        if particle and any(c.dep_ == "prt" and c.lower_ == particle for c in tok.children):
            found.append(f"negating-verb:{lemma} {particle}")
        elif lemma in cues.negating and lemma not in cues.particles:
            found.append(f"negating-verb:{lemma}")
        elif below.dep_ == "prep" and (below.lower_ == cues.neg_preps.get(lemma) or negating_prep(below, cues) == tok):
            found.append(f"negating-verb:{lemma} {cues.neg_preps.get(lemma)}")
    if top.dep_ == "ccomp" and top.head.lemma_.lower() in cues.negating - set(cues.particles) and \
            not (top.i < top.head.i and summary_noun(top.head, cues.summaries) is not None):
        found.append(f"negating-verb:{top.head.lemma_.lower()}")
    return found


def _conditional(trigger, chain, top, cues, etype):
    marked = _condition_marked(chain, cues)
    if marked:
        return "conditional", marked
    for tok in chain[1:]:
        if tok.lemma_.lower() in cues.cond_governors:
            return "conditional", f"conditional-governor:{tok.lemma_.lower()}"
    end = chain[-1]
    if end.dep_ in {"nsubj", "nsubjpass"} and end.head.lemma_.lower() in cues.cond_predicates:
        return "conditional", f"conditional-predicate:{end.head.lemma_.lower()}"  # "aid … depended on the vote"
    for child in _children(chain):
        if _conditional_modal(child, chain, cues):
            return _reported_future(chain, top, cues) or ("conditional", f"modal:{child.lower_}")
    return None


def _conditional_modal(child: Token, chain, cues) -> bool:
    """A "would" on a word of the chain that is no wish ("would like to meet", "would
    welcome talks", read as proposed), unless on the trigger itself ("would call Putin")."""
    return child.dep_ == "aux" and child.lower_ in cues.cond_modals and (
        child.head.lemma_.lower() not in cues.proposed or child.head == chain[0])


def _reported_future(chain, top, cues) -> tuple[str, str] | None:
    """"Trump said he would meet Putin", "said he would travel to Beijing for talks": a
    modal in a clause reported in the past is the future of then."""
    say = top.head
    if top.dep_ != "ccomp" or say.lemma_.lower() not in cues.say or not (
            say.tag_ == "VBD" or say.tag_ == "VBG" and say.head.tag_ == "VBD"):  # "…, adding that he would"
        return None
    for child in _children(chain):
        if _conditional_modal(child, chain, cues):
            return "planned", f"reported-future:{child.lower_}"
    return None


def _condition_marked(chain, cues) -> str | None:
    """The rule of a condition clause or phrase on a word of ``chain`` ("if", "unless",
    "provided", "should Russia…", "in the event of")."""
    for child in _children(chain):
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in cues.cond_marks for m in child.children):
            return "condition-clause"
        if child.lower_ in {"provided", "providing"} and child.dep_ in {"prep", "advcl", "mark", "conj"}:
            return "condition-provided"
        if child.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "should" and a.i < child.i and
                                         any(s.dep_ == "nsubj" and s.i > a.i for s in child.children)
                                         for a in child.children):
            return "condition-should"
        if child.dep_ == "prep" and _is_condition_phrase(child, cues):
            return "condition-phrase"
    return None


def _is_condition_phrase(prep: Token, cues: StatusCues) -> bool:
    words = tuple(t.lower_ for t in prep.subtree)[:4]
    return any(words[: len(p)] == p for p in cues.cond_phrases)


def _governors(chain: list[Token]):
    """The words above the trigger that govern it: not the verb a chain word is only
    coordinated with ("appealed to Hamas …, and urged Israel": 'appealed' does not
    govern 'urged'), nor a verb the chain word is the subject of ("talks will open")."""
    for below, tok in zip(chain, chain[1:]):
        if below.head.i == tok.i and below.dep_ in {"conj", "nsubj"} and not _gerund_object(below):
            continue
        yield tok


def _gerund_object(tok: Token) -> bool:
    """A gerund the parse coordinates with a finite verb, which cannot be its partner:
    what the verb governs ("proposed suspending … and imposing sanctions")."""
    return tok.dep_ == "conj" and tok.tag_ == "VBG" and tok.head.tag_ in {"VBD", "VBZ", "VBP"} and not any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)


def _proposed(trigger, chain, top, cues, etype):
    for tok in _governors(chain):
        lemma = tok.lemma_.lower()
        if any(c.dep_ == "oprd" for c in tok.children) or tok.pos_ == "NOUN" and any(
                c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
            continue  # "calling India's strikes 'regrettable'": naming, not proposing; "a call with Trump to discuss"
        if lemma in cues.proposed and lemma not in cues.say and not (
                lemma in cues.proposing_adjectives and tok.pos_ in {"VERB", "AUX"}):
            return "proposed", f"proposal-governor:{lemma}"
    for child in _children(chain):
        if child.dep_ == "aux" and child.lower_ in cues.proposed_modals:
            return "proposed", f"modal:{child.lower_}"
        if child.dep_ in {"amod", "advmod", "prep"} and child.lemma_.lower() in {"possible", "potential", "possibly", "principle"}:
            return "proposed", f"possibility:{child.lower_}"
        if child.dep_ == "amod" and child.tag_ == "VBN" and child.lemma_.lower() in cues.proposed \
                and child.lemma_.lower() not in cues.say and not any(a.lower_ == "so" for a in child.children):
            # (not "the so-called snapback mechanism")
            return "proposed", f"proposed-modifier:{child.lower_}"  # "a proposed 19th package of sanctions"
        if child.dep_ == "prep" and child.lower_ == "in" and any(g.lower_ == "principle" for g in child.children):
            return "proposed", "in-principle"
    return None


def _planned(trigger, chain, top, cues, etype):
    promised = [t for t in chain if t.pos_ == "VERB" and t.lemma_.lower() in cues.promise]
    if promised and trigger.lemma_.lower() not in cues.unpromised and not any(
            d.dep_ == "dobj" and d.lemma_.lower() in cues.unpromised for d in promised[0].children):
        return "planned", f"promised:{promised[0].lemma_.lower()}"  # "pledged $3 billion in aid to Sudan"
    for child in _children(chain):
        if child.dep_ in {"aux", "auxpass"} and child.lower_ in cues.future:
            return "planned", f"future:{child.lower_}"
        if child.dep_ in {"acl", "amod", "relcl"} and child.lemma_.lower() in cues.planned_modifiers:
            return "planned", f"scheduled:{child.lemma_.lower()}"
    displaced = displaced_schedule(trigger, cues)
    if displaced is not None:
        return "planned", f"scheduled:{displaced.lower_}"
    for tok in _governors(chain):
        lemma = tok.lemma_.lower()
        if lemma in cues.planned:
            return "planned", f"planned-governor:{lemma}"
        if lemma == "be" and any(c.dep_ == "xcomp" for c in tok.children):
            return "planned", "is-to"
        due = next((c for c in tok.children if lemma == "be" and c.dep_ == "acomp" and c.lemma_.lower() in cues.planned), None)
        if due is not None:  # "is due in New Delhi on Thursday to meet his Indian counterpart"
            return "planned", f"planned-governor:{due.lemma_.lower()}"
    return None
