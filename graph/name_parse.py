"""Names the parser reads as verbs. A small English model has never seen most
acronyms and many surnames, and at the head of a sentence it may take one for the
verb: in "ECOWAS imposed sanctions on Niger" it makes "ECOWAS" the root and
"imposed" an adjective of "sanctions", so nobody imposed anything.

A sentence where a one-word name the gazetteer knows is tagged as a verb, auxiliary,
adverb or preposition is parsed again with that word replaced by a stand-in of the
same kind that the model knows as a proper noun (`STAND_INS`), and that parse is
copied back onto the sentence's tokens with the name's own lemma. So is a sentence
where a word of a person's name of several words is tagged as a word no name is ("with
President To Lam": "To" a preposition), the name's words replaced by a person's name
the model knows (`PERSON_STAND_INS`). The text itself is
never changed, so character offsets stay those of the article.

`NameParse` is the spaCy component "diplograph_name_parse"; it runs after the
headline component and before the actors are read."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .gazetteer import Gazetteer
from .headlines import Reparse, english_words, splice

NOT_NAMES = frozenset({"VERB", "AUX", "ADV", "ADP"})
# names every English model reads as proper nouns, by the kind of actor replaced
STAND_INS = {"Country": "France", "Organization": "NATO", "Person": "Johnson"}
PERSON_STAND_INS = ("John", "Paul", "Johnson")  # first, middle and last words of a longer name
FUNCTION_TAGS = NOT_NAMES | {"DET", "PRON", "CCONJ", "SCONJ", "PART", "AUX"}


def long_person_names(gaz: Gazetteer) -> dict[str, list[tuple[str, ...]]]:
    """People's names of several words (labels and aliases), by their first word."""
    names: dict[str, list[tuple[str, ...]]] = {}
    for surface in gaz.surfaces:
        words = tuple(surface.text.split())
        if surface.kind in {"label", "alias"} and len(words) > 1 and gaz.actors[surface.actor].kind == "Person":
            names.setdefault(words[0], []).append(words)
    return names


def name_kinds(gaz: Gazetteer, is_word) -> dict[str, str]:
    """One-word names (a label or alias, capitalised) and the kind of actor each names.
    Names that are also English words ("Chad", "Turkey") are left out: a tag of verb
    or adverb on them may be right."""
    kinds: dict[str, str] = {}
    for surface in gaz.surfaces:
        text = surface.text
        if surface.kind not in {"label", "alias"} or " " in text or len(text) < 2 or not text[0].isupper():
            continue
        if not text.isupper() and is_word(text.lower()):
            continue
        kinds.setdefault(text, gaz.actors[surface.actor].kind)
    return kinds


@Language.factory("diplograph_name_parse", requires=["token.dep", "doc.ents"],
                  assigns=["token.dep", "token.tag", "token.pos", "token.lemma", "doc.ents"])
def make_name_parse(nlp: Language, name: str) -> "NameParse":
    return NameParse(nlp)


class NameParse:
    def __init__(self, nlp: Language):
        from .gazetteer import default_gazetteer

        self.reparse = Reparse(nlp)
        self.kinds = name_kinds(default_gazetteer(), english_words(self.reparse.lemmatizer))
        # surnames that are English words too ("Trump", "Rice", "Lee"): read again when tagged as a
        # verb, or when the verb after them is read as a modifier
        self.surnames = {k: v for k, v in name_kinds(default_gazetteer(), lambda word: False).items()
                         if v == "Person" and k not in self.kinds and k not in STAND_INS.values()}
        self.long_names = long_person_names(default_gazetteer())

    def misread(self, sent: Span) -> list[int]:
        """Offsets in `sent` of the names tagged as something no name is, and of the
        surnames that are English words read as a verb, or as a noun whose past-tense
        verb after it is read as a modifier ("Trump hosted Zelensky": "hosted" an
        adjective of "Zelensky")."""
        return [t.i - sent.start for t in sent if t.pos_ in NOT_NAMES and t.text in self.kinds
                or t.text in self.surnames and _verb_misread(t)]

    def misread_long(self, sent: Span) -> dict[int, str]:
        """Offsets in `sent` of the words of people's longer names one of which is tagged
        as a word no name is, with the stand-in word for each."""
        out: dict[int, str] = {}
        words = [t.text for t in sent]
        for n, word in enumerate(words):
            for name in self.long_names.get(word, ()):
                if tuple(words[n:n + len(name)]) == name and any(
                        sent[k].pos_ in FUNCTION_TAGS for k in range(n, n + len(name))):
                    stand = (PERSON_STAND_INS[0], *[PERSON_STAND_INS[1]] * (len(name) - 2), PERSON_STAND_INS[2])
                    out.update({n + k: w for k, w in enumerate(stand)})
        return out

    def __call__(self, doc: Doc) -> Doc:
        parses = []
        kinds = {**self.surnames, **self.kinds}
        for sent in doc.sents:
            found = {i: STAND_INS[kinds[sent[i].text]] for i in self.misread(sent)}
            found.update(self.misread_long(sent))
            parsed = self._parse(sent, found) if found else None
            if parsed is not None and not any(parsed[i].pos_ in NOT_NAMES or _verb_misread(parsed[i]) for i in found):
                parses.append((sent, parsed))  # (else the stand-in did not help: the first parse stays)
        return splice(doc, parses)

    def _parse(self, sent: Span, found: dict[int, str]) -> Doc:
        parsed = self.reparse([found.get(t.i - sent.start, t.text) for t in sent], sent)
        for i in found:
            parsed[i].lemma_ = sent[i].text  # the name's own lemma, not the stand-in's
        return parsed


def _verb_misread(name) -> bool:
    """A name read as a verb, or before a past-tense verb read as a modifier."""
    nxt = name.doc[name.i + 1] if name.i + 1 < len(name.doc) else None
    return name.pos_ == "VERB" or nxt is not None and nxt.tag_ in {"VBD", "VBN"} and nxt.dep_ in {"amod", "compound"} \
        and name.dep_ not in {"poss", "pobj"}
