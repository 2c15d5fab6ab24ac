"""Office holders, groups, role nouns and discards derived from the Phoenix dictionaries.

The data (ontology/data/phoenix.json, MIT, see LICENSE.phoenix beside it) is written by
``python -m ontology.build.phoenix``. It widens the gazetteer without feeding the EntityRuler:
the extractor asks it about names that spaCy's NER found and the gazetteer does not know.

>>> ph = load_phoenix()
>>> holder = ph.person("Vladimir Putin")
>>> holder.country, holder.sector_on(date(2010, 1, 1))
('RUS', 'GOV')
>>> ph.is_discard("Academy Award")
True
>>> ph.agent("police officer")
'COP'
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from .gazetteer import name_key, normalise

DATA = Path(__file__).with_name("data") / "phoenix.json"

# Phoenix group codes whose third-to-sixth letters mark an armed non-state actor
ARMED_CODES = ("REB", "INS", "IMG", "UAF", "MIL", "SPY")


@dataclass(frozen=True)
class Holder:
    """One person of the Phoenix lists with the offices held: (iso3, sector, start, end)."""

    name: str
    roles: tuple[tuple[str, str | None, str | None, str | None], ...]

    @property
    def country(self) -> str | None:
        """The country of the person's most recent role."""
        return self.roles[-1][0] if self.roles else None

    def sector_on(self, when: date | None) -> str | None:
        """The sector ("GOV", "MIL", "ELI", "OPP"...) held on a date (any dated role when no date)."""
        iso = when.isoformat() if when else None
        best = None
        for _country, sector, start, end in self.roles:
            if iso is None or ((start is None or start <= iso) and (end is None or iso <= end)):
                if start is not None or end is not None or best is None:
                    best = sector
        return best


@dataclass(frozen=True)
class Group:
    name: str
    code: str

    @property
    def kind(self) -> str:
        if self.code.startswith("IGO"):
            return "Organization"
        return "ArmedGroup" if any(c in self.code[3:] for c in ARMED_CODES) else "Organization"


class Phoenix:
    """Lookups over the converted Phoenix data, keyed by the gazetteer's name normalisation."""

    def __init__(self, data: dict) -> None:
        self._people: list[list] = data.get("people", [])
        self._people_index: dict[str, int] = data.get("people_index", {})
        self._people_keys: dict[str, int] = data.get("people_keys", {})
        self._groups: list[list] = data.get("groups", [])
        self._groups_index: dict[str, int] = data.get("groups_index", {})
        self._places: dict[str, str] = data.get("places", {})
        self._agents: dict[str, str] = data.get("agents", {})
        self._discards = frozenset(data.get("discards", ()))

    def person(self, surface: str) -> Holder | None:
        """The office holder a full name (or a transliteration of it) refers to."""
        if len(surface.split()) < 2:
            return None  # surnames alone are too ambiguous across 18,000 people
        i = self._people_index.get(normalise(surface))
        if i is None:
            i = self._people_keys.get(name_key(surface))
        if i is None:
            return None
        name, roles = self._people[i]
        return Holder(name, tuple(tuple(r) for r in roles))

    def group(self, surface: str) -> Group | None:
        i = self._groups_index.get(normalise(surface))
        return Group(*self._groups[i]) if i is not None else None

    def place(self, surface: str) -> str | None:
        """The country (iso3) of a place name such as "Munich" or "Kaesong", or None."""
        return self._places.get(normalise(surface))

    def agent(self, noun: str) -> str | None:
        """The sector of a role noun ("farmer" -> "AGR"), or None for a word that is none."""
        return self._agents.get(noun.lower().strip())

    def is_discard(self, surface: str) -> bool:
        return normalise(surface) in self._discards or surface.lower().strip() in self._discards


@cache
def load_phoenix(path: str | None = None) -> Phoenix:
    """Load (once) the converted data; an absent file gives empty lookups."""
    file = Path(path) if path else DATA
    if not file.is_file():
        return Phoenix({})
    return Phoenix(json.loads(file.read_text(encoding="utf-8")))
