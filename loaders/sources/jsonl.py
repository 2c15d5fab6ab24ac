"""JSON Lines: one article a line, ``{"id", "title", "published", "url", "outlet", "text"}``."""

from __future__ import annotations

import json

from .base import Document, InputError
from .text import parse_date


def parse_json_record(line: str, source: str) -> Document:
    """One JSON Lines record: ``{"id", "title", "published", "url", "text"}``, only text required.

    The record's ``id`` is kept as the document's ``doc_id`` (stored as ``Article.source_id``).
    """
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{source}: malformed JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise InputError(f"{source}: a JSON Lines record needs a string field 'text'")
    for name in ("title", "published", "url", "outlet", "byline"):
        if record.get(name) is not None and not isinstance(record[name], str):
            raise InputError(f"{source}: field {name!r} must be a string or null")
    if isinstance(record.get("id"), (dict, list)):
        raise InputError(f"{source}: field 'id' must be a string or a number")
    text = record["text"].strip()
    if not text:
        raise InputError(f"{source}: empty 'text'")
    published = record.get("published")
    if published is not None:
        published = parse_date(str(published)[:10]) or parse_date(str(published))
    return Document(
        text=text,
        title=record.get("title"),
        published=published,
        url=record.get("url"),
        outlet=record.get("outlet"),
        byline=record.get("byline"),
        source=source,
        doc_id=None if record.get("id") is None else str(record["id"]),
    )
