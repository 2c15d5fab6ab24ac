"""Statement kind and codes: the cue's kind, the kind judged from the content (obligations, threats,
undertakings, light nouns...), and the CAMEO/PLOVER codes of a kind (Said codes a quote once).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span, Token

from ontology.codes import cameo_kind, cameo_plover, cameo_verbs, statement_codes

from .. import lexicon as L
from .model import St


@dataclass(frozen=True)
class Said:
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


def cameo_cue(lemma: str) -> bool:
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
    found = _mandative(cue, lemma, content) if kind == "Report" else None
    if found:
        return found  # "insisted that Teravia reopen the crossing", "suggested that talks resume"
    if kind in ("Report", "Announcement"):
        found = _heads_kind(content)
        if found in (None, "Intent", "Announcement") and _conditional_threat(content):
            return "Threat"
        found = found or _obligation_in(content) or _content_kind(_content_words(content_text, content))
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


def _mandative(cue: Token, lemma: str, content: list[Token]) -> str | None:
    """A cue of CAMEO's demand or appeal block with a clause in the mandative subjunctive
    ("insisted that Russia withdraw", "suggested that the talks resume"): a base-form verb with a
    subject of its own and no auxiliary; the block decides (C8). "insisted that he had won" (an
    assertion) is neither."""
    code = cameo_verbs().code(lemma)
    kind = _ASKING_ROOTS.get(code[:2]) if code else None
    if kind is None:
        return None
    mandative = any(
        (h.tag_ == "VB" or (h.tag_ == "VBP" and cue.tag_ == "VBD"))  # "suggested that they resume"
        and h.dep_ == "ccomp"
        and h.head.i == cue.i
        and any(c.dep_ == "nsubj" for c in h.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in h.children)
        for h in content
    )
    return kind if mandative else None


_ASKING_ROOTS = {"02": "Appeal", "10": "Demand"}


def _responsibility_kind(cue: Token, lemma: str) -> str | None:
    """ "claimed responsibility for the raid" announces the act."""
    if lemma in ("claim", "accept", "take") and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "responsibility" for c in cue.children
    ):
        return "Announcement"
    return None


def _light_noun_kind(cue: Token, lemma: str) -> str | None:
    """A light verb's kind is its object noun's: "repeated a call for", "the details of Russia's terms",
    "offered his congratulations"."""
    if lemma not in L.NOUN_KIND_CUES:
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
            if lemma in L.OFFERING_CUES and noun.lemma_.lower() in L.OFFERED_ACTS:
                return None  # "offered support for the recovery": a promise, the verb's own kind
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
        inner = inner_kind(head)
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
    """C8(c): "must" is a demand on whom it binds ("Teravia must withdraw",
    "all parties must ...", "the truce must be respected"); "should", or a "must" that binds the
    speaker ("we must") or a list that may hold the speaker ("Ardan and Velk must"), an appeal."""
    modals = [c.lower_ for c in head.children if c.dep_ == "aux" and c.lower_ in L.OBLIGATION_MODALS]
    if not modals:
        return None
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.dep_ == "nsubj" and subj.tag_ == "WDT" and head.dep_ == "relcl":
        subj = head.head  # "Sudan, which must be at the table"
    if modals[0] != "must" or subj is None or any(c.dep_ == "conj" for c in subj.children):
        return "Appeal"
    return "Appeal" if subj.lower_ in L.FIRST_PERSON else "Demand"


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
            c for c in tok.children if not (tok == head and c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
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


def undertaking_kind(head: Token) -> str | None:
    """What a speaker says it will do: a threat if the act is force or coercion, else an intent
    ("will work to deter threats", "will not use force" is an intent to refrain)."""
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "wo") for c in head.children):
        return None
    if head.pos_ != "VERB" or head.lemma_.lower() in ("be", "become", "remain", "have"):
        return None
    return "Threat" if _coercive(head) and not _negated(head) else "Intent"


def side_kind(
    content: list[Token], side_of: Callable[[Token], bool | None], accuse: bool = True
) -> str | None:
    """The kind of a plain report from whose act it reports, relative to the speaker (``side_of``:
    True for the speaker's own side, False for another actor, None for no actor): the own side's
    future or continued act is an undertaking ("said the United States will continue to help");
    another side's act of force or coercion, asserted as done, is an accusation ("Russian troops
    shelled the city" in a statement; ``accuse`` False where a source only reports it: the corpus
    codes "militants killed four officers, the ministry said" as a report)."""
    for head in content:
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if head.pos_ != "VERB" or subj is None:
            continue
        own = True if subj.lower_ in L.FIRST_PERSON else side_of(subj)
        if own is True:
            found = undertaking_kind(head) or _continued(head)
            if found:
                return found
        elif own is False and accuse and _hostile_act(head):
            return "Accusation"

    return None


def _continued(head: Token) -> str | None:
    """ "our forces continue to support", "we remain ready": the speaker's side keeps on doing."""
    if head.lemma_.lower() in L.CONTINUATION_VERBS and not _negated(head) and _infinitives(head):
        return "Intent"
    return None


def _hostile_act(head: Token) -> bool:
    """A verb of force or coercion that the clause asserts happened: not a modal, a negation or a
    condition ("may strike", "did not attack", "if they attack")."""
    if _negated(head) or any(
        c.dep_ == "aux" and c.lower_ in L.PLANNED_MODALS | L.HYPOTHETICAL_MODALS for c in head.children
    ):
        return False
    if any(c.dep_ == "mark" and c.lower_ in L.CONDITION_MARKS for c in head.children):
        return False
    return _coercive(head)


def _content_words(content_text: str, content: list[Token]) -> set[str]:
    """The content's words, without "need" words that only modify a noun ("urgently needed
    medical care" asks nothing)."""
    words = set(re.findall(r"[a-z]+", content_text.lower()))
    modifiers = {t.lower_ for head in content for t in head.subtree if t.dep_ == "amod"}
    return words - (modifiers & L.APPEAL_WORDS)


def _content_kind(words: set[str]) -> str | None:
    """The kind a plain report takes from what it says: a denial ("the claims were false"), an
    accusation, a criticism, a warning, an intention, an appeal ("must", "should") or praise.
    A judging word outranks the others ("these reckless actions pose a risk" judges, it does not
    warn), and danger words warn only of what may come: without a modal, a condition or an
    imminence word ("a grave setback", "pose a dangerous risk") they judge what happened."""
    if words & L.DENIAL_WORDS and words & L.DISPUTED_WORDS:
        return "Denial"
    if words & L.REJECTION_WORDS:
        return "Rejection"
    if words & (L.ACCUSE_WORDS | L.VIOLATION_WORDS):
        return "Accusation"
    if words & L.CRITICISM_WORDS:
        return "Criticism"
    if words & L.WARNING_WORDS:
        return "Warning" if words & L.WARNING_MARKERS else "Criticism"
    if words & (L.INTENT_WORDS | L.READY_WORDS) or (
        words & L.COOPERATION_WORDS and words & L.FURTHERING_WORDS
    ):
        return "Intent"
    if words & L.APPEAL_WORDS:
        return "Appeal"
    if words & L.PRAISE_WORDS:
        return "Praise"
    return None


_THREAT_PLOVER = frozenset({"COERCE", "SANCTION", "PROTEST", "ASSAULT", "RETREAT"})


_THREAT_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})


def inner_kind(head: Token) -> str | None:
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
VERB_CODED = frozenset({"Report", "Intent", "Agreement", "Threat", "Rejection", "Denial", "Praise"})


def codes_for(kind: str, content_text: str) -> tuple[str, str | None]:
    """CAMEO/PLOVER of a statement kind; an intention to meet is "036". Appeals and demands keep
    their kind's code whatever they ask for, as the annotation guide codes them ("020", "100")."""
    cameo, plover = statement_codes(kind)
    words = set(re.findall(r"[a-z\-]+", content_text.lower()))
    if kind == "Intent" and words & L.MEET_WORDS:
        cameo = "036"
    if kind == "Report" and words & L.EMPATHY_WORDS:
        cameo = "018"  # condolences are an empathetic comment (CAMEO 018), not praise
    return cameo, cameo_plover(cameo) or plover


def action_plover(content: list[Token]) -> str | None:
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


def cue_base(cue: Token, lemma: str) -> str | None:
    """The cue kind of a verb that introduces a statement here: not a light verb without a speech
    noun ("made progress"), nor talk about a topic ("discussed the situation")."""
    base = cue_kind(cue, lemma)
    if base is None:
        return None
    if lemma in L.OBJECT_NEEDING_CUES and not _light_object(cue):
        return None  # "made progress", "shared a border"
    if (lemma in L.MORE_CUE_NEEDS or lemma in L.CONVEYING_CUES) and not _asserted(cue):
        return None  # "demanded that NATO rule out ...", "has not protested"
    if lemma in L.TOPIC_CUES and not _stance_topic(cue, L.TOPIC_CUES[lemma]):
        return None
    if base in ("Report", "Announcement") and any(c.dep_ == "neg" for c in cue.children):
        return None  # "had not mentioned that ...", "did not comment": nothing was said
    if _anonymity(cue):
        return None
    return base


def _asserted(cue: Token) -> bool:
    """A verb group that says the act took place or will: finite or with an auxiliary, not negated
    (not the bare verb of a demand, "that NATO rule out", nor "to rule out")."""
    aux = [c for c in cue.children if c.dep_ in ("aux", "auxpass")]
    if any(c.dep_ == "neg" for c in cue.children):
        return False
    if cue.dep_ == "ccomp" and L.CUE_KINDS.get(cue.head.lemma_.lower()) in ("Demand", "Appeal"):
        return False  # what a demand asks for has not happened
    return cue.tag_ in ("VBD", "VBZ", "VBP") or any(a.lower_ != "to" for a in aux)


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


def noun_part_kind(sts: list[St], part: list[Token]) -> None:
    """A part split off at a speech-act noun ("reaffirmed support for A and its commitment to B")
    has that noun's kind, not the first object's."""
    if len(part) != 1 or part[0].pos_ != "NOUN" or part[0].dep_ != "conj":
        return
    kind = L.NOUN_KINDS.get(part[0].lemma_.lower())
    for st in sts:
        if kind and kind != st.kind:
            st.kind = kind
            st.cameo, st.plover = codes_for(kind, st.text)


def according_kind(sent: Span, according: Token) -> str:
    """The kind of what a source is cited for ("according to X, troops were occupying villages"):
    read from the sentence's main verbs, as for a plain "said"."""
    root = sent.root
    if root.i in (according.i, according.i + 1):
        return "Report"
    heads = [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    return statement_kind(according, "say", heads, sent.text, "Report")
