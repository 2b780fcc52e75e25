"""Main-predicate choice, protest participants and clause-level role rules (invented names and places)."""

from __future__ import annotations

from marsad.extract.actors import ActorFinder
from marsad.extract.phrases import load_grammar, tokenize
from marsad.extract.role_reading import read_roles
from marsad.extract.roles import is_event_verb
from marsad.extract.triggers import TriggerCluster, TriggerHit
from marsad.vocab import EventType, Language

from .sentence_helpers import sentence, span_of


def _cluster(ctx_text: str, words: list[str], anchor: str, event_type: EventType = EventType.ARMED_ATTACK
             ) -> tuple[object, TriggerCluster]:
    ctx = sentence(ctx_text)
    hits = tuple(TriggerHit(event_type=event_type, strong=True, nstart=s, nend=e, pattern=w)
                 for w in words for s, e in [span_of(ctx, w)])
    return ctx, TriggerCluster(event_type=event_type, hits=hits, anchor=hits[words.index(anchor)])


def _read(finder: ActorFinder, text: str, words: list[str], anchor: str,
          event_type: EventType = EventType.ARMED_ATTACK) -> tuple[str | None, str | None]:
    ctx, cluster = _cluster(text, words, anchor, event_type)
    p, t = read_roles(finder, ctx, cluster, event_type)  # type: ignore[arg-type]
    return (p.text if p else None, t.text if t else None)


def test_event_verb_recognises_inflected_forms_but_not_masdars() -> None:
    g = load_grammar(Language.AR)
    tokens, _ = tokenize("اختطفوا وقتلت يطلقون يستهدفون بقتل المقتل مقتل")
    assert [is_event_verb(t, g) for t in tokens] == [True, True, True, True, False, False, False]


def test_main_clause_verb_outranks_subordinate_device_word(finder: ActorFinder) -> None:
    # the IED belongs to the "بعدما" clause; the main predicate is the killing after the support verb
    text = "قام عدد من جنود الكتيبة الزرقاء بقتل المدنيين بعدما فجرت عبوة ناسفة إحدى مركباتهم"
    perp, target = _read(finder, text, ["بقتل", "فجرت", "عبوة ناسفة"], "عبوة ناسفة", EventType.MINE_IED)
    assert target == "المدنيين"
    assert perp is not None and "جنود" in perp


def test_verb_outranks_adjunct_attack_noun(finder: ActorFinder) -> None:
    text = "وقالت مصادر إن قوات الأمن قتلت ثلاثة متشددين في هجوم على قرية تل زيتون"
    perp, target = _read(finder, text, ["قتلت", "هجوم"], "هجوم")
    assert perp == "قوات الأمن"
    assert target is not None and "متشددين" in target


def test_agent_marker_of_lower_ranked_word_names_the_perpetrator(finder: ActorFinder) -> None:
    text = "أعلنت مصادر مقتل ثلاثة حراس في هجوم مسلح نفذه متطرف مجهول ضد مستشفى في بلدة كفر نعمان"
    perp, target = _read(finder, text, ["مقتل", "هجوم مسلح"], "هجوم مسلح")
    assert perp is not None and perp.startswith("متطرف")
    assert target == "حراس"


def test_protest_word_naming_protesters_is_the_acting_side(finder: ActorFinder) -> None:
    text = "ورفع المتظاهرون لافتات ورددوا هتافات أمام مقر الشرطة في بلدة عين نسر"
    perp, _ = _read(finder, text, ["المتظاهرون", "هتافات"], "هتافات", EventType.PROTEST)
    assert perp == "المتظاهرون"


def test_suicide_adjective_of_attack_noun_is_not_a_target(finder: ActorFinder) -> None:
    ctx = sentence("أصيب خمسة أشخاص في هجوم انتحاري داخل سوق بلدة دير نمر")
    r = finder.roles(ctx, span_of(ctx, "هجوم"), EventType.SUICIDE_ATTACK)
    assert r.target is None or r.target.text != "انتحاري"
    assert r.perpetrator is None or r.perpetrator.text != "انتحاري"


def test_subject_before_qatala_makes_it_a_passive_verb(finder: ActorFinder) -> None:
    ctx = sentence("أعلن الجيش أن جنديا واحدا قتل وأصيب عشرة آخرون في هجوم انتحاري قرب بلدة تل حمام")
    r = finder.roles(ctx, span_of(ctx, "قتل"), EventType.ARMED_ATTACK)
    assert r.target is not None and "جنديا" in r.target.text
    assert r.perpetrator is None or "جنديا" not in r.perpetrator.text


def test_event_noun_subject_leaves_the_noun_after_the_verb_as_target(finder: ActorFinder) -> None:
    ctx = sentence("قال متحدث إن عملية انتحارية بسيارة مفخخة استهدفت أمس قافلة لقوات التحالف قرب راس نمر")
    r = finder.roles(ctx, span_of(ctx, "استهدفت"), EventType.CAR_BOMB)
    assert r.target is not None and r.target.text.startswith("قافلة")
    assert r.perpetrator is None or not r.perpetrator.text.startswith("قافلة")


def test_conjunction_particle_is_never_a_bare_subject(finder: ActorFinder) -> None:
    ctx = sentence("وقد استهدف الهجوم حاجزا عسكريا قرب قرية عين البيضا الصغرى")
    r = finder.roles(ctx, span_of(ctx, "استهدف"), EventType.ARMED_ATTACK)
    assert r.perpetrator is None or r.perpetrator.text != "وقد"


def test_patient_after_passive_verb_is_not_read_as_perpetrator(finder: ActorFinder) -> None:
    ctx = sentence("قتل نحو عشرين عنصرا من قوات النظام في هجوم على نقطة عسكرية في بادية تل رمان")
    r = finder.roles(ctx, span_of(ctx, "قتل"), EventType.ARMED_ATTACK)
    assert r.perpetrator is None or "عنصرا" not in r.perpetrator.text
