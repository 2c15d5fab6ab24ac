"""What every source produces: a ``Document``, an ``InputError`` for a bad input, or a ``Skipped``
record for something that is not an article (a WARC request record, an image in a crawl)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from ontology.errors import InputError

__all__ = ["DEFAULT_MAX_BYTES", "MAX_TEXT_CHARS", "Document", "InputError", "Skipped", "decode"]

# A file larger than this is refused before it is read (``--max-bytes`` raises it): a news article is
# tens of kilobytes, so a bigger file is usually a mistake (a dump, a video, a log), not an article.
DEFAULT_MAX_BYTES = 10_000_000
# The longest article text the NLP pipeline takes (spaCy's ``max_length``; the parser needs about
# 1 GB of memory per 100,000 characters), whatever ``--max-bytes`` says.
MAX_TEXT_CHARS = 1_000_000


@dataclass(frozen=True)
class Skipped:
    """An input record passed over on purpose (not an error): ``reason`` is what the summary counts."""

    source: str
    reason: str


@dataclass
class Document:
    text: str
    title: str | None = None
    published: str | None = None  # ISO date
    url: str | None = None
    outlet: str | None = None
    byline: str | None = None
    source: str | None = None  # the file (and line) or URL it came from
    doc_id: str | None = None  # the record's own id (JSON Lines id, feed guid, WARC record id)
    crawled: str | None = None  # ISO date the page was fetched or crawled, where known

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def source_id(self) -> str | None:
        """The record's own identity: its id, else its URL (what tells two copies apart)."""
        return self.doc_id


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
