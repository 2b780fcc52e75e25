"""Role rules found on whole reports (invented names and places): who the words name, not only where."""

from __future__ import annotations

from marsad.extract.actors import ActorFinder
from marsad.extract.phrases import load_grammar, tokenize
from marsad.extract.role_reading import read_roles
from marsad.extract.roles import RoleGrammar
from marsad.extract.triggers import TriggerCluster, TriggerHit
from marsad.vocab import EventType, Language

from .sentence_helpers import sentence, span_of


def _ids(finder: ActorFinder, text: str, trigger: str, event_type: EventType = EventType.ARMED_ATTACK
         ) -> tuple[str | None, str | None]:
    ctx = sentence(text)
    s, e = span_of(ctx, trigger)
    hit = TriggerHit(event_type=event_type, strong=True, nstart=s, nend=e, pattern=trigger)
    p, t = read_roles(finder, ctx, TriggerCluster(event_type=event_type, hits=(hit,), anchor=hit), event_type)
    return (p.actor_id if p else None, t.actor_id if t else None)


def test_person_described_as_unknown_is_an_unidentified_perpetrator(finder: ActorFinder) -> None:
    perp, target = _ids(finder, "قتل رجل إثر تعرضه للطعن على يد شخص مجهول في حي الزيتون بمدينة تل نور.",
                        "للطعن", EventType.STABBING)
    assert perp == "unidentified_gunmen"
    assert target == "civilians"


def test_named_force_killed_outranks_the_checkpoint_adjective(finder: ActorFinder) -> None:
    perp, target = _ids(finder, "قتل عنصران من قوات سوريا الديمقراطية إثر هجوم شنه مجهولون على حاجز عسكري "
                                "قرب قرية الورد.", "هجوم")
    assert perp == "unidentified_gunmen"
    assert target == "sdf"


def test_checkpoint_adjective_stays_when_no_named_victim(finder: ActorFinder) -> None:
    _, target = _ids(finder, "قتل عنصران إثر هجوم شنه مجهولون على حاجز عسكري قرب قرية الورد.", "هجوم")
    assert target == "military"


def test_verb_agent_object_across_a_time_adverbial(finder: ActorFinder) -> None:
    perp, target = _ids(finder, "اختطف مسلحون مجهولون، الليلة الماضية، تاجر أقمشة من أهالي قرية السمان.",
                        "اختطف", EventType.ABDUCTION)
    assert perp == "unidentified_gunmen"
    assert target == "civilians"


def test_listed_person_noun_opening_with_ta_is_not_an_imperfect_verb(finder: ActorFinder) -> None:
    g = load_grammar(Language.AR)
    tokens, _ = tokenize("تلميذ تستهدف")
    rg = RoleGrammar(g, False, {}, ())
    assert rg.bare_np(tokens, 0) is not None
    assert rg.bare_np(tokens, 1) is None


def test_base_named_by_an_adjective_is_not_the_organisation(finder: ActorFinder) -> None:
    base = finder.sentence_analysis(sentence("سقطت قذائف على القاعدة العسكرية قرب قرية الورد."))
    assert "al_qaeda" not in [p.actor_id for p in base.phrases]
    group = finder.sentence_analysis(sentence("هاجم مقاتلو القاعدة قرية الورد."))
    assert "al_qaeda" in [p.actor_id for p in group.phrases]
