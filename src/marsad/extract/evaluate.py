"""``marsad evaluate gsr``: detection scores per task plus actor-span scores, as one JSON object."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from marsad.extract.actor_eval import SpanGold, evaluate_actor_spans, load_span_gold
from marsad.extract.actors import ActorFinder, load_actor_catalog
from marsad.extract.cues import cue_lexicon
from marsad.extract.detect import load_detector_file, load_detectors
from marsad.extract.evaluate_gsr import TASK_FILES, corpus_hash, evaluate_task, sentence_context
from marsad.extract.reading import TASK_GROUP, read_sentence
from marsad.extract.role_reading import read_roles
from marsad.extract.triggers import trigger_lexicon

SPAN_FILES = {"assault": "assault_spans.json", "protest": "protest_spans.json"}
IN_SAMPLE_WARNING = (
    "the packaged incident model was trained on this folder, so the assault/protest scores are in-sample "
    "(training-set) figures, not results; see cross_validated (nested grouped 5-fold, recorded by "
    "scripts/train_detector.py) or run with --cv 5. Actor scores use no trained model and are unaffected."
)


def evaluate_gsr(folder: Path, *, folds: int = 0) -> dict[str, Any]:
    """Scores on a GSR-layout folder. ``folds`` > 0: the incident model is retrained in grouped
    folds (use on the data it was trained on); 0: the packaged model as shipped."""
    models = load_detectors()
    out: dict[str, Any] = {}
    for task in TASK_FILES:
        model = models.get(task)
        out[task] = evaluate_task(folder, task, model=model, folds=folds).as_dict()
    out["actors"] = evaluate_actors(folder)
    out["corpus_sha256"] = corpus_hash(folder)
    out["mode"] = f"grouped {folds}-fold cross-validation" if folds else "packaged model"
    trained = load_detector_file()
    in_sample = not folds and bool(models) and trained.get("corpus_sha256") == out["corpus_sha256"]
    out["in_sample"] = in_sample
    if in_sample:
        # The packaged model was fit on this very folder: its detection scores above are training-set
        # scores. The honest figures are the nested cross-validated ones recorded when it was built.
        out["warning"] = IN_SAMPLE_WARNING
        out["cross_validated"] = {
            task: {k: v for k, v in scores.items() if k != "folds"}
            for task, scores in trained.get("cv", {}).items()
        }
    return out


def evaluate_actors(folder: Path) -> dict[str, Any]:
    """Token-overlap F1 of the perpetrator/target the pipeline assigns on the annotated sentences."""
    finder = ActorFinder(load_actor_catalog())
    triggers, cues = trigger_lexicon("ar"), cue_lexicon("ar")
    items: list[SpanGold] = []
    groups: dict[str, str] = {}
    for task, name in SPAN_FILES.items():
        path = folder / name
        if path.is_file():
            for item in load_span_gold(path):
                items.append(item)
                groups[item.id + item.text] = TASK_GROUP[task]

    def predict(item: SpanGold) -> tuple[str | None, str | None]:
        ctx = sentence_context(item.text, item.id)
        reading = read_sentence(ctx, triggers, cues)
        cr = reading.cluster_for(groups[item.id + item.text]) or (
            reading.clusters[0] if reading.clusters else None
        )
        if cr is None:
            return None, None
        perpetrator, target = read_roles(finder, ctx, cr.cluster, cr.event_type)
        return (perpetrator.text if perpetrator else None, target.text if target else None)

    scores = evaluate_actor_spans(items, predict)
    return {
        "source_f1": round(scores["source"].f1, 4),
        "target_f1": round(scores["target"].f1, 4),
        "n": scores["source"].n,
        "n_target": scores["target"].n,
    }
