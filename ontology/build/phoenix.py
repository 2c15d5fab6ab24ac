"""Convert the PETRARCH-2 / Phoenix dictionaries (MIT) into ontology/data/phoenix.json.

Run from the project's root::

    python -m ontology.build.phoenix [--source ../shared/lexicons/petrarch2]

What is kept, in compact form (see ontology/phoenix.py for the reader):

* ``people``: office holders from Phoenix.Countries.actors.txt, each
  ``[name, [[iso3, sector, start, end], ...]]`` with ISO dates or null for an open end: who held
  which kind of office for which country when; ``people_index`` maps each normalised name and
  alias to its position, ``people_keys`` the transliteration key of the name.
* ``groups``: armed and non-state groups (Phoenix.MilNonState.actors.txt) and international
  organisations (IGO codes of Phoenix.International.actors.txt), ``[name, code]``, with
  ``groups_index`` over names and aliases.
* ``places``: other names of each country in Phoenix.Countries.actors.txt (its cities, regions,
  mountains, old names), ``{normalised name: iso3}``.
* ``agents``: role nouns (Phoenix.agents.txt), ``{"farmer": "AGR", "police officer": "COP"}``.
* ``discards``: phrases that never name an actor (Phoenix.discards.txt: sports events, titles...).

The MIT notice of the source is written beside the output (LICENSE.phoenix).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from ontology.gazetteer import name_key, normalise

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SOURCE = ROOT.parent / "shared" / "lexicons" / "petrarch2"
OUT = ROOT / "ontology" / "data" / "phoenix.json"
LICENSE_OUT = OUT.with_name("LICENSE.phoenix")

# CAMEO-era country codes that differ from ISO 3166-1 alpha-3
LEGACY_CODES = {"ITL": "ITA", "VTN": "VNM", "JAP": "JPN", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS"}
_ROLE = re.compile(r"\[([A-Z~]{3,})\s*(?:([<>])\s*(\d{6,10})|(\d{6,10})\s*-\s*(\d{6,10}))?\s*\]")
_CODE_ON_LINE = re.compile(r"\[([A-Z]{3,})[^\]]*\]")


@dataclass
class Person:
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[list[str | None]] = field(default_factory=list)


def phrase(raw: str) -> str:
    """ "VLADIMIR_V._PUTIN_" -> "Vladimir V. Putin" (comments and trailing marks dropped)."""
    raw = raw.split("#", 1)[0].strip().lstrip("+").strip()
    raw = _CODE_ON_LINE.sub("", raw).replace("{}", "")
    words = [w for w in re.split(r"[_\s]+", raw) if w]
    return " ".join(w if any(c.islower() for c in w) else w.capitalize() for w in words)


def iso_date(raw: str | None) -> str | None:
    """CAMEO dates: YYMMDD (1930-2029) or YYYYMMDD; others (malformed) become None."""
    if not raw:
        return None
    raw = raw[-8:] if len(raw) > 8 else raw
    if len(raw) == 6:
        yy = int(raw[:2])
        raw = ("19" if yy >= 30 else "20") + raw
    if len(raw) != 8:
        return None
    y, m, d = raw[:4], raw[4:6], raw[6:8]
    if not ("01" <= m <= "12" and "01" <= d <= "31"):
        return None
    return f"{y}-{m}-{d}"


def role(line: str) -> list[str | None] | None:
    """ "[AFGGOV 950101-960626]" -> ["AFG", "GOV", "1995-01-01", "1996-06-26"]."""
    m = _ROLE.search(line)
    if m is None or m.group(1).startswith("~") or len(m.group(1)) < 3:
        return None
    code = m.group(1)
    country = LEGACY_CODES.get(code[:3], code[:3])
    sector = code[3:] or None
    start = end = None
    if m.group(2) == ">":
        start = iso_date(m.group(3))
    elif m.group(2) == "<":
        end = iso_date(m.group(3))
    elif m.group(4):
        start, end = iso_date(m.group(4)), iso_date(m.group(5))
    return [country, sector, start, end]


def _content_lines(path: Path) -> list[str]:
    return [ln.rstrip("\n") for ln in path.read_text(encoding="utf-8", errors="replace").splitlines()]


def read_people(path: Path) -> tuple[list[Person], dict[str, str]]:
    """Person blocks: a name line with no code, "+" alias lines, then tab-indented role lines.
    Country blocks ("AFGHANISTAN_ [AFG]" with "+" aliases: the country's other names, its cities,
    regions and mountains) give places: {normalised name: iso3}."""
    people: list[Person] = []
    places: dict[str, str] = {}
    current: Person | None = None
    country: str | None = None
    for line in _content_lines(path):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if line[:1] in (" ", "\t") and stripped.startswith("["):
            r = role(stripped)
            if current is not None and r is not None:
                current.roles.append(r)
            continue
        if stripped.startswith("+"):
            alias = phrase(stripped)
            if current is not None and alias and alias != current.name:
                current.aliases.append(alias)
            elif current is None and country and alias:
                places.setdefault(normalise(alias), country)
            continue
        code = _CODE_ON_LINE.search(stripped.split("#", 1)[0])
        current = None
        if code:  # a country (or an organisation) with its code on the line
            country = LEGACY_CODES.get(code.group(1), code.group(1)) if len(code.group(1)) == 3 else None
            continue
        current = Person(phrase(stripped))
        people.append(current)
    return [p for p in people if p.roles and len(p.name.split()) >= 2], places


def read_groups(path: Path, prefixes: tuple[str, ...] | None = None) -> list[list]:
    """Organisation blocks: "NAME_ [CODE]" with "+" aliases (the code may come on a later line)."""
    groups: list[list] = []
    current: list | None = None
    for line in _content_lines(path):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        m = _CODE_ON_LINE.search(stripped.split("#", 1)[0])
        if stripped.startswith("+"):
            if current is not None:
                current[1].append(phrase(stripped))
            continue
        if line[:1] in (" ", "\t") and m:
            if current is not None and not current[2]:
                current[2] = m.group(1)
            continue
        current = [phrase(stripped), [], m.group(1) if m else ""]
        groups.append(current)
    out = []
    for name, aliases, code in groups:
        if not name or not code or (prefixes and not code.startswith(prefixes)):
            continue
        out.append([name, sorted(set(a for a in aliases if a and a != name)), code])
    return out


def read_agents(path: Path) -> dict[str, str]:
    """Role nouns: "POLICE_OFFICER [~COP]" -> {"police officer": "COP"}; "!PERSON!" sets expand."""
    subst: dict[str, list[str]] = {}
    out: dict[str, str] = {}
    for line in _content_lines(path):
        stripped = line.split("#", 1)[0].strip()
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", stripped)
        if m:
            subst[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
            continue
        m = re.match(r"^([A-Z][A-Z_!\-']*)\s*(?:\{[^}]*\})?\s*\[~([A-Z]+)\]", stripped)
        if not m:
            continue
        forms = [m.group(1)]
        for key, words in subst.items():
            forms = [
                f.replace(key, w) if key in f else f for f in forms for w in (words if key in f else [""])
            ]
        for form in forms:
            out.setdefault(form.replace("_", " ").strip().lower(), m.group(2))
    return out


def read_discards(path: Path) -> list[str]:
    """Phrases that are never actors; bare years and numbers are left out (NER does not tag them)."""
    out = set()
    for line in _content_lines(path):
        text = line.split("#", 1)[0].strip().lstrip("+").strip().rstrip("_").strip()
        if text and not text.isdigit() and not text.startswith(("!", "<")):
            out.add(text.replace("_", " ").lower())
    return sorted(out)


def index(items: list[list], keys_of) -> dict[str, int]:
    """{lookup key: position in items}, the first item winning; keys are computed here, once, so
    that loading is a plain JSON read."""
    out: dict[str, int] = {}
    for i, item in enumerate(items):
        for key in keys_of(item):
            if key:
                out.setdefault(key, i)
    return out


def convert(source: Path) -> dict:
    people, places = read_people(source / "Phoenix.Countries.actors.txt")
    rows = [[p.name, p.roles] for p in people]
    groups = read_groups(source / "Phoenix.MilNonState.actors.txt") + read_groups(
        source / "Phoenix.International.actors.txt", ("IGO",)
    )
    return {
        "about": "Derived from the PETRARCH-2 / Phoenix dictionaries (MIT, see LICENSE.phoenix) "
        "by ontology/build/phoenix.py.",
        "people": rows,
        "people_index": index(
            [[p.name, *p.aliases] for p in people], lambda forms: [normalise(f) for f in forms]
        ),
        "people_keys": index([[p.name] for p in people], lambda forms: [name_key(forms[0])]),
        "groups": [[name, code] for name, _aliases, code in groups],
        "groups_index": index(
            [[name, *aliases] for name, aliases, _code in groups], lambda forms: [normalise(f) for f in forms]
        ),
        "places": places,
        "agents": read_agents(source / "Phoenix.agents.txt"),
        "discards": read_discards(source / "Phoenix.discards.txt"),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--source", default=str(DEFAULT_SOURCE), help="folder holding the Phoenix files")
    ap.add_argument("--out", default=str(OUT), help="where to write the JSON")
    args = ap.parse_args(argv)
    source = Path(args.source)
    if not (source / "Phoenix.Countries.actors.txt").is_file():
        print(f"phoenix: {source}: no Phoenix.Countries.actors.txt there", file=sys.stderr)
        return 2
    data = convert(source)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    notice = (source / "LICENSE").read_text(encoding="utf-8")
    out.with_name("LICENSE.phoenix").write_text(
        "ontology/data/phoenix.json is derived from the PETRARCH-2 / Phoenix dictionaries\n"
        "(Phoenix.*.txt of the Open Event Data Alliance), distributed under this licence:\n\n" + notice,
        encoding="utf-8",
    )
    print(
        f"phoenix: {len(data['people'])} people, {len(data['groups'])} groups, {len(data['places'])} places, "
        f"{len(data['agents'])} agents, {len(data['discards'])} discards -> {out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
