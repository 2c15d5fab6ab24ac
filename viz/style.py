"""Colours and shapes for every node kind and statement kind of the ontology.

Styles are looked up by the ontology's kinds, so a kind added there gets a (grey) style here
without an edit; the table below only makes the common ones distinct.
"""

from __future__ import annotations

from ontology.schema import ACTOR_KINDS

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
    "Place": ("#7f7f7f", "dot"),
    "Article": ("#aaaaaa", "database"),
}
STATEMENT_COLOURS = {
    "Demand": "#d62728", "Accusation": "#ff7f0e", "Criticism": "#ffbb78", "Threat": "#8b0000",
    "Warning": "#e6550d", "Appeal": "#1f77b4", "Agreement": "#2ca02c", "Praise": "#98df8a",
    "Intent": "#17becf", "Denial": "#9467bd", "Rejection": "#c5b0d5", "Report": "#7f7f7f",
    "Announcement": "#bcbd22",
}
DEFAULT = ("#999999", "dot")


def node_style(label: str, kind: str | None) -> tuple[str, str]:
    """(colour, vis-network shape) of a node.

    >>> node_style("Actor", "State")
    ('#d62728', 'diamond')
    """
    if label == "Actor":
        return ACTOR_STYLE.get(kind or "", DEFAULT)
    if label == "Statement" and kind in STATEMENT_COLOURS:
        return (STATEMENT_COLOURS[kind], LABEL_STYLE["Statement"][1])
    return LABEL_STYLE.get(label, DEFAULT)


def statement_colour(kind: str | None) -> str:
    return STATEMENT_COLOURS.get(kind or "", DEFAULT[0])


def legend() -> list[tuple[str, str, str]]:
    """(name, colour, shape) for the page's legend, in the ontology's order."""
    rows = [(k, *ACTOR_STYLE.get(k, DEFAULT)) for k in ACTOR_KINDS]
    rows += [(label, *style) for label, style in LABEL_STYLE.items()]
    return rows

