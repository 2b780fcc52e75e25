"""detect_language: script ratio plus common words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.documents.language import detect_language
from marsad.vocab import Language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("قتل ثلاثة مدنيين في قصف مدفعي على قرية تل الورد", Language.AR),
        ("قالت مصادر محلية إن الهجوم وقع في ريف Invented الشرقي، وفق SOHR", Language.AR),
        ("Three civilians were killed in shelling on the village, the monitor said", Language.EN),
        ("Sê sivîl li gundê Til Werdê hatin kuştin û du kes birîndar bûn", Language.KU),
        ("سێ هاوڵاتی لە گوندی تل وەردە کوژران", Language.KU),
        ("سه غیرنظامی در روستای تل ورده کشته شدند و دو نفر زخمی شدند", Language.OTHER),
        ("Üç sivil köyde öldürüldü ve iki kişi yaralandı", Language.OTHER),
        ("Le président a déclaré que la réunion aura lieu à Genève", Language.OTHER),
        ("Три мирных жителя погибли", Language.OTHER),
        ("", Language.UNKNOWN),
        ("  123 456 !!! ", Language.UNKNOWN),
    ],
)
def test_detect_language(text: str, language: Language) -> None:
    assert detect_language(text) is language


@given(st.text())
def test_detect_language_never_raises(text: str) -> None:
    assert isinstance(detect_language(text), Language)
