"""Role grammar for uncatalogued actors, protest objects, and the actor-span scoring (invented names)."""

from __future__ import annotations

import pytest

from marsad.extract.actor_eval import SpanGold, evaluate_actor_spans
from marsad.extract.actors import ActorFinder, load_actor_catalog
from marsad.vocab import EventType

from .sentence_helpers import sentence, span_of


@pytest.fixture(scope="module")
def finder() -> ActorFinder:
    return ActorFinder(load_actor_catalog())


def _roles(finder: ActorFinder, text: str, trigger: str,
           event_type: EventType = EventType.ARMED_ATTACK) -> tuple[str | None, str | None]:
    ctx = sentence(text)
    r = finder.roles(ctx, span_of(ctx, trigger), event_type)
    return (r.perpetrator.text if r.perpetrator else None, r.target.text if r.target else None)


def test_protest_target_is_the_authority_after_the_trigger(finder: ActorFinder) -> None:
    perp, target = _roles(finder, "تظاهر المتظاهرون في بلدة زيتونة مطالبين باستقالة الحكومة", "تظاهر",
                          EventType.PROTEST)
    assert perp == "المتظاهرون"
    assert target == "الحكومة"


def test_uncatalogued_subject_before_the_verb_is_the_agent(finder: ActorFinder) -> None:
    perp, _ = _roles(finder, "وكان الفرحاني أطلق النار على مجموعة من الرعاة", "أطلق")
    assert perp == "الفرحاني"


def test_intransitive_event_verb_has_no_agent_subject(finder: ActorFinder) -> None:
    perp, _ = _roles(finder, "انفجرت سيارة مفخخة قرب سوق بلدة زيتونة", "انفجرت")
    assert perp is None


def test_auxiliary_is_never_a_subject(finder: ActorFinder) -> None:
    perp, _ = _roles(finder, "تم اختطاف الراعي من قبل مسلحين مجهولين", "اختطاف", EventType.ABDUCTION)
    assert perp == "مسلحين مجهولين"


def test_roles_reuse_the_sentence_analysis(finder: ActorFinder) -> None:
    ctx = sentence("مسلحون مجهولون اغتالوا المختار زيدان فرحو")
    analysis = finder.sentence_analysis(ctx)
    assert finder.sentence_analysis(ctx) is analysis
    r = finder.roles(ctx, span_of(ctx, "اغتالوا"), EventType.ASSASSINATION, analysis=analysis)
    assert r.perpetrator is not None and r.perpetrator.text == "مسلحون مجهولون"


def test_span_score_compares_whole_tokens_with_their_clitics() -> None:
    item = SpanGold(id="x", event_type="ASSAULT", text="هجوم لداعش على حاجز", source_gold="لداعش",
                    target_gold="حاجز", verb_gold="هجوم")
    scores = evaluate_actor_spans([item], lambda _: ("داعش", "حاجز"))
    assert scores["source"].f1 == 1.0
    assert scores["target"].f1 == 1.0
