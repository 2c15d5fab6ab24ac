"""Parse-tree helpers shared by the extractor's stages: small questions about one token's place in
the dependency parse (is it a location, an agent, a date phrase, the object of which verb?).

Every function here reads only the parse and the lexicon, never an article's actors, so each can
be tested on a hand-built ``Doc(words=, heads=, deps=)``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from . import lexicon as L


def doc_text(doc: Doc) -> str:
    """The article's text, built once: spaCy's ``Doc.text`` joins every token on each access, and
    the rules slice it for every statement and quote.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc_text(Doc(Vocab(), words=["Talks", "ended", "."], spaces=[True, False, False]))
    'Talks ended.'
    """
    text = doc.user_data.get("diplograph.text")
    if not isinstance(text, str):
        text = doc.user_data["diplograph.text"] = doc.text
    return text


# verbs of speech and of action: their subjects and objects are agents, not places
ACTION_LEMMAS = frozenset(L.CUE_KINDS) | frozenset(L.EVENT_VERBS)


def is_location_use(token: Token) -> bool:
    """True where a place name is a location, not an agent: "in Moscow", "Luhansk region"."""
    t = token
    while t.dep_ in ("conj", "appos") and t.head != t:
        t = t.head
    if t.dep_ == "pobj" and t.head.lower_ in L.LOCATIVE_PREPS:
        return True
    if (
        t.dep_ == "compound"
        and t.head.pos_ in ("NOUN", "PROPN")
        and t.head.ent_type_ in ("", "GPE", "LOC", "FAC")
        and t.head.lower_ in L.LOCATION_HEADS
    ):
        return True
    return t.dep_ in ("npadvmod",) and not is_backer(token)


def is_backer(token: Token) -> bool:
    """ "Moscow-backed", "Russian-backed": the token before "- backed"."""
    doc = token.doc
    i = token.i
    return (
        i + 2 < len(doc)
        and doc[i + 1].text == "-"
        and doc[i + 2].lower_
        in ("backed", "supported", "sponsored", "allied", "controlled", "led", "installed")
    )


def agentive(tok: Token) -> bool:
    """Subject, possessor, appositive or the object of a speech/action verb."""
    t = tok
    while t.dep_ in ("conj", "appos", "compound") and t.head != t:
        if t.dep_ == "compound" and t.head.ent_type_ != t.ent_type_:
            break
        t = t.head
    if t.dep_ in ("nsubj", "nsubjpass", "poss", "agent", "appos", "ROOT"):
        return True
    if t.dep_ in ("dobj", "pobj") and t.head.lemma_.lower() in ACTION_LEMMAS | {"with", "by", "between"}:
        return True
    return False


def next_to_place(tok: Token) -> bool:
    """A one-word "person" coordinated with a place ("Donetsk and Luhansk") is a place."""
    return any(c.ent_type_ in ("GPE", "LOC") and c.ent_type_ != tok.ent_type_ for c in tok.conjuncts)


def place_apposed(tok: Token) -> bool:
    """ "the city of El Fasher", "the town of Kaesong": named after a place noun."""
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and tok.head.head.lemma_.lower()
        in ("city", "town", "village", "region", "province", "district", "port")
    )


def is_nominal(tok: Token) -> bool:
    """Nouns, and gerunds used as nouns ("facing increased shelling")."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return True
    return (
        tok.tag_ == "VBG"
        and tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass")
        and not any(c.dep_ in ("dobj", "nsubj") for c in tok.children)
    )


def governing_verb(tok: Token) -> Token | None:
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and tok.head.head.pos_ == "NOUN"
        and tok.head.head.dep_ in ("dobj", "attr")
    ):
        tok = tok.head.head  # "commit [acts] of terror", "launched a series of strikes"
    if tok.dep_ in ("dobj", "attr", "oprd") and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    if (
        tok.dep_ == "pobj"
        and tok.head.dep_ == "prep"
        and tok.head.lower_
        in ("after", "during", "following", "before", "in", "at", "amid", "since", "for", "into")
        and tok.head.head.pos_ in ("VERB", "AUX")
    ):
        return tok.head.head
    if tok.dep_ == "conj":
        return governing_verb(tok.head)
    return None


def temporal_prep(prep: Token) -> bool:
    """ "on Monday", "in March": a date phrase, not an argument ("called on X" is an appeal)."""
    return any(c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def definite(tok: Token) -> bool:
    """ "the talks", "this meeting", "their call": a noun that refers back."""
    return tok.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "these", "those", "its", "their")
        for c in tok.children
    )


def title_lemma(tok: Token) -> tuple[str, bool]:
    """(lemma, plural) of a noun, with a capitalised plural title ("the Defense Ministers", "the
    National Security Advisors", which the lemmatiser keeps as written) read as the plural of its
    title, so role-noun rules see one word for "ministers" and "Ministers"."""
    lemma = tok.lemma_.lower()
    plural = tok.tag_ in ("NNS", "NNPS")
    if tok.tag_ in ("NNP", "NNPS") and lemma.endswith("s") and lemma[:-1] in L.PLURAL_PERSON_TITLES:
        return lemma[:-1], True
    return lemma, plural


def demonstrative(tok: Token) -> bool:
    """ "this attack", "that election": a noun pointing back at one thing already named."""
    return any(c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those") for c in tok.children)


def object_controller(v: Token) -> Token | None:
    """The object ("invited X to visit") or "on" object ("called on X to hold") that is the
    understood subject of an infinitive complement (object control), or None."""
    if v.dep_ != "xcomp" or v.tag_ != "VB":
        return None
    for c in v.head.children:
        if c.i > v.i:
            break
        if c.dep_ == "dobj":
            return c
        if c.dep_ == "prep" and c.lower_ in ("on", "upon"):
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def stray_preps(tok: Token, allowed: frozenset[str] | set[str]) -> list[Token]:
    """Prepositional phrases right after a noun that the parse hangs on a word above it ("concern
    over troop deployments [by X] [to Y]"): adjacent to the noun's phrase, headed by one of its
    ancestors, and one of the ``allowed`` prepositions; a chain of them is followed."""
    doc, out = tok.doc, []
    ancestors = {a.i for a in tok.ancestors}
    j = tok.right_edge.i + 1
    while j < len(doc):
        prep = doc[j]
        if prep.dep_ != "prep" or prep.lower_ not in allowed or prep.head.i not in ancestors:
            break
        out.append(prep)
        j = prep.right_edge.i + 1
    return out


def hyphen_prefix(tok: Token) -> list[Token]:
    """The parts before a word in one hyphenated word ("re-election", "counter-offensive"), which
    the parse often makes words of their own that carry the phrase's determiner or possessor
    ("his re-election": "his" hangs on "re"); nearest part first."""
    doc, out, i = tok.doc, [], tok.i
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        out.append(doc[i - 2])
        i -= 2
    return out


_SUBORDINATE_DEPS = frozenset({"advcl", "relcl", "acl", "ccomp", "pcomp"})


def subordinate_clause(tok: Token) -> Token | None:
    """The head of the outermost subordinate clause a token sits in ("..., a day after [border
    forces from both countries exchanged fire]"), or None in the main clause."""
    found = None
    t = tok
    while t.head.i != t.i:
        t = t.head
        if t.dep_ in _SUBORDINATE_DEPS and t.pos_ in ("VERB", "AUX"):
            found = t
    return found
