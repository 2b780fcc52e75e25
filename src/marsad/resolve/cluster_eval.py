"""Scoring a clustering against labelled events: pairwise precision/recall/F1 and B-cubed.

Pairwise: over every pair of reports, a pair is predicted positive when both land in one event and
truly positive when both describe one labelled event. B-cubed (Bagga & Baldwin 1998): per report, the
share of its predicted event that truly belongs with it (precision) and the share of its true event
that it was placed with (recall), averaged over reports.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from marsad.model import EventReport

__all__ = ["ClusterScores", "LabelledReport", "score_clustering"]


@dataclass(frozen=True, slots=True, kw_only=True)
class LabelledReport:
    event: str  # the true event label
    source: str
    note: str
    report: EventReport


@dataclass(frozen=True, slots=True, kw_only=True)
class ClusterScores:
    n_reports: int
    n_events_true: int
    n_events_predicted: int
    pairwise_precision: float
    pairwise_recall: float
    pairwise_f1: float
    bcubed_precision: float
    bcubed_recall: float
    bcubed_f1: float


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _pairs(sizes: Counter[Any]) -> int:
    return sum(n * (n - 1) // 2 for n in sizes.values())


def score_clustering(predicted: Mapping[str, str], gold: Mapping[str, str]) -> ClusterScores:
    """Scores of ``predicted`` (report id -> event id) against ``gold`` (report id -> label)."""
    ids = sorted(gold)
    joint = Counter((predicted[i], gold[i]) for i in ids)
    pred_sizes = Counter(predicted[i] for i in ids)
    gold_sizes = Counter(gold[i] for i in ids)
    tp = _pairs(Counter(joint))
    pp, gp = _pairs(pred_sizes), _pairs(gold_sizes)
    precision = tp / pp if pp else 1.0
    recall = tp / gp if gp else 1.0
    b_p = sum(joint[(predicted[i], gold[i])] / pred_sizes[predicted[i]] for i in ids) / len(ids)
    b_r = sum(joint[(predicted[i], gold[i])] / gold_sizes[gold[i]] for i in ids) / len(ids)
    return ClusterScores(
        n_reports=len(ids), n_events_true=len(gold_sizes), n_events_predicted=len(pred_sizes),
        pairwise_precision=precision, pairwise_recall=recall, pairwise_f1=_f1(precision, recall),
        bcubed_precision=b_p, bcubed_recall=b_r, bcubed_f1=_f1(b_p, b_r),
    )  # fmt: skip
