"""Inputs -> ``Document``: files, folders, URLs; each kind of input is read by its module in
``loaders.sources`` and dispatched from here.

Offsets everywhere in diplograph count characters of ``Document.text``, the body with its markup
removed, so a reader can find the evidence of any fact by slicing it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from .sources.base import DEFAULT_MAX_BYTES, MAX_TEXT_CHARS, Document, InputError, Skipped, decode
from .sources.feeds import FEED_SUFFIXES, parse_feed
from .sources.fetch import Fetcher, FetchOptions, Page, is_url
from .sources.jsonl import parse_json_record
from .sources.text import parse_article, parse_date, strip_markdown
from .sources.warc import is_warc, iter_warc
from .sources.webpage import parse_html

__all__ = [
    "DEFAULT_MAX_BYTES",
    "MAX_TEXT_CHARS",
    "Document",
    "InputError",
    "Skipped",
    "decode",
    "iter_documents",
    "article_files",
    "parse_article",
    "parse_date",
    "parse_html",
    "parse_json_record",
    "strip_markdown",
]

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
# what a folder walk reads; a .xml file is read as a feed only when named on its own
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | {".rss", ".atom"}

Item = Document | InputError | Skipped


def iter_documents(
    path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES, fetcher: Fetcher | None = None
) -> Iterator[Item]:
    """Yield a Document for each article under ``path`` (a file, a folder or a URL), an InputError
    for each bad one and a Skipped for each record that is not an article (in a WARC file).

    Errors are yielded, not raised, so that one bad file in a folder does not stop the good ones.
    In a folder, hidden files and READMEs are passed over. A file over ``max_bytes`` is refused
    unread; an article text over ``MAX_TEXT_CHARS`` characters is refused too. URLs are fetched
    with ``fetcher`` (a default one, caching in the user's cache folder, when None).
    """
    if isinstance(path, str) and is_url(path):
        items = iter_url(path, fetcher or Fetcher(FetchOptions(max_bytes=max_bytes)))
    else:
        items = _iter_documents(Path(path), max_bytes)
    for item in items:
        if isinstance(item, Document) and len(item.text) > MAX_TEXT_CHARS:
            item = InputError(
                f"{item.source or path}: article text of {len(item.text):,} "
                f"characters is longer than the {MAX_TEXT_CHARS:,} the NLP pipeline "
                f"takes; split it"
            )
        yield item


def iter_url(url: str, fetcher: Fetcher) -> Iterator[Item]:
    """A web page's article, or each item of a feed, fetched with ``fetcher``."""
    try:
        page = fetcher.get(url)
    except InputError as exc:
        yield exc
        return
    if page.is_feed:
        yield from parse_feed(page.body, url, lambda link: page_document(fetcher.get(link), link))
        return
    try:
        yield page_document(page, url)
    except InputError as exc:
        yield exc


def page_document(page: Page, requested: str) -> Document:
    """A fetched web page as a Document: its URL, the date it was fetched, its article."""
    doc = parse_html(decode(page.body, requested), requested, url=page.url)
    doc.crawled = page.fetched
    return doc


def article_files(folder: Path) -> Iterator[Path]:
    """The article files under ``folder``, sorted; hidden files and READMEs are passed over."""
    for child in sorted(p for p in folder.rglob("*") if p.is_file()):
        if (
            (child.suffix.lower() in SUPPORTED_SUFFIXES or is_warc(child))
            and not child.name.startswith(".")
            and not child.stem.upper().startswith("README")
        ):
            yield child


def _iter_documents(path: Path, max_bytes: int) -> Iterator[Item]:
    if path.is_dir():
        for child in article_files(path):
            yield from _iter_documents(child, max_bytes)
        return
    if not path.exists():
        yield InputError(f"{path}: no such file or folder")
        return
    if is_warc(path):  # streamed record by record: the size limit applies to each record
        yield from iter_warc(path, max_bytes)
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield InputError(
                f"{path}: file of {size:,} bytes is over the limit of {max_bytes:,} "
                f"(raise it with --max-bytes)"
            )
            return
        data = path.read_bytes()
        suffix = path.suffix.lower()
        if suffix in FEED_SUFFIXES:
            yield from parse_feed(data, str(path))
            return
        raw = decode(data, str(path))
    except InputError as exc:
        yield exc
        return
    except OSError as exc:
        yield InputError(f"{path}: cannot read ({exc.strerror})")
        return
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
