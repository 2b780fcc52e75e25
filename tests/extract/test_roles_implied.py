"""Who a target is when the text names it indirectly: a private person named with a title, the object
after a time adverbial, the owner of a vehicle or post, the person a possessive pronoun refers to
(invented people and places; catalogued classes of actors)."""

from __future__ import annotations

import pytest

from marsad.extract.actors import ActorFinder
from marsad.vocab import EventType

from .sentence_helpers import roles_of as _read


def _ids(finder: ActorFinder, text: str, word: str, event_type: EventType = EventType.ARMED_ATTACK
         ) -> tuple[str | None, str | None]:
    p, t = _read(finder, text, word, event_type)
    return (p.actor_id if p else None, t.actor_id if t else None)


def test_a_private_person_named_with_a_title_is_a_civilian_target(finder: ActorFinder) -> None:
    text = "اعتقلت الشرطة المواطن سامر العبدو في حي الزيتون بمدينة عين الورد"
    _, t = _read(finder, text, "اعتقلت", EventType.ARREST)
    assert t is not None and t.actor_id == "civilians" and t.text == "المواطن سامر العبدو"
    assert t.name == "المواطن سامر العبدو"  # the person keeps his name


def test_a_titled_sheikh_is_a_civilian_target_in_english(finder: ActorFinder) -> None:
    text = "Gunmen shot dead Sheikh Adnan al-Marzouq near the village of Tal Warda on Monday"
    assert _ids(finder, text, "shot dead", EventType.SHOOTING)[1] == "civilians"


def test_a_titled_officer_is_not_made_a_civilian(finder: ActorFinder) -> None:
    text = "اغتال مسلحون مجهولون العقيد سامر العبدو في بلدة عين الورد"
    assert _ids(finder, text, "اغتال", EventType.ASSASSINATION)[1] != "civilians"


def test_object_after_a_time_adverbial_between_agent_and_object(finder: ActorFinder) -> None:
    text = "اختطف مسلحون مجهولون، مساء السبت، الشاب نادر الحسون من أمام منزله في قرية عين الورد"
    p, t = _read(finder, text, "اختطف", EventType.ABDUCTION)
    assert p is not None and p.actor_id == "unidentified_gunmen"
    assert t is not None and t.text == "الشاب نادر الحسون" and t.actor_id == "civilians"


def test_object_after_a_time_adverbial_right_after_the_verb(finder: ActorFinder) -> None:
    text = "وقالت مصادر إن مسلحين اغتالوا الأسبوع الماضي المختار سعيد الهلال في قرية عين الورد"
    assert _ids(finder, text, "اغتالوا", EventType.ASSASSINATION) == ("unidentified_gunmen", "civilians")
    text = "قتل مسلحون صباح اليوم المزارع سليم الحوراني قرب قرية تل السنديان"
    assert _ids(finder, text, "قتل", EventType.SHOOTING) == ("unidentified_gunmen", "civilians")


def test_the_noun_before_an_accusative_state_is_the_victim(finder: ActorFinder) -> None:
    text = "أردى مسلح مجهول، مساء الجمعة، الشاب رامي العبد قتيلا في بلدة عين الورد"
    p, t = _read(finder, text, "قتيلا", EventType.SHOOTING)
    assert p is not None and p.actor_id == "unidentified_gunmen"
    assert t is not None and t.text == "الشاب رامي العبد"


def test_a_vehicle_belonging_to_a_force_names_the_force_as_target(finder: ActorFinder) -> None:
    text = "انفجرت عبوة ناسفة، مساء أمس، بسيارة عسكرية تابعة للقوات الروسية قرب بلدة عين الورد"
    p, t = _read(finder, text, "انفجرت", EventType.MINE_IED)
    assert p is None
    assert t is not None and t.actor_id == "russian_forces" and t.text == "للقوات الروسية"


def test_a_convoy_belonging_to_a_force_after_the_verb(finder: ActorFinder) -> None:
    text = "استهدف مسلحون مجهولون رتلا تابعا للقوات الروسية قرب بلدة عين الورد"
    assert _ids(finder, text, "استهدف") == ("unidentified_gunmen", "russian_forces")


def test_a_vehicle_right_after_the_verb_with_nothing_after_it_is_the_object(finder: ActorFinder) -> None:
    text = "وقالت مصادر إن سيارة مفخخة فجرت حافلة مملوكة للقوات الروسية."
    assert _ids(finder, text, "فجرت", EventType.CAR_BOMB) == (None, "russian_forces")


def test_a_patrol_with_an_object_after_it_is_the_agent(finder: ActorFinder) -> None:
    text = "داهمت دورية تابعة للشرطة، فجر أمس، منزل المواطن سامر العبدو في بلدة عين الورد"
    assert _ids(finder, text, "داهمت", EventType.ARREST) == ("police", "civilians")


def test_a_class_after_a_weapon_noun_is_the_weapon_when_a_named_force_acts(finder: ActorFinder) -> None:
    text = "قصفت القوات الروسية، فجر اليوم، بقذائف المدفعية الثقيلة قرية تل الورد"
    assert _ids(finder, text, "قصفت", EventType.SHELLING)[0] == "russian_forces"


def test_a_clause_describing_the_agent_is_skipped_to_reach_the_object(finder: ActorFinder) -> None:
    text = "هاجم مسلحون يعتقد أنهم من خلايا داعش، ليل الجمعة، حاجزا للقوات الروسية في قرية عين الورد"
    assert _ids(finder, text, "هاجم") == ("unidentified_gunmen", "russian_forces")


def test_a_nationality_before_an_english_compound_trigger_names_the_perpetrator(finder: ActorFinder) -> None:
    text = "A Turkish air strike hit a grain silo near the village of Tal Warda on Sunday"
    assert _ids(finder, text, "air strike", EventType.AIR_STRIKE)[0] == "turkish_armed_forces"


def test_the_owner_of_a_possessed_car_is_the_target(finder: ActorFinder) -> None:
    text = "نجا المختار سعيد الهلال من محاولة اغتيال، مساء أمس، إثر انفجار عبوة ناسفة زرعت أسفل سيارته"
    p, t = _read(finder, text, "انفجار عبوة ناسفة", EventType.MINE_IED)
    assert p is None
    assert t is not None and t.text == "المختار سعيد الهلال" and t.actor_id == "civilians"


def test_the_owner_of_his_car_is_the_target_in_english(finder: ActorFinder) -> None:
    text = "Gunmen wounded an official, Sheikh Adnan al-Marzouq, on Monday when they opened fire on his car"
    assert _ids(finder, text, "opened fire", EventType.SHOOTING)[1] == "civilians"


def test_a_possessive_is_never_the_perpetrator_itself(finder: ActorFinder) -> None:
    text = "قال سكان إن مسلحين مجهولين أطلقوا النار على منزلهم"
    p, t = _read(finder, text, "أطلقوا النار", EventType.SHOOTING)
    assert p is not None and p.actor_id == "unidentified_gunmen"
    assert t is None or t.actor_id != "unidentified_gunmen"


def test_the_people_a_vehicle_carried_are_the_target(finder: ActorFinder) -> None:
    text = "A drone strike hit a truck carrying three members of an Iran-backed militia near Tal Warda"
    assert _ids(finder, text, "drone strike", EventType.DRONE_STRIKE) == (None, "iran_backed_militias")


def test_a_place_controlled_by_a_group_does_not_make_it_the_agent(finder: ActorFinder) -> None:
    text = "Artillery shelled a village controlled by Turkish-backed factions near Tal Warda on Monday"
    assert _ids(finder, text, "shelled", EventType.SHELLING)[0] != "syrian_national_army"


def test_members_of_a_named_body_are_that_body(finder: ActorFinder) -> None:
    text = "Turkish drones struck a car on Monday, killing two fighters of the SDF near Tal Warda"
    assert _ids(finder, text, "drones struck", EventType.DRONE_STRIKE) == ("turkish_armed_forces", "sdf")


def test_a_bare_name_after_an_assassination_verb_and_an_adverbial_is_the_target(finder: ActorFinder) -> None:
    text = "وقالت مصادر إن مسلحين مجهولين اغتالوا الأسبوع الماضي رامز يوسف الحداد في بلدة عين الورد"
    p, t = _read(finder, text, "اغتالوا", EventType.ASSASSINATION)
    assert p is not None and p.actor_id == "unidentified_gunmen"
    assert t is not None and t.text == "رامز يوسف الحداد"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("انفجرت عبوة ناسفة زُرعت أسفل سيارة المزارع في قرية تل وردة", "عبوة ناسفة"),
        ("انفجرت سيارة مفخخة متوقفة قرب سوق الخضار في بلدة كفر سالم", "سيارة مفخخة"),
        ("انفجرت قنبلة وضعت في حاوية قمامة قرب سوق تل وردة", "قنبلة"),
        ("سقطت قذيفة انطلقت من الجهة الشرقية على حي سكني في تل وردة", "قذيفة"),
    ],
)
def test_the_word_after_a_device_noun_phrase_is_not_its_agent(
    finder: ActorFinder, text: str, trigger: str
) -> None:
    # a feminine noun with its adjective is no verb: the word after it ("زُرعت", "متوقفة") is no subject
    p, _ = _read(finder, text, trigger, EventType.MINE_IED)
    assert p is None


def test_the_people_a_vehicle_carried_are_the_target_in_arabic(finder: ActorFinder) -> None:
    text = ("استهدفت طائرة مسيرة تابعة للجيش التركي، بعد ظهر أمس الأربعاء، سيارة تقل عناصر من قوات "
            "الأسايش على طريق قرية تل زيوان")
    assert _ids(finder, text, "استهدفت", EventType.DRONE_STRIKE) == ("turkish_armed_forces", "asayish")
