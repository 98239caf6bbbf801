"""Subjects swallowed by a fronted phrase. After an opening prepositional phrase the
small model sometimes runs the phrase on into the subject: in "After a phone call with
Trump, Mexican President Claudia Sheinbaum said …" it reads "Trump, … Sheinbaum" as
one name, the object of "with", and leaves "said" without a subject.

When a sentence's main verb has no subject and the opening phrase, which hangs on that
verb, runs up to the verb across a comma, the noun phrase after the last comma
becomes the verb's subject, and what it had taken in from before the comma goes back
to where the phrase had it. Only the heads and labels of those tokens change.

`SubjectRepair` is the spaCy component "diplograph_subject_repair"; it runs after the
model's parse and before the actors are read."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}
NOUNS = {"PROPN", "NOUN"}


@Language.component("diplograph_subject_repair", assigns=["token.dep"])
def subject_repair(doc: Doc) -> Doc:
    for sent in list(doc.sents):
        repair(sent)
    return doc


def repair(sent: Span) -> bool:
    """Give the main verb of `sent` the subject its opening phrase swallowed; whether
    anything changed."""
    verb = sent.root
    opening = sent[0]
    if verb.pos_ not in {"VERB", "AUX"} or any(c.dep_ in SUBJECTS for c in verb.children):
        return False
    if opening.dep_ != "prep" or opening.head != verb or opening.right_edge.i != verb.i - 1:
        return False
    comma = next((t for t in reversed(list(sent.doc[opening.i:verb.i])) if t.text == ","), None)
    if comma is None:
        return False
    phrase = sent.doc[comma.i + 1:verb.i]
    subject = phrase.root
    if not len(phrase) or subject.pos_ not in NOUNS or subject.head.i >= comma.i + 1 and subject.head.i < verb.i:
        return False
    place, dep = subject.head, subject.dep_
    taken = [t for t in sent.doc[opening.i:comma.i] if t.head.i > comma.i and t.head.i < verb.i]
    if len(taken) != 1 or taken[0].pos_ not in NOUNS:
        return False
    _attach(subject, verb, "nsubj")
    _attach(taken[0], place, dep)
    if comma.head.i > comma.i:
        _attach(comma, verb, "punct")
    return True


def _attach(tok: Token, head: Token, dep: str) -> None:
    tok.head = head
    tok.dep_ = dep
