"""Benchmark: tallies over N events (default 1,000,000) in a SQLite store.

    .venv/bin/python bench/analyze.py [--events 1000000] [--db /tmp/marsad-bench.db] [--keep]

Events are generated (seeded) and bulk-inserted straight into the ``events`` table of a migrated
store (the ``record`` column holds a stub: tallies never read it). Prints the insert time and the
time of each tally query, and exits non-zero when a tally takes 2 s or more.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from marsad.analyze.fetch import count_series
from marsad.analyze.periods import Period
from marsad.analyze.rules import COUNTED_CERTAINTIES
from marsad.store import Store
from marsad.store.analytics import EventQuery, tally_rows
from marsad.vocab import Certainty, EventType

ACTORS = ["Islamic State", "Turkish Armed Forces", "Syrian Democratic Forces", "Syrian National Army",
          "Syrian government forces", "", "Unidentified gunmen", "Hayat Tahrir al-Sham"]
AREAS = [("Al-Hasakah", "Al-Hasakah District"), ("Deir ez-Zor", "Al-Mayadin District"),
         ("Raqqa", "Tell Abyad District"), ("Aleppo", "Manbij District"), ("Idlib", "Harem District"),
         ("Damascus", "Damascus"), ("Nineveh", "Sinjar District"), ("", "")]
TARGET_S = 2.0


def generate(n: int, seed: int) -> list[tuple[object, ...]]:
    rng = random.Random(seed)
    types = [t.value for t in EventType]
    certs = [c.value for c in Certainty]
    weights = [60, 15, 2, 3, 1, 3, 16]
    start = date(2019, 1, 1)
    now = datetime(2025, 1, 1, tzinfo=UTC).replace(tzinfo=None).isoformat(sep=" ")
    rows = []
    for i in range(n):
        day = (start + timedelta(days=rng.randrange(6 * 365))).isoformat()
        admin1, admin2 = rng.choice(AREAS)
        killed = rng.choice((None, None, 0, 1, 2, 5))
        rows.append((
            f"evt_{i:09d}", rng.choice(types), rng.choices(certs, weights)[0], day, day, "day",
            admin2 or "somewhere", None, admin1, admin2, 36.0 + rng.random(), 40.0 + rng.random(),
            rng.choice(ACTORS), rng.choice(ACTORS), killed,
            None if killed is None else killed + rng.randrange(3),
            None, None, 1 + rng.randrange(3), rng.random() < 0.01, '{"stub": true}', now,
        ))
    return rows


def insert(store: Store, rows: list[tuple[object, ...]]) -> None:
    sql = ("INSERT INTO events (id, event_type, certainty, date_start, date_end, time_precision, place_text, "
           "place_id, admin1, admin2, latitude, longitude, perpetrator, target, killed_min, killed_max, "
           "injured_min, injured_max, n_reports, rejected, record, updated_at) VALUES "
           "(" + ", ".join("?" * 22) + ")")
    raw = store.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("BEGIN")
        cur.executemany(sql, rows)
        cur.execute("COMMIT")
        cur.execute("ANALYZE")
    finally:
        raw.close()


def timed(label: str, fn: object) -> float:
    """Wall time of the best of three runs (CPU time printed too: on a shared, loaded machine the CPU
    time is the fairer figure, since SQLite runs inside this process)."""
    best_wall, best_cpu, size = float("inf"), float("inf"), 0
    for _ in range(3):
        t0, c0 = time.perf_counter(), time.process_time()
        result = fn()  # type: ignore[operator]
        best_wall = min(best_wall, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)
        size = len(result)
    print(f"{label:<62} wall {best_wall:6.3f} s  cpu {best_cpu:6.3f} s  ({size} rows)")
    return best_wall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/marsad-bench-analyze.db"))
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", action="store_true", help="reuse the database if it exists")
    args = parser.parse_args()
    fresh = not (args.keep and args.db.exists())
    if fresh:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.db}{suffix}").unlink(missing_ok=True)
    with Store.open(str(args.db)) as store:
        if fresh:
            t0 = time.perf_counter()
            rows = generate(args.events, args.seed)
            t1 = time.perf_counter()
            insert(store, rows)
            t2 = time.perf_counter()
            print(f"generated {len(rows):,} events in {t1 - t0:.1f} s, bulk insert {t2 - t1:.1f} s")
        engine = store.engine
        counted = EventQuery(certainties=COUNTED_CERTAINTIES)
        isis = EventQuery(certainties=COUNTED_CERTAINTIES, perpetrator="Islamic State",
                          event_types=(EventType.ARMED_ATTACK, EventType.MINE_IED))
        timings = {
            "total (no grouping)": timed("tally: total", lambda: tally_rows(engine, counted, ())),
            "month,type": timed("tally --by month,type",
                                lambda: tally_rows(engine, counted, ("month", "type"))),
            "week,type": timed("tally --by week,type", lambda: tally_rows(engine, counted, ("week", "type"))),
            "month,type --area Hasakah --actor 'Islamic State'": timed(
                "tally --by month,type --area Hasakah --actor 'Islamic State'",
                lambda: tally_rows(engine, EventQuery(certainties=COUNTED_CERTAINTIES, area="Hasakah",
                                                      perpetrator="Islamic State"), ("month", "type"))),
            "weekly series (test-link input)": timed(
                "weekly count series: ISIS attacks + IEDs, 6 years",
                lambda: count_series(engine, isis, Period.WEEK, date(2019, 1, 1), date(2024, 12, 29),
                                     name="isis").labels),
        }
        stress = timed(  # ~280k groups out of 1M events: nearly one group per event; not in the target
            "stress: --by month,type,actor,admin1,certainty --certainty all",
            lambda: tally_rows(engine, EventQuery(), ("month", "type", "actor", "admin1", "certainty")))
    worst = max(timings.values())
    print(json.dumps({"events": args.events, "worst_tally_s": round(worst, 3), "target_s": TARGET_S,
                      "stress_s": round(stress, 3),
                      "load_average_1min": round(os.getloadavg()[0], 1), "cpus": os.cpu_count()}))
    return 0 if worst < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
