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

from spacy.tokens import Span, Token

from ontology.codes import statement_codes

from . import lexicon as L
from .dates import attached_date
from .resolve import Discourse

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


# --- content ---------------------------------------------------------------------------------

_CONTENT_DEPS = ("ccomp", "xcomp", "dobj", "oprd", "parataxis", "advcl", "acomp")


def _content_tokens(cue: Token, lemma: str) -> tuple[list[Token], list[Token]]:
    """(content heads, addressee heads) of a cue."""
    content: list[Token] = []
    addressee: list[Token] = []
    for child in cue.children:
        dep = child.dep_
        if dep == "dobj":
            if lemma in L.ADDRESSEE_CUES and (
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
    return content, addressee


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


def statement_kind(cue: Token, lemma: str, content: list[Token], content_text: str) -> str:
    kind = L.CUE_KINDS.get(lemma, "Report")
    if lemma in L.LIGHT_CUES or lemma in ("make", "issue", "renew"):
        for child in cue.children:
            if child.dep_ == "dobj":
                nouns = [child] + [
                    p
                    for c in child.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children
                    if p.dep_ == "pobj"
                ]
                for noun in nouns:  # "a call for", "the details of Russia's terms"
                    noun_kind = L.NOUN_KINDS.get(noun.lemma_.lower())
                    if noun_kind:
                        return noun_kind
                if lemma in ("raise",):
                    return "Report"
    if kind == "Report":
        for head in content:  # "laid out that the United States opposes ...": the inner act
            inner = L.CUE_KINDS.get(head.lemma_.lower())
            if head.pos_ == "VERB" and inner in (
                "Rejection",
                "Agreement",
                "Denial",
                "Accusation",
                "Criticism",
                "Threat",
                "Intent",
                "Demand",
            ):
                return inner
            modal = any(c.dep_ == "aux" and c.lower_ in L.PLANNED_MODALS for c in head.children)
            if (
                head.pos_ == "VERB"
                and head.lemma_.lower() in L.INTENT_VERBS
                and (modal or head.lemma_.lower() == "stand")
            ):
                return "Intent"
            if head.pos_ == "VERB" and head.lemma_.lower() in L.ANNOUNCE_VERBS:
                return "Announcement"
        words = set(re.findall(r"[a-z]+", content_text.lower()))
        if words & L.ACCUSE_WORDS:
            return "Accusation"
        if words & L.WARNING_WORDS:
            return "Warning"
        if words & L.INTENT_WORDS:
            return "Intent"
        if words & L.APPEAL_WORDS:
            return "Appeal"
    if any(c.dep_ == "neg" for c in cue.children):
        if kind in ("Agreement", "Intent"):
            return "Rejection"
    if kind in ("Report", "Announcement", "Intent") and _conditional_threat(content):
        return "Threat"
    return kind


_THREAT_PLOVER = frozenset({"COERCE", "SANCTION", "PROTEST", "ASSAULT", "RETREAT"})


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
        codes = L.ACTION_VERBS.get(head.lemma_.lower())
        violent = L.EVENT_VERBS.get(head.lemma_.lower()) in ("Attack", "Shelling", "Fighting")
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        own = subj is None or subj.pos_ == "PRON"  # the speaker's own intention ("it will ...")
        if modal and own and ((codes and codes[0] in _THREAT_PLOVER) or violent):
            return True
    return False


def codes_for(kind: str, content_text: str) -> tuple[str, str | None]:
    """CAMEO/PLOVER of a statement kind, refined by what is appealed for or agreed."""
    cameo, plover = statement_codes(kind)
    words = set(re.findall(r"[a-z\-]+", content_text.lower()))
    if kind == "Appeal" and words & L.MEET_WORDS:
        cameo = "026"
    elif kind == "Appeal" and words & L.CEASEFIRE_WORDS:
        cameo = "027"
    elif kind == "Intent" and words & L.MEET_WORDS:
        cameo = "036"
    elif kind == "Demand" and words & L.CEASEFIRE_WORDS:
        cameo = "107"
    return cameo, plover


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


def detect_statements(
    sent: Span, dis: Discourse, quotes: list[tuple[int, int]], published: date | None, date_mentions: list
) -> list[St]:
    """Statements of one sentence, one per (cue, reported clause, speaker)."""
    out: list[St] = []
    doc = sent.doc
    sent_quotes = [q for q in quotes if q[0] < sent.end_char and q[1] > sent.start_char]
    for cue in sent:
        lemma = cue.lemma_.lower()
        if lemma not in L.CUE_KINDS or cue.pos_ != "VERB" or dis.in_quote(cue):
            continue
        if lemma in ("put", "give", "provide", "make", "issue") and not _light_object(cue):
            continue
        content, addressee = _content_tokens(cue, lemma)
        span = _span_of(content)
        quote = _quote_for(cue, span, sent, sent_quotes, doc)
        if not _cue_ok(cue, lemma, content, addressee, quote is not None):
            continue
        speakers = _speakers(cue, dis)
        if not speakers and _impersonal(cue):
            speakers = _impersonal_speakers(lemma, dis)
        elif _passive_without_agent(cue):
            continue  # "was briefed": the speaker is not in the text
        if not speakers:
            continue
        parts = _clauses(content, span) if quote is None else [(content, span)]
        for part, pspan in parts:
            out.extend(
                _statements_for(
                    cue, lemma, part, pspan, addressee, quote, speakers, sent, dis, published, date_mentions
                )
            )
    out = _drop_nested(out)
    if not out:
        out.extend(_according_to(sent, dis, published))
    return out


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


def _clauses(content: list[Token], span):
    """Split "noted that A, or that B" / "laid out that A, B, and C" into one part per clause."""
    out = []
    for head in content:
        conjs = [
            c
            for c in head.children
            if c.dep_ == "conj"
            and c.pos_ in ("VERB", "AUX")
            and any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children)
        ]
        if head.dep_ not in ("ccomp", "xcomp") or not conjs:
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


def _statements_for(
    cue, lemma, content, span, addressee, quote, speakers, sent, dis, published, date_mentions
) -> list[St]:
    doc = sent.doc
    if span is None and quote is None:
        text, cstart, cend = doc.text[sent.start_char : sent.end_char], sent.start, sent.end
    elif quote is not None and (span is None or _quote_dominates(quote, span, doc)):
        text, cstart, cend = doc.text[quote[0] : quote[1]], *(span or (sent.start, sent.end))
    else:
        cstart, cend = span
        first = (
            cstart + 1
            if doc[cstart].dep_ == "prep" and doc[cstart].head is cue and cend - cstart > 1
            else cstart
        )  # "called for [a ceasefire]"
        last = doc[cend - 1]
        text = doc.text[doc[first].idx : last.idx + len(last)]
    text = _clean(text)
    mode = "direct" if quote is not None else "indirect"
    kind = statement_kind(cue, lemma, content, text)
    cameo, plover = codes_for(kind, text)
    if plover is None:  # "announced a suspension of air links": the act announced
        plover = _action_plover(content) or plover
    ev_start = sent.start_char
    if quote and quote[0] - 1 < sent.start_char:  # a quote that began sentences earlier
        ev_start = _sentence_start(doc, quote[0] - 1)
    ev_end = max(sent.end_char, quote[1] + 1) if quote else sent.end_char
    targets = _targets(addressee, content, cstart, cend, speakers, dis, lemma)
    st_date = attached_date(cue, sent, published, date_mentions) or published
    cue_text = cue.text
    for child in cue.children:
        if child.dep_ == "prep" and lemma in ("call", "press") and child.lower_ in ("for", "on"):
            cue_text = f"{cue.text} {child.text}"
    out = []
    for speaker in speakers:
        tg = [t for t in targets if t != speaker]
        if any(c.lower_ == "other" for c in addressee):
            tg = [s for s in speakers if s != speaker] + tg
        elif len(speakers) > 1 and lemma in ("agree", "exchange", "discuss") and not tg:
            tg = [s for s in speakers if s != speaker]
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
            )
        )
    return out


def _drop_nested(statements: list[St]) -> list[St]:
    """A cue inside another speaker's reported clause ("Macron's office said the two had agreed
    on ...", "noted that Macron had not mentioned ...") is part of that statement: annotators
    attribute it to the reporting speaker, with the inner act's kind."""
    keep = []
    for st in statements:
        nested = any(
            o.cue is not st.cue and o.content[0] <= st.cue.i < o.content[1] and o.speaker != st.speaker
            for o in statements
        )
        if nested:
            continue
        keep.append(st)
    return keep


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
    """Addressees first; else the actors the content is about (its subject, then any mention)."""
    out: list[str] = []
    for tok in addressee:
        out.extend(dis.expand(tok))
    if out:
        return out
    doc = dis.acts.doc
    subj_first: list[str] = []
    for head in content:
        for child in head.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                subj_first.extend(dis.expand(child))
    seen = list(subj_first)
    according = {t.i for tok in doc[cstart:cend] if tok.lower_ == "according" for t in tok.subtree}
    for i in range(cstart, cend):
        if i in dis.acts.prefix_tokens or i in according:
            continue
        name = dis.acts.token_actor.get(i)
        if name and name not in seen:
            seen.append(name)
    return [n for n in seen if n not in speakers][:4]


def _according_to(sent: Span, dis: Discourse, published) -> list[St]:
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < len(sent.doc) and sent.doc[tok.i + 1].lower_ == "to":
            prep = sent.doc[tok.i + 1]
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            speakers = dis.expand(pobj)
            if not speakers:
                continue
            lo = tok.left_edge.i if tok.left_edge.i > sent.start else tok.i
            text = (
                sent.doc[sent.start : tok.i].text
                if tok.i > sent.start
                else sent.doc[pobj.right_edge.i + 1 : sent.end].text
            )
            text = _clean(text) or sent.text
            cameo, plover = statement_codes("Report")
            return [
                St(
                    speaker=s,
                    cue=tok,
                    kind="Report",
                    cameo=cameo,
                    plover=plover,
                    mode="indirect",
                    text=text,
                    start=sent.start_char,
                    end=sent.end_char,
                    content=(sent.start, lo),
                    date=published,
                    cue_text="according to",
                )
                for s in speakers
            ]
    return []
