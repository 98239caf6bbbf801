"""Every RDF file diplograph writes is read by an independent parser, rapper
(Debian raptor2-utils, installed by .ci/system-deps.sh), with the same statement
count as the store, and loads back into the store unchanged."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import main
from graph.store import GraphStore

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "articles" / "seed.jsonl"
RAPPER_SYNTAX = {"ttl": "turtle", "nt": "ntriples", "nq": "nquads", "trig": "trig", "rdf": "rdfxml"}
QUAD_FORMATS = {"nq", "trig"}


def rapper_count(path: Path, syntax: str) -> int:
    rapper = shutil.which("rapper")
    assert rapper, "rapper is missing: install raptor2-utils (.ci/system-deps.sh does)"
    done = subprocess.run([rapper, "-i", syntax, "-c", str(path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    found = re.search(r"returned (\d+) (triples|statements)", done.stderr)
    assert found, done.stderr
    return int(found.group(1))


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory) -> Path:
    store = tmp_path_factory.mktemp("rapper") / "store"
    result = CliRunner().invoke(main, ["build", str(SAMPLE), "--store", str(store), "-q"])
    assert result.exit_code == 0, result.output
    return store


@pytest.mark.model
@pytest.mark.parametrize("ext", sorted(RAPPER_SYNTAX))
def test_rapper_reads_every_export(sample_store: Path, tmp_path: Path, ext: str) -> None:
    out = tmp_path / f"graph.{ext}"
    result = CliRunner().invoke(main, ["export", "--store", str(sample_store), "--format",
                                       {"ttl": "turtle", "rdf": "rdfxml"}.get(ext, ext), "--out", str(out)])
    assert result.exit_code == 0, result.output
    with GraphStore.open_read_only(sample_store) as store:
        expected = len(store) if ext in QUAD_FORMATS else sum(1 for _ in store.union_triples())
    assert rapper_count(out, RAPPER_SYNTAX[ext]) == expected
    reloaded = GraphStore.from_file(out)
    assert (len(reloaded) if ext in QUAD_FORMATS else sum(1 for _ in reloaded.union_triples())) == expected


HOSTILE = ['Said "the Hawk" O\'Neil', "<script>alert(1)</script> & co", "line one\nline two\ttab",
           "Владимир Путин", "習近平", "محمد بن سلمان", "back\\slash {braces} #hash @at"]


def test_rapper_reads_hostile_names(small_graph, tmp_path: Path) -> None:
    """Quotes, angle brackets, newlines and non-Latin scripts in labels survive every
    RDF format, as rapper reads them."""
    from graph.synthetic import actor_quads

    small_graph.add(q for n, name in enumerate(HOSTILE) for q in actor_quads(f"hostile-{n}", "Person", name))
    for ext in ("nt", "ttl", "nq", "trig", "rdf"):
        out = tmp_path / f"hostile.{ext}"
        small_graph.dump(out, {"ttl": "turtle", "rdf": "rdfxml"}.get(ext, ext))
        expected = len(small_graph) if ext in QUAD_FORMATS else sum(1 for _ in small_graph.union_triples())
        assert rapper_count(out, RAPPER_SYNTAX[ext]) == expected
        labels = {str(row["l"]) for row in GraphStore.from_file(out).select(
            "SELECT ?l WHERE { ?a rdfs:label ?l FILTER(STRSTARTS(STR(?a), STR(id:)) && CONTAINS(STR(?a), 'hostile')) }")}
        assert labels == set(HOSTILE)
