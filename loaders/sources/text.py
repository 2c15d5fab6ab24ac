"""Plain text and the seed's markdown layout (title, byline, date line, body, "Original url")."""

from __future__ import annotations

import re
import warnings
from datetime import datetime

from ontology.errors import InputWarning

from .base import Document, InputError

_DATE_FORMATS = ("%Y-%m-%d", "%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%b. %d, %Y", "%B %d %Y")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_MD_HEADING = re.compile(r"^#{1,6}\s*", re.MULTILINE)
_URL_IN_ANGLES = re.compile(r"<(https?://[^>\s]+)>")


def parse_date(line: str) -> str | None:
    """ISO date of a date line, or None.

    >>> parse_date("February 20, 2022")
    '2022-02-20'
    """
    cleaned = line.strip().strip("*_ ")
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def strip_markdown(text: str) -> str:
    """Remove the markup of the seed's layout (links, bold, headings), keep the words."""
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    text = _MD_HEADING.sub("", text)
    return text


def clean_body(lines: list[str]) -> str:
    """Paragraphs separated by one blank line, markup removed, blank runs dropped."""
    body = strip_markdown("\n".join(lines))
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", body)]
    return "\n\n".join(p for p in paragraphs if p)


def parse_article(raw: str, source: str | None = None) -> Document:
    """Parse the seed's layout; text without its header is taken as plain body text.

    >>> d = parse_article("# Title\\nBy Someone\\nFebruary 20, 2022\\n\\nBody.\\n\\nOriginal url:\\n<https://x.org/a>")
    >>> (d.title, d.byline, d.published, d.text, d.url)
    ('Title', 'Someone', '2022-02-20', 'Body.', 'https://x.org/a')
    """
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    title = byline = published = url = None
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i < len(lines) and lines[i].lstrip().startswith("# "):
        title = strip_markdown(lines[i].lstrip()[2:]).strip()
        i += 1
        for _ in range(6):  # the header: optional byline, then the date line, blank lines between
            while i < len(lines) and not lines[i].strip():
                i += 1
            if i >= len(lines):
                break
            line = lines[i].strip()
            if byline is None and published is None and line.lower().startswith("by "):
                byline = strip_markdown(line[3:]).strip()
                i += 1
            elif published is None and parse_date(line):
                published = parse_date(line)
                i += 1
                break
            else:
                break
    body_lines = lines[i:]
    for j, line in enumerate(body_lines):
        if line.strip().lower().startswith("original url:"):
            rest = line.split(":", 1)[1].strip() + " " + " ".join(body_lines[j + 1 :])
            found = _URL_IN_ANGLES.search(rest) or re.search(r"https?://\S+", rest)
            url = found.group(1) if found and found.groups() else (found.group(0) if found else None)
            _warn_if_text_after_url(rest, found, source)
            body_lines = body_lines[:j]
            break
    text = clean_body(body_lines)
    if not text:
        raise InputError(f"{source or '<text>'}: no article text")
    return Document(text=text, title=title, published=published, url=url, byline=byline, source=source)


def _warn_if_text_after_url(rest: str, found: re.Match[str] | None, source: str | None) -> None:
    """Warn (``InputWarning``) when words follow the ``Original url:`` line: the layout ends
    there, so they are not read as the article, and a silent loss would look like a full read."""
    left = (rest[: found.start()] + rest[found.end() :]) if found else rest
    left = " ".join(left.replace("<", " ").replace(">", " ").split())
    if left:
        warnings.warn(
            f"{source or '<text>'}: {len(left)} characters after the 'Original url:' line are not "
            f"part of the article and were left out ({left[:40]!r})",
            InputWarning,
            stacklevel=3,
        )
