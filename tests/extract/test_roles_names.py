"""How far a target's name reaches in Arabic news (invented parties and people): a party named by two
nouns joined by "و" ("حزب الورد والتنمية")."""

from __future__ import annotations

from marsad.extract.actors import ActorFinder
from marsad.vocab import EventType

from .sentence_helpers import role_texts


def test_a_party_name_of_two_joined_nouns_is_read_whole(finder: ActorFinder) -> None:
    text = "ورفع المتظاهرون الأعلام وأطلقوا هتافات ضد حزب الورد والتنمية الحاكم"
    assert role_texts(finder, text, "المتظاهرون", EventType.PROTEST)[1] == "حزب الورد والتنمية"


def test_a_party_is_not_joined_to_the_next_party(finder: ActorFinder) -> None:
    text = "ورفع المتظاهرون الأعلام وأطلقوا هتافات ضد حزب الورد وحلفائه"
    assert role_texts(finder, text, "المتظاهرون", EventType.PROTEST)[1] == "حزب الورد"
