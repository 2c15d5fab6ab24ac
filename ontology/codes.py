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
