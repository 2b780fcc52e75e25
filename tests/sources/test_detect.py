"""classify_source: file, feed or web page."""

from __future__ import annotations

import pytest

from marsad.sources.detect import classify_source


@pytest.mark.parametrize(
    ("arg", "kind"),
    [
        ("https://n.invented/rss.xml", "feed"),
        ("https://n.invented/news.rss", "feed"),
        ("https://n.invented/index.atom", "feed"),
        ("https://n.invented/feed", "feed"),
        ("https://n.invented/feed/", "feed"),
        ("https://n.invented/category/syria/feed/", "feed"),
        ("http://n.invented/rss/news", "feed"),
        ("https://n.invented/blog/atom", "feed"),
        ("https://n.invented/?feed=rss2", "feed"),
        ("https://feeds.feedburner.com/invented", "feed"),
        ("https://n.invented/2024/04/02/shelling", "web"),
        ("https://n.invented/feedback", "web"),
        ("https://n.invented/rssi-levels", "web"),
        ("HTTPS://N.INVENTED/article", "web"),
        ("reports/2024.jsonl", "file"),
        ("/data/feed.xml", "file"),
        ("file:///data/feed.xml", "file"),
        ("ftp://n.invented/feed.xml", "file"),
        ("", "file"),
    ],
)
def test_classify_source(arg: str, kind: str) -> None:
    assert classify_source(arg) == kind
