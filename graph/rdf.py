"""networkx <-> RDF (rdflib), and RDF files -> GraphDelta for ``diplograph ingest graph.ttl``.

The mapping is documented in ``ontology/owl.py``: canonical triples (label class, one predicate per
property, one direct triple per relationship, a reified ``rdf:Statement`` per relationship that has
properties) carry everything the graph holds and are all that :func:`from_rdf` reads; the aligned
triples (schema.org, SEM, PROV-O, Web Annotation, SKOS, Wikidata) are derived from them on export.
So export -> ingest into an empty store -> export gives the same triples.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, cast
from urllib.parse import quote, unquote

import networkx as nx
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS
from rdflib.query import ResultRow
from rdflib.term import Node as RDFNode

from ontology.errors import InputError, QueryError
from ontology.model import GraphDelta, Node, Rel
from ontology.owl import (
    CAMEO_SCHEME,
    DG,
    DGO,
    ISO_DATE,
    KIND_ALIGNMENT,
    LABEL_ALIGNMENT,
    OA,
    PREFIXES,
    REL,
    REL_ALIGNMENT,
    SDO,
    SEM,
    WD,
    XSD,
    assertion_class,
    cameo_concept,
    cameo_parent,
    event_kind_concept,
    known_cameo_codes,
    label_class,
    new_graph,
    plover_concept,
    property_iri,
    rel_iri,
    role_concept,
    statement_kind_concept,
)
from ontology.schema import ACTOR_KINDS, INT, NODE_TYPES, REL_TYPES, STRINGS

# file suffix -> rdflib format
RDF_FORMATS = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".nt": "nt",
    ".ntriples": "nt",
    ".jsonld": "json-ld",
    ".json-ld": "json-ld",
    ".rdf": "xml",
    ".owl": "xml",
}
RDF_SUFFIXES = frozenset(RDF_FORMATS)


class RDFError(InputError):
    """An RDF input that cannot become a graph; the message is one line for the user."""


# -- IRIs -----------------------------------------------------------------------------------------
def _encode(text: str) -> str:
    return quote(text, safe=":")


def node_iri(node_id: str) -> URIRef:
    """The IRI of a node: the base and the percent-encoded id (``:`` kept, ``/`` encoded).

    >>> str(node_iri("actor:vladimir-putin"))
    'https://w3id.org/diplograph/id/actor:vladimir-putin'
    >>> node_id(node_iri("statement:a b/c%")) == "statement:a b/c%"
    True
    """
    return DG[_encode(node_id)]


def node_id(iri: URIRef) -> str:
    text = str(iri)
    if not text.startswith(str(DG)):
        raise RDFError(f"{text} is not a diplograph node IRI")
    return unquote(text[len(str(DG)) :])


def relationship_iri(rel_type: str, src: str, dst: str) -> URIRef:
    """The IRI of a reified relationship: a relationship is its (type, src, dst)."""
    return REL[f"{rel_type}/{_encode(src)}/{_encode(dst)}"]


# -- networkx -> RDF ------------------------------------------------------------------------------
def _literal(value: Any, kind: str) -> Literal:
    if kind == INT:
        return Literal(int(value), datatype=XSD.integer)
    if isinstance(value, dict):
        value = json.dumps(value, sort_keys=True)
    return Literal(str(value))


def _date(value: str) -> Literal | None:
    return Literal(value, datatype=XSD.date) if ISO_DATE.match(value or "") else None


def to_rdf(graph: nx.MultiDiGraph, aligned: bool = True) -> Graph:
    """The RDF of a graph as ``Store.to_networkx`` returns it (node attr ``label``, edge keys =
    relationship types); ``aligned`` adds the standard-vocabulary view.

    Only the ontology is exported: a node without one of its labels (which Cypher run with
    ``--write`` can make in Neo4j) is left out, and so are the relationships that touch it."""
    g = new_graph()
    labels: dict[str, str] = {}
    known_codes = set(known_cameo_codes())
    for key, attrs in graph.nodes(data=True):
        label = attrs.get("label")
        if label not in NODE_TYPES:
            continue
        labels[key] = label
        subject = node_iri(attrs.get("id", key))
        g.add((subject, RDF.type, label_class(label)))
        for name, kind in NODE_TYPES[label].properties.items():
            value = attrs.get("id", key) if name == "id" else attrs.get(name)
            if value is None:
                continue
            pred = property_iri(name)
            for item in sorted(value) if kind == STRINGS else [value]:
                g.add((subject, pred, _literal(item, kind)))
        if aligned:
            _align_node(g, subject, label, attrs, known_codes)
    for src, dst, rel_type, attrs in graph.edges(keys=True, data=True):
        rel_type = attrs.get("type", rel_type)
        rel = REL_TYPES.get(rel_type)
        if rel is None or src not in labels or dst not in labels:
            continue
        s = node_iri(graph.nodes[src].get("id", src))
        o = node_iri(graph.nodes[dst].get("id", dst))
        g.add((s, rel_iri(rel_type), o))
        props = {name: attrs.get(name) for name in rel.properties if attrs.get(name) is not None}
        q = None
        if props:
            q = relationship_iri(rel_type, graph.nodes[src].get("id", src), graph.nodes[dst].get("id", dst))
            g.add((q, RDF.type, RDF.Statement))
            g.add((q, RDF.type, assertion_class(rel_type)))
            g.add((q, RDF.subject, s))
            g.add((q, RDF.predicate, rel_iri(rel_type)))
            g.add((q, RDF.object, o))
            for name, value in props.items():
                g.add((q, property_iri(name), _literal(value, rel.properties[name])))
        if aligned:
            _align_rel(g, rel_type, s, o, q, props)
    return g


def _align_node(g: Graph, subject: URIRef, label: str, attrs: dict, known_codes: set[str]) -> None:
    for cls in LABEL_ALIGNMENT.get(label, ()):
        g.add((subject, RDF.type, cls))
    kind = attrs.get("kind")
    if label == "Actor" and kind in ACTOR_KINDS:
        g.add((subject, RDF.type, DGO[kind]))
        for cls in KIND_ALIGNMENT.get(kind, ()):
            g.add((subject, RDF.type, cls))
    if label == "Event" and kind:
        g.add((subject, SEM.eventType, event_kind_concept(kind)))
    if label == "Statement" and kind:
        g.add((subject, DGO.statementType, statement_kind_concept(kind)))
    if attrs.get("wikidata") and label in ("Actor", "Place"):
        g.add((subject, SDO.sameAs, WD[attrs["wikidata"]]))
    cameo = attrs.get("cameo")
    if cameo and label in ("Event", "Statement"):
        concept = cameo_concept(cameo)
        g.add((subject, DGO.cameoCode, concept))
        if cameo not in known_codes:  # a code a rule refined: describe it here
            g.add((concept, RDF.type, SKOS.Concept))
            g.add((concept, SKOS.inScheme, CAMEO_SCHEME))
            g.add((concept, SKOS.notation, Literal(cameo)))
            parent = cameo_parent(cameo)
            if parent:
                g.add((concept, SKOS.broader, cameo_concept(parent)))
    if attrs.get("plover") and label in ("Event", "Statement"):
        g.add((subject, DGO.ploverType, plover_concept(attrs["plover"])))
    date = _date(attrs.get("date") or "")
    if label == "Event" and date is not None:
        time = URIRef(str(subject) + "/time")
        g.add((subject, SEM.hasTime, time))
        g.add((time, RDF.type, SEM.Time))
        g.add((time, SEM.hasTimeStamp, date))
    if label == "Statement" and date is not None:
        g.add((subject, SDO.dateCreated, date))
    published = _date(attrs.get("published") or "")
    if label == "Article" and published is not None:
        g.add((subject, SDO.datePublished, published))


def _align_rel(g: Graph, rel_type: str, s: URIRef, o: URIRef, q: URIRef | None, props: dict) -> None:
    for pred, inverse in REL_ALIGNMENT.get(rel_type, ()):
        g.add((o, pred, s) if inverse else (s, pred, o))
    if q is None:
        return
    if rel_type == "PARTICIPATED_IN" and props.get("role"):
        g.add((q, SEM.roleType, role_concept(props["role"])))
    if rel_type == "REPORTED_IN":
        g.add((q, RDF.type, PROV.Derivation))
        g.add((s, PROV.qualifiedDerivation, q))
        g.add((q, PROV.entity, o))
        evidence = URIRef(str(q) + "/evidence")
        g.add((q, DGO.evidence, evidence))
        g.add((evidence, RDF.type, OA.SpecificResource))
        g.add((evidence, OA.hasSource, o))
        if props.get("start") is not None and props.get("end") is not None:
            position = URIRef(str(q) + "/position")
            g.add((evidence, OA.hasSelector, position))
            g.add((position, RDF.type, OA.TextPositionSelector))
            for pred, name in ((OA.start, "start"), (OA.end, "end")):
                g.add((position, pred, Literal(int(props[name]), datatype=XSD.nonNegativeInteger)))
        if props.get("sentence"):
            sentence = URIRef(str(q) + "/quote")
            g.add((evidence, OA.hasSelector, sentence))
            g.add((sentence, RDF.type, OA.TextQuoteSelector))
            g.add((sentence, OA.exact, Literal(props["sentence"])))


# -- RDF -> GraphDelta ----------------------------------------------------------------------------
def _value(literal, kind: str) -> Any:
    if kind == INT:
        try:
            return int(literal)
        except (TypeError, ValueError) as exc:
            raise RDFError(f"{literal!r} is not an integer") from exc
    return str(literal)


def from_rdf(g: Graph) -> GraphDelta:
    """The nodes and relationships of diplograph RDF (canonical triples only) as a GraphDelta."""
    classes: dict[RDFNode, str] = {label_class(label): label for label in NODE_TYPES}
    labels: dict[RDFNode, str] = {}
    for subject, cls in g.subject_objects(RDF.type):
        label = classes.get(cls)
        if label is None or not isinstance(subject, URIRef):
            continue
        if labels.get(subject, label) != label:
            raise RDFError(f"{subject} has two labels, {labels[subject]} and {label}")
        labels[subject] = label
    delta = GraphDelta()
    ids: dict[RDFNode, str] = {}
    for subject, label in sorted(labels.items()):
        props: dict[str, Any] = {}
        for name, kind in NODE_TYPES[label].properties.items():
            values = sorted(_value(v, kind) for v in g.objects(subject, property_iri(name)))
            if kind == STRINGS:
                props[name] = values
            elif len(values) > 1:
                raise RDFError(f"{subject} has {len(values)} values of {name}")
            elif values:
                props[name] = values[0]
        ident = props.pop("id", None) or node_id(cast(URIRef, subject))
        if label == "Actor" and props.get("kind") not in (None, *ACTOR_KINDS):
            # Neo4j makes an actor's kind a label, so only the schema's kinds are accepted
            raise RDFError(f"{subject} has an actor kind outside the schema: {props['kind']!r}")
        ids[subject] = ident
        delta.nodes[ident] = Node(label, ident, props)
    for rel_type, rel in REL_TYPES.items():
        pred = rel_iri(rel_type)
        qualified: dict[tuple[RDFNode | None, RDFNode | None], dict[str, Any]] = {}
        for q in g.subjects(RDF.type, assertion_class(rel_type)):
            s, o = g.value(q, RDF.subject), g.value(q, RDF.object)
            qualified[(s, o)] = {
                name: _value(v, kind)
                for name, kind in rel.properties.items()
                if (v := g.value(q, property_iri(name))) is not None
            }
        for s, o in g.subject_objects(pred):
            if s not in labels or o not in labels:
                missing = s if s not in labels else o
                raise RDFError(
                    f"a {rel_type} relationship ends at {missing}, which is not a "
                    "diplograph node in this input"
                )
            if labels[s] not in rel.sources or labels[o] not in rel.targets:
                raise RDFError(f"{rel_type} cannot link a {labels[s]} to a {labels[o]}")
            r = Rel(rel_type, ids[s], ids[o], labels[s], labels[o], qualified.get((s, o), {}))
            delta.rels[r.key] = r
    return delta


def rdf_format(path: str | Path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in RDF_FORMATS:
        raise RDFError(f"{path}: not an RDF file ({', '.join(sorted(RDF_FORMATS))})")
    return RDF_FORMATS[suffix]


def parse_rdf(path: str | Path) -> Graph:
    """An RDF file as an rdflib Graph (format from the suffix)."""
    path = Path(path)
    try:
        return Graph().parse(path, format=rdf_format(path))
    except RDFError:
        raise
    except FileNotFoundError as exc:
        raise RDFError(f"{path}: no such file") from exc
    except Exception as exc:  # rdflib raises many kinds of parse errors
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise RDFError(f"{path}: cannot parse as {rdf_format(path)} ({first})") from exc


def read_rdf(path: str | Path) -> GraphDelta:
    """An exported RDF file as a GraphDelta, ready for ``Store.write``."""
    try:
        return from_rdf(parse_rdf(path))
    except RDFError as exc:
        message = str(exc)
        raise RDFError(message if message.startswith(str(path)) else f"{path}: {message}") from exc


def is_rdf_path(path: str | Path) -> bool:
    return Path(path).suffix.lower() in RDF_SUFFIXES and not Path(path).is_dir()


def serialize(g: Graph, fmt: str) -> str:
    """Text of ``g`` in ``ttl``, ``nt`` or ``jsonld``; N-Triples lines are sorted, so equal
    graphs without blank nodes give equal files."""
    if fmt == "nt":
        lines = g.serialize(format="nt").splitlines()
        return "".join(line + "\n" for line in sorted(set(lines)) if line.strip())
    if fmt == "jsonld":
        return g.serialize(format="json-ld", auto_compact=True, indent=2)
    if fmt == "ttl":
        return g.serialize(format="turtle")
    raise ValueError(f"unknown RDF format {fmt!r}")


# -- SPARQL ---------------------------------------------------------------------------------------
def _plain(term: Any) -> Any:
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        if hasattr(value, "isoformat"):
            return value.isoformat()
        return str(value) if isinstance(value, Literal) else value
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def sparql_select(g: Graph, text: str):
    """Run a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE) over ``g`` and return a
    ``QueryResult``; the ontology's prefixes (dgo, dg, schema, sem, prov, oa, skos ...) and rdf,
    rdfs, xsd are predeclared. Nothing is fetched: ``SERVICE`` and ``FROM`` are refused."""
    from rdflib.plugins.sparql import prepareQuery

    from .store import QueryResult

    namespaces = {**PREFIXES, "rdf": RDF, "rdfs": RDFS, "xsd": XSD}
    try:
        query = prepareQuery(text, initNs=namespaces)
    except Exception as exc:  # pyparsing errors and friends
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise QueryError(f"not a SPARQL query: {first}") from exc
    algebra = query.algebra
    if getattr(algebra, "datasetClause", None) or "ServiceGraphPattern" in repr(algebra):
        raise QueryError("SPARQL FROM and SERVICE are not allowed: the query runs over the export")
    result = g.query(query)
    if result.type == "ASK":
        return QueryResult(["ask"], [[bool(result.askAnswer)]])
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return QueryResult(
            ["subject", "predicate", "object"],
            sorted(
                [[_plain(t) for t in triple] for triple in result.graph or ()],
                key=lambda row: [str(v) for v in row],
            ),
        )
    columns = [str(v) for v in result.vars or ()]
    rows = cast(Iterable[ResultRow], result)
    return QueryResult(columns, [[_plain(row[i]) for i in range(len(columns))] for row in rows])
