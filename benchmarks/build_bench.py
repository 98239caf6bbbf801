"""Words per second of a full `diplograph build` (ingest, spaCy, actors, events, RDF,
store) against bare `nlp.pipe` of the same model over the same texts, in one run.

    python benchmarks/build_bench.py [--copies 20] [--json report.json]

The sample corpus is repeated --copies times (with distinct ids) to give the pipeline
enough text. Prints both rates and their ratio; not a test."""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import spacy

from graph.nlp import load_pipeline
from graph.pipeline import build
from graph.settings import DEFAULT_MODEL, Settings
from graph.store import GraphStore

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "articles" / "seed.jsonl"


def corpus(copies: int, folder: Path) -> tuple[Path, list[str]]:
    records = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    path = folder / "corpus.jsonl"
    texts = []
    with path.open("w", encoding="utf-8") as out:
        for n in range(copies):
            for record in records:
                out.write(json.dumps({**record, "id": f"{record['id']}-{n}"}) + "\n")
                texts.append(record["text"])
    return path, texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--json", type=Path, help="write the report here")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path, texts = corpus(args.copies, Path(tmp))
        words = sum(len(t.split()) for t in texts)
        bare = spacy.load(args.model)
        started = time.perf_counter()
        for _ in bare.pipe(texts, batch_size=32):
            pass
        bare_seconds = time.perf_counter() - started
        nlp = load_pipeline(args.model)
        with GraphStore.open(Path(tmp) / "store") as store:
            started = time.perf_counter()
            summary = build([path], store, Settings(model=args.model), nlp=nlp)
            build_seconds = time.perf_counter() - started
    report = {
        "documents": summary.documents, "words": words, "model": args.model,
        "bare_nlp_pipe_words_per_second": round(words / bare_seconds),
        "build_words_per_second": round(words / build_seconds),
        "build_over_bare_time_ratio": round(build_seconds / bare_seconds, 2),
        "events": sum(summary.events.values()), "quads": summary.quads,
    }
    for key, value in report.items():
        print(f"{key:34s} {value}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
