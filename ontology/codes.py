"""CAMEO codes and PLOVER types for the statement and event kinds of the schema.

A rule that finds a kind gets its default codes here; a rule may refine the CAMEO code (an appeal
to meet is "036", not "020") but never invents a kind the schema lacks.
"""

from __future__ import annotations

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


# --- quad class ------------------------------------------------------------------------------
# The PLOVER README's four quad classes; dyads, the report and the network colours all read this
# one mapping (a stored ``quad`` property, where the extractor writes one, comes from it too).

QUAD_CLASSES: dict[str, str] = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), "verbal cooperation"),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), "material cooperation"),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION"), "verbal conflict"),
    **dict.fromkeys(("PROTEST", "MOBILIZE", "COERCE", "ASSAULT"), "material conflict"),
}


def quad_class(plover: str | None) -> str | None:
    """The quad class of a PLOVER type, as the PLOVER README groups them.

    >>> quad_class("ACCUSE"), quad_class("AID"), quad_class(None)
    ('verbal conflict', 'material cooperation', None)
    """
    return QUAD_CLASSES.get(plover) if plover else None
