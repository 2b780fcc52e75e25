"""Sentence-level scoring on a folder laid out like ``shared/eval/arabic_event_gsr``.

``label``: ``yes`` is positive, ``easy no`` and ``difficult no`` negative, ``ambiguous`` left out of
every score (a soft-target model may still train on those sentences' annotator agreement).
A sentence is predicted positive when the rules find a trigger of the task's group (violence for
ASSAULT, protest for PROTEST) and the incident model agrees. With ``folds > 0`` the model is
retrained inside grouped, stratified folds (sentences of one article never straddle train and test)
with its layout and threshold chosen inside the training folds (nested), which is the honest score on data the
shipped model was trained on (needs scikit-learn, as training does).
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from marsad.errors import ConfigError
from marsad.extract.context import DocumentContext, SentenceContext
from marsad.extract.cues import cue_lexicon
from marsad.extract.detect import LinearModel
from marsad.extract.detect_train import tuned_model
from marsad.extract.reading import TASK_GROUP, SentenceReading, detector_features, read_sentence
from marsad.extract.triggers import trigger_lexicon
from marsad.model import TextSpan
from marsad.text.normalize import normalize
from marsad.vocab import Language

TASK_FILES = {"assault": "assault_gsr.csv", "protest": "protest_gsr.csv"}


@dataclass(frozen=True, slots=True)
class GsrRow:
    id: str
    label: str
    text: str
    accept: int = 0  # annotators who accepted the event type, of ``total``
    total: int = 0

    @property
    def positive(self) -> bool:
        return self.label == "yes"

    @property
    def agreement(self) -> float:
        """The share of annotators who accepted the event type (1 for yes, 0 for easy no)."""
        if self.label == "yes":
            return 1.0
        return self.accept / self.total if self.total else 0.0

    @property
    def group(self) -> str:
        """The article a sentence comes from (its id without the sentence number)."""
        base, sep, _ = self.id.rpartition("-" if self.id.startswith("AAW_") else "_")
        return base if sep else self.id


@dataclass(frozen=True, slots=True)
class TaskScore:
    precision: float
    recall: float
    f1: float
    difficult_no_false_positive_rate: float
    n: int

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "difficult_no_false_positive_rate": round(self.difficult_no_false_positive_rate, 4),
            "n": self.n,
        }


def _all_rows(folder: Path, task: str) -> list[GsrRow]:
    path = folder / TASK_FILES[task]
    if not path.is_file():
        raise ConfigError(
            f"{path} not found", hint="pass a folder laid out like shared/eval/arabic_event_gsr"
        )
    with path.open(encoding="utf-8", newline="") as fh:
        return [
            GsrRow(
                id=r["id"],
                label=r["label"].strip(),
                text=r["text"],
                accept=int(r.get("accept") or 0),
                total=int(r.get("total") or 0),
            )
            for r in csv.DictReader(fh)
        ]


def load_rows(folder: Path, task: str) -> list[GsrRow]:
    """The scored rows (``ambiguous`` left out)."""
    return [r for r in _all_rows(folder, task) if r.label != "ambiguous"]


def load_ambiguous_rows(folder: Path, task: str) -> list[GsrRow]:
    """The ``ambiguous`` rows: never scored, but a soft-target model trains on their agreement."""
    return [r for r in _all_rows(folder, task) if r.label == "ambiguous"]


def corpus_hash(folder: Path) -> str:
    """sha256 over the csv and json files of the folder (names and bytes, in name order)."""
    digest = hashlib.sha256()
    for path in sorted(folder.iterdir()):
        if path.suffix in {".csv", ".json"}:
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def sentence_context(text: str, doc_id: str, published: date | None = None) -> SentenceContext:
    """A one-sentence document context (the evaluation sentences stand alone)."""
    norm = normalize(text)
    doc = DocumentContext(document_id=doc_id, text=text, norm=norm, language=Language.AR, published=published)
    return SentenceContext(doc=doc, span=TextSpan(start=0, end=len(text)), nstart=0, nend=len(norm.text))


def read_rows(rows: Sequence[GsrRow]) -> list[SentenceReading]:
    triggers, cues = trigger_lexicon("ar"), cue_lexicon("ar")
    return [read_sentence(sentence_context(r.text, r.id), triggers, cues) for r in rows]


def score(predicted: Sequence[bool], rows: Sequence[GsrRow]) -> TaskScore:
    tp = sum(1 for p, r in zip(predicted, rows, strict=True) if p and r.positive)
    fp = sum(1 for p, r in zip(predicted, rows, strict=True) if p and not r.positive)
    fn = sum(1 for p, r in zip(predicted, rows, strict=True) if not p and r.positive)
    dn = [p for p, r in zip(predicted, rows, strict=True) if r.label == "difficult no"]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return TaskScore(precision, recall, f1, sum(dn) / len(dn) if dn else 0.0, len(rows))


def predict(readings: Sequence[SentenceReading], group: str, model: LinearModel | None) -> list[bool]:
    out = []
    for rd in readings:
        cr = rd.cluster_for(group)
        if cr is None:
            out.append(False)
        elif model is None:
            out.append(cr.certainty.certainty.value == "asserted")
        else:
            out.append(model.accepts(detector_features(rd, group)))
    return out


def fold_of(rows: Sequence[GsrRow], folds: int) -> list[int]:
    """Grouped, stratified fold numbers: articles with a positive are dealt round-robin first."""
    groups: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        groups.setdefault(r.group, []).append(i)
    keyed = sorted(groups.items(), key=lambda kv: (not any(rows[i].positive for i in kv[1]), kv[0]))
    out = [0] * len(rows)
    for n, (_, idxs) in enumerate(keyed):
        for i in idxs:
            out[i] = n % folds
    return out


def extra_fold_of(
    rows: Sequence[GsrRow], fold: Sequence[int], extra: Sequence[GsrRow], folds: int
) -> list[int]:
    """Folds of training-only rows: their article's fold, else articles dealt round-robin by name."""
    by_group = {r.group: f for r, f in zip(rows, fold, strict=True)}
    new = sorted({r.group for r in extra} - set(by_group))
    by_group.update({g: n % folds for n, g in enumerate(new)})
    return [by_group[r.group] for r in extra]


def task_samples(
    readings: Sequence[SentenceReading], rows: Sequence[GsrRow], task: str
) -> tuple[list[int], list[list[str]], list[bool]]:
    """Indices, features and labels of the sentences with a trigger of the task's group (the only
    ones the model scores; the others are predicted negative)."""
    group = TASK_GROUP[task]
    idx = [i for i, rd in enumerate(readings) if rd.cluster_for(group) is not None]
    return idx, [detector_features(readings[i], group) for i in idx], [rows[i].positive for i in idx]


@dataclass(frozen=True, slots=True)
class FoldResult:
    fold: int
    threshold: float
    tp: int
    fp: int
    fn: int
    layout: str = ""  # what the inner folds chose: target/rule scale (``detect_train.Layout``)

    def as_dict(self) -> dict[str, float | int | str]:
        return {
            "fold": self.fold,
            "threshold": self.threshold,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "layout": self.layout,
        }


def cross_validate(
    readings: Sequence[SentenceReading],
    rows: Sequence[GsrRow],
    task: str,
    folds: int,
    only: Sequence[int] | None = None,
    extra: tuple[Sequence[SentenceReading], Sequence[GsrRow]] | None = None,
) -> tuple[list[bool | None], list[FoldResult]]:
    """Nested, grouped cross-validation: for each outer fold, a model is fit on the other folds and
    its layout and threshold are chosen from inner out-of-fold probabilities over those same folds.
    ``extra`` (readings and rows of the ``ambiguous`` sentences) are training-only rows, kept in
    their article's fold. Returns the prediction per row (None for rows of folds not run, see
    ``only``) and per-fold counts."""
    fold = fold_of(rows, folds)
    idx, samples, labels = task_samples(readings, rows, task)
    agreement = [rows[i].agreement for i in idx]
    has = set(idx)
    xidx: list[int] = []
    xfold: list[int] = []
    if extra is not None:
        xidx, xsamples, _ = task_samples(extra[0], extra[1], task)
        xfold_all = extra_fold_of(rows, fold, extra[1], folds)
        xfold = [xfold_all[i] for i in xidx]
        samples = samples + xsamples
        agreement = agreement + [extra[1][i].agreement for i in xidx]
    scored = [True] * len(idx) + [False] * len(xidx)
    all_labels = list(labels) + [False] * len(xidx)
    all_fold = [fold[i] for i in idx] + xfold
    predicted: list[bool | None] = [None] * len(rows)
    results = []
    for k in only if only is not None else range(folds):
        train = [j for j, f in enumerate(all_fold) if f != k]
        missed = sum(1 for i, r in enumerate(rows) if fold[i] != k and r.positive and i not in has)
        model = tuned_model(
            [samples[j] for j in train],
            [all_labels[j] for j in train],
            [all_fold[j] for j in train],
            task,
            missed,
            agreement=[agreement[j] for j in train],
            scored=[scored[j] for j in train],
        )
        for i in range(len(rows)):
            if fold[i] == k:
                predicted[i] = False
        for j, i in enumerate(idx):
            if fold[i] == k:
                predicted[i] = model.accepts(samples[j])
        test = [i for i in range(len(rows)) if fold[i] == k]
        tp = sum(1 for i in test if predicted[i] and rows[i].positive)
        fp = sum(1 for i in test if predicted[i] and not rows[i].positive)
        fn = sum(1 for i in test if not predicted[i] and rows[i].positive)
        results.append(
            FoldResult(
                fold=k, threshold=model.threshold, tp=tp, fp=fp, fn=fn, layout=str(model.cv.get("layout", ""))
            )
        )
    return predicted, results


def evaluate_task(folder: Path, task: str, *, model: LinearModel | None, folds: int = 0) -> TaskScore:
    rows = load_rows(folder, task)
    readings = read_rows(rows)
    if folds:
        ambiguous = load_ambiguous_rows(folder, task)
        predicted, _ = cross_validate(readings, rows, task, folds, extra=(read_rows(ambiguous), ambiguous))
        return score([bool(p) for p in predicted], rows)
    return score(predict(readings, TASK_GROUP[task], model), rows)
