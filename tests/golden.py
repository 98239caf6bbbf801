"""Golden files: what each sample article yields, one line per event node, kept in
tests/golden/<document id>.txt and compared with a diff that names what is missing
and what is extra.

Regenerate after a deliberate change, then review the diff in git:
    python -m tests.golden --update
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from graph.ingest import read_inputs
from graph.merge import merge_events
from graph.model import Document
from graph.nlp import load_pipeline
from graph.pipeline import extract

ROOT = Path(__file__).resolve().parent
GOLDEN = ROOT / "golden"
SAMPLE = ROOT.parent / "data" / "articles" / "seed.jsonl"


def sample_documents() -> list[Document]:
    return [d for d in read_inputs([SAMPLE]) if isinstance(d, Document)]


def lines_for(extraction) -> list[str]:
    """One line per event node: type, parties, status, date, mode, place, and the
    character spans and rules of its mentions."""
    out = []
    for node in merge_events(extraction.document.id, extraction.events):
        who = " & ".join(node.participants) if node.participants else f"{','.join(node.agents)} -> {','.join(node.targets)}"
        spans = " ".join(f"{m.mention.span.start}-{m.mention.span.end}:{m.mention.rule}" for m in node.mentions)
        out.append(f"{node.type} | {who} | {node.status} | {node.date or '-'} | {node.first('mode') or '-'} | "
                   f"{node.first('place') or '-'} | {spans}")
    return sorted(out)


def current() -> dict[str, list[str]]:
    return {ex.document.id: lines_for(ex) for ex in extract(sample_documents(), load_pipeline())}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--update", action="store_true", help="rewrite the golden files")
    args = parser.parse_args(argv)
    GOLDEN.mkdir(exist_ok=True)
    for doc_id, lines in current().items():
        path = GOLDEN / f"{doc_id}.txt"
        if args.update:
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
            print(f"wrote {path} ({len(lines)} events)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
