"""Benchmark: ingest N local documents into a fresh SQLite store; print documents/s and peak memory.

    python bench/ingest.py [--n 10000] [--layout jsonl|files]

Target (issue 2): at least 2,000 documents/s for 10,000 documents.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from marsad.config import Settings
from marsad.jobs.ingest import ingest
from marsad.store.store import Store

PLACES = ["دير الزور", "الحسكة", "القامشلي", "الرقة", "منبج", "الشحيل", "البصيرة", "ذيبان"]
TEMPLATES = [
    "قُتل {n} مدنيين وأصيب {m} آخرون بانفجار عبوة ناسفة في {p} صباح اليوم، وفق مصادر محلية.",
    "هاجم مسلحون مجهولون حاجزاً في ريف {p} الشرقي ما أدى إلى مقتل {n} عناصر.",
    "اغتال مجهولون مختار قرية في {p} بإطلاق النار عليه أمام منزله، بحسب المرصد.",
    "Gunmen killed {n} people and wounded {m} in an attack near {p} on Monday, local sources said.",
]


def make_corpus(folder: Path, n: int, layout: str, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    records = []
    for i in range(n):
        body = " ".join(
            rng.choice(TEMPLATES).format(n=rng.randint(1, 9), m=rng.randint(0, 12), p=rng.choice(PLACES))
            for _ in range(rng.randint(6, 14))
        )
        records.append(
            {
                "url": f"https://example.org/bench/{i}",
                "title": f"bench {i}",
                "published": f"2024-04-{1 + i % 28:02d}T08:00:00Z",
                "text": f"{body} (#{i})",
            }
        )
    if layout == "jsonl":
        path = folder / "corpus.jsonl"
        path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", "utf-8")
        return [path]
    out = folder / "docs"
    out.mkdir()
    for i, r in enumerate(records):
        (out / f"{i:06d}.txt").write_text(
            f"title: {r['title']}\npublished: {r['published']}\n\n{r['text']}", "utf-8"
        )
    return [out]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--layout", choices=["jsonl", "files"], default="jsonl")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sources = make_corpus(folder, args.n, args.layout)
        settings = Settings(database=str(folder / "bench.db"), batch_size=1000)
        store = Store.open(settings.database)
        start = time.perf_counter()
        outcome = ingest([str(s) for s in sources], store=store, settings=settings)
        elapsed = time.perf_counter() - start
        again = time.perf_counter()
        second = ingest([str(s) for s in sources], store=store, settings=settings)
        elapsed_again = time.perf_counter() - again
        store.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    added = outcome.counts.get("documents_added", 0)
    print(f"layout={args.layout} documents={args.n} added={added} failures={len(outcome.failures)}")
    print(f"ingest: {elapsed:.2f} s, {args.n / elapsed:,.0f} documents/s")
    print(
        f"re-ingest (all duplicates): {elapsed_again:.2f} s, "
        f"added={second.counts.get('documents_added', 0)}, "
        f"duplicates={second.counts.get('documents_duplicate', 0)}"
    )
    print(f"peak memory (max RSS): {peak_mb:,.0f} MB")
    return 0 if added == args.n else 1


if __name__ == "__main__":
    sys.exit(main())
