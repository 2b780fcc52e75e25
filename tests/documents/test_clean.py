"""html_to_text: article text, title, author and published date; pages without an article fail."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from marsad.documents.clean import html_to_text
from marsad.errors import NoContentError

BODY = "Three civilians were killed when shells hit the invented village of Tel Warda, a monitor said. "


def page(head: str = "", body: str = "") -> str:
    return f"<html><head><title>Invented News | Site</title>{head}</head><body>{body}</body></html>"


ARTICLE = (
    "<nav><a href='/'>Home</a><a href='/world'>World</a></nav><article><h1>Shelling hits village</h1>"
    f"<p>{BODY * 3}</p><p>{BODY}</p></article><footer>Copyright 2019 Invented News</footer>"
)


def test_article_text_without_navigation_or_footer() -> None:
    cleaned = html_to_text(page(body=ARTICLE), "https://n.invented/a")
    assert "Three civilians were killed" in cleaned.text
    assert "Home" not in cleaned.text
    assert "Copyright" not in cleaned.text
    assert cleaned.title == "Shelling hits village"


def test_published_time_from_article_meta_keeps_the_time() -> None:
    head = '<meta property="article:published_time" content="2024-04-03T10:20:00+03:00">'
    cleaned = html_to_text(page(head=head, body=ARTICLE))
    assert cleaned.published == datetime(2024, 4, 3, 7, 20, tzinfo=UTC)


def test_published_from_json_ld() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2024-02-01T08:00:00Z"}</script>'
    )
    assert html_to_text(page(head=head, body=ARTICLE)).published == datetime(2024, 2, 1, 8, tzinfo=UTC)


def test_published_from_time_element() -> None:
    body = ARTICLE.replace("<h1>", '<time datetime="2023-11-05T06:30:00+02:00">5 Nov</time><h1>')
    published = html_to_text(page(body=body)).published
    assert published is not None
    assert published.date() == datetime(2023, 11, 5).date()


def test_no_date_anywhere_is_none() -> None:
    assert html_to_text(page(body=ARTICLE)).published is None


def test_author_from_meta() -> None:
    head = '<meta name="author" content="Invented Reporter">'
    assert html_to_text(page(head=head, body=ARTICLE)).author == "Invented Reporter"


def test_short_arabic_news_item_is_kept() -> None:
    text = "قتل ثلاثة مدنيين في قصف مدفعي على قرية تل الورد."
    cleaned = html_to_text(page(body=f"<p>{text}</p>"))
    assert cleaned.text == text


@pytest.mark.parametrize(
    "html",
    [
        page(body="<nav>menu</nav><script>var x = 'lots of script text here to fool it';</script>"),
        page(body="<ul><li><a href='/1'>First story headline here</a></li>"
                  "<li><a href='/2'>Second story headline here</a></li></ul>"),
        page(body=""),
        "",
        "<<<>>> not html at all",
    ],
    ids=["menu-and-script", "link-list", "empty-body", "empty", "junk"],
)
def test_page_without_article_raises_no_content(html: str) -> None:
    with pytest.raises(NoContentError) as info:
        html_to_text(html, "https://n.invented/x")
    assert info.value.hint
