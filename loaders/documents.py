"""Input files -> ``Document``: the seed's markdown layout, plain text, HTML, JSON Lines, folders.

Offsets everywhere in diplograph count characters of ``Document.text``, the body with its markdown
markup removed, so a reader can find the evidence of any fact by slicing it.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path

from ontology.errors import InputError, InputWarning

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
# A file larger than this is refused before it is read (``--max-bytes`` raises it): a news article is
# tens of kilobytes, so a bigger file is usually a mistake (a dump, a video, a log), not an article.
DEFAULT_MAX_BYTES = 10_000_000
# The longest article text the NLP pipeline takes (spaCy's ``max_length``; the parser needs about
# 1 GB of memory per 100,000 characters), whatever ``--max-bytes`` says.
MAX_TEXT_CHARS = 1_000_000


@dataclass
class Document:
    text: str
    title: str | None = None
    published: str | None = None  # ISO date
    url: str | None = None
    outlet: str | None = None
    byline: str | None = None
    source: str | None = None  # the file (and line) it came from
    doc_id: str | None = None  # an id given by the input (JSON Lines), kept for reference

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


_DATE_FORMATS = ("%Y-%m-%d", "%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%b. %d, %Y", "%B %d %Y")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_MD_HEADING = re.compile(r"^#{1,6}\s*", re.MULTILINE)
_URL_IN_ANGLES = re.compile(r"<(https?://[^>\s]+)>")


def parse_date(line: str) -> str | None:
    """ISO date of a date line, or None.

    >>> parse_date("February 20, 2022")
    '2022-02-20'
    """
    cleaned = line.strip().strip("*_ ")
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def strip_markdown(text: str) -> str:
    """Remove the markup of the seed's layout (links, bold, headings), keep the words."""
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    text = _MD_HEADING.sub("", text)
    return text


def _clean_body(lines: list[str]) -> str:
    body = strip_markdown("\n".join(lines))
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", body)]
    return "\n\n".join(p for p in paragraphs if p)


def parse_article(raw: str, source: str | None = None) -> Document:
    """Parse the seed's layout; text without its header is taken as plain body text.

    >>> d = parse_article("# Title\\nBy Someone\\nFebruary 20, 2022\\n\\nBody.\\n\\nOriginal url:\\n<https://x.org/a>")
    >>> (d.title, d.byline, d.published, d.text, d.url)
    ('Title', 'Someone', '2022-02-20', 'Body.', 'https://x.org/a')
    """
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    title = byline = published = url = None
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i < len(lines) and lines[i].lstrip().startswith("# "):
        title = strip_markdown(lines[i].lstrip()[2:]).strip()
        i += 1
        for _ in range(6):  # the header: optional byline, then the date line, blank lines between
            while i < len(lines) and not lines[i].strip():
                i += 1
            if i >= len(lines):
                break
            line = lines[i].strip()
            if byline is None and published is None and line.lower().startswith("by "):
                byline = strip_markdown(line[3:]).strip()
                i += 1
            elif published is None and parse_date(line):
                published = parse_date(line)
                i += 1
                break
            else:
                break
    body_lines = lines[i:]
    for j, line in enumerate(body_lines):
        if line.strip().lower().startswith("original url:"):
            rest = line.split(":", 1)[1].strip() + " " + " ".join(body_lines[j + 1 :])
            found = _URL_IN_ANGLES.search(rest) or re.search(r"https?://\S+", rest)
            url = found.group(1) if found and found.groups() else (found.group(0) if found else None)
            _warn_if_text_after_url(rest, found, source)
            body_lines = body_lines[:j]
            break
    text = _clean_body(body_lines)
    if not text:
        raise InputError(f"{source or '<text>'}: no article text")
    return Document(text=text, title=title, published=published, url=url, byline=byline, source=source)


def _warn_if_text_after_url(rest: str, found: re.Match[str] | None, source: str | None) -> None:
    """Warn (``InputWarning``) when words follow the ``Original url:`` line: the layout ends
    there, so they are not read as the article, and a silent loss would look like a full read."""
    left = (rest[: found.start()] + rest[found.end() :]) if found else rest
    left = " ".join(left.replace("<", " ").replace(">", " ").split())
    if left:
        warnings.warn(
            f"{source or '<text>'}: {len(left)} characters after the 'Original url:' line are not "
            f"part of the article and were left out ({left[:40]!r})",
            InputWarning,
            stacklevel=3,
        )


class _TextOfHTML(HTMLParser):
    """Collect visible text and the title; drop scripts and styles (article HTML is untrusted)."""

    SKIP = {"script", "style", "noscript", "template", "head"}
    BLOCKS = {
        "p",
        "div",
        "br",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "blockquote",
        "tr",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in self.SKIP:
            self._skip += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in self.SKIP and self._skip:
            self._skip -= 1
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        elif not self._skip:
            self.parts.append(data)


def parse_html(raw: str, source: str | None = None) -> Document:
    parser = _TextOfHTML()
    try:
        parser.feed(raw)
        parser.close()
    except Exception as exc:  # untrusted markup: whatever the parser chokes on is a bad input
        raise InputError(f"{source or '<html>'}: cannot parse the HTML ({type(exc).__name__})") from exc
    text = re.sub(r"[ \t]+", " ", "".join(parser.parts))
    text = _clean_body(text.split("\n"))
    if not text:
        raise InputError(f"{source or '<html>'}: no article text")
    title = html.unescape(" ".join(parser.title)).strip() or None
    return Document(text=text, title=title, source=source)


def parse_json_record(line: str, source: str) -> Document:
    """One JSON Lines record: ``{"id", "title", "published", "url", "text"}``, only text required."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{source}: malformed JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise InputError(f"{source}: a JSON Lines record needs a string field 'text'")
    for name in ("title", "published", "url", "outlet"):
        if record.get(name) is not None and not isinstance(record[name], str):
            raise InputError(f"{source}: field {name!r} must be a string or null")
    if isinstance(record.get("id"), (dict, list)):
        raise InputError(f"{source}: field 'id' must be a string or a number")
    text = record["text"].strip()
    if not text:
        raise InputError(f"{source}: empty 'text'")
    published = record.get("published")
    if published is not None:
        published = parse_date(str(published)[:10]) or parse_date(str(published))
    return Document(
        text=text,
        title=record.get("title"),
        published=published,
        url=record.get("url"),
        outlet=record.get("outlet"),
        source=source,
        doc_id=None if record.get("id") is None else str(record["id"]),
    )


def decode(data: bytes, source: str) -> str:
    """Decode bytes as UTF-8 (with or without BOM) or UTF-16 with BOM, else Latin-1; refuse binary."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{source}: not valid UTF-16 text ({exc.reason} at byte {exc.start})") from exc
    if b"\x00" in data[:4096]:
        raise InputError(f"{source}: binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def iter_documents(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | InputError]:
    """Yield a Document for each article under ``path``, or an InputError for each bad one.

    Errors are yielded, not raised, so that one bad file in a folder does not stop the good ones.
    In a folder, hidden files and READMEs are passed over. A file over ``max_bytes`` is refused
    unread; an article text over ``MAX_TEXT_CHARS`` characters is refused too.
    """
    for item in _iter_documents(Path(path), max_bytes):
        if isinstance(item, Document) and len(item.text) > MAX_TEXT_CHARS:
            item = InputError(
                f"{item.source or path}: article text of {len(item.text):,} "
                f"characters is longer than the {MAX_TEXT_CHARS:,} the NLP pipeline "
                f"takes; split it"
            )
        yield item


def article_files(folder: Path) -> Iterator[Path]:
    """The article files under ``folder``, sorted; hidden files and READMEs are passed over."""
    for child in sorted(p for p in folder.rglob("*") if p.is_file()):
        if (
            child.suffix.lower() in SUPPORTED_SUFFIXES
            and not child.name.startswith(".")
            and not child.stem.upper().startswith("README")
        ):
            yield child


def _iter_documents(path: Path, max_bytes: int) -> Iterator[Document | InputError]:
    if path.is_dir():
        for child in article_files(path):
            yield from _iter_documents(child, max_bytes)
        return
    if not path.exists():
        yield InputError(f"{path}: no such file or folder")
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield InputError(
                f"{path}: file of {size:,} bytes is over the limit of {max_bytes:,} "
                f"(raise it with --max-bytes)"
            )
            return
        raw = decode(path.read_bytes(), str(path))
    except InputError as exc:
        yield exc
        return
    except OSError as exc:
        yield InputError(f"{path}: cannot read ({exc.strerror})")
        return
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        # split on newlines only: str.splitlines() would also cut at U+2028 and friends, which
        # JSON allows unescaped inside strings
        for n, line in enumerate(raw.split("\n"), 1):
            if line.strip():
                try:
                    yield parse_json_record(line, f"{path}:{n}")
                except InputError as exc:
                    yield exc
        return
    try:
        if suffix in HTML_SUFFIXES:
            yield parse_html(raw, str(path))
        else:
            yield parse_article(raw, str(path))
    except InputError as exc:
        yield exc
