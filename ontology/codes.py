"""CAMEO codes and PLOVER types for the statement and event kinds of the schema.

A rule that finds a kind gets its default codes here; a rule may refine the CAMEO code (an appeal
to meet is "036", not "020") but never invents a kind the schema lacks.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

# kind -> (CAMEO code, PLOVER type or None)
STATEMENT_CODES: dict[str, tuple[str, str | None]] = {
    "Report": ("010", None),
    "Announcement": ("010", None),
    "Appeal": ("020", "REQUEST"),
    "Demand": ("100", "REQUEST"),
    "Accusation": ("112", "ACCUSE"),
    "Criticism": ("111", "ACCUSE"),
    "Warning": ("012", None),
    "Threat": ("130", "THREATEN"),
    "Denial": ("016", "REJECT"),
    "Rejection": ("120", "REJECT"),
    "Agreement": ("019", "AGREE"),
    "Intent": ("030", "COOPERATE"),
    "Praise": ("051", "SUPPORT"),
}

EVENT_CODES: dict[str, tuple[str | None, str | None]] = {
    "PhoneCall": ("041", "CONSULT"),
    "Meeting": ("040", "CONSULT"),
    "Talks": ("046", "CONSULT"),
    "Visit": ("042", "CONSULT"),
    "Summit": ("044", "CONSULT"),
    "Agreement": ("057", "AGREE"),
    "MilitaryDrill": ("150", "MOBILIZE"),
    "Deployment": ("154", "MOBILIZE"),
    "Mobilization": ("154", "MOBILIZE"),
    "Shelling": ("194", "ASSAULT"),
    "Attack": ("190", "ASSAULT"),
    "Fighting": ("190", "ASSAULT"),
    "Evacuation": (None, None),
    "Sanction": ("163", "SANCTION"),
    "PrisonerExchange": ("084", "CONCEDE"),
    "Ceasefire": ("0871", "RETREAT"),
    "CeasefireViolation": ("196", "ASSAULT"),
    "Election": (None, None),
    "Other": (None, None),
}


def statement_codes(kind: str) -> tuple[str, str | None]:
    """Default (CAMEO, PLOVER) of a statement kind.

    >>> statement_codes("Accusation")
    ('112', 'ACCUSE')
    """
    return STATEMENT_CODES[kind]


def event_codes(kind: str) -> tuple[str | None, str | None]:
    """Default (CAMEO, PLOVER) of an event kind.

    >>> event_codes("PhoneCall")
    ('041', 'CONSULT')
    """
    return EVENT_CODES[kind]


# --- CAMEO -> PLOVER and quad class ----------------------------------------------------------

# CAMEO root (two digits) -> PLOVER type; "01" (public statement) and "09" (investigate) have none
_ROOT_PLOVER: dict[str, str | None] = {
    "01": None,
    "02": "REQUEST",
    "03": None,  # an intention: PLOVER codes the intended act (mode "intend"), see cameo_plover
    "04": "CONSULT",
    "05": "SUPPORT",
    "06": "COOPERATE",
    "07": "AID",
    "08": "CONCEDE",
    "09": None,
    "10": "REQUEST",
    "11": "ACCUSE",
    "12": "REJECT",
    "13": "THREATEN",
    "14": "PROTEST",
    "15": "MOBILIZE",
    "16": "SANCTION",
    "17": "COERCE",
    "18": "ASSAULT",
    "19": "ASSAULT",
    "20": "ASSAULT",
}
# finer CAMEO codes whose PLOVER type differs from their root's
_CODE_PLOVER: dict[str, str | None] = {
    "016": "REJECT",  # deny responsibility
    "019": "AGREE",  # express accord
    "036": "CONSULT",  # intend to meet
    "046": "CONSULT",
    "057": "AGREE",  # sign an agreement
    "0871": "RETREAT",  # declare a ceasefire
    "0872": "RETREAT",
    "0873": "RETREAT",
    "0874": "RETREAT",
    "087": "RETREAT",
    "081": "CONCEDE",
    "084": "CONCEDE",
    "166": "SANCTION",
}

# --- quad class ------------------------------------------------------------------------------
# The PLOVER README's four quad classes; dyads, the report and the network colours all read this
# one mapping (a stored ``quad`` property, where the extractor writes one, comes from it too).

QUAD_CLASSES: dict[str, str] = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), "verbal cooperation"),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), "material cooperation"),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION"), "verbal conflict"),
    **dict.fromkeys(("PROTEST", "MOBILIZE", "COERCE", "ASSAULT"), "material conflict"),
}

# CAMEO root -> the statement kind a speech act of that root is
_ROOT_KIND: dict[str, str] = {
    "01": "Report",
    "02": "Appeal",
    "03": "Intent",
    "05": "Praise",
    "10": "Demand",
    "11": "Criticism",
    "12": "Rejection",
    "13": "Threat",
}
_CODE_KIND: dict[str, str] = {
    "012": "Warning",
    "016": "Denial",
    "019": "Agreement",
    "112": "Accusation",
}


def cameo_plover(code: str | None) -> str | None:
    """The PLOVER type of a CAMEO code (None for plain statements and investigations).

    >>> cameo_plover("112"), cameo_plover("0871"), cameo_plover("010")
    ('ACCUSE', 'RETREAT', None)
    """
    if not code:
        return None
    for prefix in (code, code[:3]):
        if prefix in _CODE_PLOVER:
            return _CODE_PLOVER[prefix]
    return _ROOT_PLOVER.get(code[:2])


def quad_class(plover: str | None) -> str | None:
    """The quad class of a PLOVER type, as the PLOVER README groups them.

    >>> quad_class("ACCUSE"), quad_class("AID"), quad_class(None)
    ('verbal conflict', 'material cooperation', None)
    """
    return QUAD_CLASSES.get(plover) if plover else None


def cameo_kind(code: str | None) -> str | None:
    """The statement kind of a speech act with this CAMEO code, None if it is not a speech act.

    >>> cameo_kind("1121"), cameo_kind("130"), cameo_kind("190")
    ('Accusation', 'Threat', None)
    """
    if not code:
        return None
    return _CODE_KIND.get(code[:3]) or _ROOT_KIND.get(code[:2])


# --- the CAMEO verb dictionary (converted by ontology.build.cameo_verbs) ---------------------

CAMEO_VERBS_DATA = Path(__file__).with_name("data") / "cameo_verbs.json"


@dataclass(frozen=True)
class CameoVerbs:
    """Verb lemma -> CAMEO code, refined by the words that follow the verb."""

    codes: dict[str, str]
    patterns: dict[str, tuple[tuple[tuple[frozenset[str], ...], str], ...]]

    def code(self, lemma: str, words: list[str] | None = None) -> str | None:
        """The code of a verb; with the words after it (lemmas or forms, in order), the code of the
        longest pattern they contain ("warn ... of consequences" -> "012")."""
        best: tuple[int, str] | None = None
        for slots, code in self.patterns.get(lemma, ()) if words else ():
            if (best is None or len(slots) > best[0]) and _in_order(slots, words or []):
                best = (len(slots), code)
        return best[1] if best else self.codes.get(lemma)


def _in_order(slots: tuple[frozenset[str], ...], words: list[str]) -> bool:
    i = 0
    for slot in slots:
        while i < len(words) and words[i] not in slot:
            i += 1
        if i == len(words):
            return False
        i += 1
    return True


def _slot(word: str, sets: dict[str, list[str]]) -> frozenset[str]:
    """A pattern word and its forms: a synonym set's members, or the word and its singular."""
    members = sets.get(word, [word]) if word.startswith("&") else [word]
    out = set()
    for m in members:
        out.add(m)
        if m.endswith("s") and len(m) > 3:
            out.add(m[:-1])
    return frozenset(out)


@cache
def cameo_verbs(path: str | None = None) -> CameoVerbs:
    """The converted CAMEO verb dictionary, loaded once."""
    data = json.loads(Path(path or CAMEO_VERBS_DATA).read_text(encoding="utf-8"))
    sets: dict[str, list[str]] = data["sets"]
    codes: dict[str, str] = {}
    patterns: dict[str, list[tuple[tuple[frozenset[str], ...], str]]] = {}
    for block in data["blocks"]:
        pats = [(tuple(_slot(w, sets) for w in p[:-1]), p[-1]) for p in block["patterns"] if len(p) > 1]
        for verb, own in block["verbs"].items():
            code = own or block["code"]
            if code and verb not in codes:
                codes[verb] = code
            if pats and " " not in verb:
                patterns.setdefault(verb, []).extend(pats)
    return CameoVerbs(codes, {k: tuple(v) for k, v in patterns.items()})
