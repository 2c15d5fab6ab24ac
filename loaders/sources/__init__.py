"""Anything -> Document: one module per kind of input.

``text`` (plain text, the seed's markdown layout), ``jsonl`` (one article a line), ``webpage``
(HTML through trafilatura), ``fetch`` (URLs: a polite HTTP client with a cache), ``feeds`` (RSS and
Atom), ``warc`` (web archives, streamed), ``language`` (skip what is not English), ``dedup`` (copies of
one story). A new input format is a new module here, dispatched from ``loaders.documents``.
"""

from .base import DEFAULT_MAX_BYTES, MAX_TEXT_CHARS, Document, InputError, Skipped, decode

__all__ = ["DEFAULT_MAX_BYTES", "MAX_TEXT_CHARS", "Document", "InputError", "Skipped", "decode"]
