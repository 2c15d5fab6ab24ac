"""What every stage of attribution shares: the statement record (St), the reading state kept while an
article is read in order (Reading), and the content of a cue: its heads, their span and clean text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Token

from .. import lexicon as L


@dataclass
class St:
    """A statement found in a sentence, before ids are assigned."""

    speaker: str
    cue: Token
    kind: str
    cameo: str
    plover: str | None
    mode: str
    text: str
    start: int  # evidence (sentence or the quote's sentences) offsets
    end: int
    content: tuple[int, int]  # token range of the content
    targets: list[str] = field(default_factory=list)
    date: date | None = None
    cue_text: str = ""
    addressed: bool = False  # the targets are addressees ("urged X", "called on X")
    about: list[str] = field(default_factory=list)  # with addressees: the content's actors (C5)


_CONTENT_DEPS = ("ccomp", "xcomp", "dobj", "oprd", "parataxis", "advcl", "acomp")


def content_tokens(cue: Token, lemma: str, addressed: bool = False) -> tuple[list[Token], list[Token]]:
    """(content heads, addressee heads) of a cue; ``addressed``: its object is whom it addresses
    even if the cue list does not say so (a CAMEO verb of criticism or appeal)."""
    content: list[Token] = []
    addressee: list[Token] = []
    for child in cue.children:
        dep = child.dep_
        if _not_content(child, cue):
            continue
        if dep == "dobj":
            (addressee if _addressee_object(child, lemma, addressed) else content).append(child)
        elif dep in ("ccomp", "xcomp", "oprd", "parataxis", "acomp"):
            content.append(child)
        elif dep == "advcl" and child.lemma_.lower() not in L.CUE_KINDS and child.i < cue.i:
            content.append(child)
        elif dep == "prep" and child.lower_ in (
            "for",
            "on",
            "upon",
            "about",
            "over",
            "of",
            "against",
            "with",
            "to",
        ):
            if child.lower_ in ("on", "upon") and lemma in ("call", "urge", "press"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        addressee.append(pobj)
                    content.extend(t for t in pobj.children if t.dep_ in ("acl", "relcl", "xcomp"))
                continue
            if child.lower_ == "to" and lemma in ("talk", "speak", "say", "tell", "write", "add"):
                for pobj in child.children:
                    addressee.append(pobj)
                continue
            if child.lower_ in ("with",) and lemma not in ("agree", "charge"):
                continue
            content.append(child)
        elif dep == "prt" and child.lower_ in ("out",):
            continue
    if not content and any(c.dep_ == "agent" for c in cue.children):
        content.extend(c for c in cue.children if c.dep_ == "nsubjpass")  # "X is opposed by Moscow"
    left = left_clause(cue) if cue.dep_ == "ROOT" else None
    content = [c for c in content if c != left and c.tag_ != "WP"] or _cleft_content(cue)
    return _clause_only(content, lemma), addressee


def _clause_only(content: list[Token], lemma: str) -> list[Token]:
    """ "said on Monday that ...", "wrote on Telegram that ...", "said in a statement that ...":
    beside a reported clause, a plain report's prepositional phrases say when and where, not what."""
    if L.CUE_KINDS.get(lemma, "Report") != "Report" or not any(c.dep_ == "ccomp" for c in content):
        return content
    return [c for c in content if c.dep_ != "prep"]


def _cleft_content(cue: Token) -> list[Token]:
    """ "The point X emphasised was that ...", "What X said was that ...": the content is the
    clause the copula equates with what was said."""
    frame = cue.head if cue.dep_ == "csubj" else cue.head.head if cue.dep_ == "relcl" else None
    if frame is None or frame.lemma_ != "be" or (cue.dep_ == "relcl" and cue.head.dep_ != "nsubj"):
        return []
    return [c for c in frame.children if c.dep_ == "ccomp" and c.i > cue.i]


def span_of(tokens: list[Token]) -> tuple[int, int] | None:
    if not tokens:
        return None
    lo = min(t.left_edge.i for t in tokens)
    hi = max(t.right_edge.i for t in tokens) + 1
    return lo, hi


def clean(text: str) -> str:
    text = text.strip().strip(",;:").strip()
    if text.count('"') == 1:
        text = text.replace('"', "").strip()
    return text.strip('"\u201c\u201d ,').strip()


@dataclass
class Reading:
    """What attribution remembers while an article is read in order (kept on the Doc, so nothing
    outlives the article): the last speakers, the last organisation speaking ("It said ..."), the
    last direct quote and the quotes already attributed."""

    speakers: list[str] = field(default_factory=list)
    org: str | None = None
    quote_speakers: list[str] = field(default_factory=list)
    quote_cue: str = ""
    quote_end: int = -1  # end of the sentence of the last direct statement
    spoke_at: int = -1  # first token of the last sentence that had a statement
    said_end: int = -1  # end of the last sentence with a statement
    used: set[tuple[int, int]] = field(default_factory=set)
    author: list[str] | None = None  # who issued the document, when it is a statement
    documents: dict[str, list[str]] = field(default_factory=dict)  # "statement" -> who issued it
    voice: tuple[int, str] | None = None  # (sentence, state) where the author made its state speak
    targets: dict[str, tuple[int, list[str]]] = field(default_factory=dict)  # speaker -> last targets
    recent: list[St] = field(default_factory=list)  # the last statements, latest last
    reader: object = None  # the Discourse of this reading of the Doc (held, so never reused)


_FINITE = ("VBD", "VBZ", "VBP")


def clause_verb(verb: Token) -> Token | None:
    """The finite verb a finite conjunct really coordinates with when the parser hung it on a word
    inside the first verb's object: in "opposed attempts to change X and underscored Y",
    "underscored" is a conjunct of "change"; its subject is that of "opposed" (None: no such repair)."""
    if verb.dep_ != "conj" or verb.tag_ not in _FINITE or verb.pos_ != "VERB" or verb.head.tag_ == verb.tag_:
        return None
    t = verb.head
    for _ in range(8):
        if t.head == t:
            return None
        t = t.head
        if t.pos_ == "VERB" and t.tag_ == verb.tag_:
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                return t
            return left_clause(t)
    return None


def left_clause(verb: Token) -> Token | None:
    """ "Biden raised A, noted B, and ...": with no subject, the parser makes "noted" the root and
    "raised" its clausal complement; the complement before it, in the same tense, with its own
    subject, is the first verb of a list sharing that subject (None: no such list)."""
    if verb.dep_ != "ROOT" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    left = next((c for c in verb.lefts if c.dep_ == "ccomp" and c.tag_ == verb.tag_), None)
    if left is None or verb.doc[verb.i - 1].text != ",":
        return None
    return left if any(c.dep_ == "nsubj" for c in left.children) else None


def inverted_cue(cue: Token) -> tuple[Token, Token] | None:
    """(reported clause, subject) of a cue placed after what it reports that the parser hung on
    that clause: "Talks ended on Friday, the United Nations said, but ..." (the cue a parataxis of
    "ended"), "Missiles were launched from near X, the Joint Chiefs of Staff said in ..." (the cue a
    conjunct with no "and", its subject an appositive of X). None when the cue has a complement of
    its own or is a verb joined by "and"."""
    head, doc = cue.head, cue.doc
    if head.i > cue.i and cue.dep_ == "parataxis":
        head = cue.sent.root  # "X fired missiles, Y said, the latest in ...": hung on what follows
    if cue.dep_ not in ("parataxis", "conj") or head.i >= cue.i or head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "dobj", "cc") for c in cue.children):
        return None
    if any(t.dep_ == "cc" and t.head in (head, cue) for t in doc[head.i + 1 : cue.i]):
        return None  # "fired missiles and said": two acts of one subject
    subj = next((c for c in cue.lefts if c.dep_ == "nsubj"), None)
    if subj is None and cue.dep_ == "conj":
        subj = _appositive_before(cue)
    if subj is None or subj.left_edge.i < 1 or doc[subj.left_edge.i - 1].text != ",":
        return None
    return head, subj


def _appositive_before(cue: Token) -> Token | None:
    """The appositive noun phrase ending right before ``cue`` (the misparsed subject of a cue)."""
    t = cue.doc[cue.i - 1]
    for _ in range(6):
        if t.dep_ == "appos" and t.right_edge.i == cue.i - 1 and t.pos_ in ("NOUN", "PROPN"):
            return t
        if t.head == t:
            return None
        t = t.head
    return None


def _framing_participle(verb: Token) -> bool:
    """ "Speaking to broadcaster Yle, X said ...", "Addressing reporters, X said ...": a participle
    with no subject nor subordinator before the cue sets the scene of the act; it is not what is said."""
    return verb.tag_ in ("VBG", "VBN") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in verb.children
    )


def _addressee_object(obj: Token, lemma: str, addressed: bool) -> bool:
    """The object of a cue that addresses someone ("urged Iran", "told reporters"): a name, a
    pronoun, a title or proxy noun."""
    return (lemma in L.ADDRESSEE_CUES or addressed) and bool(
        obj.ent_type_
        or obj.pos_ in ("PROPN", "PRON")
        or obj.lemma_.lower() in L.TITLE_NOUNS | L.PROXY_NOUNS
        or obj.lower_ == "other"
    )


def _not_content(child: Token, cue: Token) -> bool:
    """A clause next to a cue that the parse hangs on it but that it does not report: a scene-setting
    participle, a sentence of its own before a semicolon."""
    if child.dep_ == "advcl":
        return child.i < cue.i and _framing_participle(child)
    return child.dep_ in ("ccomp", "parataxis") and _own_clause_before(child, cue)


def _own_clause_before(clause: Token, cue: Token) -> bool:
    """ "X protested to Y; it added that ...": a clause the parser hangs on a later cue across a
    semicolon is a sentence of its own, not what the cue reports."""
    if clause.i > cue.i:
        return False
    return any(t.text == ";" for t in cue.doc[clause.right_edge.i + 1 : cue.i])
