"""Dates in the text resolved against the article's publication date.

"Sunday" in a Sunday article is that day; a weekday name is the most recent such day not after the
publication date ("next Monday" the first after it); "December 30" without a year is the year that
puts it nearest the publication date (a readout of 31 December speaking of "January 9" means the
coming January); "yesterday"/"today"/"tomorrow" are relative; a year or month alone is no date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Span, Token

WEEKDAYS = {
    d: i for i, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
}
MONTHS = {
    m: i + 1
    for i, m in enumerate(
        (
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        )
    )
}
MONTHS.update({m[:3]: n for m, n in list(MONTHS.items())})
MONTHS["sept"] = 9

_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sept|sep|oct|nov|dec)[a-z]*\.?"
_MONTH_DAY = re.compile(
    _MONTH + r"\s+(\d{1,2})(?!\d)(?:st|nd|rd|th)?(?:\s*[-\u2013]\s*\d{1,2})?(?:,?\s+(\d{4}))?", re.I
)
_DAY_MONTH = re.compile(
    r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+(\d{4}))?", re.I
)
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_WEEKDAY = re.compile(
    r"\b(last|next|this|on)?\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I
)


def parse_iso(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _nearest_year(month: int, day: int, pub: date) -> date | None:
    best = None
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if best is None or abs((d - pub).days) < abs((best - pub).days):
            best = d
    return best


def resolve_date(text: str, published: date | None) -> date | None:
    """An absolute date for a date expression, or None.

    >>> resolve_date("Sunday", date(2022, 2, 20))
    datetime.date(2022, 2, 20)
    >>> resolve_date("on December 30", date(2021, 12, 31))
    datetime.date(2021, 12, 30)
    >>> resolve_date("Thursday", date(2022, 2, 20))
    datetime.date(2022, 2, 17)
    """
    low = text.lower().strip()
    m = _ISO.search(low)
    if m:
        return parse_iso(m.group(0))
    m = _MONTH_DAY.search(low)
    if m:
        month, day, year = (
            MONTHS.get(m.group(1)[:4].rstrip(".")) or MONTHS.get(m.group(1)[:3]),
            int(m.group(2)),
            m.group(3),
        )
        return _make(month, day, year, published)
    m = _DAY_MONTH.search(low)
    if m:
        month = MONTHS.get(m.group(2)[:4].rstrip(".")) or MONTHS.get(m.group(2)[:3])
        return _make(month, int(m.group(1)), m.group(3), published)
    if published is None:
        return None
    if re.search(r"\b(today|tonight|this morning|this afternoon|this evening)\b", low):
        return published
    if re.search(r"\byesterday\b", low):
        return published - timedelta(days=1)
    if re.search(r"\btomorrow\b", low):
        return published + timedelta(days=1)
    m = _WEEKDAY.search(low)
    if m:
        target = WEEKDAYS[m.group(2)]
        if (m.group(1) or "").lower() == "next":
            return published + timedelta(days=(target - published.weekday() - 1) % 7 + 1)
        return published - timedelta(days=(published.weekday() - target) % 7)
    return None


def _make(month: int | None, day: int, year: str | None, published: date | None) -> date | None:
    if month is None:
        return None
    try:
        if year:
            return date(int(year), month, day)
    except ValueError:
        return None
    return _nearest_year(month, day, published) if published else None


def date_mentions(sent: Span, date_ents: list[Span] | None = None) -> list[tuple[Token, str]]:
    """(head token, text) of each date expression in a sentence: DATE entities, and weekday names
    the NER missed. ``date_ents`` (the article's DATE/TIME entities, collected once) saves
    re-reading the entities for every sentence."""
    out: list[tuple[Token, str]] = []
    covered: set[int] = set()
    ents = date_ents if date_ents is not None else [e for e in sent.ents if e.label_ in ("DATE", "TIME")]
    for ent in ents:
        if sent.start <= ent.start < sent.end:
            out.append((ent.root, ent.text))
            covered.update(range(ent.start, ent.end))
    for tok in sent:
        if tok.i not in covered and tok.lower_ in WEEKDAYS:
            out.append((tok, tok.text))
    return out


def attached_date(
    trigger: Token, sent: Span, published: date | None, mentions: list[tuple[Token, str]]
) -> date | None:
    """The date syntactically attached to a trigger (in its subtree or on its governing verb)."""
    if not mentions:
        return None
    governors = [trigger]
    head = trigger
    for _ in range(3):
        if head.head == head:
            break
        head = head.head
        governors.append(head)
        if head.pos_ in ("VERB", "AUX"):
            break
    for gov in governors:
        for tok, text in mentions:
            t = tok
            for _ in range(4):
                if t.head == gov:
                    d = resolve_date(text, published)
                    if d is not None:
                        return d
                    break
                if t.head == t:
                    break
                t = t.head
    return None
