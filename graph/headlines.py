"""Headlines in Title Case ("Biden Warns Putin Of 'Severe' Costs Over Ukraine"): the small English models read every capitalised word as a proper noun and
find neither verb nor object in them. Such a line is parsed again in sentence case
(names the gazetteer knows and words no English dictionary has keep their capitals;
other words are lower-cased), and that parse is copied back onto the line's tokens.
The text itself is never changed, so character offsets stay those of the article.

`HeadlineCase` is the spaCy component "diplograph_headline_case"; it runs after the
model's own components and before the actors are read."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span

from .gazetteer import Gazetteer

MIN_WORDS = 3  # a line of fewer words is a label, not a headline
ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD]


@dataclass(frozen=True)
class Casing:
    """What a headline's words become in sentence case."""

    names: frozenset[str]  # capitalised words of the gazetteer's names ("Biden", "Korea", "NATO")
    titles: frozenset[str]  # lower-cased title words, kept capitalised ("President", "Minister")
    dictionary: Callable[[str], bool]  # is it an English word?

    @classmethod
    def build(cls, gaz: Gazetteer, title_words: frozenset[str], lemmatizer) -> "Casing":
        names = frozenset(w for s in gaz.surfaces for w in s.text.split() if w[:1].isupper())
        return cls(names, title_words, english_words(lemmatizer))

    def word(self, text: str, first: bool) -> str:
        if not any(c.isalpha() for c in text) or (text.isupper() and len(text) > 1):
            return text  # "U.S.", "EU"
        if first or text in self.names or text.lower() in self.titles:
            return text
        lower = text.lower()
        return lower if lower in STOP_WORDS or self.dictionary(lower) else text


def english_words(lemmatizer):
    """Whether a lower-case word is an English noun, verb, adjective or adverb, by the
    model's own lemmatizer tables (WordNet's words and its inflection rules)."""
    if lemmatizer is None or not hasattr(lemmatizer, "lookups"):
        return lambda word: False
    tables = {name: lemmatizer.lookups.get_table(name) for name in ("lemma_index", "lemma_exc", "lemma_rules")
              if lemmatizer.lookups.has_table(name)}
    if len(tables) < 3:
        return lambda word: False
    parts = [(frozenset(tables["lemma_index"].get(pos, ())) | frozenset(tables["lemma_exc"].get(pos, {})),
              tuple(tables["lemma_rules"].get(pos, ()))) for pos in ("noun", "verb", "adj", "adv")]

    def known(word: str) -> bool:
        return any(word in forms or any(word.endswith(old) and word[: len(word) - len(old)] + new in forms
                                        for old, new in rules) for forms, rules in parts)

    return known


def headline_lines(doc: Doc) -> list[Span]:
    """The lines of doc written in Title Case: at least MIN_WORDS words, every word of
    four letters or more capitalised, and a capitalised function word ("Of", "And",
    "Over") after the first, so that a list of names is not a headline. Lines in
    capitals are left alone: the gazetteer's names are matched as written."""
    lines, start = [], 0
    for tok in doc:
        if ends_line(tok) or tok.i == len(doc) - 1:
            end = tok.i if ends_line(tok) else tok.i + 1
            if end > start:
                lines.append(doc[start:end])
            start = tok.i + 1
    return [line for line in lines if _title_cased(line)]


SENTENCE_ENDS = (".", "!", "?", '"', "\u201d")


def unpunctuated(text: str) -> bool:
    """Whether a line ends without a full stop, as a headline does."""
    return bool(text.strip()) and not text.strip().endswith(SENTENCE_ENDS)


def ends_line(tok) -> bool:
    """Whether ``tok`` is the white space that ends a line (spaCy keeps a line break
    as a token of its own)."""
    return "\n" in tok.text


def _title_cased(line: Span) -> bool:
    words = [t for t in line if t.is_alpha]
    if len(words) < MIN_WORDS:
        return False
    long = [t for t in words if len(t) >= 4]
    if not long or any(t.text[0].islower() for t in long):
        return False
    return any(t.text[0].isupper() and not t.is_upper and t.lower_ in STOP_WORDS for t in words[1:])


@Language.factory("diplograph_headline_case", requires=["token.dep", "doc.ents"],
                  assigns=["token.dep", "token.tag", "token.pos", "token.lemma", "doc.ents"])
def make_headline_case(nlp: Language, name: str) -> "HeadlineCase":
    return HeadlineCase(nlp)


class Reparse:
    """The model's own components (all loaded before the project's are added), run on
    words of our choosing: a line or sentence parsed again with some words changed."""

    def __init__(self, nlp: Language):
        self.vocab = nlp.vocab
        self.model = [(name, proc) for name, proc in nlp.pipeline if not name.startswith("diplograph_")]
        self.lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None

    def __call__(self, words: list[str], span: Span) -> Doc:
        """The parse of ``words``, spaced as the tokens of ``span`` are."""
        spaces = [bool(t.whitespace_) for t in span]
        spaces[-1] = False
        sub = Doc(self.vocab, words=words, spaces=spaces)
        for _, proc in self.model:
            sub = proc(sub)
        return sub


def splice(doc: Doc, parses: list[tuple[Span, Doc]]) -> Doc:
    """Copy each parse (tags, lemmas, heads and entities) onto the span of ``doc`` it
    was made for; the words and their offsets stay as they are."""
    if not parses:
        return doc
    array = doc.to_array(ATTRS)
    ents = [e for e in doc.ents if not any(e.start < span.end and span.start < e.end for span, _ in parses)]
    for span, parsed in parses:
        array[span.start:span.end] = parsed.to_array(ATTRS)
        ents.extend(Span(doc, span.start + e.start, span.start + e.end, label=e.label_) for e in parsed.ents)
    doc.from_array(ATTRS, array)
    doc.ents = sorted(ents, key=lambda e: e.start)
    return doc


class HeadlineCase:
    def __init__(self, nlp: Language):
        from .gazetteer import default_gazetteer, default_titles

        self.reparse = Reparse(nlp)
        self.casing = Casing.build(default_gazetteer(), default_titles().words(), self.reparse.lemmatizer)

    def __call__(self, doc: Doc) -> Doc:
        return splice(doc, [(line, self._parse(line)) for line in headline_lines(doc)])

    def _parse(self, line: Span) -> Doc:
        return self.reparse([self.casing.word(t.text, t.i == line.start) for t in line], line)
