"""The OWL ontology and SHACL shapes, RDF export and its validation, the RDF round trip, SPARQL."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS

import api
from graph.rdf import RDFError, from_rdf, node_id, node_iri, read_rdf, relationship_iri, serialize, to_rdf
from loaders.delta import to_delta
from ontology.codes import EVENT_CODES, PLOVER_TYPES, STATEMENT_CODES
from ontology.errors import QueryError
from ontology.model import GraphDelta, actor_id
from ontology.owl import (
    CAMEO,
    CAMEO_SCHEME,
    DGO,
    OA,
    ONTOLOGY_FILE,
    PLOVER,
    PLOVER_SCHEME,
    SDO,
    SEM,
    SHAPES_FILE,
    WD,
    XSD,
    build_ontology,
    build_shapes,
    load_ontology,
    load_shapes,
    rel_iri,
    turtle,
)
from ontology.schema import NODE_TYPES, REL_TYPES
from tests.helpers import make_extraction

pyshacl = pytest.importorskip("pyshacl")

ANA = node_iri(actor_id("Ana Example"))
STATEMENT = node_iri("statement:test-1")
CALL = node_iri("event:test-call")
ODD_ID = "statement:odd id/with%slash&ünïcode#frag"


def rich_delta() -> GraphDelta:
    """The hand-made article plus what it lacks: a QID, several aliases, BACKS, MENTIONS, an
    initiator, an id that needs percent-encoding, quotes and newlines in text."""
    delta = to_delta(make_extraction())
    art = next(n for n in delta.nodes.values() if n.label == "Article")
    delta.add_node("Actor", actor_id("Ana Example"), wikidata="Q42", aliases=["Example", "A. Example"])
    delta.add_rel("BACKS", ("Actor", actor_id("Otherland")), ("Actor", actor_id("Landia")))
    delta.add_node("Place", "place:geneva", wikidata="Q71")
    delta.add_node(
        "Statement",
        ODD_ID,
        text='He said "no"\nand left.',
        mode="indirect",
        cue="said",
        kind="Accusation",
        cameo="1121",
        plover="ACCUSE",
        date="2024-01",
    )
    delta.add_rel("SAID", ("Actor", actor_id("Otherland")), ("Statement", ODD_ID))
    delta.add_rel("MENTIONS", ("Statement", ODD_ID), ("Place", "place:geneva"))
    delta.add_rel("TARGETS", ("Statement", ODD_ID), ("Actor", actor_id("Ana Example")))
    delta.add_rel(
        "REPORTED_IN",
        ("Statement", ODD_ID),
        ("Article", art.id),
        sentence='He said "no"\nand left.',
        start=81,
        end=105,
    )
    delta.add_rel(
        "PARTICIPATED_IN", ("Actor", actor_id("Landia")), ("Event", "event:test-call"), role="initiator"
    )
    return delta


def validate(data: Graph) -> tuple[bool, Graph, str]:
    conforms, report, text = pyshacl.validate(data, shacl_graph=load_shapes(), inference="none")
    return conforms, report, text


def empty(store):
    store.query("MATCH (n) DETACH DELETE n", write=True)
    assert not any(store.stats().values())
    return store


# -- the ontology and the shapes ------------------------------------------------------------------
@pytest.mark.parametrize(
    "path, build, load",
    [(ONTOLOGY_FILE, build_ontology, load_ontology), (SHAPES_FILE, build_shapes, load_shapes)],
)
def test_ontology_and_shapes_files_are_generated_from_the_schema(path, build, load):
    if path.read_text(encoding="utf-8") != turtle(build()):  # the same text, else the same graph
        assert isomorphic(load(), build()), f"{path.name} is stale: run `python -m ontology.owl`"


def test_ontology_has_every_label_and_relationship_aligned_with_standard_vocabularies():
    g = load_ontology()
    for label in NODE_TYPES:
        assert (DGO[label], RDF.type, OWL.Class) in g
    for rel_type in REL_TYPES:
        assert (rel_iri(rel_type), RDF.type, OWL.ObjectProperty) in g
        assert (rel_iri(rel_type), RDFS.label, Literal(rel_type)) in g
    for sub, sup in (
        (DGO.Statement, SDO.Quotation),
        (DGO.Event, SEM.Event),
        (DGO.Actor, SEM.Actor),
        (DGO.Person, SDO.Person),
        (DGO.Organization, SDO.Organization),
        (DGO.Event, SDO.Event),
        (DGO.ReportedInAssertion, PROV.Derivation),
        (DGO.ReportedInAssertion, RDF.Statement),
    ):
        assert (sub, RDFS.subClassOf, sup) in g
    assert (rel_iri("IN"), RDFS.subPropertyOf, SEM.hasPlace) in g
    assert (rel_iri("REPORTED_IN"), RDFS.subPropertyOf, PROV.wasDerivedFrom) in g


def test_skos_schemes_hold_every_cameo_code_and_plover_type_in_use():
    g = load_ontology()
    codes = {c for c, _ in STATEMENT_CODES.values() if c} | {c for c, _ in EVENT_CODES.values() if c}
    for code in codes:
        assert (CAMEO[code], SKOS.inScheme, CAMEO_SCHEME) in g
        assert (CAMEO[code], SKOS.notation, Literal(code)) in g
        assert not str(g.value(CAMEO[code], SKOS.prefLabel)).startswith("CAMEO"), code
    assert (CAMEO["041"], SKOS.broader, CAMEO["04"]) in g
    assert (CAMEO["04"], SKOS.topConceptOf, CAMEO_SCHEME) in g
    for name in PLOVER_TYPES:
        assert (PLOVER[name], SKOS.inScheme, PLOVER_SCHEME) in g
    phone_call = URIRef("https://w3id.org/diplograph/kind/event/PhoneCall")
    assert (phone_call, RDF.type, SEM.EventType) in g
    assert (phone_call, DGO.defaultCameo, CAMEO["041"]) in g


# -- export and validation ------------------------------------------------------------------------
def test_export_conforms_to_the_shapes_and_carries_the_aligned_view(store):
    store.write(rich_delta())
    g = to_rdf(store.to_networkx())
    conforms, _, text = validate(g)
    assert conforms, text
    # schema.org, SEM, PROV-O, Web Annotation, SKOS and Wikidata, materialised
    assert (ANA, RDF.type, SDO.Person) in g and (ANA, RDF.type, DGO.Person) in g
    assert (ANA, SDO.sameAs, WD.Q42) in g
    assert (CALL, SEM.hasActor, ANA) in g
    assert (CALL, SEM.hasPlace, node_iri("place:geneva")) in g
    assert g.value(g.value(CALL, SEM.hasTime), SEM.hasTimeStamp) == Literal("2024-01-02", datatype=XSD.date)
    assert (STATEMENT, RDF.type, SDO.Quotation) in g
    assert (STATEMENT, SDO.spokenByCharacter, ANA) in g
    assert (STATEMENT, DGO.cameoCode, CAMEO["020"]) in g
    assert (STATEMENT, DGO.ploverType, PLOVER.REQUEST) in g
    assert (CAMEO["1121"], SKOS.broader, CAMEO["112"]) in g  # a refined code is described
    # provenance: a qualified derivation whose evidence has both selectors
    article = next(iter(g.objects(STATEMENT, rel_iri("REPORTED_IN"))))
    assert (STATEMENT, PROV.wasDerivedFrom, article) in g
    derivation = g.value(STATEMENT, PROV.qualifiedDerivation)
    assert (derivation, PROV.entity, article) in g
    evidence = g.value(derivation, DGO.evidence)
    assert (evidence, OA.hasSource, article) in g
    selectors = set(g.objects(evidence, OA.hasSelector))
    starts = {g.value(s, OA.start) for s in selectors} - {None}
    exacts = {g.value(s, OA.exact) for s in selectors} - {None}
    assert starts == {Literal(57, datatype=XSD.nonNegativeInteger)}
    assert exacts == {Literal('"We want talks." Ana said.')}


def _statement_triple(g: Graph, pred: URIRef):
    return next(t for t in g.triples((STATEMENT, pred, None)))


BROKEN = {
    "a statement without a kind": ("MinCount", lambda g: g.remove(_statement_triple(g, DGO.kind))),
    "an unknown PLOVER type": ("In", lambda g: g.set((STATEMENT, DGO.plover, Literal("SHOUT")))),
    "an actor kind outside the schema": ("In", lambda g: g.set((ANA, DGO.kind, Literal("Wizard")))),
    "a malformed QID": ("Pattern", lambda g: g.set((ANA, DGO.wikidata, Literal("42")))),
    "SAID pointing at an article": (
        "Class",
        lambda g: g.add((ANA, rel_iri("SAID"), next(g.subjects(RDF.type, DGO.Article)))),
    ),
    "two texts for one statement": ("MaxCount", lambda g: g.add((STATEMENT, SDO.text, Literal("Another.")))),
    "a participation role outside the schema": (
        "In",
        lambda g: g.set(
            (
                relationship_iri("PARTICIPATED_IN", actor_id("Ana Example"), "event:test-call"),
                DGO.role,
                Literal("bystander"),
            )
        ),
    ),
    "evidence ending before it starts": (
        "LessThanOrEquals",
        lambda g: g.set((next(g.subjects(RDF.subject, STATEMENT)), DGO.start, Literal(999))),
    ),
    "a reified relationship without its triple": (
        "SPARQL",
        lambda g: g.remove((ANA, rel_iri("PARTICIPATED_IN"), CALL)),
    ),
    "a text offset as a string": (
        "Datatype",
        lambda g: g.set((next(g.subjects(RDF.subject, STATEMENT)), DGO.end, Literal("80"))),
    ),
}


@pytest.mark.parametrize("breakage", sorted(BROKEN))
def test_a_broken_export_does_not_conform(breakage, tmp_path):
    from graph.ladybug_store import LadybugStore

    with LadybugStore(tmp_path / "db") as store:
        store.write(rich_delta())
        g = to_rdf(store.to_networkx())
    assert validate(g)[0]
    component, breaks = BROKEN[breakage]
    breaks(g)
    conforms, _, text = validate(g)
    assert not conforms, f"{breakage} passed validation"
    assert f"Constraint Violation in {component}ConstraintComponent" in text, text


# -- the round trip -------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld"])
def test_export_ingest_export_gives_the_same_triples(store, tmp_path, fmt):
    store.write(rich_delta())
    before_graph = store.to_networkx()
    path = api.export(store, fmt, output=tmp_path / f"graph.{fmt}")
    before = set(Graph().parse(path, format={"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}[fmt]))
    assert (node_iri(ODD_ID), RDF.type, DGO.Statement) in before

    summary = api.ingest([path], empty(store))
    assert (summary.stored, summary.failed) == (1, 0)
    after = set(
        Graph().parse(
            data=api.export(store, fmt), format={"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}[fmt]
        )
    )
    assert after == before
    # and the property graph itself is the same, properties of relationships included
    again = store.to_networkx()
    assert dict(again.nodes(data=True)) == dict(before_graph.nodes(data=True))
    assert sorted(again.edges(keys=True, data=True), key=repr) == sorted(
        before_graph.edges(keys=True, data=True), key=repr
    )
    assert again.nodes[actor_id("Ana Example")]["aliases"] == ["A. Example", "Example"]
    assert again.edges[actor_id("Landia"), "event:test-call", "PARTICIPATED_IN"]["role"] == "initiator"
    reported = again.edges[
        ODD_ID, next(n for n, a in again.nodes(data=True) if a["label"] == "Article"), "REPORTED_IN"
    ]
    assert (reported["sentence"], reported["start"], reported["end"]) == ('He said "no"\nand left.', 81, 105)


def test_ingesting_an_export_twice_changes_nothing(tmp_path):
    from graph.ladybug_store import LadybugStore

    with LadybugStore(tmp_path / "a") as store:
        store.write(rich_delta())
        path = api.export(store, "ttl", output=tmp_path / "g.ttl")
        counts = store.stats()
        summary = api.ingest([path], store)
        assert (summary.read, summary.stored, summary.skipped) == (1, 0, 1)
        assert store.stats() == counts


def test_only_the_ontology_is_exported():
    import networkx as nx

    graph = nx.MultiDiGraph()
    graph.add_node("actor:a", label="Actor", id="actor:a", name="A", kind="State")
    graph.add_node("stray", id="stray", name="made with query --write")  # no schema label
    graph.add_edge("actor:a", "stray", key="BACKS", type="BACKS")
    graph.add_edge("actor:a", "actor:a", key="LIKES", type="LIKES")
    g = to_rdf(graph)
    assert {s for s in g.subjects() if "stray" in str(s)} == set()
    assert set(g.predicates()).isdisjoint({rel_iri("BACKS"), DGO.LIKES, DGO.likes})
    assert validate(g)[0]


def test_node_ids_survive_percent_encoding():
    for ident in (ODD_ID, "actor:vladimir-putin", "a%2Fb", "x y:z/ü?#"):
        assert node_id(node_iri(ident)) == ident
        assert " " not in str(node_iri(ident)) and "#" not in str(node_iri(ident))


def test_from_rdf_reads_only_canonical_triples():
    delta = to_delta(make_extraction())
    import networkx as nx

    graph = nx.MultiDiGraph()
    for node in delta.nodes.values():
        graph.add_node(
            node.id, label=node.label, id=node.id, **{k: v for k, v in node.props.items() if v is not None}
        )
    for rel in delta.rels.values():
        graph.add_edge(
            rel.src,
            rel.dst,
            key=rel.type,
            type=rel.type,
            **{k: v for k, v in rel.props.items() if v is not None},
        )
    plain, aligned = from_rdf(to_rdf(graph, aligned=False)), from_rdf(to_rdf(graph))
    assert plain.nodes == aligned.nodes and plain.rels == aligned.rels
    assert set(plain.rels) == set(delta.rels)
    assert plain.nodes[actor_id("Ana Example")].props["role"] == "Foreign Minister"
    assert plain.nodes["event:test-call"].props["quantities"] == '{"minutes": 30}'


def test_bad_rdf_inputs_are_refused_in_one_line(tmp_path):
    dangling = tmp_path / "dangling.ttl"
    dangling.write_text(
        f'<{ANA}> a <{DGO.Actor}> ; <{DGO.id}> "actor:ana-example" ; <{rel_iri("SAID")}> <{STATEMENT}> .\n'
    )
    with pytest.raises(RDFError, match="dangling.ttl: .*not a diplograph node"):
        read_rdf(dangling)
    garbage = tmp_path / "garbage.ttl"
    garbage.write_text("this is not turtle")
    with pytest.raises(RDFError, match="garbage.ttl: cannot parse"):
        read_rdf(garbage)
    wrong = tmp_path / "wrong.ttl"
    wrong.write_text(
        f"<{ANA}> a <{DGO.Actor}> . <{STATEMENT}> a <{DGO.Statement}> .\n"
        f"<{STATEMENT}> <{rel_iri('SAID')}> <{ANA}> .\n"
    )
    with pytest.raises(RDFError, match="SAID cannot link a Statement to a Actor"):
        read_rdf(wrong)
    label = tmp_path / "label.nt"
    label.write_text(
        f'<{ANA}> <{RDF.type}> <{DGO.Actor}> .\n<{ANA}> <{DGO.kind}> "Person`) DETACH DELETE n //" .\n'
    )
    with pytest.raises(RDFError, match="actor kind outside the schema"):
        read_rdf(label)


def test_ingest_reports_a_bad_rdf_file_and_keeps_going(tmp_path):
    from graph.ladybug_store import LadybugStore

    bad = tmp_path / "bad.nt"
    bad.write_text("not n-triples at all\n")
    with LadybugStore(tmp_path / "db") as store:
        summary = api.ingest([bad], store)
    assert summary.failed == 1 and "bad.nt" in summary.errors[0]


# -- SPARQL ---------------------------------------------------------------------------------------
def test_sparql_over_the_export(store):
    store.write(rich_delta())
    result = api.sparql(store, "SELECT ?name WHERE { ?a a schema:Person ; schema:name ?name }")
    assert result.rows == [["Ana Example"]]
    result = api.sparql(
        store,
        """
        SELECT ?speaker ?text ?start WHERE {
            ?s a dgo:Statement ; schema:text ?text ; dgo:plover "REQUEST" ;
               prov:qualifiedDerivation/dgo:evidence/oa:hasSelector/oa:start ?start .
            ?who dgo:said ?s ; schema:name ?speaker .
        }""",
    )
    assert result.records() == [{"speaker": "Ana Example", "text": "We want talks.", "start": 57}]
    result = api.sparql(store, "SELECT ?place WHERE { ?e sem:hasPlace/schema:name ?place }")
    assert result.rows == [["Geneva"]]
    assert api.sparql(
        store, "ASK { ?e sem:eventType ?t . ?t skos:notation 'PhoneCall' }", with_ontology=True
    ).rows == [[True]]
    assert api.sparql(store, "ASK { ?e sem:eventType ?t . ?t skos:notation 'PhoneCall' }").rows == [[False]]


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }",
        "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        "SELEKT nothing",
    ],
)
def test_sparql_refuses_fetching_and_garbage(text, tmp_path):
    from graph.ladybug_store import LadybugStore

    with LadybugStore(tmp_path / "db") as store:
        with pytest.raises(QueryError) as refused:
            api.sparql(store, text)
    assert "\n" not in str(refused.value)


def test_serialize_nt_is_sorted_and_stable(tmp_path):
    from graph.ladybug_store import LadybugStore

    with LadybugStore(tmp_path / "db") as store:
        store.write(rich_delta())
        first = serialize(to_rdf(store.to_networkx()), "nt")
        second = serialize(to_rdf(store.to_networkx()), "nt")
    assert first == second and first.splitlines() == sorted(first.splitlines())
