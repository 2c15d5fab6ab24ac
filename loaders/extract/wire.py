"""Wire-copy furniture: datelines and credit lines, which are not part of the story.

Agency copy opens a paragraph with a dateline ("MUNICH (Agency) - ", "SEOUL, March 3 (Agency) -",
"KYIV — ") and ends with credits ("Reporting by ...; Editing by ..."). Read as prose, the dateline
city becomes a person ("MUNICH Major"), the agency a party of every event in the lead, and the
journalists actors. This module finds those spans in the raw text so that the pipeline can cut the
dateline into a sentence of its own and the stages can skip every token inside the furniture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DASH = r"(?:--?|\u2013|\u2014)"
_CAPS_CITY = r"[A-Z][A-Z'\.\-]+(?:[ /][A-Z][A-Z'\.\-]+){0,3}"
_ANY_CITY = r"[A-Z][\w'\.\-]+(?:[ /][A-Z][\w'\.\-]+){0,3}"
_REGION = r"(?:,\s+[A-Z][\w'\.]+(?:\s[A-Z][\w'\.]+){0,2})?"
_DAY = rf"(?:,\s+{_MONTH}\s+\d{{1,2}})?"
_AGENCY = r"\([A-Z][\w .&'\-]{0,40}\)"

# A dateline: an all-caps city (any agency), or any capitalised city followed by an agency.
DATELINE = re.compile(
    rf"^[ \t]*(?P<city>{_CAPS_CITY}){_REGION}{_DAY}\s*(?P<agency>{_AGENCY})?\s*{_DASH}\s+"
    rf"|^[ \t]*(?P<city2>{_ANY_CITY}){_REGION}{_DAY}\s*{_AGENCY}\s*{_DASH}\s+",
    re.M,
)
_CREDIT_VERBS = r"(?:Reporting|Writing|Editing|Reported|Written|Edited|Compiled|Additional\s+reporting)"
# A credit line: the whole paragraph, optionally in parentheses.
CREDIT = re.compile(rf"^[ \t]*\(?[ \t]*{_CREDIT_VERBS}\s+by\b[^\n]*$", re.M | re.I)
# A press office's header paragraph: "Office of the Spokesperson", "Office of the Press Secretary"
OFFICE_HEADER = re.compile(
    r"^[ \t]*(?:Office of the (?:Spokesperson|Press Secretary|Spokesman)|Press Office|For Immediate Release|"
    r"Media Note|Press Statement|Readout)[ \t]*$",
    re.M | re.I,
)
# A byline paragraph at the top: "By Jane Doe" (optionally ", Agency")
BYLINE = re.compile(
    r"^[ \t]*By\s+[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){0,3}(?:\s+and\s+[^\n]{0,60})?[ \t]*$", re.M
)


@dataclass(frozen=True)
class Furniture:
    """Character spans of wire furniture in one text; ``city`` spans are places inside datelines."""

    spans: tuple[tuple[int, int], ...] = ()
    cities: tuple[tuple[int, int], ...] = ()
    breaks: tuple[int, ...] = ()  # where the story resumes after a dateline

    def covers(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps any furniture span."""
        return any(a < end and start < b for a, b in self.spans)

    def city_at(self, start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in self.cities)


LEAD_CHARS = 600  # a dateline without agency or day is believed only this near the text's start


def _is_dateline(m: re.Match[str]) -> bool:
    """A real dateline: with an agency or a day, or else a short all-caps city at the story's top
    (not an acronym opening a later paragraph: "NATO - the alliance ...")."""
    city = m.group("city") or m.group("city2") or ""
    if m.group("agency") or "," in m.group(0):
        return True
    return len(city) >= 4 and city.isupper() and len(m.group(0)) <= 40 and m.start() < LEAD_CHARS


def find_furniture(text: str) -> Furniture:
    """Datelines at a paragraph's start, credit lines, bylines and press-office headers of ``text``."""
    spans: list[tuple[int, int]] = []
    cities: list[tuple[int, int]] = []
    breaks: list[int] = []
    for m in DATELINE.finditer(text):
        if not _is_dateline(m):
            continue
        spans.append((m.start(), m.end()))
        group = "city" if m.group("city") else "city2"
        cities.append((m.start(group), m.end(group)))
        breaks.append(m.end())
    for pattern in (CREDIT, BYLINE, OFFICE_HEADER):
        for m in pattern.finditer(text):
            spans.append((m.start(), m.end()))
    return Furniture(tuple(sorted(spans)), tuple(cities), tuple(breaks))
