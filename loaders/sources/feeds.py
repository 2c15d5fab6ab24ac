"""RSS and Atom feeds (feedparser): each item becomes an article, with the feed's dates and ids.

An item's own full content (``content:encoded``, Atom ``content``) is used when it holds the story;
otherwise its link is fetched (when a fetcher is given) and read as a web page; a feed read
offline falls back on the item's summary.
"""

from __future__ import annotations

import time
import warnings
from collections.abc import Callable, Iterator

from .base import Document, InputError
from .webpage import parse_html

FEED_SUFFIXES = {".rss", ".atom", ".xml"}
# An item's content shorter than this (in characters of text) is a teaser, not the story.
MIN_CONTENT_CHARS = 400


def _iso(parsed: time.struct_time | None) -> str | None:
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def _item_html(entry) -> str:
    contents = entry.get("content") or []
    full = max((c.get("value", "") for c in contents), key=len, default="")
    return full


def parse_feed(
    data: bytes, source: str, fetch_page: Callable[[str], Document] | None = None
) -> Iterator[Document | InputError]:
    """One Document (or one InputError) per item of the feed in ``data``."""
    import feedparser

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        feed = feedparser.parse(data)
    if feed.bozo and not feed.entries:
        reason = type(feed.get("bozo_exception")).__name__
        yield InputError(f"{source}: not a readable RSS or Atom feed ({reason})")
        return
    outlet = feed.feed.get("title") or None
    for n, entry in enumerate(feed.entries, 1):
        yield _item(entry, f"{source}#{n}", outlet, fetch_page)


def _item(entry, source: str, outlet: str | None, fetch_page) -> Document | InputError:
    link = entry.get("link") or None
    guid = entry.get("id") or link
    published = _iso(entry.get("published_parsed") or entry.get("updated_parsed"))
    doc: Document | None = None
    try:
        content = _item_html(entry)
        if content:
            doc = parse_html(f"<html><body><article>{content}</article></body></html>", source)
            if len(doc.text) < MIN_CONTENT_CHARS:
                doc = None
        if doc is None and link and fetch_page is not None:
            doc = fetch_page(link)
        if doc is None:
            summary = entry.get("summary") or ""
            if not summary:
                return InputError(f"{source}: feed item has no content, summary or fetchable link")
            doc = parse_html(f"<html><body><article><p>{summary}</p></article></body></html>", source)
    except InputError as exc:
        return exc
    doc.title = entry.get("title") or doc.title
    doc.published = published or doc.published
    doc.url = link or doc.url
    doc.outlet = doc.outlet or outlet
    doc.byline = entry.get("author") or doc.byline
    doc.doc_id = guid
    doc.source = source
    return doc
