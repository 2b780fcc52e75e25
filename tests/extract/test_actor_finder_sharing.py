"""One ActorFinder shared by threads, or shipped to another process, reads roles as a fresh one does."""

from __future__ import annotations

import pickle
from concurrent.futures import ThreadPoolExecutor

from marsad.extract.actors import ActorFinder, load_actor_catalog
from marsad.vocab import EventType

from .sentence_helpers import sentence, span_of

_CASES = [
    ("مسلحون مجهولون اغتالوا المختار زيدان فرحو", "اغتالوا", EventType.ASSASSINATION),
    ("اختطف مسلحون مجهولون الطبيب كمال النعيمي من عيادته", "اختطف", EventType.ABDUCTION),
    ("قتل عنصران من قوات الأمن برصاص مسلحين في بلدة الرميلة", "قتل", EventType.ARMED_ATTACK),
    ("Gunmen attacked a checkpoint in the village of Tel Zamrin", "attacked", EventType.ARMED_ATTACK),
]


def _read(finder: ActorFinder, case: tuple[str, str, EventType]) -> tuple[str | None, str | None]:
    text, trigger, event_type = case
    ctx = sentence(text)
    r = finder.roles(ctx, span_of(ctx, trigger), event_type)
    return (r.perpetrator.text if r.perpetrator else None, r.target.text if r.target else None)


def test_threads_sharing_a_finder_read_the_same_roles_as_one_thread() -> None:
    finder = ActorFinder(load_actor_catalog())
    serial = [_read(finder, c) for c in _CASES]
    assert serial[0][0] == "مسلحون مجهولون"
    work = _CASES * 50
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda c: _read(finder, c), work))
    assert got == serial * 50


def test_finder_survives_pickling_for_process_workers() -> None:
    finder = ActorFinder(load_actor_catalog())
    copy = pickle.loads(pickle.dumps(finder))
    assert [_read(copy, c) for c in _CASES] == [_read(finder, c) for c in _CASES]
