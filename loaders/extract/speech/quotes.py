"""Locating quoted passages: quote spans in the text, the quote or colon quote a cue speaks, the cue
after a quote, and the start and end of the sentences a quote spans.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .. import lexicon as L
from ..resolve import Discourse
from ..syntax import doc_text
from .model import Reading

OPEN_CURLY, CLOSE_CURLY = "\u201c", "\u201d"


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Character spans (inside the marks) of quoted passages; straight quotes pair within a
    paragraph, an unclosed one runs to the paragraph's end (the newswire convention)."""
    spans: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\n]+", text):
        para, base = m.group(0), m.start()
        opened: int | None = None
        for i, ch in enumerate(para):
            if ch == OPEN_CURLY or (ch == '"' and opened is None):
                if opened is None:
                    opened = i + 1
            elif ch == CLOSE_CURLY or ch == '"':
                if opened is not None:
                    if i > opened:
                        spans.append((base + opened, base + i))
                    opened = None
        if opened is not None and len(para) - opened > 20:
            spans.append((base + opened, base + len(para)))
    return spans


def colon_quote(sent: Span, quotes, state: Reading) -> tuple[int, int] | None:
    """ "X wrote:" followed by a quote opening the next sentence or paragraph."""
    text = doc_text(sent.doc)
    if not text[sent.start_char : sent.end_char].rstrip().endswith(":"):
        return None
    for q in quotes:
        gap = text[sent.end_char : max(sent.end_char, q[0] - 1)]
        if q[0] >= sent.end_char - 1 and len(gap) <= 4 and not gap.strip() and q not in state.used:
            return q
    return None


def lead_colon_quote(sent: Span, quotes, state: Reading, dis: Discourse) -> tuple[int, int] | None:
    """ "X was blunt: '...'", "X had a message for Y: ¶ '...'": a quote right after a colon that
    ends the words outside quotes, in this sentence or opening the next one."""
    text = doc_text(sent.doc)
    colon = next((t for t in sent if t.text == ":" and not dis.in_quote(t)), None)
    if colon is None or any(
        not dis.in_quote(t) and not t.is_punct and not t.is_space for t in sent[colon.i - sent.start + 1 :]
    ):
        return None
    after = colon.idx + 1
    for q in quotes:
        gap = text[after : max(after, q[0] - 1)]
        if q[0] > after and len(gap) <= 4 and not gap.strip() and q not in state.used:
            return q
    return None


def cue_after(doc, q: tuple[int, int], dis: Discourse) -> bool:
    """A cue verb outside quotes in the sentence where quote ``q`` ends."""
    end = doc.char_span(q[1] - 1, q[1], alignment_mode="expand")
    if end is None or not len(end):
        return False
    sent = dis.acts.sent(end[0])
    return any(
        t.pos_ == "VERB" and t.lemma_.lower() in L.CUE_KINDS and not dis.in_quote(t) and t.idx >= q[1]
        for t in sent
    )


def sentence_end(doc, char: int) -> int:
    tok = doc.char_span(char, char + 1, alignment_mode="expand")
    if tok is None or not len(tok):
        return char
    return tok[0].sent.end_char


def quoted_as(cue: Token) -> bool:
    """ "X was quoted as saying": the passive of the subject's own words."""
    head = cue.head.head if cue.dep_ == "pcomp" else cue.head
    return cue.lemma_.lower() == "say" and head.lemma_.lower() in ("quote", "cite")


def quoted_person(cue: Token) -> Token | None:
    """Whose words "as saying" gives: the subject of "X was quoted as saying", the object of "the
    agency quoted X as saying" (the agency only passes them on)."""
    head = cue.head.head if cue.dep_ == "pcomp" else cue.head
    obj = next((c for c in head.children if c.dep_ == "dobj"), None)
    return obj or next((c for c in head.children if c.dep_ in ("nsubjpass", "nsubj")), None)


def sentence_start(doc, char: int) -> int:
    """Start of the sentence containing ``char`` (quotes may begin sentences earlier)."""
    tok = doc.char_span(char, char + 1, alignment_mode="expand")
    if tok is None or not len(tok):
        return char
    for sent in doc.sents:
        if sent.start <= tok.start < sent.end:
            return sent.start_char
    return char


def quote_for(cue: Token, span: tuple[int, int] | None, sent: Span, quotes, doc):
    """The quote a cue introduces: one inside its content, else one ending in this sentence
    before the cue (", X said") or starting after it ("X said: ...")."""
    if not quotes:
        return None
    if span is not None:
        lo, hi = doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])
        for q in quotes:
            if q[0] < hi and q[1] > lo:
                return q
        return None
    for q in quotes:
        if q[1] <= cue.idx and q[1] >= sent.start_char:
            return q
        if q[0] >= cue.idx + len(cue) and q[0] <= sent.end_char:
            return q
    return None


def quote_dominates(quote, span, doc) -> bool:
    lo, hi = doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])
    return (quote[1] - quote[0]) >= 0.6 * (hi - lo) or quote[0] < lo
