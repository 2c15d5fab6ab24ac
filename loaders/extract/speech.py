"""Quotes and speech acts: who said what, to or about whom, in which form.

A statement hangs on a cue verb (said, tweeted, called for, accused, warned...) whose subject
resolves to an actor; its content is the verb's complement (the reported clause, the object of
"call for", the "of" phrase of "accuse X of"). If the content overlaps a quoted passage the
statement is direct and its text is the whole quote, even when the quote runs over several
sentences before ", X said". "according to Y" makes Y the speaker of a sentence without a cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ontology.codes import cameo_kind, cameo_plover, cameo_verbs, statement_codes

from . import lexicon as L
from .dates import attached_date
from .resolve import Discourse
from .syntax import doc_text, title_lemma

if TYPE_CHECKING:
    from .events import Ev
    from .mentions import Actors

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


@dataclass(frozen=True)
class _Said:
    """What a quote, a statement document's sentence or an "according to" says, before it is
    given to each of its speakers: coded once from its kind and text."""

    cue: Token
    kind: str
    text: str
    mode: str
    evidence: tuple[int, int]  # character offsets of the sentences that carry it
    content: tuple[int, int]
    date: date | None
    cue_text: str

    def per_speaker(self, speakers: list[str], targets: list[str]) -> list[St]:
        """One statement per speaker; a statement never targets its own speaker."""
        cameo, plover = codes_for(self.kind, self.text)
        start, end = self.evidence
        return [
            St(
                s,
                self.cue,
                self.kind,
                cameo,
                plover,
                self.mode,
                self.text,
                start,
                end,
                self.content,
                targets=[t for t in targets if t != s],
                date=self.date,
                cue_text=self.cue_text,
            )
            for s in speakers
        ]


# --- content ---------------------------------------------------------------------------------

_CONTENT_DEPS = ("ccomp", "xcomp", "dobj", "oprd", "parataxis", "advcl", "acomp")


def _content_tokens(cue: Token, lemma: str, addressed: bool = False) -> tuple[list[Token], list[Token]]:
    """(content heads, addressee heads) of a cue; ``addressed``: its object is whom it addresses
    even if the cue list does not say so (a CAMEO verb of criticism or appeal)."""
    content: list[Token] = []
    addressee: list[Token] = []
    for child in cue.children:
        dep = child.dep_
        if dep == "dobj":
            if (lemma in L.ADDRESSEE_CUES or addressed) and (
                child.ent_type_
                or child.pos_ in ("PROPN", "PRON")
                or child.lemma_.lower() in L.TITLE_NOUNS | L.PROXY_NOUNS
                or child.lower_ == "other"
            ):
                addressee.append(child)
            else:
                content.append(child)
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
    left = _left_clause(cue) if cue.dep_ == "ROOT" else None
    content = [c for c in content if c is not left and c.tag_ != "WP"] or _cleft_content(cue)
    return content, addressee


def _cleft_content(cue: Token) -> list[Token]:
    """ "The point X emphasised was that ...", "What X said was that ...": the content is the
    clause the copula equates with what was said."""
    frame = cue.head if cue.dep_ == "csubj" else cue.head.head if cue.dep_ == "relcl" else None
    if frame is None or frame.lemma_ != "be" or (cue.dep_ == "relcl" and cue.head.dep_ != "nsubj"):
        return []
    return [c for c in frame.children if c.dep_ == "ccomp" and c.i > cue.i]


def _span_of(tokens: list[Token]) -> tuple[int, int] | None:
    if not tokens:
        return None
    lo = min(t.left_edge.i for t in tokens)
    hi = max(t.right_edge.i for t in tokens) + 1
    return lo, hi


def _clean(text: str) -> str:
    text = text.strip().strip(",;:").strip()
    if text.count('"') == 1:
        text = text.replace('"', "").strip()
    return text.strip('"\u201c\u201d ,').strip()


# --- kind and codes --------------------------------------------------------------------------


def cue_kind(cue: Token, lemma: str) -> str | None:
    """The kind a verb gives the statement it introduces, None if it is no speech cue: the cue
    list's kind, else the CAMEO dictionary's for a verb that takes a reported clause ("aver that")
    or judges or asks someone ("castigated Israel", "entreated the rebels to ...")."""
    kind = L.CUE_KINDS.get(lemma) or L.MORE_CUE_KINDS.get(lemma)
    if kind is not None:
        return kind
    clause = any(
        c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
        for c in cue.children
    )
    if clause and lemma in L.CLAUSE_CUE_KINDS:
        return L.CLAUSE_CUE_KINDS[lemma]
    if lemma in L.COMMAND_VERBS and _commands(cue):
        return "Demand"  # "ordered the channel to stop"
    if cue.pos_ != "VERB" or lemma in L.CAMEO_NOT_CUES:
        return None
    code = cameo_verbs().code(lemma)
    kind = cameo_kind(code)
    if kind is None or code is None:
        return None
    if clause:
        plain = lemma in L.CAMEO_REPORT_CUES or code[:3] in ("010", "011", "014", "050", "110")
        return "Report" if plain else kind
    judges = code[:3] in ("111", "112") or code[:2] in ("02", "10", "12")
    if judges and any(c.dep_ in ("dobj", "xcomp") for c in cue.children):
        return kind
    return None


def _commands(cue: Token) -> bool:
    """ "ordered X to stop": an object and an infinitive, the object someone who can obey."""
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    inf = next((c for c in cue.children if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VB"), None)
    return obj is not None and inf is not None and obj.pos_ in ("PROPN", "NOUN", "PRON")


def _cameo_cue(lemma: str) -> bool:
    return lemma not in L.CUE_KINDS


def statement_kind(
    cue: Token, lemma: str, content: list[Token], content_text: str, kind: str | None = None
) -> str:
    """The kind of a statement: the cue's, refined by a light verb's object noun and by what the
    content says ("said it would retaliate" is a threat, "said it rejected" a rejection)."""
    kind = kind or L.CUE_KINDS.get(lemma, "Report")
    found = _responsibility_kind(cue, lemma) or _light_noun_kind(cue, lemma)
    if found:
        return found
    if kind in ("Report", "Announcement"):
        found = _heads_kind(content)
        if found in (None, "Intent", "Announcement") and _conditional_threat(content):
            return "Threat"
        found = (
            found
            or _obligation_in(content)
            or _content_kind(set(re.findall(r"[a-z]+", content_text.lower())))
        )
        if found:
            return found
    if kind in ("Agreement", "Intent") and _negated(cue):
        return "Rejection"
    if kind == "Intent" and _vowed_force(cue):
        return "Threat"
    if kind == "Criticism" and any(c.dep_ == "dobj" and c.lower_ in L.DISPUTED_WORDS for c in cue.children):
        return "Denial"  # "ridiculed the idea", "derided the reports"
    if kind in ("Report", "Announcement", "Intent") and _conditional_threat(content):
        return "Threat"
    return kind


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _responsibility_kind(cue: Token, lemma: str) -> str | None:
    """ "claimed responsibility for the raid" announces the act."""
    if lemma in ("claim", "accept", "take") and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "responsibility" for c in cue.children
    ):
        return "Announcement"
    return None


def _light_noun_kind(cue: Token, lemma: str) -> str | None:
    """A light verb's kind is its object noun's: "repeated a call for", "the details of Russia's terms"."""
    if lemma not in L.LIGHT_CUES and lemma not in ("make", "issue", "renew"):
        return None
    for child in cue.children:
        if child.dep_ != "dobj":
            continue
        nouns = [child] + [
            p
            for c in child.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        for noun in nouns:
            noun_kind = L.NOUN_KINDS.get(noun.lemma_.lower())
            if noun_kind:
                return noun_kind
    return None


_INNER_KINDS = frozenset(
    {"Rejection", "Agreement", "Denial", "Accusation", "Criticism", "Threat", "Intent", "Demand"}
)


def _heads_kind(content: list[Token]) -> str | None:
    """The kind of a plain report from its content verbs: the inner speech act ("laid out that the
    United States opposes ..."), a refused agreement, a planned cooperation, a decision."""
    for head in content:
        if head.pos_ != "VERB":
            continue
        obliged = _obligation_kind(head)
        if obliged:
            return obliged  # "the rebels announced that the president must agree to ..."
        inner = _inner_kind(head)
        if _negated(head) and inner in ("Agreement", "Intent"):
            return "Rejection"  # "we will not accept any ultimatum"
        if inner == "Intent" and _vowed_force(head):
            return "Threat"  # "the rebels have vowed to fight on"
        if inner in _INNER_KINDS or (inner not in (None, "Report", "Announcement") and _first_person(head)):
            return inner  # "... opposes the plan", "we appeal to all parties", "I welcome the step"
        if _planned(head):
            return "Intent"
        if head.lemma_.lower() in L.ANNOUNCE_VERBS:
            return "Announcement"
    return None


def _obligation_kind(head: Token) -> str | None:
    """ "X must withdraw" is a demand on X when X is one named party, else ("negotiators must",
    "the ceasefire must be respected", "we should") an appeal."""
    modals = [c for c in head.children if c.dep_ == "aux" and c.lower_ in L.OBLIGATION_MODALS]
    if not modals:
        return None
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.dep_ == "nsubj" and subj.tag_ == "WDT" and head.dep_ == "relcl":
        subj = head.head  # "Sudan, which must be at the table"
    named = subj is not None and subj.pos_ == "PROPN" and not any(c.dep_ == "conj" for c in subj.children)
    return "Demand" if named and modals[0].lower_ == "must" else "Appeal"


def _obligation_in(content: list[Token]) -> str | None:
    """The first obligation anywhere in the reported clauses ("it means Somalia must do more")."""
    for head in content:
        for tok in _own_clause(head):
            if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "aux":
                found = _obligation_kind(tok)
                if found:
                    return found
    return None


def _own_clause(head: Token) -> list[Token]:
    """The head's subtree without the clauses conjoined to it (each is a statement of its own)."""
    out, todo = [], [head]
    while todo:
        tok = todo.pop()
        out.append(tok)
        todo += [
            c for c in tok.children if not (tok is head and c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
        ]
    return sorted(out, key=lambda t: t.i)


def _infinitives(verb: Token) -> list[Token]:
    """The verb's infinitive complements ("vowed [to retaliate]"; the parser sometimes makes them
    adverbial clauses)."""
    return [
        c
        for c in verb.children
        if c.dep_ == "xcomp"
        or (c.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children))
    ]


def _vowed_force(cue: Token) -> bool:
    """ "vowed to retaliate", "pledged to fight on": a promise of force is a threat."""
    for act in _infinitives(cue):
        between = cue.doc[min(cue.i, act.i) : max(cue.i, act.i) + 1]
        if not any(t.dep_ == "neg" or t.lower_ == "never" for t in between) and _coercive(act):
            return True
    return False


def _first_person(head: Token) -> bool:
    """The verb's subject is the speaker ("we", "I"): a speech act performed, not reported."""
    return any(c.dep_ == "nsubj" and c.lower_ in L.FIRST_PERSON for c in head.children)


def _planned(head: Token) -> bool:
    """ "the ministers would meet", "we stand for talks", "it would provide aid", "we will work
    with our partners": a reported plan to cooperate, or the speaker's own undertaking."""
    lemma = head.lemma_.lower()
    modal = any(c.dep_ == "aux" and c.lower_ in L.PLANNED_MODALS for c in head.children)
    if lemma in L.INTENT_VERBS and (modal or lemma == "stand"):
        return True
    if not modal or _negated(head):
        return False
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in L.FIRST_PERSON:
        return True  # "we will work with our partners"
    code = cameo_verbs().code(lemma)
    own = subj is None or subj.pos_ == "PRON"
    return own and code is not None and code[:2] in _COOPERATIVE_ROOTS  # "it would provide aid"


_COOPERATIVE_ROOTS = frozenset({"04", "05", "06", "07", "08"})


def _undertaking_kind(head: Token) -> str | None:
    """What a speaker says it will do: a threat if the act is force or coercion, else an intent
    ("will work to deter threats", "will not use force" is an intent to refrain)."""
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "wo") for c in head.children):
        return None
    if head.pos_ != "VERB" or head.lemma_.lower() in ("be", "become", "remain", "have"):
        return None
    return "Threat" if _coercive(head) and not _negated(head) else "Intent"


def _content_kind(words: set[str]) -> str | None:
    """The kind a plain report takes from what it says: a denial ("the claims were false"), an
    accusation, a warning, an intention, an appeal ("must", "should"), a criticism or praise."""
    if words & L.DENIAL_WORDS and words & L.DISPUTED_WORDS:
        return "Denial"
    if words & L.REJECTION_WORDS:
        return "Rejection"
    if words & (L.ACCUSE_WORDS | L.VIOLATION_WORDS):
        return "Accusation"
    if words & L.WARNING_WORDS:
        return "Warning"
    if words & (L.INTENT_WORDS | L.READY_WORDS) or (
        words & L.COOPERATION_WORDS and words & L.FURTHERING_WORDS
    ):
        return "Intent"
    if words & L.APPEAL_WORDS:
        return "Appeal"
    if words & L.CRITICISM_WORDS:
        return "Criticism"
    if words & L.PRAISE_WORDS:
        return "Praise"
    return None


_THREAT_PLOVER = frozenset({"COERCE", "SANCTION", "PROTEST", "ASSAULT", "RETREAT"})
_THREAT_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})


def _inner_kind(head: Token) -> str | None:
    """The speech-act kind of a content verb: the cue list's, else a judging CAMEO code's."""
    lemma = head.lemma_.lower()
    if lemma in L.VOW_VERBS and _infinitives(head):
        return "Intent"  # "have sworn to fight on"
    kind = L.CUE_KINDS.get(lemma)
    if kind is not None or lemma in L.CAMEO_NOT_CUES:
        return kind
    code = cameo_verbs().code(lemma)
    if code and (code[:2] in ("11", "12", "13") or code[:3] == "016"):
        return cameo_kind(code)
    return None


def _coercive(head: Token) -> bool:
    """A verb of force, sanction or coercion ("retaliate", "strike", "cut ties")."""
    codes = L.ACTION_VERBS.get(head.lemma_.lower())
    if codes and codes[0] in _THREAT_PLOVER:
        return True
    if L.EVENT_VERBS.get(head.lemma_.lower()) in ("Attack", "Shelling", "Fighting"):
        return True
    lemma = head.lemma_.lower()
    code = cameo_verbs().code(lemma)
    if lemma in L.FORCE_BY_OBJECT_VERBS:  # "take hostages" is force, "take the issue up" is not
        phrase = cameo_verbs().code(lemma, [t.lower_ for t in head.doc[head.i + 1 : head.sent.end]])
        code = phrase if phrase != code else None
    return code is not None and code[:2] in _THREAT_ROOTS


def _conditional_threat(content: list[Token]) -> bool:
    """ "will withdraw its force unless ...", "would blockade Paris": a reported coercive
    intention, or any intention made conditional, is a threat."""
    for head in content:
        for tok in head.subtree:
            if tok.lower_ == "unless" and tok.dep_ == "mark":
                return True
        modal = any(
            c.dep_ == "aux" and c.lower_ in L.PLANNED_MODALS | L.HYPOTHETICAL_MODALS for c in head.children
        )
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        own = subj is None or subj.pos_ == "PRON"  # the speaker's own intention ("it will ...")
        if modal and (own or _conditioned(head)) and head.pos_ == "VERB" and _coercive(head):
            return True
    return False


def _conditioned(head: Token) -> bool:
    """ "may halt its aid if the talks fail": a coercive act made to depend on the other side."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
        for c in head.children
    )


# kinds whose CAMEO code the cue verb's own dictionary code may refine ("warned" -> "012"); the
# judging and asking kinds keep their kind's code ("complained" is "111", not "114")
_VERB_CODED = frozenset({"Report", "Intent", "Agreement", "Threat", "Rejection", "Denial", "Praise"})


def codes_for(kind: str, content_text: str) -> tuple[str, str | None]:
    """CAMEO/PLOVER of a statement kind; an intention to meet is "036". Appeals and demands keep
    their kind's code whatever they ask for, as the annotation guide codes them ("020", "100")."""
    cameo, plover = statement_codes(kind)
    words = set(re.findall(r"[a-z\-]+", content_text.lower()))
    if kind == "Intent" and words & L.MEET_WORDS:
        cameo = "036"
    return cameo, cameo_plover(cameo) or plover


# --- detection -------------------------------------------------------------------------------


def _cue_ok(cue: Token, lemma: str, content: list[Token], addressee: list[Token], in_quote: bool) -> bool:
    if cue.pos_ != "VERB" or cue.dep_ in ("amod", "compound"):
        return False
    if (
        lemma == "call"
        and any(c.dep_ in ("dobj", "oprd") for c in cue.children)
        and not any(
            c.dep_ == "prep"
            and c.lower_ in ("for", "on", "upon")
            and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)  # "on Monday"
            for c in cue.children
        )
        and not any(c.dep_ in ("xcomp", "ccomp") for c in cue.children)
    ):
        return False  # "called Macron (on Monday)" is a phone call, not an appeal
    need = L.CUE_NEEDS.get(lemma)
    if need is None:
        return bool(content or addressee or in_quote or lemma in L.ADDRESSEE_CUES)
    have = {c.dep_ for c in cue.children} | {c.lower_ for c in cue.children}
    if in_quote:
        have.add("quote")
    return bool(need & have)


@dataclass
class _Reading:
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


def _reading(doc, dis: Discourse | None = None) -> _Reading:
    """The reading state of this extraction of ``doc`` (a new one when the Doc is read again)."""
    state = doc.user_data.get("diplograph.speech")
    if not isinstance(state, _Reading) or (dis is not None and state.reader is not dis):
        state = doc.user_data["diplograph.speech"] = _Reading(reader=dis)
    return state


@dataclass
class _Act:
    """One speech act found at a cue: what is said (content tokens and their span), to whom, in
    which quote, by whom, and the kind the cue alone gives (None: judge from the content)."""

    cue: Token
    lemma: str
    content: list[Token]
    span: tuple[int, int] | None
    speakers: list[str]
    addressee: list[Token] = field(default_factory=list)
    quote: tuple[int, int] | None = None
    base: str | None = None


def detect_statements(
    sent: Span, dis: Discourse, quotes: list[tuple[int, int]], published: date | None, date_mentions: list
) -> list[St]:
    """Statements of one sentence, one per (cue, reported clause, speaker)."""
    out: list[St] = []
    doc = sent.doc
    state = _reading(doc, dis)
    if state.author is None:
        state.author = _document_author(doc, dis, quotes)
        state.author += _co_authors(state.author, dis)
    sent_quotes = [q for q in quotes if q[0] < sent.end_char and q[1] > sent.start_char]
    split = [c for c in sent if _clause_verb(c) is not None]
    for cue in sent:
        lemma = cue.lemma_.lower()
        if cue.pos_ != "VERB" or dis.in_quote(cue):
            continue
        base = _cue_base(cue, lemma)
        if base is None:
            continue
        addressed = _cameo_cue(lemma) and base in ("Criticism", "Accusation", "Appeal", "Demand", "Praise")
        content, addressee = _content_tokens(cue, lemma, addressed)
        span = _before_split(_span_of(content), cue, split)
        quote = _quote_for(cue, span, sent, sent_quotes, doc)
        colon = None
        if quote is None and span is None:
            colon = _colon_quote(sent, quotes, state)
        if not _cue_ok(cue, lemma, content, addressee, quote is not None or colon is not None):
            continue
        speakers = _joint_speakers(cue, dis, state, base)
        if not speakers and _impersonal(cue):
            speakers = _impersonal_speakers(lemma, dis)
        elif _passive_without_agent(cue) and not _quoted_as(cue):
            continue  # "was briefed": the speaker is not in the text
        if not speakers:
            continue
        if quote is not None:
            speakers = _institutional_voice(doc, quote, speakers, dis)
        if colon is not None:
            out.extend(_quote_statements(colon, speakers, cue, cue.text, sent, dis, published))
            continue
        parts = _clauses(content, span) if quote is None else [(content, span)]
        for part, pspan in parts:
            act = _Act(cue, lemma, part, pspan, speakers, addressee, quote, base)
            sts = _statements_for(act, sent, dis, published, date_mentions)
            _noun_part_kind(sts, part)
            out.extend(sts)
    out = _beyond_cues(sent, out, dis, state, quotes, published, date_mentions)
    _earlier_targets(out, state, sent)
    _answered(out, state)
    _remember(sent, out, dis, state, quotes)
    return out


def _beyond_cues(
    sent: Span, out: list[St], dis: Discourse, state: _Reading, quotes, published, date_mentions
) -> list[St]:
    """The statements of a sentence without a cue verb of their own: stances, speech-act nouns,
    "according to", run-on quotes, free indirect speech, a statement document's own voice."""
    out = out + _stances(sent, dis, state, published, date_mentions, out)
    out.extend(_nominal(sent, dis, published, date_mentions, out))
    out = _drop_nested(out)
    out.extend(_sourced(_according_to(sent, dis, published), out))
    if not out:
        out.extend(_run_on(sent, quotes, state, dis, published))
    if not out:
        out.extend(_free_indirect(sent, state, dis, published, date_mentions))
    if state.author:
        out = [st for st in out if _own_voice(st, state.author, dis)]
        if not out:
            out.extend(_authored(sent, state, dis, published))
    return out


def _stances(
    sent: Span, dis: Discourse, state: _Reading, published, date_mentions, found: list[St]
) -> list[St]:
    """Stances stated with a predicate adjective: "Analysts are skeptical that ...", "We are
    alarmed by ...", "I am grateful for ...", "Russia is ready to ..."."""
    out: list[St] = []
    cues = {st.cue.i for st in found}
    for adj in sent:
        kind = L.ADJECTIVE_CUES.get(adj.lower_)
        head = adj.head
        if (
            kind is None
            or adj.dep_ != "acomp"
            or dis.in_quote(adj)
            or head.i in cues
            or head.lemma_.lower() not in ("be", "feel", "remain", "seem", "appear", "become")
        ):
            continue
        content = [c for c in adj.children if c.dep_ in ("ccomp", "xcomp", "prep")]
        if not content or not any(c.dep_ == "nsubj" for c in head.children):
            continue  # "he is confident" alone says nothing
        speakers = _speakers_of(head, dis, state)
        if not speakers:
            continue
        act = _Act(adj, adj.lower_, content, _span_of(content), speakers, base=kind)
        sts = _statements_for(act, sent, dis, published, date_mentions)
        code = L.ADJECTIVE_CAMEO.get(adj.lower_)
        for st in sts:
            if code and st.kind in ("Report", "Criticism"):
                st.cameo, st.plover = code, cameo_plover(code)
        out.extend(sts)
    return out


def _nominal(sent: Span, dis: Discourse, published, date_mentions, found: list[St]) -> list[St]:
    """Speech acts named by a noun with their owner: "X's call for talks", "at the request of X",
    "a plea by X for peace" (not when the noun is the object of a cue already read: "made a call")."""
    out: list[St] = []
    cues = {st.cue.i for st in found}
    for noun in sent:
        lemma = noun.lemma_.lower()
        if lemma not in L.NOMINAL_CUES or noun.pos_ != "NOUN" or dis.in_quote(noun) or noun.head.i in cues:
            continue
        speakers = _owners(noun, dis)
        if not speakers:
            continue
        content = [
            c for c in noun.children if c.dep_ in ("acl", "ccomp") or (c.dep_ == "prep" and c.lower_ == "for")
        ]
        kind = L.NOUN_KINDS[lemma]
        act = _Act(noun, lemma, content, _span_of(content), speakers, base=kind)
        out.extend(_statements_for(act, sent, dis, published, date_mentions))
    return out


def _owners(noun: Token, dis: Discourse) -> list[str]:
    """Who a speech-act noun belongs to: its possessor, or the actor of its "of/by/from" phrase."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return dis.expand(child)
        if child.dep_ == "prep" and child.lower_ in ("of", "by", "from"):
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return dis.expand(pobj)
    return []


# --- attribution beyond the cue sentence -----------------------------------------------------


_JUDGING = frozenset(
    {"Demand", "Appeal", "Criticism", "Accusation", "Threat", "Warning", "Rejection", "Denial"}
)


def _earlier_targets(out: list[St], state: _Reading, sent: Span) -> None:
    """A demand or accusation naming no one but pointing back ("We call for an end to such
    practices") is aimed at whom the same speaker's previous statement was aimed at."""
    for st in out:
        words = set(re.findall(r"[a-z]+", st.text.lower()))
        if st.targets or st.kind not in _JUDGING or not words & L.ANAPHORA_WORDS:
            continue
        previous = state.targets.get(st.speaker)
        if previous and sent.start - previous[0] <= 80:
            st.targets = [t for t in previous[1] if t != st.speaker]


_ANSWERS = frozenset({"Denial", "Rejection"})
_ANSWER_SPAN = 150  # tokens back that a denial may answer


def _answered(out: list[St], state: _Reading) -> None:
    """A denial or rejection of what another speaker said ("denied the report", "rejected that
    account", "the claims were ridiculous"; a denial right after an accusation of the denier) is
    aimed at that speaker."""
    for st in out:
        if st.kind not in _ANSWERS:
            continue
        earlier = [p for p in state.recent if p.speaker != st.speaker and st.cue.i - p.cue.i <= _ANSWER_SPAN]
        if not earlier:
            continue
        last = earlier[-1]
        if _points_to_claim(st) or (
            st.kind == "Denial" and (last.kind == "Accusation" or st.speaker in last.targets)
        ):
            st.targets = list(dict.fromkeys([last.speaker, *st.targets]))


def _points_to_claim(st: St) -> bool:
    """The statement's cue or content names what was said with a pointing determiner, and not by
    its own content ("the idea of having bases", "the claim that ..." say what they are)."""
    doc = st.cue.doc
    lo, hi = min(st.cue.i, st.content[0]), max(st.cue.i + 1, st.content[1])
    return any(
        t.lemma_.lower() in L.CLAIM_NOUNS
        and t.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in L.POINTING_DETERMINERS for c in t.children)
        and not any(c.dep_ in ("prep", "acl", "ccomp", "relcl") for c in t.children)
        for t in doc[lo:hi]
    )


def _remember(sent: Span, out: list[St], dis: Discourse, state: _Reading, quotes) -> None:
    """After a sentence: who spoke, which organisation, which quote is attributed."""
    acts = dis.acts
    state.recent = (state.recent + out)[-8:]
    for st in out:
        if st.targets:
            state.targets[st.speaker] = (sent.start, list(st.targets))
    if out:
        last = next((t for t in reversed(sent) if not t.is_space), sent[-1])
        state.said_end = last.idx + len(last)  # before a paragraph break the sentence may hold
        state.speakers = list(dict.fromkeys(st.speaker for st in out))
        state.spoke_at = sent.start
        orgs = [s for s in state.speakers if acts.kind(s) in _ORG_KINDS]
        state.org = orgs[-1] if orgs else state.org
    else:
        for tok in sent.root.children:
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ != "PRON":
                names = [n for n in (acts.at(tok) and [acts.at(tok)] or []) if acts.kind(n) in _ORG_KINDS]
                if names:
                    state.org = names[0]
    _remember_documents(sent, out, state)
    direct = [st for st in out if st.mode == "direct"]
    if direct:
        state.quote_speakers = list(dict.fromkeys(st.speaker for st in direct))
        state.quote_cue = direct[-1].cue_text
        state.quote_end = max(st.end for st in direct)
        for q in quotes:
            if any(q[0] >= st.start and q[1] <= st.end for st in direct):
                state.used.add(q)


def _remember_documents(sent: Span, out: list[St], state: _Reading) -> None:
    """ "In a statement, the army said ..." names who issued the statement: "the statement added"
    later is theirs, whoever spoke in between."""
    nouns = {
        t.lemma_.lower()
        for t in sent
        if t.lemma_.lower() in L.DOCUMENT_NOUNS and t.pos_ == "NOUN" and t.dep_ != "nsubj"
    }
    for st in out:
        if nouns and st.cue_text not in ("statement", "according to"):
            for noun in nouns:
                state.documents[noun] = [st.speaker]


_ORG_KINDS = ("State", "Organization", "GovernmentBody", "ArmedGroup", "Media")


def _colon_quote(sent: Span, quotes, state: _Reading) -> tuple[int, int] | None:
    """ "X wrote:" followed by a quote opening the next sentence or paragraph."""
    text = doc_text(sent.doc)
    if not text[sent.start_char : sent.end_char].rstrip().endswith(":"):
        return None
    for q in quotes:
        gap = text[sent.end_char : max(sent.end_char, q[0] - 1)]
        if q[0] >= sent.end_char - 1 and len(gap) <= 4 and not gap.strip() and q not in state.used:
            return q
    return None


def _run_on(sent: Span, quotes, state: _Reading, dis: Discourse, published) -> list[St]:
    """A quote opening a sentence right after a direct statement, with no cue of its own ('..."
    X told NBC. "It also ...'), continues what the last quoted speaker said."""
    if not state.quote_speakers or state.quote_end < 0:
        return []
    doc = sent.doc
    text = doc_text(doc)
    start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
    q = next((q for q in quotes if q[0] - 1 <= start <= q[0] and q not in state.used), None)
    if q is None or text[state.quote_end : start].strip():
        return []
    if _cue_after(doc, q, dis):
        return []  # '"A. B," X said': the quote is attributed where it ends
    return _quote_statements(q, state.quote_speakers, sent.root, state.quote_cue, sent, dis, published)


def _free_indirect(sent: Span, state: _Reading, dis: Discourse, published, date_mentions) -> list[St]:
    """A present-tense sentence without a cue right after a one-speaker report in the same
    paragraph ("Putin informed Modi that ... Meanwhile, nationalist formations continue to ...")
    keeps reporting that speaker's words: the narrative is past, the reported present is theirs."""
    text = doc_text(sent.doc)
    if state.said_end < 0 or len(state.speakers) != 1 or state.author:
        return []
    first = next((t for t in sent if not t.is_space), sent.root)
    gap = text[state.said_end : first.idx]
    claim = _present_claim(sent.root) or _added_claim(first, sent.root)
    if gap.strip() or "\n" in gap or not claim or dis.in_quote(sent.root):
        return []
    act = _Act(sent.root, "say", [sent.root], (sent.start, sent.end), list(state.speakers), base="Report")
    return _statements_for(act, sent, dis, published, date_mentions)


def _added_claim(first: Token, root: Token) -> bool:
    """ "Moreover, they had closed their eyes to ...": an additive connective opening a sentence
    right after a report adds to what was reported, in whatever tense."""
    return (
        first.lower_ in L.ADDITIVE_CONNECTIVES
        and root.pos_ == "VERB"
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in L.FIRST_PERSON for c in root.children)
    )


def _present_claim(root: Token) -> bool:
    """A main clause in the present tense with a subject of its own (not "It is thought ...")."""
    if root.pos_ != "VERB" or root.lemma_.lower() in ("be", "have"):
        return False  # "X is a respected website": a description, not a claim
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ in ("it", "there") or subj.lower_ in L.FIRST_PERSON:
        return False
    tags = {root.tag_} | {c.tag_ for c in root.children if c.dep_ in ("aux", "auxpass")}
    return bool(tags & {"VBP", "VBZ"}) and not tags & {"VBD", "MD"}


def _cue_after(doc, q: tuple[int, int], dis: Discourse) -> bool:
    """A cue verb outside quotes in the sentence where quote ``q`` ends."""
    end = doc.char_span(q[1] - 1, q[1], alignment_mode="expand")
    if end is None or not len(end):
        return False
    sent = dis.acts.sent(end[0])
    return any(
        t.pos_ == "VERB" and t.lemma_.lower() in L.CUE_KINDS and not dis.in_quote(t) and t.idx >= q[1]
        for t in sent
    )


def _quote_statements(
    q: tuple[int, int], speakers: list[str], cue: Token, cue_text: str, sent: Span, dis: Discourse, published
) -> list[St]:
    """Direct statements of a whole quote whose cue is outside its sentences."""
    doc = sent.doc
    span = doc.char_span(q[0], q[1], alignment_mode="expand")
    if span is None or not len(span):
        return []
    roots = list(dict.fromkeys(dis.acts.sent(t).root for t in span))
    roots = [r for r in roots if r.i >= span.start and r.i < span.end]
    text = _clean(doc_text(doc)[q[0] : q[1]])
    kind = "Report"
    heads = [h for r in roots for h in (r, *(c for c in r.children if c.dep_ == "conj" and c.pos_ == "VERB"))]
    for head in heads:
        cue_k = L.CUE_KINDS.get(head.lemma_.lower()) if head.pos_ == "VERB" else None
        if cue_k is None or cue_k in ("Report", "Announcement"):
            cue_k = statement_kind(head, "say", [head], text, "Report")
        k: str = cue_k
        if k != "Report":
            kind = k
            break
    evidence = (min(sent.start_char, _sentence_start(doc, q[0])), max(_sentence_end(doc, q[1] - 1), q[1]))
    targets = _targets([], roots, span.start, span.end, speakers, dis, "say")
    act = _Said(cue, kind, text, "direct", evidence, (span.start, span.end), published, cue_text)
    return act.per_speaker(speakers, targets)


def _sentence_end(doc, char: int) -> int:
    tok = doc.char_span(char, char + 1, alignment_mode="expand")
    if tok is None or not len(tok):
        return char
    return tok[0].sent.end_char


# --- statements issued as documents ----------------------------------------------------------

_STATEMENT_TITLE = (
    re.compile(
        r"\bstatement (?:by|from) (?:the )?(.+?)(?: on | regarding | following | about | at |$)", re.I
    ),
    re.compile(r"^(?:the )?(.+?)(?:['\u2019]s?)? (?:joint )?statement\b", re.I),
)


_FIRST_PLURAL = re.compile(r"\b(?:we|our|us)\b", re.I)


def _document_author(doc, dis: Discourse, quotes) -> list[str]:
    """The issuer of a document that is a statement ("Statement by President Biden on ...",
    "Troika Statement on ...", a text speaking as "we" whose first subject is a state), or []."""
    title = doc.user_data.get("diplograph.title") or ""
    if not re.search(r"\breadout\b|\bremarks\b|\binterview\b", title, re.I):
        for pattern in _STATEMENT_TITLE:
            m = pattern.search(title)
            if m:
                issuer = m.group(1).strip(" ,.:")
                voice = _first_subject(dis) if _spokes_title(issuer) else []
                name = None if voice else _title_actor(issuer, dis)
                if voice or name:
                    return voice or [name or ""]
    if not _FIRST_PLURAL.search(doc_text(doc)):
        return []  # most articles: no need to walk every token
    first_person = {
        dis.acts.sent(t).start
        for t in doc
        if t.lower_ in ("we", "our", "us") and t.pos_ == "PRON" and not dis.in_quote(t)
    }
    if not first_person or re.search(r"\breadout\b", title, re.I):
        return []  # a readout reports what its parties said; "our" there is the narrator's side
    return _first_subject(dis, later_states=True)


def _spokes_title(issuer: str) -> bool:
    """ "Press Secretary Jen Psaki", "NSC Spokesperson X": a statement issued by someone whose office
    is to speak for a government, which it then voices (C7)."""
    low = issuer.lower()
    return "press secretary" in low or any(w in L.SPOKES_NOUNS for w in low.split())


def _first_subject(dis: Discourse, later_states: bool = False) -> list[str]:
    """The state or body the first full sentence makes its subject ("The United States strongly
    condemns ..."): the voice of a statement written as "we"; with ``later_states``, when the first
    names none, a state a later sentence of the opening makes its subject ("The United States
    calls ...")."""
    first = True
    for sent in dis.acts.sents[:12]:
        if sent.end - sent.start < 7:
            continue
        for tok in sent.root.children:
            if tok.dep_ in ("nsubj", "nsubjpass"):
                names = [n for n in dis.expand(tok) if dis.acts.kind(n) in _ORG_KINDS + ("Group",)]
                if len(names) == 1 and (first or dis.acts.kind(names[0]) == "State"):
                    return names
        if not later_states:
            return []
        first = False
    return []


def _co_authors(author: list[str], dis: Discourse) -> list[str]:
    """The other issuers of a joint statement (C2): "The Troika (A, B and C), Canada and the EU
    are alarmed ...", "We, the ministers of A and B, and the High Representative condemn ...": the
    actors listed beside the author in the first subject that names it or says "we" (not the
    members in brackets, nor the states an "of" list names as the author's)."""
    if len(author) != 1:
        return []
    for sent in dis.acts.sents[:6]:
        subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or sent.end - sent.start < 7:
            continue
        tokens = list(subj.subtree)
        names = [dis.acts.token_actor.get(t.i) for t in tokens]
        said = sent.doc.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1])]
        if subj.lower_ != "we" and author[0] not in names and author[0].lower() not in said.lower():
            continue
        bracketed = _bracketed(tokens)
        out = [
            n
            for t, n in zip(tokens, names, strict=True)
            if n and n != author[0] and t.i not in bracketed and not _listed_under_of(t, dis)
        ]
        return list(dict.fromkeys(out))
    return []


def _bracketed(tokens: list[Token]) -> set[int]:
    """Indices of the tokens inside round brackets."""
    depth, out = 0, set()
    for t in tokens:
        depth += t.text == "("
        depth -= t.text == ")"
        if depth > 0:
            out.add(t.i)
    return out


def _listed_under_of(tok: Token, dis: Discourse) -> bool:
    """A name in an "of" list ("the ministers of A, B and C", "the Representative of the EU"): it
    says whose the head is; a conjunct of another kind than the list's first is listed apart."""
    first = tok
    if tok.head is not tok and dis.acts.token_actor.get(tok.head.i) == dis.acts.token_actor.get(tok.i):
        return True  # "United" of "the United States": the name's head stands for it
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    if first.dep_ != "pobj" or first.head.lower_ != "of":
        return False
    kind = dis.acts.kind
    name, head = dis.acts.token_actor.get(tok.i), dis.acts.token_actor.get(first.i)
    return first is tok or name is None or head is None or kind(name) == kind(head)


def _title_actor(text: str, dis: Discourse) -> str | None:
    """The actor a statement title names, with the title's form of the name as an alias."""
    name = _title_actor_name(text, dis)
    actor = dis.acts.by_name.get(name) if name else None
    if actor is not None:
        words = text.split()
        while words and words[0].lower().strip(".,") in L.TITLE_WORDS:
            words.pop(0)
        for alias in (text, " ".join(words)):
            actor.add_alias(alias)
    return name


def _title_actor_name(text: str, dis: Discourse) -> str | None:
    """The actor a statement title names: a known actor or gazetteer entry, else a new one."""
    acts = dis.acts
    entry = acts.gaz.lookup(text)
    if entry is None:
        words = [w for w in re.split(r"[\s,]+", text) if w]
        names = [w for w in words if w.lower().strip(".") not in L.TITLE_WORDS]
        for cand in (" ".join(names), *(names[i] for i in range(len(names) - 1, -1, -1))):
            for name, actor in acts.by_name.items():
                if actor.kind == "Person" and (cand == name or cand in name.split() or cand in actor.aliases):
                    return name
            entry = acts.gaz.lookup(cand) if cand else None
            if entry is not None:
                break
    if entry is not None:
        acts.ensure(entry.name, entry.kind, None, entry=entry)
        return entry.name
    if not text or len(text.split()) > 6 or not text[:1].isupper():
        return None
    for name in acts.by_name:
        if name.lower() == text.lower():
            return name
    acts.ensure(text, "Group" if text.endswith("s") else "Organization", None)
    return text


def _authored(sent: Span, state: _Reading, dis: Discourse, published) -> list[St]:
    """A sentence of a statement with no cue of its own is the author's, or the author's state's
    where the author makes it speak (:func:`_state_voice`)."""
    author = state.author or []
    doc = sent.doc
    text = doc_text(doc)[sent.start_char : sent.end_char].strip()
    if (
        sent.end - sent.start < 6
        or "\n" in text
        or text.endswith(":")
        or not any(t.pos_ in ("VERB", "AUX") for t in sent)
        or any(dis.in_quote(t) for t in sent if t.pos_ in ("VERB", "AUX"))
    ):
        return []
    root = sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    own = subj is None or subj.lower_ in L.FIRST_PERSON  # "[We] welcome ...", not "actions threaten"
    heads = [*([root] if own else []), *(c for c in root.children if c.dep_ in ("ccomp", "xcomp", "acomp"))]
    kind = statement_kind(root, "say", heads, text, "Report")
    base = (L.CUE_KINDS.get(root.lemma_.lower()) or _inner_kind(root)) if own else None
    if kind == "Report" and base and base not in ("Report", "Announcement"):
        kind = base  # "We condemn ...", "We welcome ..." when the subject was no pronoun
    sides = set(author) | {_side(a, dis) for a in author if a in dis.acts.by_name}
    if kind == "Report" and subj is not None and set(dis.expand(subj)) & sides:
        kind = _undertaking_kind(root) or kind  # "The United States will stand up for ..."
    first = any(t.lower_ in L.FIRST_PERSON for t in sent)
    author = _state_voice(sent, subj, state, dis) or author
    targets = _targets([], heads, sent.start, sent.end, author, dis, "say")
    if subj is not None and _cosigned(root, sent, author):
        acts = dis.acts  # the actors before the predicate: a list speaking with the author
        listed = {n for t in doc[sent.start : root.i] if (n := acts.token_actor.get(t.i))}
        targets = [t for t in targets if t not in listed] if len(listed) > 1 else targets
    mode = "direct" if first else "indirect"
    evidence = (sent.start_char, sent.end_char)
    act = _Said(root, kind, text, mode, evidence, (sent.start, sent.end), published, "statement")
    return act.per_speaker(author, targets)


def _cosigned(root: Token, sent: Span, author: list[str]) -> bool:
    """ "The Troika (Norway, ...), Canada and the EU are alarmed": a speaking predicate whose subject
    names the author among others (not "Russia and China vetoed the resolution")."""
    if root.lemma_.lower() not in L.CUE_KINDS and root.lower_ not in L.ADJECTIVE_CUES:
        return False
    words = " ".join(t.lower_ for t in root.doc[sent.start : root.i])  # the subject and what it lists
    return any(a.lower() in words for a in author)


def _state_voice(sent: Span, subj: Token | None, state: _Reading, dis: Discourse) -> list[str]:
    """ "The United States will stand up for democracy" in its president's statement: the author's
    own state made the subject of a present or future claim speaks itself (C7), and "We will work
    with our partners" in the next sentence goes on in that voice; a past fact ("The United States
    removed sanctions") stays the author's report."""
    acts = dis.acts
    k = acts.sent_of_token[sent.start]
    if subj is None:
        return []
    if subj.lower_ == "we" and state.voice is not None and state.voice[0] == k - 1:
        state.voice = (k, state.voice[1])
        return [state.voice[1]]
    author = state.author or []
    sides = {_side(a, dis) for a in author if a in acts.by_name} - set(author)
    names = dis.expand(subj)
    if len(names) != 1 or names[0] not in sides or acts.kind(names[0]) != "State" or not _not_past(subj.head):
        return []
    state.voice = (k, names[0])
    return names


def _not_past(verb: Token) -> bool:
    """A verb group in the present or future: "is taking", "will work", "stands" (not "removed")."""
    group = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    if any(t.lower_ in ("will", "shall") or t.tag_ in ("VBZ", "VBP") for t in group):
        return True
    return False


# --- speakers --------------------------------------------------------------------------------


def _subject(cue: Token) -> Token | None:
    """The subject of a cue, or of the verb it is conjoined to ("reviewed ... and reaffirmed")."""
    for child in cue.children:
        if child.dep_ == "nsubj":
            return child
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    if cue.dep_ == "conj" and cue.head is not cue:
        return _subject(cue.head)
    return None


def _quoted_as(cue: Token) -> bool:
    """ "X was quoted as saying": the passive of the subject's own words."""
    head = cue.head.head if cue.dep_ == "pcomp" else cue.head
    return cue.lemma_.lower() == "say" and head.lemma_.lower() in ("quote", "cite")


def _subject_speakers(subj: Token, dis: Discourse, state: _Reading) -> list[str]:
    """The speakers a subject names by itself, before the usual resolution: the last pair for "the
    parties", a source ("the email"), the author for "we", the leaders of the states just named, a
    group named as such ("Opposition leaders"); [] when it names none of these."""
    if _pair_noun(subj):  # before sources: "the parties" is no party
        pair = _last_pair(subj, dis)
        if pair:
            return pair
    if subj.pos_ == "NOUN" and subj.lemma_.lower() in L.SOURCE_NOUNS:
        source = _source_speaker(subj, dis, state)
        if source:
            return source
    if subj.lower_ in ("we", "i") and state.author and not dis.in_quote(subj):
        return list(state.author)  # "We condemn ..." in a statement: its author
    leaders = _leaders_of_states(subj, dis)
    if leaders:
        return leaders
    if _kind_of_people(subj, dis):
        group = dis.ad_hoc(subj)  # "Opposition leaders said": those people, not the last pair
        if group:
            return group
    return []


def _mixed_leaders(subj: Token, speakers: list[str], dis: Discourse) -> bool:
    """ "The leaders agreed" resolved to a mix of people and states: the two people are meant.
    Not "Opposition leaders", a group named as such."""
    return (
        subj.lemma_.lower() in L.PAIR_PERSON_NOUNS
        and subj.tag_ in ("NNS", "NNPS")
        and subj.i not in dis.acts.token_actor
        and any(dis.acts.kind(n) != "Person" for n in speakers)
    )


def _resolved_speakers(subj: Token, speakers: list[str], dis: Discourse, state: _Reading) -> list[str]:
    """The cue's speakers corrected by its subject: the pair for plural leaders, the organisation
    for "it" (as it stands), the fitting person for "he" and "she"."""
    if _mixed_leaders(subj, speakers, dis):
        speakers = _persons_for(_last_pair(subj, dis) or speakers, dis)
    if subj.lower_ == "they" and not dis.in_quote(subj):
        speakers = _parties_for_sides(speakers, dis)
    speakers = _title_holders(subj, speakers, dis) or speakers
    speakers = _owned_body(subj, speakers, dis) or speakers
    speakers = _unnamed_holder(subj, speakers, dis) or speakers
    if not speakers and subj.lower_ == "it" and state.org:
        return [state.org]  # "The Kremlin lambasted NATO. It said ..."
    if subj.lower_ in ("he", "she") and not dis.in_quote(subj):
        speakers = _pronoun_speaker(subj, speakers, dis, state)
    return [_unbare(name, dis) for name in speakers]


def _title_holders(subj: Token, speakers: list[str], dis: Discourse) -> list[str]:
    """ "The (three) Defense Ministers reaffirmed ...", "The National Security Advisors condemned
    ...": a plural title read as a collective stands for the persons holding it, each one a speaker
    (C1): the parties of the last exchange, else the persons the text gave that title."""
    acts = dis.acts
    if len(speakers) != 1 or acts.kind(speakers[0]) not in ("Group", "Organization"):
        return []
    lemma, plural = title_lemma(subj)
    if subj.lower_ in ("they", "both"):  # "They welcomed ...": the collective named before
        lemma, plural = _plural_head(speakers[0]), True
    elif not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
        return []  # "Opposition leaders", "Three ministers": people not named before
    if not plural or lemma not in L.PLURAL_PERSON_TITLES:
        return []
    count = _counted(subj)
    parties = [p for p in dis.last_parties if acts.kind(p) == "Person"]
    if len(parties) >= 2 and count in (0, len(parties)):
        return parties
    holders = [
        a.name
        for a in acts.by_name.values()
        if a.kind == "Person" and lemma in a.role_words and a.first_token < subj.i
    ]
    if len(holders) >= 2 and count in (0, len(holders)):
        return holders
    if lemma in L.PAIR_PERSON_NOUNS and count in (0, 2):
        return _last_pair(subj, dis)  # "The leaders agreed" after a call the parse gave no parties
    return []


def _owned_body(subj: Token, speakers: list[str], dis: Discourse) -> list[str]:
    """ "Pakistan's Foreign Office said": a body whose generic name the gazetteer gives to another
    state (the British "Foreign Office") is the body of the state its possessor names (C7), and
    "the Foreign Office" after it is that same body."""
    acts = dis.acts
    if len(speakers) != 1 or acts.kind(speakers[0]) != "GovernmentBody":
        return []
    poss = next((c for c in subj.children if c.dep_ == "poss"), None)
    owner = acts.at(poss) if poss is not None else None
    if owner is None or acts.kind(owner) != "State":
        tail = f" {speakers[0]}".lower()  # "The Foreign Office added": the one owned before
        owned = [
            n
            for n in dis.seen
            if n != speakers[0] and n.lower().endswith(tail) and acts.kind(n) == "GovernmentBody"
        ]
        return owned[-1:] if poss is None else []
    body = acts.by_name[speakers[0]]
    if body.country in (None, acts.by_name[owner].country) or body.affiliation == owner:
        return []
    made = _body_of(owner, subj, dis)
    return [made] if made else []


def _unnamed_holder(subj: Token, speakers: list[str], dis: Discourse) -> list[str]:
    """ "Japan's defence minister said": an office holder the text does not name is a person of
    that state, named as written, not the state (the state did not speak)."""
    acts = dis.acts
    if (
        subj.pos_ != "NOUN"
        or subj.tag_ != "NN"
        or subj.lemma_.lower() not in L.TITLE_NOUNS
        or subj.i in acts.token_actor
        or len(speakers) != 1
        or acts.kind(speakers[0]) != "State"
    ):
        return []
    words = [t for t in subj.subtree if t.i <= subj.i and t.dep_ not in ("det", "punct")]
    if not words or any(t.pos_ not in ("NOUN", "PROPN", "ADJ", "PART") for t in words):
        return []
    name = " ".join(t.text for t in words).replace(" 's", "'s").replace(" ’s", "’s")
    state = acts.by_name[speakers[0]]
    role = " ".join(
        t.text
        for t in words
        if t.dep_ != "case" and t.i not in acts.token_actor and t.i not in acts.token_demonym
    )
    acts.ensure(name, "Person", None, subj, country=state.country, affiliation=state.name)
    acts.by_name[name].role = acts.by_name[name].role or role or None
    acts.token_actor[subj.i] = name
    return [name]


def _persons_for(names: list[str], dis: Discourse) -> list[str]:
    """ "The leaders" of a call between Putin and the African Union: each party that is no person
    is the one person of the text who acts for it (its chairperson)."""
    acts = dis.acts
    out = []
    for name in names:
        own = [a.name for a in acts.by_name.values() if a.kind == "Person" and a.affiliation == name]
        out.append(own[0] if acts.kind(name) != "Person" and len(own) == 1 else name)
    return list(dict.fromkeys(out))


def _parties_for_sides(speakers: list[str], dis: Discourse) -> list[str]:
    """ "They expressed ..." resolved to the states of the two people of the last exchange: the
    people are the parties (C1), as "the parties" and "the presidents" are."""
    acts = dis.acts
    parties = [p for p in dis.last_parties if acts.kind(p) == "Person"]
    if len(speakers) < 2 or len(parties) != len(speakers):
        return speakers
    if {_side(p, dis) for p in parties} == set(speakers) and all(acts.kind(n) == "State" for n in speakers):
        return parties
    return speakers


def _plural_head(name: str) -> str:
    """The singular of a collective's plural head word ("National Security Advisors" -> "advisor")."""
    head = name.split()[-1].lower() if name.split() else ""
    return head[:-1] if head.endswith("s") else ""


def _speakers_of(cue: Token, dis: Discourse, state: _Reading) -> list[str]:
    """The speakers of a cue: its subject resolved (pronouns and role nouns to the last fitting
    speaker), or the non-entity source the text names ("the email", "a diplomatic source")."""
    framing = _framing_subject(cue)
    if framing is not None and dis.expand(framing):
        return [_unbare(n, dis) for n in dis.expand(framing)]
    subj = _subject(cue)
    if _quoted_as(cue):  # "X was quoted as saying": X is the subject of "quoted"
        subj = next((c for c in cue.head.children if c.dep_ in ("nsubjpass", "nsubj")), subj)
        if subj is not None:
            names = dis.expand(subj)
            if names:
                return names
    if subj is not None:
        named = _subject_speakers(subj, dis, state)
        if named:
            return named
    speakers = _speakers(cue, dis)
    if subj is not None:
        return _resolved_speakers(subj, speakers, dis, state)
    return [_unbare(name, dis) for name in speakers]


_FINITE = ("VBD", "VBZ", "VBP")


def _clause_verb(verb: Token) -> Token | None:
    """The finite verb a finite conjunct really coordinates with when the parser hung it on a word
    inside the first verb's object: in "opposed attempts to change X and underscored Y",
    "underscored" is a conjunct of "change"; its subject is that of "opposed" (None: no such repair)."""
    if verb.dep_ != "conj" or verb.tag_ not in _FINITE or verb.pos_ != "VERB" or verb.head.tag_ == verb.tag_:
        return None
    t = verb.head
    for _ in range(8):
        if t.head is t:
            return None
        t = t.head
        if t.pos_ == "VERB" and t.tag_ == verb.tag_:
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                return t
            return _left_clause(t)
    return None


def _left_clause(verb: Token) -> Token | None:
    """ "Biden raised A, noted B, and ...": with no subject, the parser makes "noted" the root and
    "raised" its clausal complement; the complement before it, in the same tense, with its own
    subject, is the first verb of a list sharing that subject (None: no such list)."""
    if verb.dep_ != "ROOT" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    left = next((c for c in verb.lefts if c.dep_ == "ccomp" and c.tag_ == verb.tag_), None)
    if left is None or verb.doc[verb.i - 1].text != ",":
        return None
    return left if any(c.dep_ == "nsubj" for c in left.children) else None


def _before_split(span: tuple[int, int] | None, cue: Token, split: list[Token]) -> tuple[int, int] | None:
    """A content span ends before a conjunct that is a claim of its own ("opposed A and
    underscored B": the content of "opposed" is A)."""
    if span is None:
        return None
    start, end = span
    doc = cue.doc
    for conj in split:
        if start < conj.i < end and conj.i > cue.i:
            end = conj.left_edge.i
            while end > start + 1 and (doc[end - 1].dep_ in ("cc", "punct") or doc[end - 1].is_space):
                end -= 1
            break
    return start, end


def _joint_speakers(cue: Token, dis: Discourse, state: _Reading, base: str | None = None) -> list[str]:
    """The speakers of a cue, each party of a joint subject apart (C1, C2)."""
    cue = _clause_verb(cue) or _left_clause(cue) or cue
    if base == "Report" and _ordinary_people(_subject(cue)):
        return []  # what residents saw; their demands and protests are still acts
    listed = _listed_subject(cue, dis)
    if listed:
        return listed
    return _speakers_of(cue, dis, state)


def _ordinary_people(subj: Token | None) -> bool:
    """ "Residents said ...", "Residents of the town said ...", "one villager said": ordinary
    anonymous people, whose reports the gold does not record as statements (C4), unlike named ones."""
    return (
        subj is not None
        and subj.pos_ == "NOUN"
        and subj.lemma_.lower() in L.ORDINARY_PEOPLE_NOUNS
        and not any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in subj.children)
    )


def _listed_subject(cue: Token, dis: Discourse) -> list[str]:
    """Repair a misparse of a subject list: in "Advisors A, B, and C expressed ...", the parser
    makes A the root and the cue a conjunct of it, with C alone as its subject, or gives the cue
    two subjects; each listed name speaks."""
    subjects = [c for c in cue.children if c.dep_ == "nsubj"]
    if len(subjects) >= 2:  # "Advisors A, B, and C expressed" with A and C both subjects
        first = subjects[0].left_edge
    elif cue.dep_ == "conj" and cue.head.pos_ == "PROPN" and cue.head.dep_ == "ROOT":
        first = cue.head.left_edge
    else:
        return []
    subj = subjects[-1] if subjects else None
    if subj is None or subj.pos_ != "PROPN":
        return []
    acts = dis.acts
    names = [
        acts.token_actor[i]
        for i in range(first.i, subj.i + 1)
        if i in acts.token_actor and i not in acts.prefix_tokens
    ]
    names = list(dict.fromkeys(names))
    return names if len(names) >= 2 else []


def _leaders_of_states(subj: Token, dis: Discourse) -> list[str]:
    """ "The presidents of each country agreed", "the foreign ministers of the three states said":
    the holders of that office for each state just named, one statement each."""
    acts = dis.acts
    lemma = subj.lemma_.lower()
    if subj.tag_ != "NNS" or lemma not in L.PLURAL_PERSON_TITLES:
        return []
    prep = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if pobj is None or pobj.lemma_.lower() not in L.PAIR_STATE_NOUNS:
        return []
    k = acts.sent_of_token[subj.i]
    states: list[str] = []
    for sent in acts.sents[max(0, k - 1) : k + 1]:
        for t in sent:
            name = acts.token_actor.get(t.i)
            if name and acts.kind(name) == "State" and t.i < subj.i and name not in states:
                states.append(name)
    out = []
    for state in states:
        holders = [
            a.name
            for a in acts.by_name.values()
            if a.kind == "Person" and a.affiliation == state and (lemma == "leader" or lemma in a.role_words)
        ]
        if len(holders) == 1:
            out.append(holders[0])
    return out if len(out) >= 2 else []


def _kind_of_people(subj: Token, dis: Discourse) -> bool:
    """ "Opposition leaders", "tribal elders": a plural of people qualified by a common word (not a
    state, place or actor), with no article or possessor pointing back to people already named."""
    acts = dis.acts
    if subj.tag_ != "NNS" or subj.lemma_.lower() not in L.HUMAN_NOUNS or subj.i in acts.token_actor:
        return False
    if any(c.dep_ in ("det", "poss", "nummod", "prep") for c in subj.children):
        return False
    mods = [c for c in subj.lefts if c.dep_ in ("compound", "amod")]
    return bool(mods) and all(
        c.pos_ in ("NOUN", "ADJ")
        and c.i not in acts.token_actor
        and c.i not in acts.token_demonym
        and c.i not in acts.token_place
        and acts.gaz.by_demonym(c.text) is None
        for c in mods
    )


def _pronoun_speaker(subj: Token, speakers: list[str], dis: Discourse, state: _Reading) -> list[str]:
    """ "he said" is never a person the quote it closes names ("'I reject Uribe's lies,' he said"),
    and after a sentence with no person subject and no statement that names one person of that
    gender ("It was X's plea that ended the feud. He requested ..."), it is that person."""
    acts = dis.acts
    female = subj.lower_ == "she"
    sent = acts.sent(subj)
    quoted = {acts.token_actor[t.i] for t in sent if t.i in acts.token_actor and dis.in_quote(t)}

    def fits(name: str | None) -> bool:
        if not name or acts.kind(name) != "Person":
            return False
        return dis.is_female(name) == female and name not in quoted

    earlier = [
        acts.token_actor[t.i]
        for t in sent
        if t.i < subj.i
        and t.dep_ in ("nsubj", "nsubjpass")
        and t.i in acts.token_actor
        and not dis.in_quote(t)
    ]
    earlier = [n for n in earlier if fits(n)]
    if earlier:
        return [earlier[-1]]  # "Uribe insisted that ..., he said"
    named = _sole_person_before(sent, dis, state, fits)
    if named and not any(t.i in acts.token_actor for t in sent if t.i < subj.i):
        return [named]
    if speakers and all(fits(n) for n in speakers):
        return speakers
    if speakers and fits(dis.last_speaker):
        return [dis.last_speaker or ""]
    return speakers


def _sole_person_before(sent: Span, dis: Discourse, state: _Reading, fits) -> str | None:
    """The one fitting person the previous sentence names, when it had no person subject and no
    statement (else the usual salience applies)."""
    acts = dis.acts
    k = acts.sent_of_token[sent.start]
    if k == 0:
        return None
    prev = acts.sents[k - 1]
    if state.spoke_at == prev.start:
        return None
    for t in prev:
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN"):
            if any(acts.kind(n) == "Person" for n in dis.expand(t)):
                return None  # "The Secretary spoke with X. He urged ...": the subject
    names = {acts.token_actor[t.i] for t in prev if t.i in acts.token_actor and t.i not in acts.prefix_tokens}
    persons = [n for n in names if fits(n)]
    return persons[0] if len(persons) == 1 else None


def _framing_subject(cue: Token) -> Token | None:
    """ "Biden was clear that, if Russia invades, the United States will respond": a cue inside what
    a "was clear" / "made clear" predicate frames is said by that predicate's subject."""
    t = cue
    while t.dep_ in ("ccomp", "advcl", "conj", "xcomp", "acomp") and t.head is not t:
        t = t.head
        frame = t.head if t.lower_ in L.SAYING_ADJECTIVES and t.dep_ in ("acomp", "oprd", "ccomp") else t
        if frame is not t or any(
            c.lower_ in L.SAYING_ADJECTIVES and c.dep_ in ("acomp", "oprd") for c in t.children
        ):
            subj = next((c for c in frame.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
    return None


def _institutional_voice(doc, quote: tuple[int, int], speakers: list[str], dis: Discourse) -> list[str]:
    """'"The United States condemns the attacks," she said': an official quoted making their state
    or organisation act in the present tense speaks as that state or organisation."""
    acts = dis.acts
    span = doc.char_span(quote[0], quote[1], alignment_mode="expand")
    if span is None or len(speakers) != 1 or acts.kind(speakers[0]) != "Person":
        return speakers
    person = acts.by_name[speakers[0]]
    for verb in span:
        if (
            verb.pos_ != "VERB"
            or verb.tag_ not in ("VBZ", "VBP")
            or (verb.head.i in range(span.start, span.end) and verb.dep_ != "ROOT")
        ):
            continue  # only the quote's main verb
        if verb.lemma_.lower() not in L.CUE_KINDS:
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        voice = acts.at(subj) if subj is not None else None
        if voice and voice == person.affiliation and acts.kind(voice) in _ORG_KINDS:
            return [voice]
    return speakers


def _pair_noun(subj: Token) -> bool:
    """ "the two leaders", "both sides": a pair the text has just named."""
    lemma = subj.lemma_.lower()
    if lemma not in L.PAIR_PERSON_NOUNS | L.PAIR_STATE_NOUNS or subj.tag_ not in ("NNS", "NNPS"):
        return False
    if lemma in ("side", "party") and any(c.lower_ == "the" for c in subj.children):
        return True  # "The parties reaffirmed ...": the two of the exchange
    if _each_of(subj):
        return True  # "the presidents of each country", "the leaders of both nations"
    return any(c.lower_ in ("two", "both", "three") for c in subj.children)


def _each_of(subj: Token) -> bool:
    """ "the presidents of each country": one of every party just named."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(
            g.dep_ == "pobj" and any(d.lower_ in ("each", "both", "all") for d in g.children)
            for g in c.children
        )
        for c in subj.children
    )


def _last_pair(subj: Token, dis: Discourse) -> list[str]:
    """The pair a "two leaders" subject refers to: the parties of the last exchange, else the two
    persons (or, for "sides" and "countries", the two states) seen last."""
    acts = dis.acts
    persons = subj.lemma_.lower() in L.PAIR_PERSON_NOUNS
    if persons and dis.last_parties and len(dis.last_parties) > 2 and (_each_of(subj) or _counted(subj) > 2):
        return list(dis.last_parties)  # "the three leaders", "the presidents of each country"
    if _each_of(subj) and not dis.last_parties:  # each state's office holder, else the states
        return _leaders_of_states(subj, dis) or _recent_states(subj, dis)
    if dis.last_parties and len(dis.last_parties) == 2:
        parties = list(dis.last_parties)
        if persons:
            return parties
        sides = [_side(p, dis) for p in parties if p in acts.by_name]
        if len(set(sides)) == 2:
            return sides
    want = ("Person",) if persons else ("State",)
    ranked = sorted(
        (i, n) for n, i in dis.seen.items() if acts.kind(n) in want and i < subj.i and n in acts.by_name
    )
    names = list(dict.fromkeys(n for _, n in reversed(ranked)))
    speaker = dis.last_speaker if persons else None
    if speaker in names:  # the one who has been speaking is one of the two, and the last other
        names = [speaker, *(n for n in names if n != speaker)]
    return names[:2] if len(names) >= 2 else []


def _recent_states(subj: Token, dis: Discourse, window: int = 80) -> list[str]:
    """The states named just before "the presidents of each country": each one speaks."""
    acts = dis.acts
    ranked = sorted(
        (i, n)
        for n, i in dis.seen.items()
        if acts.kind(n) == "State" and subj.i - window <= i < subj.i and n in acts.by_name
    )
    names = list(dict.fromkeys(n for _, n in ranked))
    return names if 2 <= len(names) <= 4 else []


def _counted(subj: Token) -> int:
    """The number a plural subject gives itself ("the three leaders" -> 3), 0 if none."""
    words = {"two": 2, "both": 2, "three": 3, "four": 4}
    return max((words.get(c.lower_, 0) for c in subj.children), default=0)


def _side(party: str, dis: Discourse) -> str:
    """The state a party speaks for, where that state is an actor of the article, else the party
    (an affiliation from the office-holder lexicon may name a state the article never does)."""
    affiliation = dis.acts.by_name[party].affiliation
    return affiliation if affiliation in dis.acts.by_name else party


def _own_voice(st: St, author: list[str], dis: Discourse) -> bool:
    """In a statement, only the author and the named actors it quotes speak: "force should never
    seek to ...", "reports that security forces denied ..." are the author's words."""
    if st.speaker in author or st.mode == "direct" or st.cue_text in ("according to", "statement"):
        return True
    verb = st.cue.head if st.cue.dep_ == "acomp" else st.cue  # "X is alarmed by ..."
    subj = _subject(verb)
    named = subj is not None and (bool(subj.ent_type_) or dis.acts.gaz.lookup(subj.text) is not None)
    return named and verb.dep_ in ("ROOT", "conj")


_PLACE_PREPS = ("in", "of", "at", "from", "for")


def _located(subj: Token, dis: Discourse) -> list[Token]:
    """The prepositions that place a source ("the ministry in Seoul"): they are part of its name."""
    return [
        c
        for c in subj.children
        if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS and _place_of(c, dis) is not None
    ]


def _one_new_source(subj: Token, known: list[str], dis: Discourse) -> bool:
    """ "A senior Israeli military source told ...": one unnamed person whose words tie them to a
    body is a new source of that body, not the body itself (the body did not speak)."""
    return (
        subj.tag_ == "NN"
        and subj.lemma_.lower() in L.PERSON_SOURCE_NOUNS
        and subj.i not in dis.acts.token_actor
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subj.children)
        and not any(c.dep_ in ("prep", "appos", "poss") for c in subj.children)
        and all(dis.acts.kind(n) in ("GovernmentBody", "Organization", "ArmedGroup") for n in known)
    )


def _attached(subj: Token) -> list[Token]:
    """What ties an anonymous person to the side they serve ("an advisor to the Palestinian team",
    "a source close to the talks"): part of the name the text gives them."""
    if subj.lemma_.lower() not in L.PERSON_SOURCE_NOUNS:
        return []
    return [
        c
        for c in subj.rights
        if (c.dep_ == "prep" and c.lower_ == "to")
        or (c.dep_ == "amod" and any(g.dep_ == "prep" and g.lower_ == "to" for g in c.children))
    ]


def _placed_body(subj: Token, located: list[Token], dis: Discourse) -> str | None:
    """ "The ministry in Seoul said" after "South Korea's foreign ministry ...": the body of that
    kind already named for the state the place belongs to, not a new "Ministry in Seoul"."""
    lemma = subj.lemma_.lower()
    if not located or lemma not in L.BODY_SOURCE_NOUNS or not any(c.lower_ == "the" for c in subj.lefts):
        return None
    _, country = _country_of(next(c for c in located[0].children if c.dep_ == "pobj"), dis)
    body = _last_body(lemma, dis)
    if body is None or country is None or dis.acts.by_name[body].country != country:
        return None
    dis.acts.token_actor[subj.i] = body
    return body


def _home_body(subj: Token, located: list[Token], dis: Discourse) -> str | None:
    """ "The army said ...", "the government said" with no owner: the body of that kind already
    named, else that body of the country the article's actors belong to most ("Egyptian army")."""
    acts = dis.acts
    lemma = subj.lemma_.lower()
    if (
        lemma not in L.HOME_BODY_NOUNS
        or located
        or not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)
        or any(c.dep_ in ("amod", "compound", "poss", "nmod", "prep") for c in subj.children)
    ):
        return None
    body = _last_body(lemma, dis)
    if body is not None:
        return body
    counts: dict[str, int] = {}
    for name in dis.seen:
        country = acts.by_name[name].country if name in acts.by_name else None
        if country:
            counts[country] = counts.get(country, 0) + 1
    if not counts:
        return None
    state = acts.gaz.state_of(max(counts, key=lambda c: counts[c]))
    if state is None or not state.demonyms:
        return None
    same = [
        a.name
        for a in acts.by_name.values()
        if a.kind == "GovernmentBody" and a.country == state.country and lemma in a.name.lower().split()
    ]
    if same:
        return same[0]  # "Government of National Unity" for "the government"
    name = f"{state.demonyms[0]} {lemma}"
    acts.ensure(name, "GovernmentBody", None, subj, country=state.country, affiliation=state.name)
    acts.token_actor[subj.i] = name
    return name


def _new_people(subj: Token, dis: Discourse) -> bool:
    """A bare plural of people ("Officials said"): new people, not the last ones named."""
    bare_plural = subj.tag_ in ("NNS", "NNPS") and not any(
        c.dep_ in ("det", "poss", "amod", "compound", "nummod", "prep") for c in subj.children
    )
    return bare_plural and subj.lemma_.lower() in L.HUMAN_NOUNS and subj.i not in dis.acts.token_actor


def _possessor_source(subj: Token, dis: Discourse, state: _Reading) -> list[str]:
    """A source its possessor owns: "his office said" is "Katsav's office", "its foreign ministry"
    the ministry of the organisation just named; [] when it has no such owner."""
    lemma = subj.lemma_.lower()
    poss = next((c for c in subj.children if c.dep_ == "poss"), None)
    if poss is None:
        return []
    owners = dis.expand(poss)
    if not owners and poss.lower_ in ("his", "her"):
        owners = _person_before(poss, dis)  # "Katsav refused ..., his office said"
    if not owners and poss.lower_ == "its" and state.org:
        owners = [state.org]  # "Rwanda denied it. Its foreign ministry said ..."
    if len(owners) == 1 and dis.acts.kind(owners[0]) == "Person" and lemma not in L.PERSON_SOURCE_NOUNS:
        return [_office_of(owners[0], subj, dis)]  # "his office said": "Katsav's office"
    if len(owners) == 1 and poss.pos_ == "PRON" and lemma in L.BODY_SOURCE_NOUNS:
        body = _body_of(owners[0], subj, dis)
        if body:
            return [body]
    return []


def _unnamed_source(subj: Token, located: list[Token], by_state: bool, dis: Discourse) -> list[str] | None:
    """A source that is no new actor: "the spokesperson said" is the one just named, "officials
    said" is left to the generic group rule ([]); None when the source needs a name of its own."""
    lemma = subj.lemma_.lower()
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subj.children)
    modified = any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in subj.children)
    if definite and not modified and not located and lemma in L.PERSON_SOURCE_NOUNS | L.TITLE_NOUNS:
        person = _role_person(lemma, dis)  # "the spokesperson said": the one just named
        return [person] if person else []
    if lemma in L.HUMAN_NOUNS and not located and not by_state:
        return []  # "officials said", "a local official said": the generic group rule names them
    return None


def _span_country(span: Span, dis: Discourse) -> tuple[str | None, str | None]:
    """The state and country of the first word of a source's name that has a country."""
    state_name, country = None, None
    for t in span:
        state_name, country = _country_of(t, dis)
        if country:
            break
    return state_name, country


def _source_kind(subj: Token, state_name: str | None) -> str:
    """The actor kind of a named source, from its noun."""
    lemma = subj.lemma_.lower()
    return (
        "Person"  # an anonymous person without a state is no side of what they report
        if lemma in L.PERSON_SOURCE_NOUNS and subj.tag_ == "NN" and state_name
        else "Group"
        if lemma in L.PERSON_SOURCE_NOUNS
        else "Media"
        if lemma in L.MEDIA_SOURCE_NOUNS
        else "GovernmentBody"
        if lemma in L.BODY_NOUNS or lemma in ("ministry", "office", "embassy", "government", "presidency")
        else "Organization"
    )


def _new_source(subj: Token, located: list[Token], dis: Discourse) -> list[str]:
    """A source made an actor under the name the text gives it, its modifiers and place included:
    "a Western diplomatic source", "Ministry in Seoul"; [] when that name is no short phrase."""
    first = min(
        [subj.i] + [c.left_edge.i for c in subj.lefts if c.dep_ in ("amod", "compound", "nmod", "nummod")]
    )
    last = max([subj.i] + [c.right_edge.i for c in located])
    words = [
        t
        for t in subj.doc[first : last + 1]
        if (t.dep_ not in ("det", "predet") or t.i > subj.i)
        and t.text not in ",\n"
        and t.lower_ not in L.ANONYMITY_WORDS
    ]
    name = " ".join(t.text for t in words).strip()
    if not name or "\n" in name or len(words) > 8 or _no_actor_source(subj, words):
        return []
    name = name[0].upper() + name[1:]
    state_name, country = _span_country(subj.doc[first : last + 1], dis)
    kind = _source_kind(subj, state_name)
    dis.acts.ensure(name, kind, None, subj, country=country, affiliation=state_name)
    dis.acts.token_actor[subj.i] = name
    return [name]


def _no_actor_source(subj: Token, words: list[Token]) -> bool:
    """ "Residents of Landi Kotal", "Reports", "an advisor": anonymous people, a thing, or one
    unnamed person are no actor (annotation guide); a plural of people ("Investigators") is."""
    lemma = subj.lemma_.lower()
    person = lemma in L.PERSON_SOURCE_NOUNS | L.HUMAN_NOUNS - L.BODY_SOURCE_NOUNS
    plural = subj.tag_ in ("NNS", "NNPS")
    lone_noun = len(words) == 1 and words[0].pos_ == "NOUN" and person != plural
    return lone_noun or lemma in L.ANONYMOUS_PEOPLE_NOUNS


def _source_speaker(subj: Token, dis: Discourse, state: _Reading) -> list[str]:
    """A speaker that is no named entity, kept as the text names it and tied to its country:
    "the ministry in Seoul" -> "Ministry in Seoul" (South Korea), "a Western diplomatic source".
    A statement or communique speaks for whoever issued it (its owner, else the last speaker)."""
    located = _located(subj, dis)
    if _new_people(subj, dis):
        return dis.ad_hoc(subj)  # "Officials said": new people, not the last ones named
    employer = _employer(subj, dis)
    if employer:
        return [employer]  # "Officials at the National Oil Corporation said"
    holder = dis.state_holder(subj)
    if holder:
        return [holder]  # "The Russian official said" after Ryabkov
    known = dis.expand(subj)
    spokesperson = _body_spokesperson(subj, known, dis)
    if spokesperson:
        return [spokesperson]
    by_state = bool(known) and _state_modified(subj, known, dis)
    if known and not by_state and _one_new_source(subj, known, dis):
        return _new_source(subj, located + _attached(subj), dis) or known
    if known and not by_state:
        return [_unbare(n, dis) for n in known]
    owned = _possessor_source(subj, dis, state)
    if owned:
        return owned
    if subj.lemma_.lower() in L.DOCUMENT_NOUNS:
        return list(state.documents.get(subj.lemma_.lower()) or state.speakers[:2])
    home = _home_body(subj, located, dis)
    if home:
        return [home]
    unnamed = _unnamed_source(subj, located, by_state, dis)
    if unnamed is not None:
        return unnamed
    placed = _placed_body(subj, located, dis)
    if placed:
        return [placed]
    return _new_source(subj, located + _attached(subj), dis)


def _employer(subj: Token, dis: Discourse) -> str | None:
    """The organisation people speak for when the text names them only as its staff ("officials at
    the National Oil Corporation", "workers of the state oil company Sonangol"): that
    organisation, made an actor when the parser found a name no earlier rule took."""
    acts = dis.acts
    if (
        subj.tag_ not in ("NNS", "NNPS")
        or subj.lemma_.lower() not in L.STAFF_NOUNS
        or subj.i in acts.token_actor
    ):
        return None
    for prep in subj.children:
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if prep.dep_ != "prep" or prep.lower_ not in ("at", "of", "from") or pobj is None:
            continue
        known = acts.at(pobj)
        if known and acts.kind(known) in ("Organization", "GovernmentBody", "Media"):
            return known
        ent = next((e for e in acts.ents if e.start <= pobj.i < e.end and e.label_ == "ORG"), None)
        if known is None and ent is not None and pobj.i not in acts.token_place:
            words = [t for t in ent if t.dep_ not in ("det", "punct") and t.pos_ == "PROPN"]
            name = " ".join(t.text for t in words)
            if len(words) >= 2:
                acts.ensure(name, "Organization", None, pobj)
                acts.token_actor[pobj.i] = name
                return name
    return None


def _state_modified(subj: Token, known: list[str], dis: Discourse) -> bool:
    """ "Georgian sources", "a senior Egyptian official": anonymous sources whose only link to an
    actor is a state adjective are those sources (of that state), not the state itself."""
    acts = dis.acts
    one = subj.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subj.children)
    if subj.lemma_.lower() not in L.PERSON_SOURCE_NOUNS or (subj.lemma_.lower() in L.HUMAN_NOUNS and not one):
        return False  # "a senior Egyptian official" is one person; "Egyptian officials" the state's
    if subj.i in acts.token_actor or any(acts.kind(n) != "State" for n in known):
        return False
    modifiers = [c for c in subj.lefts if c.dep_ in ("amod", "compound")]
    return all(any(acts.at(c) == n or acts.token_demonym.get(c.i) == n for c in modifiers) for n in known)


def _body_spokesperson(subj: Token, known: list[str], dis: Discourse) -> str | None:
    """ "Russia's Defence Ministry spokesman", "the Foreign Ministry spokeswoman": an unnamed person
    whose title names the body they speak for is a person of that body, not the body itself."""
    acts = dis.acts
    bodies = [
        n for n in known if acts.kind(n) == "GovernmentBody" and n.split()[-1].lower() in L.BODY_SOURCE_NOUNS
    ]
    states = [n for n in known if acts.kind(n) == "State"]
    if (
        subj.lemma_.lower() not in L.PERSON_SOURCE_NOUNS
        or subj.tag_ != "NN"
        or len(bodies) != 1
        or len(bodies) + len(states) != len(known)
        or not any(c.dep_ in ("compound", "poss") and acts.at(c) == bodies[0] for c in subj.subtree)
    ):
        return None
    body = acts.by_name[bodies[0]]
    state = body.affiliation or (states[0] if states else None)
    if states and body.affiliation is None:  # "Chile's Defence Ministry spokesman": as written
        words = [t for t in subj.subtree if t.i <= subj.i and t.dep_ not in ("det", "punct")]
        name = " ".join(t.text_with_ws.strip() if t.dep_ != "case" else t.text for t in words)
        name = name.replace(" 's", "'s").replace(" ’s", "’s")
    else:
        name = f"{bodies[0]} {subj.lower_}"
    country = body.country or (acts.by_name[states[0]].country if states else None)
    acts.ensure(name, "Person", None, subj, country=country, affiliation=state or bodies[0])
    acts.token_actor[subj.i] = name
    return name


def _body_of(owner: str, noun: Token, dis: Discourse) -> str | None:
    """ "Its foreign ministry" after a state: "Rwanda's foreign ministry", of that state."""
    acts = dis.acts
    actor = acts.by_name.get(owner)
    if actor is None or actor.kind not in ("State", "Organization"):
        return None
    words = [c.text for c in noun.lefts if c.dep_ in ("amod", "compound")] + [noun.text]
    name = f"{owner}{chr(39) if owner.endswith('s') else chr(39) + 's'} {' '.join(words)}"
    state = owner if actor.kind == "State" else actor.affiliation
    acts.ensure(name, "GovernmentBody", None, noun, affiliation=state or owner, country=actor.country)
    acts.token_actor[noun.i] = name
    return name


def _office_of(person: str, noun: Token, dis: Discourse) -> str:
    """The body a person's possessive names ("her office" -> "Meloni's office"), tied to the
    person's state."""
    acts = dis.acts
    owner = acts.by_name[person]
    surname = person.split()[-1]
    name = f"{surname}'s {noun.lower_}"
    acts.ensure(
        name,
        "GovernmentBody",
        None,
        noun,
        affiliation=owner.affiliation or person,
        country=owner.country,
    )
    acts.token_actor[noun.i] = name
    return name


def _person_before(tok: Token, dis: Discourse) -> list[str]:
    """The first person subject in the sentence before ``tok``, else the last person named."""
    acts = dis.acts
    for t in acts.sent(tok):
        name = acts.token_actor.get(t.i) if t.dep_ in ("nsubj", "nsubjpass") and t.i < tok.i else None
        if name and acts.kind(name) == "Person":
            return [name]
    for i in range(tok.i - 1, acts.sent(tok).start - 1, -1):
        name = acts.token_actor.get(i)
        if name and acts.kind(name) == "Person" and i not in acts.prefix_tokens:
            return [name]
    return []


def _place_of(prep: Token, dis: Discourse) -> str | None:
    acts = dis.acts
    for pobj in prep.children:
        if pobj.dep_ == "pobj":
            return (
                acts.token_place.get(pobj.i) or acts.token_actor.get(pobj.i) or acts.token_demonym.get(pobj.i)
            )
    return None


def _country_of(tok: Token, dis: Discourse) -> tuple[str | None, str | None]:
    """(state actor name, ISO3) a token names: an actor, demonym ("Chinese") or place ("Seoul")."""
    acts = dis.acts
    owner = acts.token_actor.get(tok.i) or acts.token_demonym.get(tok.i) or acts.token_place.get(tok.i)
    entry = None
    if owner:
        entry = acts.gaz.get(owner) or acts.gaz.lookup(owner)
    elif tok.pos_ in ("ADJ", "PROPN"):
        entry = acts.gaz.by_demonym(tok.text)
    if entry is None:
        actor = acts.by_name.get(owner) if owner else None
        return (None, actor.country) if actor is not None else (None, None)
    if entry.kind == "State":
        return entry.name, entry.country
    state = acts.gaz.get(entry.affiliation) if entry.affiliation else None
    if state is not None and state.kind == "State":
        return state.name, state.country
    return None, entry.country


def _role_person(lemma: str, dis: Discourse) -> str | None:
    """The person a definite role noun refers to: the most recently seen person holding that role,
    else the last person speaking or named."""
    words = L.ROLE_SYNONYMS.get(lemma, {lemma})
    best: tuple[int, str] | None = None
    for name, actor in dis.acts.by_name.items():
        if actor.kind == "Person" and actor.role_words & words:
            rank = dis.seen.get(name, -1)
            if best is None or rank > best[0]:
                best = (rank, name)
    if best is not None:
        return best[1]
    return dis.last_speaker or dis.last_person


def _unbare(name: str, dis: Discourse) -> str:
    """A bare role noun made an actor ("Spokesperson", "Minister") is the last person of that
    role, else the last person speaking."""
    actor = dis.acts.by_name.get(name)
    low = name.lower()
    if actor is not None and " " not in low and low in L.BODY_SOURCE_NOUNS:
        return _last_body(low, dis) or name
    if actor is None or " " in low or (low not in L.TITLE_NOUNS and low not in L.PERSON_SOURCE_NOUNS):
        return name
    return _role_person(low, dis) or name


def _last_body(noun: str, dis: Discourse) -> str | None:
    """ "The ministry said" after "Somalia's foreign ministry accused ...": the body of that kind
    seen last, with its state, not a bare "Ministry"; "the group said": the last armed group or
    organisation."""
    best: tuple[int, str] | None = None
    kinds = ("ArmedGroup", "Organization") if noun in L.GENERIC_GROUP_NOUNS else ()
    for name, i in dis.seen.items():
        words = name.lower().split()
        same = len(words) > 1 and words[-1] == noun and dis.acts.kind(name) in _ORG_KINDS
        if (same or dis.acts.kind(name) in kinds) and (best is None or i > best[0]):
            best = (i, name)
    return best[1] if best else None


def _action_plover(content: list[Token]) -> str | None:
    """The PLOVER type of the action a plain report or announcement is about, if any."""
    for head in content:
        for tok in (head, *[c for c in head.children if c.dep_ in ("dobj", "xcomp", "conj")]):
            codes = (
                L.ACTION_VERBS.get(tok.lemma_.lower())
                if tok.pos_ == "VERB"
                else L.ACTION_NOUNS.get(tok.lemma_.lower())
            )
            if codes:
                return codes[0]
    return None


def _cue_base(cue: Token, lemma: str) -> str | None:
    """The cue kind of a verb that introduces a statement here: not a light verb without a speech
    noun ("made progress"), nor talk about a topic ("discussed the situation")."""
    base = cue_kind(cue, lemma)
    if base is None:
        return None
    if lemma in ("put", "give", "provide", "make", "issue") and not _light_object(cue):
        return None
    if lemma in L.TOPIC_CUES and not _stance_topic(cue, L.TOPIC_CUES[lemma]):
        return None
    if base in ("Report", "Announcement") and any(c.dep_ == "neg" for c in cue.children):
        return None  # "had not mentioned that ...", "did not comment": nothing was said
    if _anonymity(cue):
        return None
    return base


def _anonymity(cue: Token) -> bool:
    """The wire formula of an unnamed source says nothing itself: "(he) was not authorized to brief
    the media" (a cue governed by a negated verb), "who asked not to be named" / "declined to be
    identified" (a request about the source's own name)."""
    if cue.dep_ == "xcomp" and any(c.dep_ == "neg" for c in cue.head.children):
        return True
    return any(
        c.dep_ == "xcomp"
        and any(g.dep_ == "auxpass" for g in c.children)
        and (any(g.dep_ == "neg" for g in c.children) or cue.lemma_.lower() in ("decline", "refuse"))
        for c in cue.children
    )


def _stance_topic(cue: Token, nouns: frozenset[str]) -> bool:
    """ "discussed the importance of ...", "exchanged greetings": the object is a stance or act."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in nouns for c in cue.children)


def _light_object(cue: Token) -> bool:
    """ "put forth terms", "gave a response", "provided an explanation": speech by a light verb."""
    if cue.lemma_.lower() == "put":
        return any(c.dep_ == "prt" and c.lower_ in ("forth", "forward") for c in cue.children)
    return any(
        c.dep_ == "dobj" and (c.lemma_.lower() in L.SPEECH_NOUNS or c.lemma_.lower() in L.NOUN_KINDS)
        for c in cue.children
    )


def _impersonal(cue: Token) -> bool:
    """ "It was agreed that ...", "It was emphasised that ..."."""
    passive = any(c.dep_ == "auxpass" for c in cue.children)
    subj = next((c for c in cue.children if c.dep_ in ("nsubjpass", "expl", "nsubj")), None)
    return passive and (subj is None or subj.lower_ == "it")


def _passive_without_agent(cue: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in cue.children) and not any(c.dep_ == "agent" for c in cue.children)


def _impersonal_speakers(lemma: str, dis: Discourse) -> list[str]:
    """In a readout "it was agreed" is both parties; "it was emphasised" is the last speaker."""
    if lemma in ("agree", "confirm", "decide") and dis.last_parties:
        return list(dis.last_parties)
    return [dis.last_speaker] if dis.last_speaker else []


def _noun_part_kind(sts: list[St], part: list[Token]) -> None:
    """A part split off at a speech-act noun ("reaffirmed support for A and its commitment to B")
    has that noun's kind, not the first object's."""
    if len(part) != 1 or part[0].pos_ != "NOUN" or part[0].dep_ != "conj":
        return
    kind = L.NOUN_KINDS.get(part[0].lemma_.lower())
    for st in sts:
        if kind and kind != st.kind:
            st.kind = kind
            st.cameo, st.plover = codes_for(kind, st.text)


def _clause_conjs(head: Token) -> list[Token]:
    """The conjuncts of a content head that are claims of their own: clauses with a subject or a
    cue ("noted that A, and that B", "..., and accused X of"); for an object naming a speech act,
    a conjoined act noun of another kind ("support for A and its commitment to B")."""
    if head.dep_ in ("ccomp", "xcomp"):
        return [
            c
            for c in head.children
            if c.dep_ == "conj"
            and c.pos_ in ("VERB", "AUX")
            and (
                any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children)
                or L.CUE_KINDS.get(c.lemma_.lower(), "Report") != "Report"  # "..., and accused X of"
            )
        ] or _deep_conjs(head)
    if head.dep_ == "prep" and head.lower_ == "for":  # "call for A to B and for C": two demands
        return [t for t in head.subtree if t.dep_ == "conj" and t.pos_ == "ADP" and t.lower_ == head.lower_][
            :1
        ]
    kind = L.NOUN_KINDS.get(head.lemma_.lower())
    if head.dep_ != "dobj" or kind is None:
        return []
    return [
        t
        for t in head.subtree
        if t.dep_ == "conj"
        and t.pos_ == "NOUN"
        and L.NOUN_KINDS.get(t.lemma_.lower(), kind) != kind
        and any(c.dep_ in ("poss", "acl", "prep") for c in t.children)
    ][:1]


def _deep_conjs(head: Token) -> list[Token]:
    """ "promised that A was ready to talk and that B would seek ...": a "that" clause the parser
    hangs on a word inside the first clause is still a second claim of the cue."""
    return [
        t
        for t in head.subtree
        if t.dep_ == "conj"
        and t.head is not head
        and t.pos_ in ("VERB", "AUX")
        and any(g.dep_ == "mark" and g.lower_ == "that" for g in t.children)
    ][:2]


def _clauses(content: list[Token], span):
    """Split "noted that A, or that B" / "laid out that A, B, and C" into one part per clause."""
    out = []
    for head in content:
        conjs = _clause_conjs(head)
        if not conjs:
            continue
        removed = {t.i for c in conjs for t in c.subtree}
        first = [t for t in head.subtree if t.i not in removed]
        out.append(([head], (min(t.i for t in first), max(t.i for t in first) + 1)))
        for c in conjs:
            out.append(([c], (c.left_edge.i, c.right_edge.i + 1)))
    if not out:
        return [(content, span)]
    rest = [
        h for h in content if h not in [p[0][0] for p in out] and not any(h.i in range(*p[1]) for p in out)
    ]
    return out + ([(rest, _span_of(rest))] if rest and _span_of(rest) else [])


def _statements_for(act: _Act, sent: Span, dis: Discourse, published, date_mentions) -> list[St]:
    """One statement per speaker of an act, its text, kind, codes, targets and date read once."""
    cue, lemma, content, span, quote = act.cue, act.lemma, act.content, act.span, act.quote
    addressee, speakers = act.addressee, act.speakers
    doc = sent.doc
    if span is None and quote is None:
        text, cstart, cend = doc_text(doc)[sent.start_char : sent.end_char], sent.start, sent.end
    elif quote is not None and (span is None or _quote_dominates(quote, span, doc)):
        text, (cstart, cend) = doc_text(doc)[quote[0] : quote[1]], (span or (sent.start, sent.end))
    else:
        assert span is not None  # a missing span with a quote took the branch above
        cstart, cend = span
        first = (
            cstart + 1
            if doc[cstart].dep_ == "prep" and doc[cstart].head is cue and cend - cstart > 1
            else cstart
        )  # "called for [a ceasefire]"
        last = doc[cend - 1]
        text = doc_text(doc)[doc[first].idx : last.idx + len(last)]
    text = _clean(text)
    mode = "direct" if quote is not None else "indirect"
    kind = statement_kind(cue, lemma, content, text, act.base)
    cameo, plover = codes_for(kind, text)
    if _cameo_cue(lemma):  # a verb from the CAMEO dictionary: its own code, refined by its object
        code = cameo_verbs().code(lemma, [t.lower_ for t in doc[cue.i + 1 : sent.end]])
        if code and cameo_kind(code) == kind and kind in _VERB_CODED:
            cameo, plover = code, cameo_plover(code) or plover
    if plover is None and kind == "Announcement":  # "announced a suspension of air links"
        plover = _action_plover(content) or plover
    ev_start = sent.start_char
    if quote and quote[0] - 1 < sent.start_char:  # a quote that began sentences earlier
        ev_start = _sentence_start(doc, quote[0] - 1)
    ev_end = max(sent.end_char, quote[1] + 1) if quote else sent.end_char
    targets = _targets(addressee, content, cstart, cend, speakers, dis, lemma)
    about = _targets([], content, cstart, cend, speakers, dis, lemma) if addressee else []
    about += _framing_actors(cue, dis)
    st_date = attached_date(cue, sent, published, date_mentions) or published
    cue_text = cue.text
    for child in cue.children:
        if child.dep_ == "prep" and lemma in ("call", "press") and child.lower_ in ("for", "on"):
            cue_text = f"{cue.text} {child.text}"
    out = []
    for speaker in speakers:
        tg = _speaker_targets(speaker, speakers, targets, cue, addressee, kind, dis)
        out.append(
            St(
                speaker=speaker,
                cue=cue,
                kind=kind,
                cameo=cameo,
                plover=plover,
                mode=mode,
                text=text,
                start=ev_start,
                end=ev_end,
                content=(cstart, cend),
                targets=list(dict.fromkeys(tg)),
                date=st_date,
                cue_text=cue_text,
                addressed=bool(addressee),
                about=[t for t in about if t != speaker],
            )
        )
    return out


def _framing_actors(cue: Token, dis: Discourse) -> list[str]:
    """Actors in a phrase of the cue that frames what is said ("In a phone call with X, Y said",
    "said on X's condition"), not the channel ("in an interview with CNN") nor a place."""
    acts = dis.acts
    out: list[str] = []
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.lower_ not in L.FRAMING_PREPS:
            continue
        for tok in prep.subtree:
            name = acts.token_actor.get(tok.i)
            if (
                name
                and acts.kind(name) != "Media"
                and not dis.in_quote(tok)
                and not _owner_of_actor(tok, name, dis)
            ):
                out.append(name)
    return out


def _own_office(cue: Token) -> bool:
    """ "..., his office said": a person's own office speaks for the person's act (kept as the
    office's statement alone)."""
    subj = _subject(cue)
    return subj is not None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children)


def _speaker_targets(
    speaker: str, speakers: list[str], targets: list[str], cue: Token, addressee: list[Token], kind: str, dis
) -> list[str]:
    """One speaker's targets: a joint act's other parties first ("the two leaders agreed", "X and
    Y thanked each other"), then the addressees and content actors, but not the co-speakers a
    list of signatories names ("Canada, Norway and the EU condemned ...")."""
    subject = _subject_actors(cue, dis)
    tg = [t for t in targets if t != speaker and t not in subject]
    others = [s for s in speakers if s != speaker]
    joint = any(c.lower_ == "other" for c in addressee) or (
        len(speakers) > 1
        and (
            cue.lemma_.lower() in ("agree", "exchange", "discuss")
            or (len(speakers) == 2 and _both(cue))
            or kind == "Agreement"
            or all(dis.acts.kind(s) == "Person" for s in speakers)
            or (len(speakers) == 2 and kind == "Intent")
        )
    )
    return others + tg if joint else tg


def _named_agent(child: Token) -> bool:
    """A passive's "by" phrase naming someone ("by Moscow"), not a cause ("alarmed by the arrests")."""
    return child.dep_ == "agent" and any(
        g.dep_ == "pobj" and (g.pos_ == "PROPN" or bool(g.ent_type_)) for g in child.children
    )


def _both(cue: Token) -> bool:
    """ "X and Y both called for ...", "Both X and Y stressed ...": a pair acting together (C1)."""
    subjects = _subject_heads(cue)
    return any(c.lower_ == "both" for c in cue.children) or any(
        t.lower_ == "both" for s in subjects for t in s.subtree
    )


def _subject_actors(cue: Token, dis: Discourse) -> set[str]:
    """The actors named in a cue's subject (the speakers and those listed with them: "The Troika
    (Norway, ...), Canada and the EU are alarmed"), not the owner of a speaking body ("Ruto's
    office said": Ruto is what the office reports on)."""
    names: set[str] = set()
    for subj in _subject_heads(cue):
        names.update(dis.expand(subj))
        owned = {t.i for c in subj.children if c.dep_ == "poss" for t in c.subtree}
        names.update(n for t in subj.subtree if t.i not in owned and (n := dis.acts.token_actor.get(t.i)))
    return names


def _subject_heads(cue: Token) -> list[Token]:
    """A cue's subjects, or its copula's ("X are alarmed by ...", "X were quick to condemn")."""
    for verb in (cue, cue.head) if cue.dep_ in ("acomp", "xcomp") else (cue,):
        agent = any(_named_agent(c) for c in verb.children)  # "X is opposed by Moscow": X is the content
        subjects = [c for c in verb.children if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and not agent)]
        if subjects:
            return subjects
    return []


def _drop_nested(statements: list[St]) -> list[St]:
    """A cue inside another speaker's reported clause ("Macron's office said the two had agreed
    on ...", "noted that Macron had not mentioned ...") is part of that statement: annotators
    attribute it to the reporting speaker, with the inner act's kind."""
    keep = []
    for st in statements:
        nested = any(
            o.cue is not st.cue
            and o.content[0] <= st.cue.i < o.content[1]
            and o.speaker != st.speaker
            and (not _named_subject(st.cue) or _own_office(o.cue))
            for o in statements
        )
        tail = st.cue.i >= st.content[1] and any(  # "X refused ..., saying ..., his office said"
            o.cue is not st.cue and st.content[0] <= o.cue.i < st.content[1] and o.speaker == st.speaker
            for o in statements
        )
        told = any(  # the part "and urged him to ..." of "X spoke ... and urged ..., her office said"
            o.cue is not st.cue and o.cue.i == st.content[0] and _named_subject(o.cue) for o in statements
        )
        if nested or tail or told or _bare_report_of(st, statements):
            continue
        keep.append(st)
    return keep


def _bare_report_of(st: St, statements: list[St]) -> bool:
    """ "The two sides agreed to ..., it said" / "..., the statement said": a pronoun or document
    reporting a named act only attributes it; the act is the statement."""
    if not _points_back(st.cue):
        return False
    return any(
        o.cue is not st.cue and st.content[0] <= o.cue.i < st.content[1] and _named_subject(o.cue)
        for o in statements
    )


def _points_back(cue: Token) -> bool:
    """A cue whose subject only points back to a document or speaker: "it said", "the statement
    said" (not "the ministry said", which names who speaks)."""
    subj = _subject(cue)
    return subj is not None and (subj.lower_ == "it" or subj.lemma_.lower() in L.DOCUMENT_NOUNS)


def _named_subject(cue: Token) -> bool:
    """A reported act whose own subject is named ("the presidency said el-Sissi told Abiy ...",
    "it said the two sides agreed ..."): the reported speaker's statement stands beside the report."""
    if cue.lemma_.lower() in L.ATTITUDE_CUES or any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in cue.children
    ):
        return False  # "said Russia intends to", "told X that Egypt would not accept": content
    subj = _subject(cue)  # "said X condemned A and pledged B": both acts are X's
    return subj is not None and subj.pos_ in ("PROPN", "NOUN") and subj.dep_ == "nsubj"


def _sentence_start(doc, char: int) -> int:
    """Start of the sentence containing ``char`` (quotes may begin sentences earlier)."""
    tok = doc.char_span(char, char + 1, alignment_mode="expand")
    if tok is None or not len(tok):
        return char
    for sent in doc.sents:
        if sent.start <= tok.start < sent.end:
            return sent.start_char
    return char


def _quote_for(cue: Token, span: tuple[int, int] | None, sent: Span, quotes, doc):
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


def _quote_dominates(quote, span, doc) -> bool:
    lo, hi = doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])
    return (quote[1] - quote[0]) >= 0.6 * (hi - lo) or quote[0] < lo


def _speakers(cue: Token, dis: Discourse) -> list[str]:
    from .events import _subjects

    return _subjects(cue, dis)


def _targets(
    addressee: list[Token],
    content: list[Token],
    cstart: int,
    cend: int,
    speakers: list[str],
    dis: Discourse,
    lemma: str,
) -> list[str]:
    """The addressees; else the actors the content is about (its subject, then any mention)."""
    out: list[str] = []
    for tok in addressee:  # "told CNN": the outlet is the channel, not whom the content is for
        out.extend(n for n in _named(tok, dis) if dis.acts.kind(n) != "Media")
    if out:
        return out
    doc = dis.acts.doc
    subj_first: list[str] = []
    for head in content:
        for child in head.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                subj_first.extend(_named(child, dis))
    seen = list(subj_first)
    according = {t.i for tok in doc[cstart:cend] if tok.lower_ == "according" for t in tok.subtree}
    according |= _side_clauses(doc[cstart:cend], content, dis)
    for i in range(cstart, cend):
        if i in dis.acts.prefix_tokens or i in according:
            continue
        name = dis.acts.token_actor.get(i)
        if (
            name
            and name not in seen
            and not _owner_of_actor(doc[i], name, dis)
            and not _issuer(doc[i], name, dis)
        ):
            seen.append(name)
    seen.extend(_acting_states(doc[cstart:cend], dis))
    if not [n for n in seen if n not in speakers]:
        seen.extend(_side_targets(doc[cstart:cend], dis))
    return [n for n in dict.fromkeys(seen) if n not in speakers][:_MAX_TARGETS]


def _side_clauses(span: Span, content: list[Token], dis: Discourse) -> set[int]:
    """Tokens of relative clauses on an actor's mention ("urged Egypt and the UAE, which both back
    Haftar, to ..."): they say who a party is, not whom the statement is about."""
    heads = {t.i for t in content}
    out: set[int] = set()
    for tok in span:
        if (
            tok.dep_ == "relcl"
            and tok.head.i in dis.acts.token_actor
            and not any(t.i in heads for t in tok.subtree)
        ):
            out.update(t.i for t in tok.subtree)
    return out


def _issuer(tok: Token, name: str, dis: Discourse) -> bool:
    """The body a legal text is named after ("UN Security Council resolutions", "the UN Charter")."""
    if tok.dep_ == "det":  # a mention read from its article
        tok = tok.head
    while tok.dep_ in ("compound", "flat") and dis.acts.token_actor.get(tok.head.i) == name:
        tok = tok.head
    if tok.lemma_.lower() in L.INSTRUMENT_NOUNS:  # "the UN Charter" read as one mention
        return True
    return tok.dep_ in ("compound", "nmod", "poss") and tok.head.lemma_.lower() in L.INSTRUMENT_NOUNS


def _named(tok: Token, dis: Discourse) -> list[str]:
    """The actors a content subject or addressee names: "the two sides" / "both leaders" are the
    pair the text has just named."""
    return dis.expand(tok) or (_last_pair(tok, dis) if _pair_noun(tok) else [])


def _owner_of_actor(tok: Token, name: str, dis: Discourse) -> bool:
    """The possessor of another actor's mention ("Sudan's military authorities", "Kenya's police"),
    or the "of" object of a people or body noun: the statement is about them, not the state."""
    owners = dis.acts.token_actor
    while tok.dep_ in ("compound", "flat") and owners.get(tok.head.i) == name:
        tok = tok.head
    if tok.dep_ == "case":  # "Sudan 's": spaCy may hang the possessive on the name
        tok = tok.head
    owned = owners.get(tok.head.i)
    if tok.dep_ == "poss" and owned is not None and owned != name:
        return True
    return _of_people_or_body(tok)


def _of_people_or_body(tok: Token) -> bool:
    """ "the people of Burma", "the government of Yemen", "the people of the US and the PRC": the
    state only says whose people or body."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    noun = tok.head.head.lemma_.lower()
    return noun in L.PEOPLE_OF_NOUNS or noun in L.BODY_NOUNS or tok.head.head.lower_ in L.PEOPLE_OF_NOUNS


def _acting_states(span: Span, dis: Discourse) -> list[str]:
    """States named by the adjective of a hostile act ("a Russian invasion", "Ethiopian troop
    movements"): the statement is about the state that acts."""
    acts = dis.acts
    out: list[str] = []
    for tok in span:
        name = acts.token_demonym.get(tok.i)
        noun = tok.head
        if name is None or tok.dep_ not in ("amod", "compound") or noun.i in acts.token_actor:
            continue
        if L.EVENT_NOUNS.get(noun.lemma_.lower()) in _AGENT_KINDS:  # not "the Syrian war" (a place)
            out.append(name)
    return dis._ensured(out, span[0]) if out else out


def _side_targets(span: Span, dis: Discourse) -> list[str]:
    """States named by an adjective in a to/against/with/from phrase ("gratitude to the Russian
    side", "pressure on the Iranian leadership")."""
    acts = dis.acts
    out: list[str] = []
    for tok in span:
        if tok.dep_ == "pobj" and tok.head.lower_ in L.TARGET_PREPS:
            for child in tok.children:
                name = acts.token_demonym.get(child.i) if child.dep_ in ("amod", "compound") else None
                if name:
                    out.append(name)
    return dis._ensured(out, span[0]) if out else out


# --- targets settled once the article is read ---------------------------------------------

_MAX_TARGETS = 6  # beyond this a sentence lists actors rather than aims at them
_CONVERSATION_KINDS = frozenset({"PhoneCall", "Meeting", "Conversation"})
_READOUT_SPAN = 200  # tokens after a call that a readout goes on reporting it
_MAX_PARTIES = 3  # a meeting of more is a round of talks, not one conversation addressed to each


def own_sides(speaker: str, acts: Actors) -> set[str]:
    """The speaker and whom it speaks for: its affiliation, that body's own affiliation, and the
    state of its country. A statement is not aimed at its own side ("reaffirmed Russia's support")."""
    out = {speaker}
    actor = acts.by_name.get(speaker)
    for _ in range(2):
        if actor is None:
            break
        if actor.country:
            out.update(
                a.name for a in acts.by_name.values() if a.kind == "State" and a.country == actor.country
            )
        if not actor.affiliation:
            break
        out.add(actor.affiliation)
        actor = acts.by_name.get(actor.affiliation)
    return out | _state_bodies(speaker, acts)


_OFFICIAL_SIDES = ("State", "GovernmentBody")


def _state_bodies(speaker: str, acts: Actors) -> set[str]:
    """An official voice speaks for its state's bodies and forces: "Medvedev said Russian troops
    would pull out" is not aimed at Russian troops (a citizen's or a party's voice is not)."""
    actor = acts.by_name.get(speaker)
    if actor is None or actor.country is None:
        return set()
    official = actor.kind in _OFFICIAL_SIDES or (
        actor.kind == "Person" and acts.kind(actor.affiliation) in _OFFICIAL_SIDES
    )
    if not official:
        return set()
    return {
        a.name
        for a in acts.by_name.values()
        if a.kind in ("GovernmentBody", "ArmedGroup") and a.country == actor.country
    }


def conversation_parties(st: St, during: Ev | None, acts: Actors) -> list[str]:
    """The other parties of the call or meeting a statement was made in, when the speaker took
    part: in a readout what a leader said was said to the other leader, named or not."""
    if during is None or during.kind not in _CONVERSATION_KINDS:
        return []
    own = own_sides(st.speaker, acts) | _state_people(st.speaker, during.participants, acts)
    if not own & set(during.participants) or len(during.participants) > _MAX_PARTIES:
        return []
    return [p for p in during.participants if p not in own]


def speaker_conversation(st: St, events: list[Ev], acts: Actors) -> Ev | None:
    """The article's first call or meeting, when it was held before the statement, the speaker
    took part and took part in no other: a readout's later sentences ("The Secretary underscored
    ...") go on reporting that conversation."""
    talks = [ev for ev in events if ev.kind in _CONVERSATION_KINDS and ev.status == "reported"]
    own = own_sides(st.speaker, acts)
    taken = [
        ev
        for ev in talks
        if (own | _state_people(st.speaker, ev.participants, acts)) & set(ev.participants)
        and len(ev.participants) >= 2
    ]
    if len(taken) != 1 or taken[0] is not talks[0] or not 0 <= st.cue.i - taken[0].trigger.i <= _READOUT_SPAN:
        return None
    return taken[0]


def _state_people(speaker: str, participants: list[str], acts: Actors) -> set[str]:
    """When a state speaks in a readout ("the United States opposes ..."), its leader in the call
    is its side of the conversation."""
    actor = acts.by_name.get(speaker)
    if actor is None or actor.kind != "State" or actor.country is None:
        return set()
    return {
        p
        for p in participants
        if (a := acts.by_name.get(p)) is not None and a.kind == "Person" and a.country == actor.country
    }


def _inhabitants(name: str, acts: Actors) -> bool:
    """ "the Iraqi people", "the people of Yemen": the anonymous inhabitants of a state (no actor)."""
    return acts.kind(name) == "Group" and bool(set(name.lower().split()) & L.PEOPLE_OF_NOUNS)


def settle_targets(st: St, during: Ev | None, acts: Actors, events: list[Ev] | None = None) -> None:
    """Final targets: the other party of the conversation first, then the addressees and the
    content's actors (kept apart until now: event participants read the addressees), never the
    speaker's own side."""
    if during is None and events:
        during = speaker_conversation(st, events, acts)
    own = own_sides(st.speaker, acts)
    done = _judged_event_parties(st, events or [], acts)
    found = [t for t in st.targets + st.about + done if t not in own and not _inhabitants(t, acts)]
    st.targets = list(dict.fromkeys(conversation_parties(st, during, acts) + found))


_HOSTILE_KINDS = frozenset({"Attack", "Shelling", "Fighting", "CeasefireViolation"})
_AGENT_KINDS = frozenset({"Attack", "Shelling"})  # acts one side does to another


def _judged_event_parties(st: St, events: list[Ev], acts: Actors) -> list[str]:
    """ "condemned the attack", "claimed responsibility for the raid": a judgement of an event the
    article reported names no one, but is aimed at that event's parties (the attacker, when the
    statement condemns it; the attacked, when the attacker speaks)."""
    if st.kind not in _JUDGING and st.kind != "Announcement":
        return []
    doc = acts.doc
    for tok in doc[st.content[0] : st.content[1]]:
        kind = L.EVENT_NOUNS.get(tok.lemma_.lower())
        if kind not in _HOSTILE_KINDS or tok.pos_ != "NOUN" or _names_actor(tok, acts):
            continue
        if tok.head.i != st.cue.i and not (tok.head.dep_ == "prep" and tok.head.head.i == st.cue.i):
            continue  # only the cue's own object: "condemned the attack", "responsibility for the raid"
        if not any(c.dep_ in ("det", "poss") and c.lower_ in L.POINTING_DETERMINERS for c in tok.children):
            continue
        earlier = [ev for ev in events if ev.kind == kind and ev.trigger.i <= tok.i and ev.participants]
        if earlier:
            parties = earlier[-1].participants
            if st.speaker in parties:
                return [p for p in parties if p != st.speaker]
            return parties[:1] if st.kind != "Announcement" else []
    return []


def _names_actor(noun: Token, acts: Actors) -> bool:
    """The noun's own phrase names an actor ("the attack by the rebels", "Russia's invasion")."""
    return any(t.i in acts.token_actor or t.i in acts.token_demonym for t in noun.subtree if t.i != noun.i)


def _sourced(according: list[St], found: list[St]) -> list[St]:
    """ "A, according to X" beside other cues in the sentence ("..., according to X, who added
    that B"): a statement of its own unless a cue already speaks A ("Putin said A, according to
    the Kremlin" is Putin's)."""
    return [
        st
        for st in according
        if not any(
            st.content[0] <= o.cue.i < st.content[1]
            or (o.content[0] < st.content[1] and st.content[0] < o.content[1])
            for o in found
        )
    ]


def _according_to(sent: Span, dis: Discourse, published) -> list[St]:
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < len(sent.doc) and sent.doc[tok.i + 1].lower_ == "to":
            prep = sent.doc[tok.i + 1]
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            speakers = dis.expand(pobj)
            if (
                pobj.pos_ == "NOUN"
                and pobj.lemma_.lower() in L.SOURCE_NOUNS
                and _state_modified(pobj, speakers, dis)
            ):
                speakers = []  # "according to Georgian sources": those sources
            if not speakers and pobj.pos_ == "NOUN" and pobj.lemma_.lower() in L.SOURCE_NOUNS:
                speakers = _source_speaker(pobj, dis, _reading(sent.doc))  # "according to a source"
            if not speakers:
                continue
            lo = tok.left_edge.i if tok.left_edge.i > sent.start else tok.i
            text = (
                sent.doc[sent.start : tok.i].text
                if tok.i > sent.start
                else sent.doc[pobj.right_edge.i + 1 : sent.end].text
            )
            text = _clean(text) or sent.text
            kind = _according_kind(sent, tok)
            evidence = (sent.start_char, sent.end_char)
            act = _Said(tok, kind, text, "indirect", evidence, (sent.start, lo), published, "according to")
            return act.per_speaker(speakers, [])
    return []


def _according_kind(sent: Span, according: Token) -> str:
    """The kind of what a source is cited for ("according to X, troops were occupying villages"):
    read from the sentence's main verbs, as for a plain "said"."""
    root = sent.root
    if root.i in (according.i, according.i + 1):
        return "Report"
    heads = [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    return statement_kind(according, "say", heads, sent.text, "Report")
