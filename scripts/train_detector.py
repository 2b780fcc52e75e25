"""Train the incident detector on the GSR dev half and write src/marsad/extract/lexicons/detector.json.

    .venv/bin/pip install scikit-learn   # training only; run time needs no sklearn
    .venv/bin/python scripts/train_detector.py [GSR_DIR]

Prints grouped, stratified 5-fold cross-validated scores (sentences of one article never straddle
train and test) and stores them next to the weights; the shipped weights are fit on all dev data.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from marsad.extract.detect import MODEL_FILE, LinearModel
from marsad.extract.evaluate_gsr import TASK_GROUP, corpus_hash, fold_of, load_rows, read_rows, score
from marsad.extract.reading import detector_features

ROOT = Path(__file__).resolve().parents[1]
C = {"assault": 1.0, "protest": 1.0}
THRESHOLDS = {"assault": 0.25, "protest": 0.2}
FOLDS = 5


def fit(samples: list[dict[str, int]], labels: np.ndarray, c: float) -> LinearModel:
    dv = DictVectorizer()
    x = dv.fit_transform(samples)
    m = LogisticRegression(C=c, max_iter=3000).fit(x, labels)
    names = dv.get_feature_names_out()
    weights = {str(n): float(w) for n, w in zip(names, m.coef_[0], strict=True) if abs(w) >= 1e-3}
    return LinearModel(bias=float(m.intercept_[0]), weights=weights, threshold=0.5)


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "eval" / "arabic_event_gsr"
    out: dict[str, object] = {"version": 1, "corpus_sha256": corpus_hash(folder), "models": {}, "cv": {}}
    for task, group in TASK_GROUP.items():
        rows = load_rows(folder, task)
        readings = read_rows(rows)
        idx = [i for i, rd in enumerate(readings) if rd.cluster_for(group) is not None]
        samples = [dict.fromkeys(detector_features(readings[i], group), 1) for i in idx]
        labels = np.array([rows[i].positive for i in idx])
        fold = fold_of(rows, FOLDS)
        probs: dict[int, float] = {}
        for k in range(FOLDS):
            train = [j for j, i in enumerate(idx) if fold[i] != k]
            model = fit([samples[j] for j in train], labels[train], C[task])
            for j, i in enumerate(idx):
                if fold[i] == k:
                    probs[i] = model.probability(samples[j])
        predicted = [probs.get(i, 0.0) >= THRESHOLDS[task] for i in range(len(rows))]
        cv = score(predicted, rows).as_dict()
        print(task, "cross-validated", cv)
        final = fit(samples, labels, C[task])
        final = LinearModel(bias=final.bias, weights=final.weights, threshold=THRESHOLDS[task])
        out["models"][task] = final.to_json()  # type: ignore[index]
        out["cv"][task] = cv  # type: ignore[index]
    path = ROOT / "src" / "marsad" / "extract" / "lexicons" / MODEL_FILE
    path.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print("wrote", path, path.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
