"""Colours and shapes for every node kind, statement kind and relationship type of the ontology.

Styles are looked up by the ontology's kinds, so a kind added there gets a (grey) style here
without an edit; the tables below only make the common ones distinct. Shapes are vis-network's.
"""

from __future__ import annotations

from ontology.schema import ACTOR_KINDS, EVENT_KINDS, REL_TYPES, STATEMENT_KINDS

ACTOR_STYLE = {
    "Person": ("#1f77b4", "dot"),
    "State": ("#d62728", "diamond"),
    "Organization": ("#9467bd", "square"),
    "GovernmentBody": ("#8c564b", "triangle"),
    "ArmedGroup": ("#ff7f0e", "star"),
    "Group": ("#bcbd22", "hexagon"),
    "Media": ("#17becf", "triangleDown"),
}
LABEL_STYLE = {
    "Event": ("#2ca02c", "box"),
    "Statement": ("#e377c2", "ellipse"),
    "Place": ("#7f7f7f", "circle"),
    "Article": ("#c4c4c4", "box"),  # database would grow as tall as its label is wide
}
# Events share the box shape; the colour says what family of event it is.
EVENT_FAMILIES = {
    "diplomacy": (
        "#2ca02c",
        (
            "PhoneCall",
            "Meeting",
            "Talks",
            "Visit",
            "Summit",
            "Agreement",
            "Ceasefire",
            "PrisonerExchange",
            "Election",
        ),
    ),
    "force": (
        "#a0522d",
        (
            "MilitaryDrill",
            "Deployment",
            "Mobilization",
            "Shelling",
            "Attack",
            "Fighting",
            "CeasefireViolation",
        ),
    ),
    "pressure": ("#6a3d9a", ("Sanction",)),
    "civilians": ("#1b9e77", ("Evacuation",)),
}
EVENT_COLOURS = {kind: colour for colour, kinds in EVENT_FAMILIES.values() for kind in kinds}
STATEMENT_COLOURS = {
    "Demand": "#d62728",
    "Accusation": "#ff7f0e",
    "Criticism": "#e7ba52",
    "Threat": "#8b0000",
    "Warning": "#e6550d",
    "Appeal": "#1f77b4",
    "Agreement": "#2ca02c",
    "Praise": "#98df8a",
    "Intent": "#17becf",
    "Denial": "#9467bd",
    "Rejection": "#c5b0d5",
    "Report": "#7f7f7f",
    "Announcement": "#bcbd22",
}
REL_COLOURS = {
    "PARTICIPATED_IN": "#2ca02c",
    "AFFILIATED_WITH": "#555555",
    "BACKS": "#ff7f0e",
    "REPORTED_IN": "#c8c8c8",
    "IN": "#7f7f7f",
    "MENTIONS": "#bbbbbb",
    "DURING": "#98df8a",
    "TOOK_PART_WITH": "#66a366",
}
DASHED = {"REPORTED_IN", "MENTIONS"}
# PLOVER quad classes (ontology.codes.QUAD_CLASSES): blues cooperate, reds conflict, dark = material
QUAD_COLOURS = {
    "verbal cooperation": "#6baed6",
    "material cooperation": "#08519c",
    "verbal conflict": "#fd8d3c",
    "material conflict": "#a50f15",
    "other": "#bdbdbd",
}
DEFAULT = ("#999999", "dot")


def node_style(label: str | None, kind: str | None) -> tuple[str, str]:
    """(colour, vis-network shape) of a node.

    >>> node_style("Actor", "State")
    ('#d62728', 'diamond')
    >>> node_style("Event", "Shelling"), node_style("Statement", "Demand")
    (('#a0522d', 'box'), ('#d62728', 'ellipse'))
    >>> node_style(None, None)
    ('#999999', 'dot')
    """
    if label == "Actor":
        return ACTOR_STYLE.get(kind or "", DEFAULT)
    if label == "Statement" and kind in STATEMENT_COLOURS:
        return (STATEMENT_COLOURS[kind], LABEL_STYLE["Statement"][1])
    if label == "Event" and kind in EVENT_COLOURS:
        return (EVENT_COLOURS[kind], LABEL_STYLE["Event"][1])
    return LABEL_STYLE.get(label or "", DEFAULT)


def statement_colour(kind: str | None) -> str:
    """The colour of a statement kind (grey for an unknown one)."""
    return STATEMENT_COLOURS.get(kind or "", DEFAULT[0])


def edge_colour(rel_type: str, statement_kind: str | None = None) -> str:
    """Statement edges (SAID, TARGETS, TARGETED) take the statement's kind; others their type's.

    >>> edge_colour("TARGETS", "Accusation"), edge_colour("BACKS")
    ('#ff7f0e', '#ff7f0e')
    """
    if statement_kind is not None or rel_type in ("SAID", "TARGETS", "TARGETED"):
        return statement_colour(statement_kind)
    return REL_COLOURS.get(rel_type, "#888888")


def group_of(label: str | None, kind: str | None) -> str:
    """The legend row (and page filter) a node belongs to: its kind for actors and events, its
    label otherwise.

    >>> group_of("Actor", "Person"), group_of("Event", "PhoneCall"), group_of("Statement", "Appeal")
    ('Person', 'PhoneCall', 'Statement')
    """
    if label in ("Actor", "Event") and kind:
        return kind
    return label or "Other"


def legend() -> list[tuple[str, str, str]]:
    """(name, colour, shape) of every node group, in the ontology's order.

    >>> rows = legend()
    >>> rows[0], rows[-1], len(rows) == len(ACTOR_KINDS) + len(EVENT_KINDS) + 3
    (('Person', '#1f77b4', 'dot'), ('Article', '#c4c4c4', 'box'), True)
    """
    rows: list[tuple[str, str, str]] = [(k, *ACTOR_STYLE.get(k, DEFAULT)) for k in ACTOR_KINDS]
    rows += [(k, *node_style("Event", k)) for k in EVENT_KINDS]
    rows += [(label, *style) for label, style in LABEL_STYLE.items() if label != "Event"]
    return rows


def group_order() -> dict[str, int]:
    """Position of every known group in the legend; unknown groups go last."""
    return {name: i for i, (name, _, _) in enumerate(legend())}


def statement_legend() -> list[tuple[str, str]]:
    """(kind, colour) of every statement kind, in the ontology's order."""
    return [(k, statement_colour(k)) for k in STATEMENT_KINDS]


def rel_types() -> tuple[str, ...]:
    return tuple(REL_TYPES)
