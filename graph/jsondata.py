"""Loading the project's JSON and JSON-lines data files with errors that name the
file and line."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any, Iterator

from .errors import DataFileError


def read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataFileError(str(path), None, "file not found") from None
    except json.JSONDecodeError as exc:
        raise DataFileError(str(path), exc.lineno, f"not valid JSON: {exc.msg} (column {exc.colno})") from None


def read_jsonl(path: Path) -> Iterator[tuple[int, dict]]:
    """Yield (line number, object) for every non-blank line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise DataFileError(str(path), None, "file not found") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataFileError(str(path), number, f"not valid JSON: {exc.msg} (column {exc.colno})") from None
        if not isinstance(record, dict):
            raise DataFileError(str(path), number, "each line must be a JSON object")
        yield number, record


def require(record: dict, key: str, kind: type, path: Path, line: int | None) -> Any:
    if key not in record:
        raise DataFileError(str(path), line, f"missing key {key!r}")
    value = record[key]
    if not isinstance(value, kind):
        raise DataFileError(str(path), line, f"{key!r} must be a {kind.__name__}, not {type(value).__name__}")
    return value


def parse_date(value: str | None, path: Path, line: int | None, key: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise DataFileError(str(path), line, f"{key!r} must be an ISO date (YYYY-MM-DD), not {value!r}") from None
