"""The actor gazetteer: known states, organisations, government bodies and office holders.

The data lives in ``gazetteer.json`` beside this module (written by the project). Each entry has a
canonical ``name`` and ``kind``, and optionally ``aliases`` (other names, transliterations),
``demonyms`` (adjectives: "Russian" -> Russia), ``metonyms`` (capitals standing for a state:
"Moscow" -> Russia), ``country`` (ISO 3166-1 alpha-3), ``affiliation`` (an entry name), ``role``
and ``wikidata`` (a QID).

>>> g = load_gazetteer()
>>> g.lookup("Zelensky").name
'Volodymyr Zelenskiy'
>>> g.lookup("Moscow").name
'Russia'
>>> g.by_demonym("Russian").name
'Russia'
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

DATA = Path(__file__).with_name("gazetteer.json")


@dataclass(frozen=True)
class Entry:
    name: str
    kind: str
    country: str | None = None
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    role: str | None = None
    affiliation: str | None = None

    @property
    def surface_forms(self) -> tuple[str, ...]:
        """Every name under which the entry may appear in a text (not demonyms)."""
        return (self.name, *self.aliases, *self.metonyms)


def normalise(text: str) -> str:
    """Key for lookups: case, accents, leading article, punctuation and spacing do not matter.

    >>> normalise("the  Elysée")
    'elysee'
    >>> normalise("U.S.")
    'us'
    >>> normalise("Ukraine\u2019s")
    'ukraine'
    """
    text = text.replace("\u2019", "'")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"'s\b", "", text)  # possessives: "Ukraine's" -> Ukraine
    text = re.sub(r"[.']", "", text)
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


_NAME_KEYS_KEPT = 65536
_VOWELS = str.maketrans("", "", "aeiouy")
_PARTICLES = {"al": "al", "el": "al", "ul": "al", "bin": "bin", "ibn": "bin", "ben": "bin"}


def name_key(text: str) -> str:
    """A key under which transliteration variants of a person's name meet: "Mohammed bin Salman",
    "Mohamed bin Salman" and "Muhammad bin Salman"; "Zelenskiy", "Zelensky" and "Zelenskyy".
    Each word keeps its first letter and its consonants, doubled letters collapsed.

    >>> name_key("Mohammed bin Salman") == name_key("Muhammad Bin Salman")
    True
    >>> name_key("Abdourahim Bacar") == name_key("Abdurahim Bakar")
    True
    >>> name_key("Kim Jong Un") == name_key("Kim Jong Il")
    False
    """
    words = []
    for word in normalise(text).replace("-", " ").split():
        if word in _PARTICLES:
            words.append(_PARTICLES[word])
            continue
        rest = word[1:].translate(_VOWELS).replace("h", "")  # "Mohammed"/"Muhamad", "Ahmed"/"Ahmad"
        rest = rest.replace("q", "k").replace("c", "k")  # "Muttaqi"/"Mottaki", "Bacar"/"Bakar"
        words.append(re.sub(r"(.)\1+", r"\1", word[0] + rest))
    return " ".join(words)


@dataclass
class Gazetteer:
    entries: list[Entry]
    _by_form: dict[str, Entry] = field(default_factory=dict, repr=False)
    _by_demonym: dict[str, Entry] = field(default_factory=dict, repr=False)
    _by_name: dict[str, Entry] = field(default_factory=dict, repr=False)
    _name_keys: dict[str, str] = field(default_factory=dict, repr=False)  # memo of name_key

    def __post_init__(self) -> None:
        for entry in self.entries:
            self._by_name[entry.name] = entry
            for form in entry.surface_forms:
                self._by_form.setdefault(normalise(form), entry)
            for adj in entry.demonyms:
                self._by_demonym.setdefault(normalise(adj), entry)

    def lookup(self, surface: str) -> Entry | None:
        """The entry a name, alias or metonym refers to, or None."""
        return self._by_form.get(normalise(surface))

    def by_demonym(self, adjective: str) -> Entry | None:
        """The state (or organisation) an adjective such as "Russian" or "Ukraine's" points to."""
        key = normalise(adjective)
        return self._by_demonym.get(key) or self._by_form.get(key)

    def get(self, name: str) -> Entry | None:
        """The entry with this canonical name."""
        return self._by_name.get(name)

    def name_key(self, text: str) -> str:
        """``name_key(text)``, remembered: the person index of every article keys the gazetteer's
        people and their aliases again (a memo on the loaded gazetteer, emptied when it grows large)."""
        key = self._name_keys.get(text)
        if key is None:
            if len(self._name_keys) >= _NAME_KEYS_KEPT:
                self._name_keys.clear()
            key = self._name_keys[text] = name_key(text)
        return key

    def state_of(self, iso3: str) -> Entry | None:
        """The State entry with country code ``iso3``."""
        for entry in self.entries:
            if entry.kind == "State" and entry.country == iso3:
                return entry
        return None

    def ruler_patterns(self) -> list[dict]:
        """Phrase patterns for a spaCy EntityRuler, labelled like spaCy's NER and with the entry
        name as ``id`` so later stages can resolve a span without a second lookup."""
        ner_label = {"Person": "PERSON", "State": "GPE"}
        patterns = []
        for entry in self.entries:
            label = ner_label.get(entry.kind, "ORG")
            for form in entry.surface_forms:
                patterns.append({"label": label, "pattern": form, "id": entry.name})
                if form[:1].isupper() and not form.startswith("The "):
                    patterns.append({"label": label, "pattern": f"the {form}", "id": entry.name})
            for adj in entry.demonyms:
                patterns.append({"label": "NORP", "pattern": adj, "id": entry.name})
        return patterns


def _entry(raw: dict) -> Entry:
    return Entry(
        name=raw["name"],
        kind=raw["kind"],
        country=raw.get("country"),
        wikidata=raw.get("wikidata"),
        aliases=tuple(raw.get("aliases", ())),
        demonyms=tuple(raw.get("demonyms", ())),
        metonyms=tuple(raw.get("metonyms", ())),
        role=raw.get("role"),
        affiliation=raw.get("affiliation"),
    )


@cache
def load_gazetteer(path: str | None = None) -> Gazetteer:
    """Load (once) the gazetteer shipped with diplograph, or another file of the same shape."""
    data = json.loads(Path(path or DATA).read_text(encoding="utf-8"))
    return Gazetteer([_entry(raw) for raw in data["actors"]])
