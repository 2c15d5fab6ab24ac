"""Copies of one story: the same text under a second id or URL, and near-duplicates (a wire story
republished with a changed sentence, an update an hour later), found with MinHash signatures of
word 3-grams and an LSH index (datasketch).

The first copy stored is extracted; every later copy becomes an Article of its own with
``(copy)-[:DUPLICATE_OF {similarity}]->(first)`` and ``REPORTED_IN`` from each fact of the first,
so every outlet stays a source and no statement or event is counted twice.

Signatures are stored on the Article (``minhash``), so copies are recognised across runs.
The store is reached through a ``query(cypher, params) -> rows`` function: plain Cypher on the base
labels, the same on both stores.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ontology.model import GraphDelta, article_id, digest

from ..delta import add_article
from .base import Document

# Estimated Jaccard similarity of word 3-grams at or above which two texts are one story. An edited
# sentence in a 600-word article leaves about 0.9; two different reports of the same day's events
# from the shared corpus stay below 0.2 (see the README's "Duplicates").
DEFAULT_THRESHOLD = 0.8
NUM_PERM = 128
LSH_MARGIN = 0.75
SHINGLE = 3
_SEED = 1
_SCHEME = "affine32"  # datasketch 2: 32-bit values, stored as 4 bytes each
_WORD = re.compile(r"\w+")

Rows = Callable[[str, dict[str, Any]], list[list[Any]]]


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    """The text's word ``size``-grams, lower-cased (a text shorter than that is one shingle).

    >>> sorted(shingles("A b c D", 3))
    [b'a b c', b'b c d']
    """
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def signature(text: str):
    """The MinHash of ``text``'s shingles (deterministic: a fixed seed)."""
    from datasketch import MinHash

    sig = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME)
    sig.update_batch(list(shingles(text)))
    return sig


def encode(sig) -> str:
    """A signature as text for the Article's ``minhash`` property (values fit in 32 bits)."""
    return base64.b64encode(sig.hashvalues.astype("<u4").tobytes()).decode("ascii")


def decode_signature(text: str):
    from datasketch import MinHash

    values = np.frombuffer(base64.b64decode(text), dtype="<u4").astype(np.uint32)
    return MinHash(num_perm=NUM_PERM, seed=_SEED, hashvalues=values, scheme=_SCHEME)


def copy_article_id(sha256: str, identity: tuple[str | None, str | None]) -> str:
    """The id of an exact copy stored under another id or URL: the text hash alone is taken."""
    return f"article:{digest(sha256, *identity)}"


@dataclass
class Copy:
    """A document recognised as a copy of the stored article ``original``."""

    doc: Document
    article: str  # the copy's own Article id
    original: str
    similarity: float
    sha256: str = ""  # of the copy's text (the text itself need not be kept)
    # an exact copy whose identity sorts first takes over the text's own Article: its metadata
    # replaces what the Article holds, and the one it replaces becomes this copy
    takes_over: Document | None = None

    def __post_init__(self) -> None:
        self.sha256 = self.sha256 or self.doc.sha256


META = ("title", "published", "url", "outlet", "byline", "doc_id", "crawled")


def _meta_doc(doc: Document) -> Document:
    """The document's metadata without its text (all a copy needs)."""
    return Document(text="", **{name: getattr(doc, name) for name in META})


def _order(identity: tuple[str | None, str | None]) -> tuple[str, str]:
    return (identity[0] or "", identity[1] or "")


@dataclass
class _Known:
    article: str
    identity: tuple[str | None, str | None]  # (source_id, url)
    root: str  # the first copy of the story (itself, or what it duplicates)
    similarity: float = 1.0
    meta: Document | None = None  # the metadata the text's own Article holds


@dataclass
class Deduplicator:
    """Decides for each document: new, already stored, or a copy of a stored story.

    ``threshold`` >= 1 turns near-duplicate detection off (exact copies are still recognised).
    """

    rows: Rows
    threshold: float = DEFAULT_THRESHOLD
    _lsh: Any = None
    _sigs: dict[str, Any] = field(default_factory=dict)
    _by_sha: dict[str, _Known] = field(default_factory=dict)
    _claimed: set[str] = field(default_factory=set)  # copy ids decided in this run

    def __post_init__(self) -> None:
        if self.threshold < 1:
            from datasketch import MinHashLSH

            # the index finds candidates from a lower similarity, so that a pair just above the
            # threshold is missed about once in 10^4 rather than once in 30; each candidate is
            # then checked against the threshold itself
            self._lsh = MinHashLSH(threshold=self.threshold * LSH_MARGIN, num_perm=NUM_PERM)
            for art, text in self.rows(
                "MATCH (a:Article) WHERE a.minhash IS NOT NULL RETURN a.id, a.minhash",
                {},
            ):
                self._index(art, decode_signature(text))

    def _index(self, art: str, sig) -> None:
        if self._lsh is not None and art not in self._sigs:
            self._sigs[art] = sig
            self._lsh.insert(art, sig)

    def classify(self, doc: Document) -> Copy | str | None:
        """``"stored"`` when this very record is stored, a ``Copy``, or None for a new story
        (then its signature is indexed and ``signature_of`` gives it for the Article)."""
        identity = (doc.doc_id, doc.url)
        known = self._by_sha.get(doc.sha256) or self._stored(doc.sha256)
        if known is not None:
            self._by_sha[doc.sha256] = known
            if identity == known.identity or identity == (None, None):
                return "stored"
            copy_id = copy_article_id(doc.sha256, identity)
            if copy_id in self._claimed or self._exists(copy_id):
                return "stored"
            if _order(identity) < _order(known.identity) and known.meta is not None:
                # the text's Article goes to the identity that sorts first, whatever the order of
                # arrival, so a shuffled input gives the same graph
                old = known.meta
                old_id = copy_article_id(doc.sha256, known.identity)
                self._claimed.add(old_id)
                known.identity, known.meta = identity, _meta_doc(doc)
                return Copy(old, old_id, known.root, known.similarity, doc.sha256, takes_over=known.meta)
            self._claimed.add(copy_id)
            return Copy(doc, copy_id, known.root, known.similarity)
        sig = signature(doc.text) if self._lsh is not None else None
        art = article_id(doc.sha256)
        match = self._nearest(sig, art) if sig is not None else None
        if match is not None:
            root, similarity = match
            self._by_sha[doc.sha256] = _Known(art, identity, root, similarity, _meta_doc(doc))
            return Copy(doc, art, root, similarity)
        self._by_sha[doc.sha256] = _Known(art, identity, art, meta=_meta_doc(doc))
        if sig is not None:
            self._index(art, sig)
        return None

    def signature_of(self, art: str) -> str | None:
        sig = self._sigs.get(art)
        return encode(sig) if sig is not None else None

    def _nearest(self, sig, own: str) -> tuple[str, float] | None:
        """The stored story most similar to ``sig``, never the document's ``own`` Article: its
        signature was read at the start, so when the look-up by hash no longer finds it, it was
        deleted since (by another client) and the document is new again, not a copy of itself."""
        best: tuple[str, float] | None = None
        for candidate in self._lsh.query(sig):
            if candidate == own:
                continue
            similarity = round(float(sig.jaccard(self._sigs[candidate])), 3)
            if similarity < self.threshold or best is None:
                best = best if similarity < self.threshold else (candidate, similarity)
            elif similarity > best[1] or (similarity == best[1] and candidate < best[0]):
                best = (candidate, similarity)  # the most similar; on a tie, the smallest id
        return best

    def _stored(self, sha256: str) -> _Known | None:
        art = article_id(sha256)
        rows = self.rows(
            "MATCH (a:Article {id: $id}) OPTIONAL MATCH (a)-[d:DUPLICATE_OF]->(o:Article) "
            "RETURN a.sha256, o.id, d.similarity, a.title, a.published, a.url, a.outlet, a.byline, "
            "a.source_id, a.crawled",
            {"id": art},
        )
        for sha, root, similarity, *values in rows:
            if sha == sha256:
                meta = Document(text="", **dict(zip(META, values)))
                return _Known(
                    art, (meta.doc_id, meta.url), root or art, 1.0 if similarity is None else similarity, meta
                )
        return None

    def _exists(self, art: str) -> bool:
        return bool(self.rows("MATCH (a:Article {id: $id}) RETURN a.id", {"id": art}))


def take_over(copy: Copy) -> tuple[str, dict[str, Any]] | None:
    """The write that gives the text's own Article the metadata of the copy taking it over."""
    if copy.takes_over is None:
        return None
    new = copy.takes_over
    values = {name: getattr(new, name) for name in META}
    values["source_id"] = values.pop("doc_id")
    sets = ", ".join(f"a.`{name}` = ${name}" for name in values)
    return f"MATCH (a:Article {{id: $id}}) SET {sets}", {"id": article_id(copy.sha256), **values}


def copy_delta(copy: Copy, rows: Rows) -> GraphDelta | None:
    """The copy's Article, its DUPLICATE_OF link and REPORTED_IN from each fact of the original;
    None when the original is not stored (its extraction failed)."""
    if not rows("MATCH (a:Article {id: $id}) RETURN a.id", {"id": copy.original}):
        return None
    delta = GraphDelta()
    add_article(delta, copy.article, copy.doc, copy.sha256, copy.doc.doc_id)
    article = ("Article", copy.article)
    delta.add_rel("DUPLICATE_OF", article, ("Article", copy.original), similarity=copy.similarity)
    for label in ("Actor", "Event", "Statement"):
        for fact, sentence, start, end in rows(
            f"MATCH (n:`{label}`)-[r:REPORTED_IN]->(a:Article {{id: $id}}) "
            "RETURN n.id, r.sentence, r.`start`, r.`end`",
            {"id": copy.original},
        ):
            delta.add_rel("REPORTED_IN", (label, fact), article, sentence=sentence, start=start, end=end)
    return delta
