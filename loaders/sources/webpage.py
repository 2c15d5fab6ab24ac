"""Web pages -> Document through trafilatura: the main text without menus, cookie banners,
footers and link lists, and the title, date, author, site and canonical URL from the page's
metadata (Open Graph, schema.org JSON-LD, meta tags, htmldate's heuristics)."""

from __future__ import annotations

import re
import warnings

from .base import Document, InputError

_SPACES = re.compile(r"[ \t\u00a0]+")


def _paragraphs(text: str, title: str | None) -> str:
    """trafilatura's lines as paragraphs (one blank line apart), the repeated headline dropped."""
    lines = [_SPACES.sub(" ", line).strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    if title and lines and lines[0] == title.strip():
        lines = lines[1:]
    return "\n\n".join(lines)


def _extract(raw: str, url: str | None) -> dict | None:
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = trafilatura.bare_extraction(
            raw,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            favor_precision=True,
        )
    if result is None:
        return None
    return result if isinstance(result, dict) else result.as_dict()


def _baseline(raw: str) -> str:
    """All paragraphs of a page too small for main-text extraction (scripts and styles dropped)."""
    import trafilatura

    _tree, text, _length = trafilatura.baseline(raw)
    return text


def parse_html(raw: str, source: str | None = None, url: str | None = None) -> Document:
    """A web page's article: main text and metadata; one-line ``InputError`` when it has none."""
    name = source or url or "<html>"
    try:
        meta = _extract(raw, url) or {}
        text = _paragraphs(meta.get("text") or "", meta.get("title"))
        if not text:
            text = _paragraphs(_baseline(raw), None)
    except Exception as exc:  # untrusted markup: whatever the parser chokes on is a bad input
        raise InputError(f"{name}: cannot parse the HTML ({type(exc).__name__})") from exc
    if not text:
        raise InputError(f"{name}: no article text")
    return Document(
        text=text,
        title=meta.get("title") or None,
        published=meta.get("date") or None,
        url=meta.get("url") or url,
        outlet=meta.get("sitename") or None,
        byline=meta.get("author") or None,
        source=source or url,
    )
