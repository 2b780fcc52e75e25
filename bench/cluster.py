"""Clustering throughput and peak memory on generated reports (10k, 100k, 1M by default).

    .venv/bin/python bench/cluster.py [--sizes 10000 100000 1000000] [--mode stream|batch]

Reports are generated day by day (about 300 events a day over 2,000 invented towns, 1 to 5 reports
per event in Arabic or English with differing figures and missing actors), as a live observatory
receives them. ``stream`` (default) clusters each day's reports with :class:`ClusterIndex`, reconciles
every changed event and forgets reports older than the blocking window: what ``marsad run`` does batch
by batch. ``batch`` clusters everything in one ``assign`` call and keeps it all in memory.

Each size runs in its own process so its peak RSS (``ru_maxrss``) is its own. Printed per size: the
CPU seconds spent generating reports, the CPU seconds spent clustering (profiles, MinHash, blocking, scoring,
joining, reconciling), reports per second, events, and peak memory.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date, timedelta

from marsad.model import (
    ActorMention,
    CasualtyFigure,
    EventDate,
    EventReport,
    Evidence,
    Place,
    PlaceMention,
    TextSpan,
)
from marsad.resolve.cluster import ClusterIndex, reconcile
from marsad.vocab import ActorType, CasualtyKind, Certainty, EventType, GeoPrecision, Role, TimePrecision

EVENTS_PER_DAY = 300
TYPES = [EventType.MINE_IED, EventType.SHELLING, EventType.DRONE_STRIKE, EventType.ARMED_CLASH,
         EventType.SHOOTING, EventType.ABDUCTION, EventType.AIR_STRIKE]  # fmt: skip
ACTORS = [(f"Group {i}", f"act:g{i}", ActorType.REBEL_GROUP) for i in range(12)]
WORDS_EN = ["explosion", "attack", "killed", "wounded", "civilians", "fighters", "village", "town", "near",
            "road", "market", "checkpoint"]  # fmt: skip
WORDS_AR = ["انفجار", "هجوم", "مقتل", "إصابة", "مدنيين", "مقاتلين", "قرية", "بلدة", "قرب", "طريق", "سوق",
            "حاجز"]  # fmt: skip


def _towns(rng: random.Random, n: int = 2000) -> list[Place]:
    return [
        Place(id=f"geonames:{i}", name=f"Town {i}", name_ar=f"بلدة {i}", latitude=rng.uniform(32.5, 37.0),
              longitude=rng.uniform(36.0, 42.0), country_code="SY", admin1="A", admin2=f"D{i // 20}",
              precision=GeoPrecision.TOWN)
        for i in range(n)
    ]  # fmt: skip


def generate(n: int, seed: int = 1) -> Iterator[list[EventReport]]:
    """Yield one day's reports at a time until ``n`` reports were made."""
    rng = random.Random(seed)
    towns = _towns(rng)
    made, day, serial = 0, date(2022, 1, 1), 0
    while made < n:
        batch = []
        for _ in range(EVENTS_PER_DAY):
            town = rng.choice(towns)
            etype = rng.choice(TYPES)
            actor = rng.choice(ACTORS) if rng.random() < 0.7 else None
            killed = rng.randint(0, 12)
            for _ in range(rng.randint(1, 5)):
                if made >= n:
                    break
                serial += 1
                made += 1
                arabic = rng.random() < 0.6
                words = WORDS_AR if arabic else WORDS_EN
                name = town.name_ar if arabic else town.name
                k = max(0, killed + rng.choice([0, 0, 1, -1]))
                text = " ".join([name, *rng.sample(words, 7), str(k)])
                doc = f"doc_{serial}"
                span = TextSpan(start=0, end=len(text))
                ev = Evidence(document_id=doc, span=span, quote=text, producer="bench")
                mention = None
                if actor is not None and rng.random() < 0.7:
                    mention = ActorMention(text=actor[0], role=Role.PERPETRATOR, evidence=ev,
                                           actor_id=actor[1], name=actor[0], actor_type=actor[2])  # fmt: skip
                batch.append(EventReport(
                    id=f"rep_{serial:012d}", document_id=doc, event_type=etype, certainty=Certainty.ASSERTED,
                    trigger=ev, sentence=ev, perpetrator=mention,
                    places=(PlaceMention(text=name, evidence=ev, place=town),),
                    date=EventDate(start=day, end=day, precision=TimePrecision.DAY),
                    casualties=(CasualtyFigure(kind=CasualtyKind.KILLED, value=k, evidence=ev),),
                ))  # fmt: skip
            if made >= n:
                break
        yield batch
        day += timedelta(days=1)


def run_one(n: int, mode: str) -> dict[str, object]:
    index = ClusterIndex()
    window = max(m for _, m in index.config.margin_days) + 2
    members: dict[str, list[EventReport]] = {}
    gen_s = clu_s = 0.0
    events_made = 0
    wall = time.perf_counter()
    t = time.process_time()
    days = list(generate(n)) if mode == "batch" else None
    gen_s += time.process_time() - t
    stream = iter(days) if days is not None else generate(n)
    if mode == "batch":
        everything = [r for d in days or [] for r in d]
        t = time.process_time()
        assignments = index.assign(everything)
        by_id = {r.id: r for r in everything}
        for a in assignments:
            reconcile(a.event_id, [by_id[r] for r in a.added], {}, members=a.members)
        clu_s += time.process_time() - t
        events_made = len(assignments)
    else:
        while True:
            t = time.process_time()
            batch = next(stream, None)
            gen_s += time.process_time() - t
            if batch is None:
                break
            t = time.process_time()
            by_id = {r.id: r for r in batch}
            for a in index.assign(batch):
                held = members.setdefault(a.event_id, [])
                held.extend(by_id[r] for r in a.added)
                reconcile(a.event_id, held, {}, members=a.members)
                events_made += 0 if a.existing else 1
            today = batch[0].date.start.toordinal()  # type: ignore[union-attr]
            index.evict_before(today - window)
            members = {  # events no new report can reach any more are final: let them go
                eid: rs for eid, rs in members.items()
                if rs[-1].date is not None and rs[-1].date.end.toordinal() >= today - window
            }
            clu_s += time.process_time() - t
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"reports": n, "mode": mode, "generate_cpu_s": round(gen_s, 1), "cluster_cpu_s": round(clu_s, 1),
            "reports_per_cpu_s": round(n / clu_s), "wall_s": round(time.perf_counter() - wall, 1),
            "events": events_made, "peak_rss_mb": round(peak_mb)}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--mode", choices=["stream", "batch"], default="stream")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.mode)))
        return
    for n in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(n), "--mode", args.mode],
                             capture_output=True, text=True, check=True)  # fmt: skip
        print(out.stdout.strip(), flush=True)


if __name__ == "__main__":
    main()
