"""Which statements a sentence holds: cue verbs and their speech acts, clauses, stances, nominal
acts, quotes run on over sentences, statement documents, "according to", and nested reports.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Span, Token

from ontology.codes import cameo_kind, cameo_plover, cameo_verbs

from .. import lexicon as L
from ..dates import attached_date
from ..resolve import Discourse
from ..sides import voice_side
from ..syntax import doc_text
from .kinds import (
    VERB_CODED,
    Said,
    according_kind,
    action_plover,
    cameo_cue,
    codes_for,
    cue_base,
    inner_kind,
    noun_part_kind,
    side_kind,
    statement_kind,
    undertaking_kind,
)
from .model import Reading, St, clause_verb, clean, content_tokens, inverted_cue, span_of
from .quotes import (
    colon_quote,
    cue_after,
    lead_colon_quote,
    quote_dominates,
    quote_for,
    quoted_as,
    sentence_end,
    sentence_start,
)
from .speakers import (
    ORG_KINDS,
    co_authors,
    cue_subject,
    document_author,
    impersonal_speakers,
    institutional_voice,
    joint_speakers,
    media_name,
    source_speaker,
    speakers_of,
    state_modified,
)
from .targets import (
    according_targets,
    earlier_targets,
    own_sides,
    owner_of_actor,
    select_targets,
    speaker_targets,
)


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
    need = L.CUE_NEEDS.get(lemma) or L.MORE_CUE_NEEDS.get(lemma)
    if need is None:
        return bool(content or addressee or in_quote or lemma in L.ADDRESSEE_CUES)
    have = {c.dep_ for c in cue.children} | {c.lower_ for c in cue.children}
    if in_quote:
        have.add("quote")
    return bool(need & have)


def _reading(doc, dis: Discourse | None = None) -> Reading:
    """The reading state of this extraction of ``doc`` (a new one when the Doc is read again)."""
    state = doc.user_data.get("diplograph.speech")
    if not isinstance(state, Reading) or (dis is not None and state.reader is not dis):
        state = doc.user_data["diplograph.speech"] = Reading(reader=dis)
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
        state.author = document_author(doc, dis, quotes)
        state.author += co_authors(state.author, dis)
    sent_quotes = [q for q in quotes if q[0] < sent.end_char and q[1] > sent.start_char]
    split = [c for c in sent if clause_verb(c) is not None]
    for cue in sent:
        lemma = cue.lemma_.lower()
        if cue.pos_ != "VERB" or (dis.in_quote(cue) and not _quoted_cue(cue, dis)):
            continue
        base = cue_base(cue, lemma)
        if base is None:
            continue
        addressed = cameo_cue(lemma) and base in ("Criticism", "Accusation", "Appeal", "Demand", "Praise")
        content, addressee = content_tokens(cue, lemma, addressed)
        span = _before_split(span_of(content), cue, split)
        if not content:
            content, span = _reported_before(cue) or (content, span)
        quote = quote_for(cue, span, sent, sent_quotes, doc)
        colon = None
        if quote is None and (span is None or all(c.dep_ == "prep" for c in content)):
            colon = colon_quote(sent, quotes, state)  # "X wrote on social media: ¶ '...'"
        if not _cue_ok(cue, lemma, content, addressee, quote is not None or colon is not None):
            continue
        speakers = joint_speakers(cue, dis, state, base)
        if not speakers and _impersonal(cue):
            speakers = impersonal_speakers(lemma, dis)
        elif _passive_without_agent(cue) and not quoted_as(cue):
            continue  # "was briefed": the speaker is not in the text
        if not speakers:
            continue
        if quote is not None:
            speakers = institutional_voice(doc, quote, speakers, dis)
        if colon is not None:
            out.extend(_quote_statements(colon, speakers, cue, cue.text, sent, dis, published))
            continue
        parts = _clauses(content, span) if _splittable(quote, span, doc) else [(content, span)]
        for part, pspan in parts:
            act = _Act(cue, lemma, part, pspan, speakers, addressee, _quote_in(quote, pspan, doc), base)
            sts = _statements_for(act, sent, dis, published, date_mentions)
            noun_part_kind(sts, part)
            out.extend(sts)
    out = _beyond_cues(sent, out, dis, state, quotes, published, date_mentions)
    earlier_targets(out, state, sent)
    _answered(out, state)
    _remember(sent, out, dis, state, quotes)
    return out


def _quoted_cue(cue: Token, dis: Discourse) -> bool:
    """'The five states "strongly condemned" the attack': a short quote of the cue verb itself,
    whose subject stands outside the quotation marks, is the reporter's sentence, not a quote."""
    subj = cue_subject(cue)
    if subj is None or dis.in_quote(subj) or subj.i > cue.i:
        return False
    quote = next(((a, b) for a, b in dis.quotes if a <= cue.idx < b), None)
    if quote is None:
        return False
    span = cue.doc.char_span(quote[0], quote[1], alignment_mode="expand")
    return span is not None and len([t for t in span if not t.is_punct]) <= 4


def _splittable(quote, span, doc) -> bool:
    """A reported speech may be split into its clauses unless a quote makes up most of it (a
    quoted word, 'had been "constructive" and that ...', does not keep it whole)."""
    return quote is None or (span is not None and not quote_dominates(quote, span, doc))


def _quote_in(quote, span, doc):
    """The quote of a reported speech, for the part of it the quote lies in (None for the others)."""
    if quote is None or span is None or span[1] <= span[0]:
        return quote
    lo, hi = doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])
    return quote if quote[0] < hi and quote[1] > lo else None


def _reported_before(cue: Token) -> tuple[list[Token], tuple[int, int]] | None:
    """The clause a cue placed after it reports ("Talks ended, the UN said, but ..."): its head
    and its words up to the comma before the cue's subject."""
    inverted = inverted_cue(cue)
    if inverted is None:
        return None
    head, subj = inverted
    start, end = head.left_edge.i, subj.left_edge.i - 1
    if end - start < 3:
        return None
    return [head], (start, end)


def _beyond_cues(
    sent: Span, out: list[St], dis: Discourse, state: Reading, quotes, published, date_mentions
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
        out.extend(_colon_lead(sent, quotes, state, dis, published))
    if not out:
        out.extend(_free_indirect(sent, state, dis, published, date_mentions))
    if state.author:
        out = [st for st in out if _own_voice(st, state.author, dis)]
        if not out:
            out.extend(_authored(sent, state, dis, published))
    return out


def _stances(
    sent: Span, dis: Discourse, state: Reading, published, date_mentions, found: list[St]
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
        speakers = speakers_of(head, dis, state)
        if not speakers:
            continue
        act = _Act(adj, adj.lower_, content, span_of(content), speakers, base=kind)
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
        act = _Act(noun, lemma, content, span_of(content), speakers, base=kind)
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


_ANSWERS = frozenset({"Denial", "Rejection"})


_ANSWER_SPAN = 150  # tokens back that a denial may answer


def _answered(out: list[St], state: Reading) -> None:
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


def _remember(sent: Span, out: list[St], dis: Discourse, state: Reading, quotes) -> None:
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
        orgs = [s for s in state.speakers if acts.kind(s) in ORG_KINDS]
        state.org = orgs[-1] if orgs else state.org
    else:
        for tok in sent.root.children:
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ != "PRON":
                names = [n for n in (acts.at(tok) and [acts.at(tok)] or []) if acts.kind(n) in ORG_KINDS]
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


def _remember_documents(sent: Span, out: list[St], state: Reading) -> None:
    """ "In a statement, the army said ..." names who issued the statement: "the statement added"
    later is theirs, whoever spoke in between."""
    nouns = {
        t.lemma_.lower()
        for t in sent
        if t.lemma_.lower() in L.DOCUMENT_NOUNS and t.pos_ == "NOUN" and t.dep_ != "nsubj"
    }
    issued = [st for st in out if st.cue_text not in ("statement", "according to")]
    if not nouns or not issued:
        return
    joint = any(t.lower_ == "joint" and t.head.lemma_.lower() in nouns for t in sent)
    cue = issued[-1].cue  # "A, B and C said in a joint statement": each party issued it (C2)
    speakers = list(dict.fromkeys(st.speaker for st in issued if st.cue == cue)) if joint else []
    for noun in nouns:
        state.documents[noun] = speakers or [issued[-1].speaker]


def _run_on(sent: Span, quotes, state: Reading, dis: Discourse, published) -> list[St]:
    """A quote opening a sentence right after a direct statement, with no cue of its own ('..."
    X told NBC. "It also ...'), continues what the last quoted speaker said."""
    doc = sent.doc
    text = doc_text(doc)
    start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
    q = next((q for q in quotes if q[0] - 1 <= start <= q[0] and q not in state.used), None)
    if q is None or cue_after(doc, q, dis):
        return []  # '"A. B," X said': the quote is attributed where it ends
    if state.quote_speakers and state.quote_end >= 0 and not text[state.quote_end : start].strip():
        return _quote_statements(q, state.quote_speakers, sent.root, state.quote_cue, sent, dis, published)
    if _quote_paragraph(text, q, state, start):
        cue_text = state.recent[-1].cue_text if state.recent else "said"
        return _quote_statements(q, list(state.speakers), sent.root, cue_text, sent, dis, published)
    return []


def _colon_lead(sent: Span, quotes, state: Reading, dis: Discourse, published) -> list[St]:
    """ "X was blunt: '...'", "X had a message for the rebels: '...'": with no cue verb, a quote
    the sentence leads into with a colon is what its subject said."""
    q = lead_colon_quote(sent, quotes, state, dis)
    root = _lead_verb(sent, dis) if q is not None else None
    subj = cue_subject(root) if root is not None else None
    if q is None or root is None or subj is None or dis.in_quote(subj):
        return []
    speakers = [n for n in dis.expand(subj) if dis.acts.kind(n) != "Place"]
    return _quote_statements(q, speakers, root, root.text, sent, dis, published) if speakers else []


def _lead_verb(sent: Span, dis: Discourse) -> Token | None:
    """The verb of the words before a colon, outside quotes (the parse may root the sentence in
    the quote the colon leads into)."""
    colon = next((t for t in sent if t.text == ":" and not dis.in_quote(t)), None)
    if colon is None:
        return None
    heads = [
        t
        for t in sent.doc[sent.start : colon.i]
        if t.pos_ in ("VERB", "AUX") and (t.head == t or t.head.i >= colon.i or dis.in_quote(t.head))
    ]
    return heads[0] if heads else None


def _quote_paragraph(text: str, q: tuple[int, int], state: Reading, start: int) -> bool:
    """A paragraph that is one quote with no cue, right after a paragraph whose last sentence
    reported one speaker ('X said he had done nothing wrong. \n\n "I have served ..."'): the
    quote is that speaker's."""
    if len(state.speakers) != 1 or state.said_end < 0:
        return False
    gap = text[state.said_end : start]
    if gap.strip() or "\n" not in gap:
        return False
    line_end = text.find("\n", q[1])
    rest = text[q[1] : line_end if line_end >= 0 else len(text)]
    return not rest.strip(' \t"\u201d.,')


def _free_indirect(sent: Span, state: Reading, dis: Discourse, published, date_mentions) -> list[St]:
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
    text = clean(doc_text(doc)[q[0] : q[1]])
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
    evidence = (min(sent.start_char, sentence_start(doc, q[0])), max(sentence_end(doc, q[1] - 1), q[1]))
    targets = select_targets([], roots, span.start, span.end, speakers, dis, "say")
    act = Said(cue, kind, text, "direct", evidence, (span.start, span.end), published, cue_text)
    return act.per_speaker(speakers, targets)


def _authored(sent: Span, state: Reading, dis: Discourse, published) -> list[St]:
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
    base = (L.CUE_KINDS.get(root.lemma_.lower()) or inner_kind(root)) if own else None
    if kind == "Report" and base and base not in ("Report", "Announcement"):
        kind = base  # "We condemn ...", "We welcome ..." when the subject was no pronoun
    sides = set(author) | {voice_side(a, dis.acts) for a in author if a in dis.acts.by_name}
    if kind == "Report" and subj is not None and set(dis.expand(subj)) & sides:
        kind = undertaking_kind(root) or kind  # "The United States will stand up for ..."
    if kind == "Report" and author:
        verbs = [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB")]
        kind = side_kind(verbs, _side_of(author, dis)) or kind  # "Russian forces shelled ..."
    first = any(t.lower_ in L.FIRST_PERSON for t in sent)
    author = _state_voice(sent, subj, state, dis) or author
    targets = select_targets([], heads, sent.start, sent.end, author, dis, "say")
    if subj is not None and _cosigned(root, sent, author):
        acts = dis.acts  # the actors before the predicate: a list speaking with the author
        listed = {n for t in doc[sent.start : root.i] if (n := acts.token_actor.get(t.i))}
        targets = [t for t in targets if t not in listed] if len(listed) > 1 else targets
    mode = "direct" if first else "indirect"
    evidence = (sent.start_char, sent.end_char)
    act = Said(root, kind, text, mode, evidence, (sent.start, sent.end), published, "statement")
    return act.per_speaker(author, targets)


def _cosigned(root: Token, sent: Span, author: list[str]) -> bool:
    """ "The Troika (Norway, ...), Canada and the EU are alarmed": a speaking predicate whose subject
    names the author among others (not "Russia and China vetoed the resolution")."""
    if root.lemma_.lower() not in L.CUE_KINDS and root.lower_ not in L.ADJECTIVE_CUES:
        return False
    words = " ".join(t.lower_ for t in root.doc[sent.start : root.i])  # the subject and what it lists
    return any(a.lower() in words for a in author)


def _state_voice(sent: Span, subj: Token | None, state: Reading, dis: Discourse) -> list[str]:
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
    sides = {voice_side(a, dis.acts) for a in author if a in acts.by_name} - set(author)
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


def _own_voice(st: St, author: list[str], dis: Discourse) -> bool:
    """In a statement, only the author and the named actors it quotes speak: "force should never
    seek to ...", "reports that security forces denied ..." are the author's words."""
    if st.speaker in author or st.mode == "direct" or st.cue_text in ("according to", "statement"):
        return True
    verb = st.cue.head if st.cue.dep_ == "acomp" else st.cue  # "X is alarmed by ..."
    subj = cue_subject(verb)
    named = subj is not None and (bool(subj.ent_type_) or dis.acts.gaz.lookup(subj.text) is not None)
    return named and verb.dep_ in ("ROOT", "conj")


def _impersonal(cue: Token) -> bool:
    """ "It was agreed that ...", "It was emphasised that ..."."""
    passive = any(c.dep_ == "auxpass" for c in cue.children)
    subj = next((c for c in cue.children if c.dep_ in ("nsubjpass", "expl", "nsubj")), None)
    return passive and (subj is None or subj.lower_ == "it")


def _passive_without_agent(cue: Token) -> bool:
    """ "X was briefed", and a past participle "Asked about the clashes, X said ...", "X, pressed on
    the deal, said ...": the act is done to X by someone the text does not name."""
    passive = any(c.dep_ == "auxpass" for c in cue.children) or (
        cue.tag_ == "VBN" and cue.dep_ in ("advcl", "acl")
    )
    return passive and not any(c.dep_ == "agent" for c in cue.children)


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
        and t.head != head
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
    return out + ([(rest, span_of(rest))] if rest and span_of(rest) else [])


def _side_of(speakers: list[str], dis: Discourse) -> Callable[[Token], bool | None]:
    """Whether a subject is the speakers' own side (True), another actor (False) or no actor."""
    sides = set().union(*(own_sides(s, dis.acts) for s in speakers))

    def side_of(subj: Token) -> bool | None:
        names = set(dis.expand(subj))
        return bool(names & sides) if names else None

    return side_of


def _statements_for(act: _Act, sent: Span, dis: Discourse, published, date_mentions) -> list[St]:
    """One statement per speaker of an act, its text, kind, codes, targets and date read once."""
    cue, lemma, content, span, quote = act.cue, act.lemma, act.content, act.span, act.quote
    addressee, speakers = act.addressee, act.speakers
    doc = sent.doc
    if span is None and quote is None:
        text, cstart, cend = doc_text(doc)[sent.start_char : sent.end_char], sent.start, sent.end
    elif quote is not None and (span is None or quote_dominates(quote, span, doc)):
        text, (cstart, cend) = doc_text(doc)[quote[0] : quote[1]], (span or (sent.start, sent.end))
    else:
        assert span is not None  # a missing span with a quote took the branch above
        cstart, cend = span
        first = (
            cstart + 1
            if doc[cstart].dep_ == "prep" and doc[cstart].head == cue and cend - cstart > 1
            else cstart
        )  # "called for [a ceasefire]"
        last = doc[cend - 1]
        text = doc_text(doc)[doc[first].idx : last.idx + len(last)]
    text = clean(text)
    mode = "direct" if quote is not None else "indirect"
    kind = statement_kind(cue, lemma, content, text, act.base)
    if kind == "Report" and speakers:
        kind = side_kind(content, _side_of(speakers, dis), accuse=False) or kind
    cameo, plover = codes_for(kind, text)
    if cameo_cue(lemma):  # a verb from the CAMEO dictionary: its own code, refined by its object
        code = cameo_verbs().code(lemma, [t.lower_ for t in doc[cue.i + 1 : sent.end]])
        if code and cameo_kind(code) == kind and kind in VERB_CODED:
            cameo, plover = code, cameo_plover(code) or plover
    if (plover is None and kind == "Announcement") or (kind == "Intent" and cameo[:3] == "030"):
        plover = action_plover(content) or plover  # "announced a suspension", "pledged to send aid"
    ev_start = sent.start_char
    if quote and quote[0] - 1 < sent.start_char:  # a quote that began sentences earlier
        ev_start = sentence_start(doc, quote[0] - 1)
    ev_end = max(sent.end_char, quote[1] + 1) if quote else sent.end_char
    targets = select_targets(addressee, content, cstart, cend, speakers, dis, lemma)
    about = select_targets([], content, cstart, cend, speakers, dis, lemma) if addressee else []
    about += _framing_actors(cue, dis)
    st_date = attached_date(cue, sent, published, date_mentions) or published
    cue_text = cue.text
    for child in cue.children:
        if child.dep_ == "prep" and lemma in ("call", "press") and child.lower_ in ("for", "on"):
            cue_text = f"{cue.text} {child.text}"
    out = []
    for speaker in speakers:
        tg = speaker_targets(speaker, speakers, targets, cue, addressee, kind, dis)
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
                and not owner_of_actor(tok, name, dis)
            ):
                out.append(name)
    return out


def _own_office(cue: Token) -> bool:
    """ "..., his office said": a person's own office speaks for the person's act (kept as the
    office's statement alone)."""
    subj = cue_subject(cue)
    return subj is not None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children)


def _drop_nested(statements: list[St]) -> list[St]:
    """A cue inside another speaker's reported clause ("Macron's office said the two had agreed
    on ...", "noted that Macron had not mentioned ...") is part of that statement: annotators
    attribute it to the reporting speaker, with the inner act's kind."""
    keep = []
    for st in statements:
        nested = any(
            o.cue != st.cue
            and o.content[0] <= st.cue.i < o.content[1]
            and o.speaker != st.speaker
            and (not _named_subject(st.cue) or _own_office(o.cue))
            for o in statements
        )
        tail = st.cue.i >= st.content[1] and any(  # "X refused ..., saying ..., his office said"
            o.cue != st.cue and st.content[0] <= o.cue.i < st.content[1] and o.speaker == st.speaker
            for o in statements
        )
        within = any(_one_act(o, st) and not _plain_report(o, st) for o in statements) or any(
            _one_act(st, o) and _plain_report(st, o) for o in statements
        )
        told = any(  # the part "and urged him to ..." of "X spoke ... and urged ..., her office said"
            o.cue != st.cue and o.cue.i == st.content[0] and _named_subject(o.cue) for o in statements
        )
        if nested or tail or within or told or _bare_report_of(st, statements):
            continue
        keep.append(st)
    return keep


def _one_act(outer: St, inner: St) -> bool:
    """A speaker's act that is the complement of that same speaker's cue ("Tehran denied seeking
    arms", "the rebels said they would release ...", "SADC said it was calling for ..."): one
    statement, not a second one ("condemned X, which it claimed was a coup" is two)."""
    return (
        outer.cue != inner.cue
        and inner.cue.head == outer.cue  # its complement, not a relative clause in it
        and outer.speaker == inner.speaker
        and outer.cue.i < outer.content[0] <= inner.cue.i < outer.content[1]
        and inner.content[1] <= outer.content[1]
    )


def _plain_report(outer: St, inner: St) -> bool:
    """The outer act only reports ("said"), the inner one says what kind of act it was."""
    return outer.kind == "Report" and inner.kind != "Report"


def _bare_report_of(st: St, statements: list[St]) -> bool:
    """ "The two sides agreed to ..., it said" / "..., the statement said": a pronoun or document
    reporting a named act only attributes it; the act is the statement."""
    if not _points_back(st.cue):
        return False
    return any(
        o.cue != st.cue and st.content[0] <= o.cue.i < st.content[1] and _named_subject(o.cue)
        for o in statements
    )


def _points_back(cue: Token) -> bool:
    """A cue whose subject only points back to a document or speaker: "it said", "the statement
    said" (not "the ministry said", which names who speaks)."""
    subj = cue_subject(cue)
    return subj is not None and (subj.lower_ == "it" or subj.lemma_.lower() in L.DOCUMENT_NOUNS)


def _named_subject(cue: Token) -> bool:
    """A reported act whose own subject is named ("the presidency said el-Sissi told Abiy ...",
    "it said the two sides agreed ..."): the reported speaker's statement stands beside the report."""
    if cue.lemma_.lower() in L.ATTITUDE_CUES or any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in cue.children
    ):
        return False  # "said Russia intends to", "told X that Egypt would not accept": content
    subj = cue_subject(cue)  # "said X condemned A and pledged B": both acts are X's
    return subj is not None and subj.pos_ in ("PROPN", "NOUN") and subj.dep_ == "nsubj"


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
            speakers = media_name(pobj, dis) or dis.expand(pobj)
            if (
                pobj.pos_ == "NOUN"
                and pobj.lemma_.lower() in L.SOURCE_NOUNS
                and state_modified(pobj, speakers, dis)
            ):
                speakers = []  # "according to Georgian sources": those sources
            if not speakers and pobj.pos_ == "NOUN" and pobj.lemma_.lower() in L.SOURCE_NOUNS:
                speakers = source_speaker(pobj, dis, _reading(sent.doc))  # "according to a source"
            if not speakers:
                continue
            lo = tok.left_edge.i if tok.left_edge.i > sent.start else tok.i
            text = (
                sent.doc[sent.start : tok.i].text
                if tok.i > sent.start
                else sent.doc[pobj.right_edge.i + 1 : sent.end].text
            )
            text = clean(text) or sent.text
            kind = according_kind(sent, tok)
            evidence = (sent.start_char, sent.end_char)
            act = Said(tok, kind, text, "indirect", evidence, (sent.start, lo), published, "according to")
            return act.per_speaker(speakers, according_targets(sent, speakers, dis))
    return []
