"""The schema as an OWL ontology and as SHACL shapes, generated from ``schema.py`` and ``codes.py``.

``ontology/diplograph.ttl`` and ``ontology/shapes.ttl`` are written from :func:`build_ontology`
and :func:`build_shapes` (``python -m ontology.owl`` rewrites them; a test checks that they are up
to date), so a change to the schema needs no hand edit here either.

How the property graph maps to RDF (``graph/rdf.py`` does the conversion, both ways):

* A node is the IRI ``https://w3id.org/diplograph/id/<percent-encoded id>`` typed with its label's
  class (``dgo:Actor`` ...). Each schema property is one predicate (:func:`property_iri`): a few
  are schema.org terms (``name`` -> ``schema:name``, ``aliases`` -> ``schema:alternateName``,
  ``title`` -> ``schema:headline``, ``url`` -> ``schema:url``, ``text`` -> ``schema:text``), the
  rest ``dgo:<name>``; a list property (aliases) is one triple per item. These are the
  *canonical* triples, the ones an ingest reads back.
* A relationship is a direct triple ``src dgo:<type in lowerCamelCase> dst`` (``SAID`` ->
  ``dgo:said``, ``PARTICIPATED_IN`` -> ``dgo:participatedIn``). When it has properties
  (``REPORTED_IN``'s sentence/start/end, a ``role``) it is also *reified*: the node
  ``https://w3id.org/diplograph/rel/<TYPE>/<src>/<dst>`` is an ``rdf:Statement`` (and a
  ``dgo:<Type>Assertion``) with ``rdf:subject``, ``rdf:predicate``, ``rdf:object`` and one
  ``dgo:<property>`` per property. A relationship is identified by (type, src, dst) in the graph
  too, so this IRI is stable.
* Everything else is *aligned* (derived from the canonical triples, ignored on ingest): the
  schema.org, SEM and PROV-O classes of each node; ``sem:hasActor``/``sem:hasPlace``/``sem:hasTime``
  on events; ``schema:spokenByCharacter``, ``prov:wasAttributedTo``, ``schema:about`` and
  ``schema:mentions`` on statements; ``schema:sameAs`` Wikidata IRIs for QIDs; SKOS concepts for
  CAMEO codes, PLOVER types and event/statement kinds; and for provenance ``prov:wasDerivedFrom``,
  a ``prov:Derivation`` (the reified ``REPORTED_IN``) and its evidence as a Web Annotation
  ``oa:SpecificResource`` with an ``oa:TextPositionSelector`` (start, end) and an
  ``oa:TextQuoteSelector`` (the sentence).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SH, SKOS
from rdflib.term import Node

from .codes import EVENT_CODES, PLOVER_TYPES, QUAD_CLASSES, STATEMENT_CODES
from .schema import (
    ACTOR_KINDS,
    EVENT_KINDS,
    EVENT_STATUSES,
    FLOAT,
    INT,
    NODE_TYPES,
    PARTICIPANT_ROLES,
    PLACE_KINDS,
    REL_TYPES,
    STATEMENT_KINDS,
    STATEMENT_MODES,
    STRINGS,
    RelType,
)

BASE = "https://w3id.org/diplograph/"
ONTOLOGY_IRI = URIRef(BASE + "ontology")
DGO = Namespace(BASE + "ontology#")  # classes and properties
DG = Namespace(BASE + "id/")  # nodes
REL = Namespace(BASE + "rel/")  # reified relationships
CAMEO = Namespace(BASE + "cameo/")
PLOVER = Namespace(BASE + "plover/")
KIND = Namespace(BASE + "kind/")
CAMEO_SCHEME = URIRef(BASE + "cameo")
PLOVER_SCHEME = URIRef(BASE + "plover")
EVENT_KIND_SCHEME = URIRef(BASE + "kind/event")
STATEMENT_KIND_SCHEME = URIRef(BASE + "kind/statement")
ROLE_SCHEME = URIRef(BASE + "kind/role")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
# open namespaces: rdflib's closed SDO and XSD warn whenever a tool probes them for attributes
SDO = Namespace("https://schema.org/")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
OA = Namespace("http://www.w3.org/ns/oa#")
WD = Namespace("http://www.wikidata.org/entity/")

HERE = Path(__file__).resolve().parent
ONTOLOGY_FILE = HERE / "diplograph.ttl"
SHAPES_FILE = HERE / "shapes.ttl"

PREFIXES = {
    "dgo": DGO,
    "dg": DG,
    "rel": REL,
    "cameo": CAMEO,
    "plover": PLOVER,
    "kind": KIND,
    "sem": SEM,
    "oa": OA,
    "wd": WD,
    "schema": SDO,
    "prov": PROV,
    "skos": SKOS,
    "owl": OWL,
    "sh": SH,
    "dcterms": DCTERMS,
}

# Properties that a standard term says exactly; every other property is dgo:<name>.
STANDARD_PROPERTIES = {
    "name": SDO.name,
    "aliases": SDO.alternateName,
    "title": SDO.headline,
    "url": SDO.url,
    "text": SDO.text,
}

# Classes each label and actor kind is aligned with (materialised on export, so that SPARQL
# without a reasoner finds ``?x a schema:Person``).
LABEL_ALIGNMENT = {
    "Article": (SDO.NewsArticle, PROV.Entity),
    "Actor": (SEM.Actor, PROV.Agent),
    "Event": (SEM.Event, SDO.Event),
    "Statement": (SDO.Quotation, PROV.Entity),
    "Place": (SEM.Place, SDO.Place),
}
KIND_ALIGNMENT = {
    "Person": (SDO.Person, PROV.Person),
    "State": (SDO.Country,),
    "Organization": (SDO.Organization, PROV.Organization),
    "GovernmentBody": (SDO.GovernmentOrganization, PROV.Organization),
    "ArmedGroup": (SDO.Organization, PROV.Organization),
    "Group": (),
    "Media": (SDO.NewsMediaOrganization, PROV.Organization),
}
# relationship type -> standard predicates it implies, with True where the direction flips
REL_ALIGNMENT: dict[str, tuple[tuple[URIRef, bool], ...]] = {
    "SAID": ((SDO.spokenByCharacter, True), (PROV.wasAttributedTo, True)),
    "TARGETS": ((SDO.about, False),),
    "MENTIONS": ((SDO.mentions, False),),
    "DURING": (),
    "PARTICIPATED_IN": ((SEM.hasActor, True),),
    "IN": ((SEM.hasPlace, False),),
    "AFFILIATED_WITH": ((SDO.affiliation, False),),
    "BACKS": (),
    "REPORTED_IN": ((PROV.wasDerivedFrom, False),),
}

# Labels of the CAMEO codes diplograph assigns (codes.py and the refinements the rules in loaders/
# make), from the CAMEO 1.1b3 manual, and of the twenty top-level categories; all are in the scheme.
CAMEO_LABELS = {
    "01": "Make public statement",
    "02": "Appeal",
    "03": "Express intent to cooperate",
    "04": "Consult",
    "05": "Engage in diplomatic cooperation",
    "06": "Engage in material cooperation",
    "07": "Provide aid",
    "08": "Yield",
    "09": "Investigate",
    "10": "Demand",
    "11": "Disapprove",
    "12": "Reject",
    "13": "Threaten",
    "14": "Protest",
    "15": "Exhibit military posture",
    "16": "Reduce relations",
    "17": "Coerce",
    "18": "Assault",
    "19": "Fight",
    "20": "Use unconventional mass violence",
    "010": "Make statement, not specified below",
    "012": "Make pessimistic comment",
    "016": "Deny responsibility",
    "019": "Express accord",
    "020": "Make an appeal or request, not specified below",
    "026": "Appeal to others to meet or negotiate",
    "027": "Appeal to others to settle dispute",
    "030": "Express intent to cooperate, not specified below",
    "036": "Express intent to meet or negotiate",
    "040": "Consult, not specified below",
    "041": "Discuss by telephone",
    "042": "Make a visit",
    "043": "Host a visit",
    "044": "Meet at a third location",
    "046": "Engage in negotiation",
    "051": "Praise or endorse",
    "057": "Sign formal agreement",
    "084": "Return, release, not specified below",
    "087": "De-escalate military engagement",
    "0871": "Declare truce, ceasefire",
    "100": "Demand, not specified below",
    "107": "Demand ceasefire",
    "111": "Criticize or denounce",
    "112": "Accuse, not specified below",
    "120": "Reject, not specified below",
    "130": "Threaten, not specified below",
    "150": "Demonstrate military or police power, not specified below",
    "154": "Mobilize or increase armed forces",
    "163": "Impose embargo, boycott, or sanctions",
    "190": "Use conventional military force, not specified below",
    "194": "Fight with artillery and tanks",
    "196": "Violate ceasefire",
}

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DATE_PATTERN = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
CAMEO_PATTERN = r"^[0-9]{2,4}$"


# -- names ----------------------------------------------------------------------------------------
def camel(rel_type: str, upper: bool = False) -> str:
    """``PARTICIPATED_IN`` -> ``participatedIn`` (``ParticipatedIn`` with ``upper``).

    >>> camel("REPORTED_IN"), camel("SAID", upper=True)
    ('reportedIn', 'Said')
    """
    words = rel_type.lower().split("_")
    text = words[0] + "".join(w.capitalize() for w in words[1:])
    return text[0].upper() + text[1:] if upper else text


def property_iri(name: str) -> URIRef:
    """The predicate of a node or relationship property."""
    return STANDARD_PROPERTIES.get(name, DGO[name])


def rel_iri(rel_type: str) -> URIRef:
    """The predicate of a relationship type: ``dgo:participatedIn``."""
    return DGO[camel(rel_type)]


def assertion_class(rel_type: str) -> URIRef:
    """The class of the reified relationships of a type: ``dgo:ParticipatedInAssertion``."""
    return DGO[camel(rel_type, upper=True) + "Assertion"]


def label_class(label: str) -> URIRef:
    return DGO[label]


def cameo_concept(code: str) -> URIRef:
    return CAMEO[code]


def plover_concept(name: str) -> URIRef:
    return PLOVER[name]


def event_kind_concept(kind: str) -> URIRef:
    return KIND["event/" + kind]


def statement_kind_concept(kind: str) -> URIRef:
    return KIND["statement/" + kind]


def role_concept(role: str) -> URIRef:
    return KIND["role/" + role]


def cameo_parent(code: str) -> str | None:
    """The broader CAMEO code: "0871" -> "087" (if known) or "08"; "041" -> "04"; "04" -> None."""
    if len(code) <= 2:
        return None
    if len(code) == 4 and code[:3] in CAMEO_LABELS:
        return code[:3]
    return code[:2]


def known_cameo_codes() -> list[str]:
    """The CAMEO codes of the concept scheme: every code in codes.py, the refinements labelled in
    :data:`CAMEO_LABELS`, and the twenty top-level categories."""
    codes = {c for c, _ in (*STATEMENT_CODES.values(), *EVENT_CODES.values()) if c}
    roots = {f"{n:02d}" for n in range(1, 21)}
    return sorted(codes | roots | set(CAMEO_LABELS))


def bind_prefixes(graph: Graph) -> Graph:
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


def new_graph() -> Graph:
    """An empty graph that knows only the core prefixes (rdf, rdfs, xsd, owl) and ours."""
    return bind_prefixes(Graph(bind_namespaces="core"))


def _datatype(kind: str) -> URIRef:
    return {INT: XSD.integer, FLOAT: XSD.double}.get(kind, XSD.string)


def _domains(graph: Graph, prop: URIRef, classes: list[URIRef]) -> None:
    if len(classes) == 1:
        graph.add((prop, RDFS.domain, classes[0]))
    for cls in classes:
        graph.add((prop, SDO.domainIncludes, cls))


def _ranges(graph: Graph, prop: URIRef, classes: list[URIRef]) -> None:
    if len(classes) == 1:
        graph.add((prop, RDFS.range, classes[0]))
    for cls in classes:
        graph.add((prop, SDO.rangeIncludes, cls))


# -- the ontology ---------------------------------------------------------------------------------
def _concept(
    g: Graph, iri: URIRef, scheme: URIRef, notation: str, label: str, broader: URIRef | None = None
) -> None:
    g.add((iri, RDF.type, SKOS.Concept))
    g.add((iri, SKOS.inScheme, scheme))
    g.add((iri, SKOS.notation, Literal(notation)))
    g.add((iri, SKOS.prefLabel, Literal(label, lang="en")))
    if broader is None:
        g.add((iri, SKOS.topConceptOf, scheme))
        g.add((scheme, SKOS.hasTopConcept, iri))
    else:
        g.add((iri, SKOS.broader, broader))


def _scheme(g: Graph, iri: URIRef, label: str, comment: str) -> None:
    g.add((iri, RDF.type, SKOS.ConceptScheme))
    g.add((iri, RDFS.label, Literal(label, lang="en")))
    g.add((iri, RDFS.comment, Literal(comment, lang="en")))


def _split_words(name: str) -> str:
    """``PhoneCall`` -> ``phone call``."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name).lower()


def build_ontology() -> Graph:
    """The OWL ontology (with its SKOS concept schemes) of the schema, aligned with schema.org,
    SEM, PROV-O and the Web Annotation vocabulary."""
    g = new_graph()
    _describe_ontology(g)
    _label_classes(g)
    _actor_kind_classes(g)
    _datatype_properties(g)
    _relationship_properties(g)
    _aligned_properties(g)
    _concept_schemes(g)
    return g


def _describe_ontology(g: Graph) -> None:
    """The ontology's own header, so that a reader of the file knows what it is and where its
    terms come from."""
    g.add((ONTOLOGY_IRI, RDF.type, OWL.Ontology))
    g.add((ONTOLOGY_IRI, RDFS.label, Literal("diplograph ontology", lang="en")))
    g.add(
        (
            ONTOLOGY_IRI,
            DCTERMS.description,
            Literal(
                "Actors, events and statements of diplomatic news, each tied to the sentence it came from. "
                "Generated from diplograph's ontology/schema.py and ontology/codes.py.",
                lang="en",
            ),
        )
    )
    for ns in (str(SDO), str(SEM), str(PROV), str(OA), str(SKOS)):
        g.add((ONTOLOGY_IRI, RDFS.seeAlso, URIRef(ns)))


def _label_classes(g: Graph) -> None:
    """One class per node label, aligned with the standard classes and pairwise disjoint, since a
    node has exactly one label."""
    for label, node_type in NODE_TYPES.items():
        cls = label_class(label)
        g.add((cls, RDF.type, OWL.Class))
        g.add((cls, RDFS.label, Literal(label, lang="en")))
        if node_type.doc:
            g.add((cls, RDFS.comment, Literal(node_type.doc, lang="en")))
        for sup in LABEL_ALIGNMENT.get(label, ()):
            g.add((cls, RDFS.subClassOf, sup))
    labels = list(NODE_TYPES)
    for i, a in enumerate(labels):
        for b in labels[i + 1 :]:
            g.add((label_class(a), OWL.disjointWith, label_class(b)))


def _actor_kind_classes(g: Graph) -> None:
    """One subclass of ``dgo:Actor`` per actor kind, so that a query can ask for
    ``schema:Person`` (say) without knowing ``dgo:kind``."""
    for actor_kind in ACTOR_KINDS:
        cls = DGO[actor_kind]
        g.add((cls, RDF.type, OWL.Class))
        g.add((cls, RDFS.label, Literal(actor_kind, lang="en")))
        g.add(
            (
                cls,
                RDFS.comment,
                Literal(f'An actor of kind {actor_kind} (dgo:kind "{actor_kind}").', lang="en"),
            )
        )
        g.add((cls, RDFS.subClassOf, DGO.Actor))
        for sup in KIND_ALIGNMENT.get(actor_kind, ()):
            g.add((cls, RDFS.subClassOf, sup))


def _property_owners() -> tuple[dict[str, list[str]], dict[str, str]]:
    """Each property name's owners (labels, and ``@TYPE`` for relationship types) and its kind:
    one predicate serves every label that has a property of that name."""
    owners: dict[str, list[str]] = {}
    types: dict[str, str] = {}
    for label, node_type in NODE_TYPES.items():
        for name, kind in node_type.properties.items():
            owners.setdefault(name, []).append(label)
            types[name] = kind
    for rel_type, rel in REL_TYPES.items():
        for name, kind in rel.properties.items():
            owners.setdefault(name, []).append("@" + rel_type)
            types[name] = kind
    return owners, types


def _datatype_properties(g: Graph) -> None:
    """One datatype property per ``dgo:`` property name, with the classes that use it as its
    domain; standard terms are left to their own vocabulary."""
    owners, types = _property_owners()
    for name, owner_list in owners.items():
        prop = property_iri(name)
        if prop != DGO[name]:
            continue  # a standard term: described by its own vocabulary
        g.add((prop, RDF.type, OWL.DatatypeProperty))
        g.add((prop, RDFS.label, Literal(name, lang="en")))
        if types[name] != STRINGS:
            g.add((prop, RDF.type, OWL.FunctionalProperty))
        classes = [assertion_class(o[1:]) if o.startswith("@") else label_class(o) for o in owner_list]
        _domains(g, prop, classes)
        g.add((prop, RDFS.range, _datatype(types[name])))
    for prop, comment in (
        (DGO.id, "The node's id in the property graph (`n.id` in Cypher)."),
        (DGO.cameo, "CAMEO code as a string; see dgo:cameoCode."),
        (DGO.plover, "PLOVER event type; see dgo:ploverType."),
    ):
        g.add((prop, RDFS.comment, Literal(comment, lang="en")))


def _relationship_properties(g: Graph) -> None:
    """One object property per relationship type, and the assertion classes that reify the types
    with properties; a reified ``REPORTED_IN`` is a PROV-O derivation."""
    for rel_type, rel in REL_TYPES.items():
        _relationship_property(g, rel_type, rel)
        if rel.properties:
            _assertion_class(g, rel_type, rel)
    g.add((assertion_class("REPORTED_IN"), RDFS.subClassOf, PROV.Derivation))


def _relationship_property(g: Graph, rel_type: str, rel: RelType) -> None:
    """The object property of one relationship type, with its domain, range and the standard
    predicates it implies."""
    prop = rel_iri(rel_type)
    g.add((prop, RDF.type, OWL.ObjectProperty))
    g.add((prop, RDFS.label, Literal(rel_type)))
    if rel.doc:
        g.add((prop, RDFS.comment, Literal(rel.doc, lang="en")))
    _domains(g, prop, [label_class(s) for s in rel.sources])
    _ranges(g, prop, [label_class(t) for t in rel.targets])
    _align_relationship(g, rel_type, prop)


def _align_relationship(g: Graph, rel_type: str, prop: URIRef) -> None:
    """``prop`` as a subproperty of the standard predicates of :data:`REL_ALIGNMENT`; where the
    standard one runs the other way, of an anonymous inverse of it (OWL has no
    "subproperty of the inverse" otherwise)."""
    for std, inverse in REL_ALIGNMENT.get(rel_type, ()):
        if inverse:
            inv = BNode(f"inverse-{camel(rel_type)}-{std.split('/')[-1].split('#')[-1]}")
            g.add((inv, OWL.inverseOf, std))
            g.add((prop, RDFS.subPropertyOf, inv))
        else:
            g.add((prop, RDFS.subPropertyOf, std))


def _assertion_class(g: Graph, rel_type: str, rel: RelType) -> None:
    """The ``rdf:Statement`` subclass of the reified relationships of one type, which carry its
    properties (a direct triple cannot)."""
    cls = assertion_class(rel_type)
    g.add((cls, RDF.type, OWL.Class))
    g.add((cls, RDFS.subClassOf, RDF.Statement))
    g.add((cls, RDFS.label, Literal(f"{rel_type} assertion", lang="en")))
    g.add(
        (
            cls,
            RDFS.comment,
            Literal(
                f"A reified {rel_type} relationship carrying its properties ({', '.join(rel.properties)}).",
                lang="en",
            ),
        )
    )


def _aligned_properties(g: Graph) -> None:
    """The object properties of the aligned layer: links from the string codes to their SKOS
    concepts, and to the evidence span of a reported fact."""
    for prop, label, rng, comment in (
        (DGO.cameoCode, "CAMEO code", SKOS.Concept, "The CAMEO concept of dgo:cameo."),
        (DGO.ploverType, "PLOVER type", SKOS.Concept, "The PLOVER concept of dgo:plover."),
        (DGO.statementType, "statement type", SKOS.Concept, "The concept of a statement's kind."),
        (
            DGO.evidence,
            "evidence",
            OA.SpecificResource,
            "The span of the article that a reported fact rests on (Web Annotation selectors).",
        ),
        (
            DGO.defaultCameo,
            "default CAMEO code",
            SKOS.Concept,
            "The CAMEO code a kind gets unless a rule refines it.",
        ),
        (DGO.defaultPlover, "default PLOVER type", SKOS.Concept, "The PLOVER type a kind gets."),
    ):
        g.add((prop, RDF.type, OWL.ObjectProperty))
        g.add((prop, RDFS.label, Literal(label, lang="en")))
        g.add((prop, RDFS.range, rng))
        g.add((prop, RDFS.comment, Literal(comment, lang="en")))


def _concept_schemes(g: Graph) -> None:
    """The SKOS concept schemes of the coded values: CAMEO codes, PLOVER types, event and
    statement kinds, participant roles."""
    _cameo_scheme(g)
    _plover_scheme(g)
    _event_kind_scheme(g)
    _statement_kind_scheme(g)
    _role_scheme(g)


def _cameo_scheme(g: Graph) -> None:
    """The CAMEO codes as a hierarchy (``skos:broader``), so that a query can climb to a root."""
    _scheme(g, CAMEO_SCHEME, "CAMEO codes", "The CAMEO event codes diplograph assigns.")
    for code in known_cameo_codes():
        parent = cameo_parent(code)
        _concept(
            g,
            cameo_concept(code),
            CAMEO_SCHEME,
            code,
            CAMEO_LABELS.get(code, f"CAMEO {code}"),
            cameo_concept(parent) if parent else None,
        )


def _plover_scheme(g: Graph) -> None:
    """The PLOVER event types, a flat scheme."""
    _scheme(g, PLOVER_SCHEME, "PLOVER event types", "The PLOVER event types diplograph assigns.")
    for name in PLOVER_TYPES:
        _concept(g, plover_concept(name), PLOVER_SCHEME, name, name.lower())


def _event_kind_scheme(g: Graph) -> None:
    """The event kinds as SEM event types, with the codes each kind gets by default."""
    _scheme(g, EVENT_KIND_SCHEME, "event kinds", "The kinds of dgo:Event (dgo:kind).")
    for kind in EVENT_KINDS:
        iri = event_kind_concept(kind)
        _concept(g, iri, EVENT_KIND_SCHEME, kind, _split_words(kind))
        g.add((iri, RDF.type, SEM.EventType))
        _default_codes(g, iri, EVENT_CODES.get(kind, (None, None)))


def _statement_kind_scheme(g: Graph) -> None:
    """The statement kinds, with the codes each kind gets by default."""
    _scheme(g, STATEMENT_KIND_SCHEME, "statement kinds", "The kinds of dgo:Statement (dgo:kind).")
    for kind in STATEMENT_KINDS:
        iri = statement_kind_concept(kind)
        _concept(g, iri, STATEMENT_KIND_SCHEME, kind, _split_words(kind))
        _default_codes(g, iri, STATEMENT_CODES.get(kind, (None, None)))


def _default_codes(g: Graph, iri: URIRef, codes: tuple[str | None, str | None]) -> None:
    """Link a kind's concept to its default CAMEO code and PLOVER type, where it has them."""
    cameo, plover = codes
    if cameo:
        g.add((iri, DGO.defaultCameo, cameo_concept(cameo)))
    if plover:
        g.add((iri, DGO.defaultPlover, plover_concept(plover)))


def _role_scheme(g: Graph) -> None:
    """The roles of an actor in an event, as SEM role types."""
    _scheme(g, ROLE_SCHEME, "participant roles", "Roles of an actor in an event (PARTICIPATED_IN.role).")
    for role in PARTICIPANT_ROLES:
        iri = role_concept(role)
        _concept(g, iri, ROLE_SCHEME, role, role)
        g.add((iri, RDF.type, SEM.RoleType))


# -- the shapes -----------------------------------------------------------------------------------
REQUIRED = {
    ("Actor", "name"),
    ("Actor", "kind"),
    ("Event", "kind"),
    ("Event", "status"),
    ("Statement", "text"),
    ("Statement", "kind"),
    ("Statement", "mode"),
    ("Place", "name"),
}
ALLOWED = {
    "status": EVENT_STATUSES,
    "mode": STATEMENT_MODES,
    "plover": PLOVER_TYPES,
    "quad": tuple(sorted(set(QUAD_CLASSES.values()))),
}
PATTERNS = {
    "cameo": CAMEO_PATTERN,
    "date": DATE_PATTERN,
    "published": DATE_PATTERN,
    "wikidata": r"^Q[1-9][0-9]*$",
    "country": r"^[A-Z]{3}$",
    "sha256": r"^[0-9a-f]{64}$",
}
KINDS = {"Actor": ACTOR_KINDS, "Event": EVENT_KINDS, "Statement": STATEMENT_KINDS, "Place": PLACE_KINDS}

REIFIED_TRIPLE_EXISTS = """
SELECT $this ?value WHERE {
    $this <%(rdf)ssubject> ?s ; <%(rdf)spredicate> ?p ; <%(rdf)sobject> ?value .
    FILTER NOT EXISTS { ?s ?p ?value }
}""" % {"rdf": str(RDF)}


class _Shapes:
    def __init__(self) -> None:
        self.g = new_graph()
        self.n = 0

    def node(self, name: str, target: URIRef, message: str) -> URIRef:
        shape = DGO[name + "Shape"]
        self.g.add((shape, RDF.type, SH.NodeShape))
        self.g.add((shape, SH.targetClass, target))
        self.g.add((shape, RDFS.comment, Literal(message, lang="en")))
        return shape

    def prop(self, shape: URIRef, path: URIRef, **facets: Any) -> BNode:
        self.n += 1
        p = BNode(f"{str(shape).rsplit('#', 1)[-1]}-{self.n}")
        self.g.add((shape, SH.property, p))
        self.g.add((p, SH.path, path))
        for key, value in facets.items():
            if key == "in_":
                head = BNode(f"{p}-in")
                items: list[Node] = [v if isinstance(v, URIRef) else Literal(v) for v in value]
                Collection(self.g, head, items)
                self.g.add((p, SH["in"], head))
            elif key == "or_":
                head = BNode(f"{p}-or")
                alternatives: list[Node] = []
                for i, cls in enumerate(value):
                    alt = BNode(f"{p}-or-{i}")
                    self.g.add((alt, SH["class"], cls))
                    alternatives.append(alt)
                Collection(self.g, head, alternatives)
                self.g.add((p, SH["or"], head))
            elif key == "class_":
                self.g.add((p, SH["class"], value))
            else:
                term = value if isinstance(value, (URIRef, Literal)) else Literal(value)
                self.g.add((p, SH[key], term))
        return p


def _class_facets(classes: list[URIRef]) -> dict[str, Any]:
    return {"class_": classes[0]} if len(classes) == 1 else {"or_": classes}


def build_shapes() -> Graph:
    """SHACL shapes of valid diplograph RDF: canonical node and relationship triples, reified
    relationship properties, and the evidence selectors."""
    s = _Shapes()
    shapes = _label_shapes(s)
    for rel_type, rel in REL_TYPES.items():  # one type at a time: the blank nodes are numbered
        _relationship_shapes(s, shapes, rel_type, rel)
    _aligned_shapes(s, shapes)
    return s.g


def _label_shapes(s: _Shapes) -> dict[str, URIRef]:
    """One node shape per label with a property shape per schema property; returned by label so
    that the relationship and aligned shapes can add to them."""
    shapes: dict[str, URIRef] = {}
    for label, node_type in NODE_TYPES.items():
        shape = shapes[label] = s.node(label, label_class(label), f"A valid {label} node.")
        s.g.add((shape, SH.nodeKind, SH.IRI))
        for name, kind in node_type.properties.items():
            s.prop(shape, property_iri(name), **_node_property_facets(label, name, kind))
    return shapes


def _node_property_facets(label: str, name: str, kind: str) -> dict[str, Any]:
    """The constraints on one node property: its datatype, one value unless it is a list, present
    if required, and its allowed values or pattern where the schema fixes them."""
    facets: dict[str, Any] = {"datatype": _datatype(kind)}
    if kind != STRINGS:
        facets["maxCount"] = 1
    if name == "id" or (label, name) in REQUIRED:
        facets["minCount"] = 1
    if name == "kind" and label in KINDS:
        facets["in_"] = KINDS[label]
    elif name in ALLOWED:
        facets["in_"] = ALLOWED[name]
    if name in PATTERNS:
        facets["pattern"] = PATTERNS[name]
    return facets


def _relationship_shapes(s: _Shapes, shapes: dict[str, URIRef], rel_type: str, rel: RelType) -> None:
    """The direct triple of one relationship type on each of its source shapes, and the shape of
    its reified form when it has properties."""
    for source in rel.sources:
        s.prop(
            shapes[source],
            rel_iri(rel_type),
            nodeKind=SH.IRI,
            **_class_facets([label_class(t) for t in rel.targets]),
        )
    if rel.properties:
        _assertion_shape(s, rel_type, rel)


def _assertion_shape(s: _Shapes, rel_type: str, rel: RelType) -> None:
    """The shape of a reified relationship: its two ends and predicate, its properties, and a
    SPARQL check that the direct triple it reifies is there too."""
    shape = s.node(
        camel(rel_type, upper=True) + "Assertion",
        assertion_class(rel_type),
        f"A reified {rel_type} relationship: its ends, its properties, and the direct triple it reifies.",
    )
    s.prop(shape, RDF.subject, minCount=1, maxCount=1, **_class_facets([label_class(t) for t in rel.sources]))
    s.prop(shape, RDF.predicate, minCount=1, maxCount=1, hasValue=rel_iri(rel_type))
    s.prop(shape, RDF.object, minCount=1, maxCount=1, **_class_facets([label_class(t) for t in rel.targets]))
    for name, kind in rel.properties.items():
        s.prop(shape, property_iri(name), **_relationship_property_facets(rel_type, name, kind))
    sparql = BNode(f"{camel(rel_type)}-reified-triple-exists")
    s.g.add((shape, SH.sparql, sparql))
    s.g.add((sparql, SH.message, Literal("the relationship this node reifies is missing")))
    s.g.add((sparql, SH.select, Literal(REIFIED_TRIPLE_EXISTS)))


def _relationship_property_facets(rel_type: str, name: str, kind: str) -> dict[str, Any]:
    """The constraints on one property of a reified relationship: one value of its datatype, no
    negative offsets, a known role, and evidence that starts before it ends."""
    facets: dict[str, Any] = {"datatype": _datatype(kind), "maxCount": 1}
    if kind == INT:
        facets["minInclusive"] = Literal(0)
    if rel_type == "PARTICIPATED_IN" and name == "role":
        facets["in_"] = PARTICIPANT_ROLES
    if rel_type == "REPORTED_IN" and name == "start":
        facets["lessThanOrEquals"] = property_iri("end")
    return facets


def _aligned_shapes(s: _Shapes, shapes: dict[str, URIRef]) -> None:
    """Shapes of the aligned layer (evidence selectors, times, Wikidata links, concepts), which
    an ingest ignores but a consumer of the export relies on."""
    ev = s.node("Evidence", OA.SpecificResource, "The evidence of a reported fact.")
    s.prop(ev, OA.hasSource, minCount=1, maxCount=1, class_=DGO.Article)
    s.prop(ev, OA.hasSelector, minCount=1, nodeKind=SH.IRI)
    pos = s.node("TextPositionSelector", OA.TextPositionSelector, "Character offsets in the body.")
    for path in (OA.start, OA.end):
        s.prop(pos, path, minCount=1, maxCount=1, datatype=XSD.nonNegativeInteger)
    quote = s.node("TextQuoteSelector", OA.TextQuoteSelector, "The evidence sentence, verbatim.")
    s.prop(quote, OA.exact, minCount=1, maxCount=1, datatype=XSD.string)
    time = s.node("Time", SEM.Time, "When an event took place.")
    s.prop(time, SEM.hasTimeStamp, minCount=1, maxCount=1)
    for label in ("Actor", "Place"):
        s.prop(
            shapes[label],
            SDO.sameAs,
            nodeKind=SH.IRI,
            maxCount=1,
            pattern=r"^http://www\.wikidata\.org/entity/Q[1-9][0-9]*$",
        )
    for label in ("Event", "Statement"):
        s.prop(
            shapes[label],
            DGO.cameoCode,
            nodeKind=SH.IRI,
            maxCount=1,
            pattern="^" + re.escape(str(CAMEO)) + "[0-9]{2,4}$",
        )
        s.prop(shapes[label], DGO.ploverType, maxCount=1, in_=[plover_concept(name) for name in PLOVER_TYPES])


# -- files ----------------------------------------------------------------------------------------
HEADER = (
    "# Generated by `python -m ontology.owl` from ontology/schema.py and ontology/codes.py: do not edit.\n"
)


def turtle(graph: Graph) -> str:
    return HEADER + graph.serialize(format="turtle")


def write_files() -> list[Path]:
    """Rewrite ``diplograph.ttl`` and ``shapes.ttl`` from the schema."""
    ONTOLOGY_FILE.write_text(turtle(build_ontology()), encoding="utf-8")
    SHAPES_FILE.write_text(turtle(build_shapes()), encoding="utf-8")
    return [ONTOLOGY_FILE, SHAPES_FILE]


def load_ontology() -> Graph:
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


def load_shapes() -> Graph:
    return Graph().parse(SHAPES_FILE, format="turtle")


if __name__ == "__main__":
    for written in write_files():
        print(f"wrote {written}")
