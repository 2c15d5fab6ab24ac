"""The ``diplograph`` command: parses arguments, calls ``api``, prints results and errors.

Errors go to stderr as one line each; the exit code is 0 only when everything succeeded
(1: some input failed, 2: the store could not be used or a query was refused).
"""

from __future__ import annotations

import csv
import json
import os
import sys
from functools import wraps
from pathlib import Path

import click

import api
from graph.store import CredentialsError, ReadOnlyError, StoreError
from loaders.distributed import ClusterError
from loaders.documents import DEFAULT_MAX_BYTES

EXIT_INPUT, EXIT_STORE = 1, 2


def store_options(func):
    """``--store`` and ``--neo4j-uri``, shared by every command that touches a store."""
    func = click.option(
        "--neo4j-uri",
        envvar="NEO4J_URI",
        default=None,
        help="Use Neo4j at this Bolt URI (also NEO4J_USER, NEO4J_PASSWORD, "
        "NEO4J_DATABASE) instead of the embedded store.",
    )(func)
    func = click.option(
        "--store",
        envvar="DIPLOGRAPH_STORE",
        default="diplograph-data",
        show_default=True,
        help="Folder of the embedded store.",
    )(func)
    return func


def fail(message: str, code: int) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def can_prompt() -> bool:
    """Whether a person can be asked for a password (stdin and stderr are a terminal)."""
    return sys.stdin.isatty() and sys.stderr.isatty()


def with_store(read_only: bool = False):
    """Open the store named by the options, pass it on as ``store``, close it afterwards."""

    def decorate(func):
        @wraps(func)
        def wrapper(*args, store: str, neo4j_uri: str | None, **kwargs):
            from graph.open import open_store

            mode = read_only and not kwargs.get("write", False)
            try:
                try:
                    opened = open_store(store, neo4j_uri, read_only=mode)
                except CredentialsError:
                    # no password in NEO4J_PASSWORD: ask for it at a terminal, never echo it
                    if os.environ.get("NEO4J_PASSWORD") or not can_prompt():
                        raise
                    user = os.environ.get("NEO4J_USER") or "neo4j"
                    password = click.prompt(f"Neo4j password for {user}", hide_input=True, err=True)
                    opened = open_store(store, neo4j_uri, read_only=mode, password=password)
            except StoreError as exc:
                fail(str(exc), EXIT_STORE)
            try:
                return func(*args, store=opened, **kwargs)
            except StoreError as exc:
                fail(str(exc), EXIT_STORE)
            finally:
                opened.close()

        return wrapper

    return decorate


@click.group()
@click.version_option(package_name="diplograph")
def main() -> None:
    """Turn diplomatic news into a knowledge graph of actors, events and statements."""


def report_errors(errors: list[str]) -> None:
    for line in errors:
        click.echo(f"error: {line}", err=True)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
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
def ingest(paths, batch_size, workers, dask_address, max_bytes, store) -> None:
    """Extract articles (files, folders, JSON Lines) and store their graph."""
    show = sys.stderr.isatty()  # the progress bar only at a terminal
    bar = None
    if show:
        import time

        started = time.perf_counter()
        done = {"n": 0}

        def rate(_item) -> str:
            elapsed = time.perf_counter() - started
            return f"{done['n'] / elapsed:.1f} articles/s" if elapsed > 0 and done["n"] else ""

        bar = click.progressbar(
            length=max(api.count_articles(paths), 1),
            label="ingest",
            file=sys.stderr,
            show_eta=True,
            show_pos=True,
            item_show_func=rate,
        )
        bar.__enter__()

    def on_progress(n: int) -> None:
        if bar is not None:
            done["n"] += n
            bar.update(n)

    def end_bar() -> None:
        if bar is not None:
            bar.__exit__(None, None, None)

    try:
        summary = api.ingest(
            paths,
            store,
            batch_size=batch_size,
            workers=workers,
            max_bytes=max_bytes,
            dask=dask_address,
            on_progress=on_progress,
        )
    except api.IngestInterrupted as exc:  # the store failed midway: say what got in, then stop
        end_bar()
        part = exc.summary
        report_errors(part.errors)
        click.echo(
            f"{part.stored} stored, {part.skipped} already stored, {part.failed} failed "
            f"before the store failed",
            err=True,
        )
        fail(str(exc), EXIT_STORE)
    except ClusterError as exc:  # --dask: the cluster could not be used
        end_bar()
        fail(str(exc), EXIT_STORE)
    end_bar()
    report_errors(summary.errors)
    c = summary.counts
    per_second = (summary.stored + summary.skipped) / summary.seconds if summary.seconds else 0.0
    click.echo(
        f"{summary.read + summary.failed} articles: {summary.stored} stored, "
        f"{summary.skipped} already stored, {summary.failed} failed in "
        f"{summary.seconds:.1f}s ({per_second:.1f} articles/s); the {store.name} store holds "
        f"{c.get('Article', 0)} articles, {c.get('Actor', 0)} actors, "
        f"{c.get('Event', 0)} events, {c.get('Statement', 0)} statements"
    )
    if summary.failed:
        sys.exit(EXIT_INPUT)


@main.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl"]),
    default="json",
    show_default=True,
    help="json: one document (the first article); jsonl: one a line.",
)
def extract(path, fmt) -> None:
    """Print the extraction JSON contract of the articles in PATH (no store involved)."""
    errors: list[str] = []
    printed = 0
    for extraction in api.extract([path], errors):
        data = extraction.to_dict()
        if fmt == "json":
            click.echo(json.dumps(data, indent=2, ensure_ascii=False))
            printed += 1
            break
        click.echo(json.dumps(data, ensure_ascii=False))
        printed += 1
    report_errors(errors)
    if errors or not printed:
        sys.exit(EXIT_INPUT)


def parse_params(pairs: tuple[str, ...]) -> dict:
    params = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep:
            raise click.BadParameter(f"{pair!r} is not NAME=VALUE", param_hint="--param")
        try:
            params[key] = json.loads(value)
        except json.JSONDecodeError:
            params[key] = value
    return params


@main.command()
@click.argument("cypher")
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    help="A query parameter NAME=VALUE (VALUE as JSON, else a string); use $NAME.",
)
@click.option("--write", is_flag=True, help="Allow the query to change the graph.")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True
)
@store_options
@with_store(read_only=True)
def query(cypher, params, write, fmt, store) -> None:
    """Run a Cypher query (read-only unless --write)."""
    try:
        result = api.query(store, cypher, parse_params(params), write=write)
    except ReadOnlyError as exc:
        fail(str(exc), EXIT_STORE)
    print_result(result, fmt)


def print_result(result, fmt: str) -> None:
    """Print query rows as a table, JSON records or CSV."""
    if fmt == "json":
        click.echo(json.dumps(result.records(), indent=2, ensure_ascii=False, default=str))
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(result.columns)
        writer.writerows(result.rows)
    else:
        click.echo(format_table(result.columns, result.rows))


def format_table(columns: list[str], rows: list[list]) -> str:
    """A plain text table, cells cut at 60 characters.

    >>> print(format_table(["a", "b"], [[1, "x"]]))
    a | b
    --+--
    1 | x
    """

    def cell(value) -> str:
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


def _iso_date(ctx, param, value):
    """--since/--until: an ISO date or a prefix of one (2022, 2022-02, 2022-02-20)."""
    import re

    if value is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        raise click.BadParameter(f"{value!r} is not a date like 2022-02-20 (or 2022-02, 2022)")
    return value


@main.command()
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
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    help="A --cypher parameter NAME=VALUE (VALUE as JSON, else a string).",
)
@click.option(
    "--since",
    default=None,
    callback=_iso_date,
    metavar="DATE",
    help="Only statements and events on or after DATE.",
)
@click.option(
    "--until",
    default=None,
    callback=_iso_date,
    metavar="DATE",
    help="Only statements and events on or before DATE (2022-02 = all February).",
)
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
    output,
    actor,
    depth,
    interactions,
    cypher,
    params,
    since,
    until,
    png,
    svg,
    title,
    by_quad,
    communities,
    store,
) -> None:
    """Draw the stored graph as an interactive HTML network that works offline."""
    try:
        path = api.viz(
            store,
            output,
            title=title,
            actor=actor,
            depth=depth,
            interactions=interactions,
            cypher=cypher,
            params=parse_params(params),
            since=since,
            until=until,
            png=png,
            svg=svg,
            by_quad=by_quad,
            communities=communities,
        )
    except KeyError as exc:
        fail(exc.args[0], EXIT_INPUT)
    except RuntimeError as exc:
        if isinstance(exc, StoreError):
            raise
        fail(str(exc), EXIT_INPUT)
    click.echo(f"wrote {path}")
    for picture in (png, svg):
        if picture:
            click.echo(f"wrote {picture}")


@main.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@store_options
@with_store(read_only=True)
def stats(fmt, store) -> None:
    """Count nodes per label and relationships per type."""
    counts = store.stats()
    if fmt == "json":
        click.echo(json.dumps(counts, indent=2))
    else:
        click.echo(format_table(["what", "count"], [[k, v] for k, v in counts.items()]))


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


@main.command()
@click.option("-o", "--output", default="out/demo.html", show_default=True, type=click.Path(path_type=Path))
@store_options
@with_store()
def demo(output, store) -> None:
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
        sys.exit(EXIT_INPUT)


EXPORT_FORMATS = ("ttl", "jsonld", "nt", "graphml", "gexf", "csv", "events-csv")


@main.command()
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
    help="Export only the nodes, relationships and paths this read-only query returns.",
)
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    help="A --cypher parameter NAME=VALUE (VALUE as JSON, else a string).",
)
@store_options
@with_store(read_only=True)
def export(fmt, output, cypher, params, store) -> None:
    """Export the stored graph (or a Cypher query's subgraph) as RDF, GraphML, GEXF or CSV."""
    if fmt is None:
        suffix = output.suffix.lower().lstrip(".") if output else ""
        fmt = suffix if suffix in EXPORT_FORMATS else "ttl"
    try:
        result = api.export(store, fmt, output=output, cypher=cypher, params=parse_params(params))
    except ReadOnlyError as exc:
        fail(str(exc), EXIT_STORE)
    except ValueError as exc:
        fail(str(exc), EXIT_INPUT)
    if output is None:
        click.echo(result, nl=False)
    else:
        click.echo(f"wrote {result}", err=True)


@main.command()
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
def sparql(query_text, fmt, with_ontology, store) -> None:
    """Run SPARQL over the RDF export of the stored graph (prefixes dgo:, dg:, schema:, sem:,
    prov:, oa:, skos:, rdf:, rdfs:, xsd: are predeclared)."""
    from graph.rdf import RDFError

    try:
        result = api.sparql(store, query_text, with_ontology=with_ontology)
    except RDFError as exc:
        fail(str(exc), EXIT_INPUT)
    print_result(result, fmt)


DYAD_COLUMNS = ("source", "target", "period")


def dyad_table(rows: list) -> tuple[list[str], list[list]]:
    """Columns and cells of dyad rows for CSV and the terminal (ids joined by spaces)."""
    records = [row.to_dict() for row in rows]
    columns = list(records[0]) if records else [*DYAD_COLUMNS]
    cells = [[" ".join(v) if isinstance(v, list) else v for v in rec.values()] for rec in records]
    return columns, cells


def dyad_summary(rows: list) -> tuple[list[str], list[list]]:
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


@main.command()
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
@click.option("--actor", default=None, help="Only the rows with this actor as source or target.")
@click.option(
    "--since",
    default=None,
    callback=_iso_date,
    metavar="DATE",
    help="Only statements and events on or after DATE.",
)
@click.option(
    "--until",
    default=None,
    callback=_iso_date,
    metavar="DATE",
    help="Only statements and events on or before DATE (2022-02 = all February).",
)
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
def dyads(by, level, actor, since, until, fmt, output, store) -> None:
    """Who did what to whom per period: counts per PLOVER quad class, net cooperation, and the
    ids of the statements and events behind each row."""
    import io

    rows = api.dyads(store, by=by, level=level, since=since, until=until, actor=actor)
    out = io.StringIO()
    if fmt == "json":
        out.write(json.dumps([row.to_dict() for row in rows], indent=2, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        columns, cells = dyad_table(rows)
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(cells)
    else:
        out.write(format_table(*dyad_summary(rows)) + "\n")
    if output is None:
        click.echo(out.getvalue(), nl=False)
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(out.getvalue(), encoding="utf-8")
        click.echo(f"wrote {output} ({len(rows)} rows)", err=True)


@main.command()
@click.option(
    "-o",
    "--output",
    default="report.html",
    show_default=True,
    type=click.Path(path_type=Path),
    help="The HTML file to write.",
)
@click.option("--actor", default=None, help="Only the statements and events with this actor.")
@click.option(
    "--since",
    default=None,
    callback=_iso_date,
    metavar="DATE",
    help="Only statements and events on or after DATE.",
)
@click.option(
    "--until",
    default=None,
    callback=_iso_date,
    metavar="DATE",
    help="Only statements and events on or before DATE (2022-02 = all February).",
)
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
def report(output, actor, since, until, level, by, png, svg, title, store) -> None:
    """Write a one-page briefing (offline HTML): corpus, central actors, dyad matrix, timeline,
    network; click any mark for the statements and events behind it."""
    try:
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
    except KeyError as exc:
        fail(exc.args[0], EXIT_INPUT)
    except RuntimeError as exc:
        if isinstance(exc, StoreError):
            raise
        fail(str(exc), EXIT_INPUT)
    click.echo(f"wrote {path}")
    for folder in (svg, png):
        if folder:
            click.echo(f"wrote the charts into {folder}")


if __name__ == "__main__":
    main()
