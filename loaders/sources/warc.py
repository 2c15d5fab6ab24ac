"""WARC files (warcio), gzip or not, read as a stream: HTML responses become articles with their
URL, record id and crawl date; every other record is passed over and counted. One record is held
in memory at a time, so a multi-GB crawl (CC-NEWS) reads in flat memory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from .base import Document, InputError, Skipped, decode
from .fetch import HTML_TYPES
from .webpage import parse_html

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def iter_warc(path: Path, max_bytes: int) -> Iterator[Document | InputError | Skipped]:
    """Each HTML response of the WARC file as a Document; other records as Skipped."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        with open(path, "rb") as stream:
            for record in ArchiveIterator(stream):
                yield _record(record, path, max_bytes)
    except ArchiveLoadFailed as exc:
        yield InputError(f"{path}: not a readable WARC file ({str(exc).strip().splitlines()[0][:120]})")
    except OSError as exc:
        yield InputError(f"{path}: cannot read ({exc.strerror or type(exc).__name__})")


def _record(record, path: Path, max_bytes: int) -> Document | InputError | Skipped:
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    where = f"{path}: {url or record.rec_headers.get_header('WARC-Record-ID')}"
    if record.rec_type != "response":
        return Skipped(where, f"WARC {record.rec_type} record")
    content_type = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
    if content_type.split(";")[0].strip().lower() not in HTML_TYPES:
        return Skipped(where, "WARC response that is not HTML")
    body = record.content_stream().read(max_bytes + 1)
    if len(body) > max_bytes:
        return InputError(
            f"{where}: response over the limit of {max_bytes:,} bytes (raise it with --max-bytes)"
        )
    try:
        doc = parse_html(decode(body, where), where, url=url or None)
    except InputError as exc:
        return exc
    doc.url = url or doc.url
    doc.doc_id = record.rec_headers.get_header("WARC-Record-ID")
    date = record.rec_headers.get_header("WARC-Date")
    doc.crawled = date[:10] if date else None
    return doc
