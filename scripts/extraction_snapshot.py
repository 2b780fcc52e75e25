"""Write the extraction of a fixed, varied corpus as JSON lines, for output-identity checks.

    .venv/bin/python scripts/extraction_snapshot.py OUT.jsonl [--gsr DIR]

Speed work must not change what is extracted. Run this before and after a change and compare
(``cmp before.jsonl after.jsonl``; the last line printed is a SHA-256 of the file). The corpus: the
benchmark's synthetic articles, the demo reports, the document-level gold sets (texts only), the
golden cases and, when ``--gsr`` names a folder like ../shared/eval/arabic_event_gsr, every GSR
sentence. Nothing here is scored; it only pins behaviour.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from marsad.extract.jsonview import extraction_view
from marsad.extract.pipeline import extract_document, load_resources
from marsad.model import Document

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = datetime(2024, 5, 10, tzinfo=UTC)


def _when(value: str | None) -> datetime:
    if not value:
        return PUBLISHED
    when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def _documents(gsr: Path | None) -> Iterator[tuple[str, Document]]:
    sys.path.insert(0, str(ROOT / "bench"))
    from extract import corpus  # bench/extract.py

    for i, doc in enumerate(corpus(300, seed=11)):
        yield f"bench:{i}", doc
    demo = ROOT / "src/marsad/data/demo/reports.jsonl"
    for i, line in enumerate(demo.read_text(encoding="utf-8").splitlines()):
        row = json.loads(line)
        yield f"demo:{i}", Document.create(text=row["text"], published=_when(row.get("published")))
    for path in sorted((ROOT / "eval/events").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            doc = Document.create(text=row["text"], published=_when(row.get("published")))
            yield f"{path.stem}:{row['id']}", doc
    for path in sorted((ROOT / "tests/extract/golden").glob("*.json")):
        row = json.loads(path.read_text(encoding="utf-8"))
        yield f"golden:{path.stem}", Document.create(text=row["text"], published=_when(row.get("published")))
    if gsr is not None:
        for name in ("assault_gsr.csv", "protest_gsr.csv"):
            with (gsr / name).open(encoding="utf-8", newline="") as fh:
                for row in csv.DictReader(fh):
                    yield f"gsr:{name}:{row['id']}", Document.create(text=row["text"], published=PUBLISHED)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--gsr", type=Path, default=None)
    args = parser.parse_args()
    resources = load_resources()
    digest = hashlib.sha256()
    n = 0
    with args.out.open("w", encoding="utf-8") as fh:
        for key, doc in _documents(args.gsr):
            view = extraction_view(extract_document(doc, resources))
            line = json.dumps({"key": key, **view}, ensure_ascii=False, sort_keys=True) + "\n"
            fh.write(line)
            digest.update(line.encode())
            n += 1
    print(f"{n} documents; sha256 {digest.hexdigest()}")


if __name__ == "__main__":
    main()
