"""Role grammar for uncatalogued actors, protest objects, and the actor-span scoring (invented names)."""

from __future__ import annotations

from marsad.extract.actor_eval import SpanGold, evaluate_actor_spans
from marsad.extract.actors import ActorFinder
from marsad.vocab import EventType, Language

from .sentence_helpers import sentence, span_of


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


# ---------------------------------------------------------------- who can be a target (invented names)
def test_weapon_after_target_marker_is_no_target(finder: ActorFinder) -> None:
    _, target = _roles(finder, "قصفت القوات بقذائف الهاون على قريتي المرجة وكفرزيتون", "قصفت")
    assert target is None


def test_abstract_noun_after_verb_is_no_target(finder: ActorFinder) -> None:
    _, target = _roles(finder, "هاجم مسلحون معلومات استخبارية في ريف زيتونة", "هاجم")
    assert target != "معلومات استخبارية"


def test_person_noun_object_is_a_target(finder: ActorFinder) -> None:
    _, target = _roles(finder, "هاجم مسلحون تاجراً في سوق بلدة زيتونة", "هاجم")
    assert target == "تاجراً"


def test_event_noun_is_never_the_perpetrator(finder: ActorFinder) -> None:
    perp, _ = _roles(finder, "وقالت مصادر إن الضربة استهدفت المختار زيدان فرحو", "استهدفت")
    assert perp != "الضربة"


# ---------------------------------------------------------------- voice
def test_object_pronoun_makes_the_noun_after_the_verb_its_subject(finder: ActorFinder) -> None:
    perp, target = _roles(finder, "عثر الأهالي على جثة راع أعدمه مسلحون قرب بلدة زيتونة", "أعدمه",
                          EventType.EXECUTION)
    assert perp == "مسلحون"
    assert target == "راع"


def test_indefinite_agent_after_passive_looking_verb_reads_active(finder: ActorFinder) -> None:
    perp, target = _roles(finder, "اختطف مجهولون فتاةً قرب قرية المرجة", "اختطف", EventType.ABDUCTION)
    assert perp == "مجهولون"
    assert target == "فتاةً"


def test_passive_verb_without_object_keeps_its_subject_as_target(finder: ActorFinder) -> None:
    perp, target = _roles(finder, "اختطف شاب من بلدة زيتونة أمس", "اختطف", EventType.ABDUCTION)
    assert perp is None
    assert target == "شاب"


def test_imperfect_verb_ends_the_actor_phrase(finder: ActorFinder) -> None:
    perp, _ = _roles(finder, "قتل رجل برصاص مسلحين مجهولين يركبون سيارة في زيتونة", "برصاص",
                     EventType.SHOOTING)
    assert perp == "مسلحين مجهولين"


# ---------------------------------------------------------------- nationality and vehicles
def _actor_ids(finder: ActorFinder, text: str, trigger: str, event_type: EventType,
               language: Language = Language.UNKNOWN) -> tuple[str | None, str | None]:
    ctx = sentence(text, language)
    r = finder.roles(ctx, span_of(ctx, trigger), event_type)
    return (r.perpetrator.actor_id if r.perpetrator else None, r.target.actor_id if r.target else None)


def test_nationality_on_a_drone_names_the_state_forces(finder: ActorFinder) -> None:
    perp, target = _actor_ids(finder, "قتل رجلان إثر استهداف طائرة مسيرة تركية سيارة مدنية قرب زيتونة",
                              "طائرة مسيرة", EventType.DRONE_STRIKE)
    assert perp == "turkish_armed_forces"
    assert target == "civilians"


def test_nationality_on_english_warplanes_names_the_state_forces(finder: ActorFinder) -> None:
    perp, _ = _actor_ids(finder, "Turkish warplanes struck sites near the village of Kafr Zaytun",
                         "struck", EventType.AIR_STRIKE, Language.EN)
    assert perp == "turkish_armed_forces"


def test_vehicle_target_is_named_after_its_occupants(finder: ActorFinder) -> None:
    _, target = _roles(finder, "انفجرت عبوة ناسفة استهدفت دورية عسكرية قرب بلدة زيتونة", "عبوة ناسفة",
                       EventType.MINE_IED)
    assert target == "دورية عسكرية"


def test_english_participle_is_not_a_noun_alias(finder: ActorFinder) -> None:
    ctx = sentence("A bomb exploded near a crowded bakery in Kafr Zaytun", Language.EN)
    assert not [m for m in finder.mentions(ctx) if m.actor_id == "protesters"]
