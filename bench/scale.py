"""Documents per second of ``marsad run --engine dask`` with 1 and 2 workers, and peak memory per worker.

    .venv/bin/python bench/scale.py [--n 20000] [--workers 1 2] [--partition-mb 2]

Generated Arabic articles (tests/distributed/corpus.py: several outlets per incident) are written as
JSON Lines; each worker count runs on a fresh LocalCluster of one-thread process workers into a fresh
output folder (extraction and clustering both timed; cluster start-up excluded). Peak memory is each
worker process's maximum resident set size. Note the machine's load: other jobs skew the speed-up.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.distributed.corpus import records, write_jsonl

from marsad.config import Settings
from marsad.distributed.runner import open_client, run_dask


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _warm() -> None:
    from marsad.distributed.partition import warm_up

    warm_up(Settings())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--partition-mb", type=float, default=2.0)
    args = parser.parse_args()
    print(f"cpus={os.cpu_count()} load={os.getloadavg()[0]:.2f} documents={args.n}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_jsonl(folder / "in", records(args.n, days=365), files=8)
        size = sum(p.stat().st_size for p in (folder / "in").glob("*.jsonl")) / 1e6
        print(f"input: {size:.1f} MB in 8 JSON Lines files")
        base = 0.0
        for n in args.workers:
            with open_client(None, n) as client:
                client.run(_warm)  # load lexicons and gazetteer once per worker, untimed (a warm cluster)
                cpu0 = sum(client.run(_cpu_s).values())
                t0 = time.perf_counter()
                result = run_dask([str(folder / "in" / "*.jsonl")], str(folder / f"out{n}"), Settings(),
                                  client=client, partition_bytes=int(args.partition_mb * 1e6))  # fmt: skip
                elapsed = time.perf_counter() - t0
                cpu = sum(client.run(_cpu_s).values()) - cpu0
                peaks = client.run(_peak_rss_mb)
            rate = result.documents / elapsed
            base = base or rate
            print(
                f"workers={n} partitions={len(result.partitions)} documents={result.documents} "
                f"reports={result.reports} events={result.events} time={elapsed:.1f}s "
                f"(extract {result.timings['extract_s']:.1f}s, "
                f"cluster {result.timings.get('cluster_s', 0):.1f}s) "
                f"docs/s={rate:.0f} speedup={rate / base:.2f}x "
                f"worker_cpu={cpu:.1f}s ({1e3 * cpu / max(1, result.documents):.2f} ms/doc) "
                f"peak_rss_per_worker_mb={max(peaks.values()):.0f} load={os.getloadavg()[0]:.2f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
