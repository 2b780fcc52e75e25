"""Train the incident detector on the GSR dev half and write src/marsad/extract/lexicons/detector.json.gz.

    .venv/bin/pip install scikit-learn   # training only; run time needs no sklearn
    .venv/bin/python scripts/train_detector.py [GSR_DIR]

Deterministic (fixed fold assignment, liblinear with a fixed random_state, fixed threshold grid).
Prints nested, grouped, stratified 5-fold cross-validated scores (sentences of one article never
straddle train and test; each fold's threshold is chosen inside its training folds) and stores them,
with the per-fold counts and the corpus hash, next to the weights. The shipped weights are fit on all
dev data; their threshold comes from 5-fold out-of-fold probabilities over all dev data.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

from marsad.extract.detect import MODEL_FILE
from marsad.extract.detect_train import TRAIN_OPTIONS, tuned_model
from marsad.extract.evaluate_gsr import (
    TASK_GROUP,
    corpus_hash,
    cross_validate,
    extra_fold_of,
    fold_of,
    load_ambiguous_rows,
    load_rows,
    read_rows,
    score,
    task_samples,
)

ROOT = Path(__file__).resolve().parents[1]
FOLDS = 5


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "eval" / "arabic_event_gsr"
    out: dict[str, object] = {
        "version": 3,
        "corpus_sha256": corpus_hash(folder),
        "folds": FOLDS,
        "trainer": {
            "features": "char 2-5-grams in word boundaries + rule features; the row L2-normalized as a"
            " whole or (rules_apart) the n-grams alone with the rule block at a scale chosen in inner folds;"
            " target yes/no or (soft) annotator agreement with the ambiguous rows as training-only rows",
            "options": TRAIN_OPTIONS,
        },
        "models": {},
        "cv": {},
    }
    for task in TASK_GROUP:
        rows = load_rows(folder, task)
        readings = read_rows(rows)
        ambiguous = load_ambiguous_rows(folder, task)
        extra = (read_rows(ambiguous), ambiguous)
        predicted, folds = cross_validate(readings, rows, task, FOLDS, extra=extra)
        cv: dict[str, object] = dict(score([bool(p) for p in predicted], rows).as_dict())
        cv["folds"] = [f.as_dict() for f in folds]
        print(task, "nested grouped cross-validation", cv)
        idx, samples, labels = task_samples(readings, rows, task)
        xidx, xsamples, _ = task_samples(extra[0], ambiguous, task)
        fold = fold_of(rows, FOLDS)
        xfold = extra_fold_of(rows, fold, ambiguous, FOLDS)
        missed = sum(1 for i, r in enumerate(rows) if r.positive and i not in set(idx))
        final = tuned_model(
            samples + xsamples,
            labels + [False] * len(xidx),
            [fold[i] for i in idx] + [xfold[i] for i in xidx],
            task,
            missed,
            agreement=[rows[i].agreement for i in idx] + [ambiguous[i].agreement for i in xidx],
            scored=[True] * len(idx) + [False] * len(xidx),
        )
        out["models"][task] = final.to_json()  # type: ignore[index]
        out["cv"][task] = cv  # type: ignore[index]
        print(task, "shipped", final.cv, "threshold", final.threshold, "weights", len(final.weights))
    path = ROOT / "src" / "marsad" / "extract" / "lexicons" / MODEL_FILE
    raw = json.dumps(out, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
    path.write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))
    print("wrote", path, path.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
