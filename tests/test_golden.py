"""Each sample article yields exactly what its golden file says (tests/golden.py)."""
from __future__ import annotations

import pytest

from .golden import GOLDEN, current

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def produced() -> dict[str, list[str]]:
    return current()


def test_every_sample_article_has_a_golden_file(produced) -> None:
    assert sorted(p.stem for p in GOLDEN.glob("*.txt")) == sorted(produced)


@pytest.mark.parametrize("doc_id", sorted(p.stem for p in GOLDEN.glob("*.txt")))
def test_golden(doc_id: str, produced) -> None:
    expected = [line for line in (GOLDEN / f"{doc_id}.txt").read_text(encoding="utf-8").splitlines() if line]
    got = produced[doc_id]
    missing = sorted(set(expected) - set(got))
    extra = sorted(set(got) - set(expected))
    message = [f"{doc_id}: the extraction differs from tests/golden/{doc_id}.txt "
               "(review, then `python -m tests.golden --update`)"]
    message += [f"  missing: {line}" for line in missing] + [f"  extra:   {line}" for line in extra]
    assert not missing and not extra, "\n".join(message)
