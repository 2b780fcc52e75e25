"""HTML to article text with trafilatura, a plain-text fallback, and the page's published date.

Order of evidence for the publication time (most explicit first): ``article:published_time`` and
similar ``<meta>`` tags, JSON-LD / microdata ``datePublished``, trafilatura's date (conservative
settings: no free-text search), then the first ``<time datetime>``. trafilatura only gives a day,
so a full timestamp from the page wins.

"No article" is judged after extraction: too few letters, or only link texts and the title (a
section front page). Those raise :class:`NoContentError`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import trafilatura

from marsad.documents.htmlscan import PageScan, scan_html
from marsad.errors import NoContentError
from marsad.sources.dates import parse_datetime

MIN_ARTICLE_LETTERS = 20
"""Fewer letters than this is not an article (an empty shell, a cookie wall, a bare menu)."""

PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "publishdate",
    "publish-date",
    "pubdate",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.created",
    "sailthru.date",
)
AUTHOR_META = ("author", "article:author", "dc.creator", "byl")
TITLE_META = ("og:title", "twitter:title")

_DATE_PARAMS = {"extensive_search": False, "original_date": True}

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class CleanedPage:
    """Article text and metadata from one HTML page. ``method``: ``trafilatura`` or ``fallback``."""

    title: str
    text: str
    published: datetime | None
    author: str
    method: str = "trafilatura"


def _letters(text: str) -> int:
    return sum(1 for ch in text if ch.isalpha())


def _is_article(text: str, scan: PageScan, title: str) -> bool:
    if _letters(text) < MIN_ARTICLE_LETTERS:
        return False
    chrome = scan.link_texts | {title, scan.title}
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return any(line and line not in chrome for line in lines)


def _drop_chrome(text: str, scan: PageScan) -> str:
    """Remove lines that are exactly a navigation/header/footer text (trafilatura keeps some on
    short pages, when it falls back to its baseline extractor)."""
    if not scan.chrome_texts:
        return text
    lines = [line for line in text.splitlines() if " ".join(line.split()) not in scan.chrome_texts]
    return "\n".join(lines).strip()


def _trafilatura(html: str, url: str) -> Any:
    try:
        return trafilatura.bare_extraction(
            html,
            url=url or None,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params=_DATE_PARAMS,
        )
    except (ValueError, TypeError, AttributeError, LookupError) as exc:
        log.debug("trafilatura failed on %s: %s", url, exc)
        return None


def _published(scan: PageScan, extracted_date: str) -> datetime | None:
    candidates = [scan.meta_value(name) for name in PUBLISHED_META]
    candidates.extend(scan.json_ld_dates)
    candidates.append(extracted_date)
    candidates.extend(scan.time_datetimes)
    for candidate in candidates:
        parsed = parse_datetime(candidate)
        if parsed is not None:
            return parsed
    return None


def html_to_text(html: str, url: str = "") -> CleanedPage:
    """Extract the article. Raises :class:`NoContentError` when the page holds no article text."""
    scan = scan_html(html)
    extracted = _trafilatura(html, url) if html.strip() else None
    text = _drop_chrome(str(getattr(extracted, "text", "") or "").strip(), scan)
    title = str(getattr(extracted, "title", "") or "").strip() or scan.title
    title = title or scan.meta_value(*TITLE_META)
    method = "trafilatura"
    if not _is_article(text, scan, title):
        text, method = scan.text.strip(), "fallback"
        if not _is_article(text, scan, title):
            raise NoContentError(
                "the page holds no article text",
                hint="check the URL is an article, not a front page or a script-rendered page",
                context=url,
            )
    author = scan.meta_value(*AUTHOR_META) or str(getattr(extracted, "author", "") or "").strip()
    published = _published(scan, str(getattr(extracted, "date", "") or ""))
    return CleanedPage(title=title, text=text, published=published, author=author, method=method)
