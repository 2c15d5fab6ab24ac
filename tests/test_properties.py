"""Property-based tests (hypothesis): the loaders' parsers on any input, and store round trips
(what is written reads back equal) on both stores."""

from __future__ import annotations

import itertools
import json
import string
import tempfile
import uuid
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from graph.store import Store, node_rows
from loaders.documents import (
    Document,
    InputError,
    decode,
    iter_documents,
    parse_article,
    parse_date,
    parse_html,
    parse_json_record,
)
from ontology.model import GraphDelta
from ontology.schema import NODE_TYPES

# text as it comes in articles: any characters but surrogates (not encodable) and NUL (binary)
TEXT = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=200)
WORD = st.text(string.ascii_letters + "'-\u00e9\u00fc\u0436\u4e2d", min_size=1, max_size=12)
SENTENCE = st.lists(WORD, min_size=1, max_size=12).map(lambda ws: " ".join(ws) + ".")
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=4).map(" ".join)
DATES = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))

FAST = settings(max_examples=150, deadline=None)


# --- decode --------------------------------------------------------------------------------------


@FAST
@given(TEXT)
def test_utf8_with_or_without_bom_decodes_to_the_same_text(text):
    assert decode(text.encode("utf-8"), "f") == text
    assert decode(b"\xef\xbb\xbf" + text.encode("utf-8"), "f") == text


@FAST
@given(TEXT)
def test_utf16_with_bom_decodes_to_the_same_text(text):
    assert decode(text.encode("utf-16"), "f") == text  # native order, with BOM
    assert decode(b"\xfe\xff" + text.encode("utf-16-be"), "f") == text


@FAST
@given(st.text(st.characters(min_codepoint=1, max_codepoint=255), min_size=1, max_size=200))
def test_latin1_that_is_not_utf8_decodes_as_latin1(text):
    data = text.encode("latin-1")
    assume(not data.startswith((b"\xff\xfe", b"\xfe\xff")))
    try:
        data.decode("utf-8")
        assume(False)  # valid UTF-8 is read as UTF-8, rightly
    except UnicodeDecodeError:
        pass
    assert decode(data, "f") == text


@FAST
@given(st.binary(max_size=600))
def test_any_bytes_decode_or_give_a_one_line_input_error(data):
    try:
        text = decode(data, "f.txt")
    except InputError as exc:
        assert str(exc).startswith("f.txt: ") and "\n" not in str(exc)
    else:
        assert isinstance(text, str)


# --- whole files: any bytes, any supported suffix, never a crash ----------------------------------


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.binary(max_size=600) | TEXT.map(lambda t: t.encode("utf-8")),
    suffix=st.sampled_from([".txt", ".md", ".html", ".jsonl"]),
)
def test_any_file_gives_documents_or_one_line_errors_naming_it(tmp_path, data, suffix):
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    for item in iter_documents(path):
        if isinstance(item, InputError):
            message = str(item)
            assert message.startswith(str(path)) and "\n" not in message and "\r" not in message
        else:
            assert isinstance(item, Document) and item.text and item.text == item.text.strip()
            assert str(item.source).startswith(str(path))


# --- the seed's layout ---------------------------------------------------------------------------

TITLE = st.lists(WORD, min_size=1, max_size=8).map(" ".join)
DATE_FORMATS = ["%Y-%m-%d", "%B %d, %Y", "%b %d, %Y", "%d %B %Y"]


@FAST
@given(
    title=TITLE,
    day=DATES,
    fmt=st.sampled_from(DATE_FORMATS),
    byline=st.none() | TITLE,
    paragraphs=st.lists(PARAGRAPH, min_size=1, max_size=5),
    url=st.none() | st.from_regex(r"https://[a-z]{1,10}\.org/[a-z0-9/-]{0,20}", fullmatch=True),
)
def test_the_seed_layout_round_trips(title, day, fmt, byline, paragraphs, url):
    lines = [f"# {title}"]
    if byline:
        lines.append(f"By {byline}")
    lines += [day.strftime(fmt), ""]
    lines.append("\n\n".join(paragraphs))
    if url:
        lines += ["", "Original url:", f"<{url}>"]
    doc = parse_article("\n".join(lines), "a.md")
    assert doc.title == title
    assert doc.byline == byline
    assert doc.published == day.isoformat()
    assert doc.text == "\n\n".join(paragraphs)
    assert doc.url == url


@FAST
@given(day=DATES, fmt=st.sampled_from(DATE_FORMATS + ["%b. %d, %Y", "%B %d %Y"]))
def test_parse_date_reads_every_supported_format(day, fmt):
    assume(not (fmt == "%b. %d, %Y" and day.month == 5))  # "May." is not how May is written
    assert parse_date(day.strftime(fmt)) == day.isoformat()


@FAST
@given(TEXT)
def test_any_text_parses_or_is_refused_as_empty(raw):
    try:
        doc = parse_article(raw, "a.txt")
    except InputError as exc:
        assert str(exc) == "a.txt: no article text"
    else:
        assert doc.text and doc.text == doc.text.strip()
        assert doc.published is None or date.fromisoformat(doc.published)


# --- HTML ------------------------------------------------------------------------------------------


@FAST
@given(
    paragraphs=st.lists(PARAGRAPH, min_size=1, max_size=4),
    secret=st.from_regex(r"[A-Z]{12}", fullmatch=True),
    title=TITLE,
)
def test_html_keeps_the_paragraphs_and_drops_every_script(paragraphs, secret, title):
    body = "".join(f"<p>{p}</p><script>var s = '{secret}';</script>" for p in paragraphs)
    page = (
        f"<html><head><title>{title}</title><style>p {{}}/*{secret}*/</style></head>"
        f"<body>{body}<noscript>{secret}</noscript></body></html>"
    )
    doc = parse_html(page, "p.html")
    assert doc.text == "\n\n".join(paragraphs)
    assert secret not in doc.text and doc.title == title


@FAST
@given(
    st.text(max_size=300)
    | st.lists(
        st.sampled_from(
            [
                "<",
                ">",
                "<!",
                "<![",
                "<!--",
                "-->",
                "<?",
                "</",
                "<script>",
                "</script",
                "&",
                "&#",
                "&#x",
                "<p>",
                "a",
                " ",
                "\n",
                "]]>",
                "<![CDATA[",
                "=",
                '"',
                "'",
            ]
        ),
        max_size=40,
    ).map("".join)
)
def test_any_markup_parses_or_gives_a_one_line_input_error(raw):
    try:
        doc = parse_html(raw, "p.html")
    except InputError as exc:
        assert str(exc).startswith("p.html: ") and "\n" not in str(exc)
    else:
        assert doc.text and doc.text == doc.text.strip()


# --- JSON Lines ------------------------------------------------------------------------------------

OPTIONAL = st.none() | TEXT


@FAST
@given(
    text=TEXT.filter(lambda t: t.strip()),
    title=OPTIONAL,
    url=OPTIONAL,
    rid=st.none() | TEXT | st.integers(),
    day=st.none() | DATES,
)
def test_json_records_round_trip(text, title, url, rid, day):
    record = {
        "text": text,
        "title": title,
        "url": url,
        "id": rid,
        "published": None if day is None else f"{day.isoformat()}T12:00:00Z",
    }
    doc = parse_json_record(json.dumps(record, ensure_ascii=False), "f.jsonl:1")
    assert doc.text == text.strip()
    assert (doc.title, doc.url) == (title, url)
    assert doc.doc_id == (None if rid is None else str(rid))
    assert doc.published == (None if day is None else day.isoformat())


JSON_VALUE = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=8,
)


@FAST
@given(
    st.dictionaries(
        st.sampled_from(["id", "title", "published", "url", "outlet", "text", "x"]), JSON_VALUE, max_size=6
    )
    | JSON_VALUE
    | TEXT
)
def test_any_json_line_gives_a_usable_document_or_a_one_line_error(value):
    line = value if isinstance(value, str) and not value.startswith('"') else json.dumps(value)
    try:
        doc = parse_json_record(line, "f.jsonl:7")
    except InputError as exc:
        assert str(exc).startswith("f.jsonl:7: ") and "\n" not in str(exc)
    else:  # every field a store will write is a string (or absent)
        for field in (doc.text, doc.title, doc.published, doc.url, doc.outlet, doc.doc_id):
            assert field is None or isinstance(field, str)
        assert doc.text


# --- store round trips ----------------------------------------------------------------------------

STORE_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=80)
NAMES = st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=40)
ACTOR_KINDS = list(NODE_TYPES["Actor"].kinds)
COUNTER = itertools.count()


@st.composite
def deltas(draw):
    """A small graph with arbitrary text in every property, ids unique to this example (not drawn:
    hypothesis replays drawn values, and a stored node's existing values win a merge)."""
    tag = f"{uuid.uuid4().hex}{next(COUNTER)}"
    delta = GraphDelta()
    actors = []
    for i in range(draw(st.integers(1, 4))):
        aid = f"actor:{tag}-{i}"
        # names end in a unique number: a shared Neo4j may carry someone's uniqueness constraint
        # on a second label such as :Person(name)
        delta.add_node(
            "Actor",
            aid,
            name=draw(NAMES) + f" #{tag}-{i}",
            kind=draw(st.sampled_from(ACTOR_KINDS)),
            aliases=draw(st.lists(NAMES, max_size=3, unique=True)),
            country=draw(st.none() | st.from_regex(r"[A-Z]{3}", fullmatch=True)),
            role=draw(st.none() | STORE_TEXT),
            wikidata=None,
        )
        actors.append(aid)
    art = f"article:{tag}"
    delta.add_node(
        "Article",
        art,
        title=draw(st.none() | STORE_TEXT),
        published=None,
        url=None,
        outlet=None,
        byline=draw(st.none() | STORE_TEXT),
        sha256=tag,
    )
    for j in range(draw(st.integers(0, 3))):
        sid = f"statement:{tag}-{j}"
        delta.add_node(
            "Statement",
            sid,
            text=draw(STORE_TEXT),
            kind="Report",
            mode=draw(st.sampled_from(["direct", "indirect"])),
            cue=draw(STORE_TEXT),
        )
        delta.add_rel("SAID", ("Actor", draw(st.sampled_from(actors))), ("Statement", sid))
        delta.add_rel(
            "REPORTED_IN",
            ("Statement", sid),
            ("Article", art),
            sentence=draw(STORE_TEXT),
            start=draw(st.integers(0, 2**40)),
            end=draw(st.integers(0, 2**40)),
        )
    return delta


def read_back(store, delta: GraphDelta) -> tuple[dict, dict]:
    """What the store holds for the delta's nodes and relationships, as node_rows shapes."""
    nodes, rels = {}, {}
    for node in delta.nodes.values():
        props = list(NODE_TYPES[node.label].properties)
        rows = store.query(
            f"MATCH (n:`{node.label}`) WHERE n.id = $id RETURN " + ", ".join(f"n.`{p}`" for p in props),
            {"id": node.id},
        ).rows
        assert len(rows) == 1, (node.id, rows)
        nodes[node.id] = dict(zip(props, rows[0]))
    for rel in delta.rels.values():
        from ontology.schema import REL_TYPES

        props = list(REL_TYPES[rel.type].properties)
        returns = ", ".join(["count(*)"] + [f"r.`{p}`" for p in props])
        rows = store.query(
            f"MATCH (a {{id: $src}})-[r:`{rel.type}`]->(b {{id: $dst}}) RETURN {returns}",
            {"src": rel.src, "dst": rel.dst},
        ).rows
        assert len(rows) == 1 and rows[0][0] == 1, (rel.key, rows)
        rels[rel.key] = dict(zip(props, rows[0][1:]))
    return nodes, rels


def expected(delta: GraphDelta) -> tuple[dict, dict]:
    from graph.store import rel_rows

    nodes = {}
    for node in delta.nodes.values():
        [row] = node_rows([node])
        nodes[node.id] = row
    rels = {}
    for rel in delta.rels.values():
        [row] = rel_rows([rel])
        rels[rel.key] = {k: v for k, v in row.items() if k not in {"src", "dst"}}
    return nodes, rels


def normalise(nodes: dict) -> dict:
    """Lists read back in any order; an empty list may read back as null."""
    return {
        i: {k: (sorted(v) if isinstance(v, list) else v) for k, v in row.items()} for i, row in nodes.items()
    }


@pytest.fixture(scope="module", params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def shared_store(request):
    """One store for all examples (each example uses its own ids, so none disturbs another)."""
    opened: Store
    if request.param == "embedded":
        from graph.ladybug_store import LadybugStore

        opened = LadybugStore(Path(tempfile.mkdtemp()) / "db")
    else:
        import os

        from graph.neo4j_store import Neo4jStore
        from tests.helpers import neo4j_uri

        opened = Neo4jStore(
            neo4j_uri(),
            os.environ.get("NEO4J_USER"),
            os.environ.get("NEO4J_PASSWORD"),
            os.environ.get("NEO4J_DATABASE"),
        )
    yield opened
    opened.close()


@settings(max_examples=60, deadline=None)
@given(delta=deltas())
def test_what_is_written_reads_back_equal(shared_store, delta):
    shared_store.write(delta)
    got_nodes, got_rels = read_back(shared_store, delta)
    want_nodes, want_rels = expected(delta)
    assert normalise(got_nodes) == normalise(want_nodes)
    assert got_rels == want_rels
    shared_store.write(delta)  # idempotent: the same again changes nothing
    assert read_back(shared_store, delta) == (got_nodes, got_rels)
