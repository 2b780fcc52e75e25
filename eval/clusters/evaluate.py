"""Score clustering on the labelled set and list every wrong pair with its explanation.

    .venv/bin/python eval/clusters/evaluate.py [--errors]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict
from pathlib import Path

from marsad.jobs.cluster_eval import load_labelled
from marsad.resolve.cluster import assign_events
from marsad.resolve.cluster_eval import score_clustering
from marsad.resolve.cluster_index import ClusterIndex
from marsad.resolve.cluster_profile import profile_of
from marsad.resolve.cluster_score import score_pair

SET = Path(__file__).with_name("reports.jsonl")


def out(*parts: object) -> None:
    sys.stdout.write(" ".join(str(p) for p in parts) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--errors", action="store_true", help="print wrongly joined and missed pairs")
    parser.add_argument("path", nargs="?", type=Path, default=SET)
    args = parser.parse_args()
    labelled = load_labelled(args.path)
    t0 = time.perf_counter()
    events = assign_events([x.report for x in labelled], [], {x.report.id: x.source for x in labelled})
    elapsed = time.perf_counter() - t0
    predicted = {rid: e.id for e in events for rid in e.report_ids}
    gold = {x.report.id: x.event for x in labelled}
    out(json.dumps({**asdict(score_clustering(predicted, gold)), "seconds": round(elapsed, 3)}, indent=2))
    if args.errors:
        cfg = ClusterIndex().config
        by_id = {x.report.id: x for x in labelled}
        ids = sorted(by_id)
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                same_pred, same_gold = predicted[a] == predicted[b], gold[a] == gold[b]
                if same_pred == same_gold:
                    continue
                s = score_pair(profile_of(by_id[a].report), profile_of(by_id[b].report), cfg)
                if not same_gold or s.score >= cfg.threshold or not s.vetoed:
                    kind = "WRONGLY JOINED" if same_pred else "MISSED"
                    out(f"{kind} {gold[a]} / {gold[b]} score {s.score} {s.veto}")
                    out("   ", by_id[a].report.sentence.quote[:120])
                    out("   ", by_id[b].report.sentence.quote[:120])
                    out("   ", "; ".join(f"{c.feature} {c.weight:+} {c.note}" for c in s.contributions))


if __name__ == "__main__":
    main()
