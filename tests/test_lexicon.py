"""The trigger lexicon's argument sources: every source an entry may name has a reader,
and an unknown one is refused with the entry's name."""
from __future__ import annotations

import pytest

from graph.argument_sources import READERS
from graph.arguments import arg_tokens
from graph.errors import DataFileError
from graph.lexicon import ARG_SOURCES, FALLBACK_SOURCES, RESOLVED_SOURCES, TOKEN_SOURCES, _entry, default_lexicon

from .extraction_helpers import nlp


def test_every_resolved_source_has_a_reader():
    assert set(READERS) | {"answered"} == RESOLVED_SOURCES
    assert not TOKEN_SOURCES & RESOLVED_SOURCES
    assert FALLBACK_SOURCES <= ARG_SOURCES


@pytest.mark.model
@pytest.mark.parametrize("source", sorted(TOKEN_SOURCES | RESOLVED_SOURCES))
def test_every_source_is_read_from_the_parse(source):
    doc = nlp()("Biden urged Putin to pull back his troops from the border with Ukraine.")
    assert isinstance(arg_tokens(doc[1], source), list)


def test_every_entry_names_known_sources():
    lex = default_lexicon()
    for entries in [*lex.verbs.values(), *lex.nouns.values()]:
        for entry in entries:
            assert all(s in ARG_SOURCES or s.startswith("prep:") for s in entry.targets + entry.partners), entry.id


def test_an_unknown_source_is_refused_with_the_entry_name():
    raw = {"id": "warn/test", "type": "warn", "lemmas": ["warn"], "targets": ["nowhere"]}
    with pytest.raises(DataFileError, match="warn/test: unknown argument source 'nowhere'"):
        _entry(raw, "verb", "triggers.json")
