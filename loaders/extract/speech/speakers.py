"""Who speaks: the cue's subject resolved to actors (title holders, owned bodies, pairs, pronouns),
sources of "according to" and unnamed sources, and the authors of statement documents.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .. import lexicon as L
from ..mentions import org_kind
from ..resolve import Discourse
from ..sides import voice_side
from ..syntax import doc_text, title_lemma
from .model import Reading, clause_verb, inverted_cue, left_clause
from .quotes import quoted_as, quoted_person

ORG_KINDS = ("State", "Organization", "GovernmentBody", "ArmedGroup", "Media")


_STATEMENT_TITLE = (
    re.compile(
        r"\bstatement (?:by|from) (?:the )?(.+?)(?: on | regarding | following | about | at |$)", re.I
    ),
    re.compile(r"^(?:the )?(.+?)(?:['\u2019]s?)? (?:joint )?statement\b", re.I),
)


_FIRST_PLURAL = re.compile(r"\b(?:we|our|us)\b", re.I)


def document_author(doc, dis: Discourse, quotes) -> list[str]:
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
                names = [n for n in dis.expand(tok) if dis.acts.kind(n) in ORG_KINDS + ("Group",)]
                if len(names) == 1 and (first or dis.acts.kind(names[0]) == "State"):
                    return names
        if not later_states:
            return []
        first = False
    return []


def co_authors(author: list[str], dis: Discourse) -> list[str]:
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
    if tok.head != tok and dis.acts.token_actor.get(tok.head.i) == dis.acts.token_actor.get(tok.i):
        return True  # "United" of "the United States": the name's head stands for it
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    if first.dep_ != "pobj" or first.head.lower_ != "of":
        return False
    kind = dis.acts.kind
    name, head = dis.acts.token_actor.get(tok.i), dis.acts.token_actor.get(first.i)
    return first == tok or name is None or head is None or kind(name) == kind(head)


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


def cue_subject(cue: Token) -> Token | None:
    """The subject of a cue, or of the verb it is conjoined to ("reviewed ... and reaffirmed")."""
    for child in cue.children:
        if child.dep_ == "nsubj":
            return child
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    inverted = inverted_cue(cue)
    if inverted is not None:
        return inverted[1]  # "Talks ended, the United Nations said"
    if cue.dep_ == "conj" and cue.head != cue:
        return cue_subject(cue.head)
    return None


def _subject_speakers(subj: Token, dis: Discourse, state: Reading) -> list[str]:
    """The speakers a subject names by itself, before the usual resolution: the last pair for "the
    parties", a source ("the email"), the author for "we", the leaders of the states just named, a
    group named as such ("Opposition leaders"); [] when it names none of these."""
    if pair_noun(subj):  # before sources: "the parties" is no party
        pair = last_pair(subj, dis)
        if pair:
            return pair
    earlier = _unnamed_again(subj, dis)
    if earlier:
        return earlier  # "A Western diplomatic source said ... The source added ..."
    if subj.pos_ == "NOUN" and subj.lemma_.lower() in L.SOURCE_NOUNS:
        source = source_speaker(subj, dis, state)
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


def _unnamed_again(subj: Token, dis: Discourse) -> list[str]:
    """ "The source", "the diplomat", "the official": a bare definite noun naming again an unnamed
    source the text introduced before ("a Western diplomatic source", "a senior European
    diplomat"), the latest one whose name ends in that noun, not the last named person."""
    if (
        subj.pos_ != "NOUN"
        or subj.tag_ != "NN"
        or dis.in_quote(subj)
        or not any(c.dep_ == "det" and c.lower_ in L.DEFINITE_DETS for c in subj.children)
        or any(c.dep_ in ("amod", "compound", "poss", "prep", "nmod") for c in subj.children)
    ):
        return []
    kinds = ("Organization", "GovernmentBody", "ArmedGroup", "Media", "Group")  # not a person or state
    found = _last_body(subj.lower_, dis, kinds=kinds, before=subj.i, any_group=False)
    return [found] if found else []


def _mixed_leaders(subj: Token, speakers: list[str], dis: Discourse) -> bool:
    """ "The leaders agreed" resolved to a mix of people and states: the two people are meant.
    Not "Opposition leaders", a group named as such."""
    return (
        subj.lemma_.lower() in L.PAIR_PERSON_NOUNS
        and subj.tag_ in ("NNS", "NNPS")
        and subj.i not in dis.acts.token_actor
        and any(dis.acts.kind(n) != "Person" for n in speakers)
    )


def _resolved_speakers(subj: Token, speakers: list[str], dis: Discourse, state: Reading) -> list[str]:
    """The cue's speakers corrected by its subject: the pair for plural leaders, the organisation
    for "it" (as it stands), the fitting person for "he" and "she"."""
    if _mixed_leaders(subj, speakers, dis):
        speakers = _persons_for(last_pair(subj, dis) or speakers, dis)
    if subj.lower_ == "they" and not dis.in_quote(subj):
        speakers = _parties_for_sides(speakers, dis)
    speakers = _title_holders(subj, speakers, dis) or speakers
    speakers = _owned_body(subj, speakers, dis) or speakers
    speakers = _unnamed_holder(subj, speakers, dis) or speakers
    if not speakers and subj.lower_ == "it" and state.org:
        return [state.org]  # "The Kremlin lambasted NATO. It said ..."
    if subj.lower_ in ("he", "she") and not dis.in_quote(subj):
        speakers = _pronoun_speaker(subj, speakers, dis, state)
    if _introduced(subj):
        return speakers  # "a spokesman for the ministry said": someone new, not the last holder
    again = _proxy_again(subj, state)
    if again:
        return again
    return [_unbare(name, dis) for name in speakers]


def _proxy_again(subj: Token, state: Reading) -> list[str]:
    """ "A spokesperson for the ministry said ... The spokesperson urged ...": a bare definite proxy
    noun names again the speaker of the last statement whose subject was that noun."""
    lemma = subj.lemma_.lower()
    if (
        lemma not in L.PROXY_NOUNS
        or subj.tag_ != "NN"
        or not any(c.dep_ == "det" and c.lower_ in L.DEFINITE_DETS for c in subj.children)
        or any(c.dep_ in ("amod", "compound", "poss", "prep", "appos") for c in subj.children)
    ):
        return []
    words = L.ROLE_SYNONYMS.get(lemma, {lemma})
    for st in reversed(state.recent):
        said_by = cue_subject(st.cue)
        if said_by is not None and said_by.i < subj.i and said_by.lemma_.lower() in words:
            return [st.speaker]
    return []


def _introduced(subj: Token) -> bool:
    """A noun phrase that brings in someone not met before ("a spokesman", "another official")."""
    return any(c.dep_ == "det" and c.lower_ in L.NEW_REFERENT_DETS for c in subj.children)


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
        return last_pair(subj, dis)  # "The leaders agreed" after a call the parse gave no parties
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
    if {voice_side(p, acts) for p in parties} == set(speakers) and all(
        acts.kind(n) == "State" for n in speakers
    ):
        return parties
    return speakers


def _plural_head(name: str) -> str:
    """The singular of a collective's plural head word ("National Security Advisors" -> "advisor")."""
    head = name.split()[-1].lower() if name.split() else ""
    return head[:-1] if head.endswith("s") else ""


def speakers_of(cue: Token, dis: Discourse, state: Reading) -> list[str]:
    """The speakers of a cue: its subject resolved (pronouns and role nouns to the last fitting
    speaker), or the non-entity source the text names ("the email", "a diplomatic source")."""
    framing = _framing_subject(cue)
    if framing is not None and dis.expand(framing):
        return [_unbare(n, dis) for n in dis.expand(framing)]
    subj = cue_subject(cue)
    if quoted_as(cue):  # "X was quoted as saying": X is the subject of "quoted"
        subj = quoted_person(cue) or subj
        if subj is not None:
            names = dis.expand(subj)
            if names:
                return names
    if subj is not None:
        named = _subject_speakers(subj, dis, state) or _appositive_name(subj, dis)
        if named:
            return named
    speakers = _speakers(cue, dis)
    if not speakers and subj is not None:
        speakers = _passed_over_name(subj, dis)
    if subj is not None:
        return _resolved_speakers(subj, speakers, dis, state)
    return [_unbare(name, dis) for name in speakers]


def _passed_over_name(subj: Token, dis: Discourse) -> list[str]:
    """A proper name the actor pass left out, as the subject of a speech verb (whose subject is a
    person or a body): a name the tagger labelled but put in a place no actor is read from ("...
    from near X, the Joint Chiefs of Staff said"), or a run of capitalised names it mislabelled
    ("U.N. envoy Sofia Brandt told reporters")."""
    acts = dis.acts
    if subj.pos_ != "PROPN" or subj.i in acts.token_actor or dis.in_quote(subj) or subj.i in acts.furniture:
        return []
    ent = next((e for e in acts.ents if e.start <= subj.i < e.end), None)
    if (
        ent is not None
        and ent.label_ in ("ORG", "PERSON")
        and subj.left_edge.i <= ent.start <= ent.end - 1 <= subj.right_edge.i
    ):
        words = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
        kind = "Person" if ent.label_ == "PERSON" else org_kind(ent.text)
    else:
        words = _name_run(subj)
        kind = "Person"
    if not words or any(t.i in acts.token_actor for t in words):
        return []
    name = " ".join(t.text for t in words)
    if kind == "Person" and not 2 <= len(words) <= 4:
        return []
    acts.ensure(name, kind, name, words[0])
    acts.mark(words, name)
    return [name]


def _appositive_name(subj: Token, dis: Discourse) -> list[str]:
    """ "The foreign minister of Belmar, Ana Ruiz, wrote ...": a role noun whose appositive is a
    name the actor pass left out is that person."""
    if subj.pos_ != "NOUN" or subj.tag_ != "NN" or subj.lemma_.lower() not in L.TITLE_NOUNS:
        return []
    return _appositive_person(subj, dis)


def _appositive_person(subj: Token, dis: Discourse) -> list[str]:
    """The person a role noun's appositive names: a known person, else a name the actor pass left
    out, set off by a comma ("..., Pal Mai Deng, told")."""
    for appos in _appositives(subj, dis):
        name = dis.acts.at(appos)
        if name and dis.acts.kind(name) == "Person":
            return [name]  # "The head of the mission, former president Laura Chinchilla, told ..."
        if name is None and appos.left_edge.i > 0 and subj.doc[appos.left_edge.i - 1].text == ",":
            return _passed_over_name(appos, dis)
    return []


def _appositives(subj: Token, dis: Discourse) -> list[Token]:
    """The proper-noun appositives of a role noun, also where the parser hangs them on the body in
    its "of"/"for" phrase ("the spokesman for the Ministry, Ali Rezaei"; "the head of the OAS
    mission, Laura Chinchilla"), unless that noun is itself a person."""
    acts = dis.acts
    heads = [subj]
    level = [subj]
    for _ in range(2):  # "the head of [the OAS]'s [mission]": two "of" phrases down at most
        level = [
            g
            for h in level
            for c in h.children
            if c.dep_ == "prep" and c.lower_ in ("of", "for", "at")
            for g in c.children
            if g.dep_ == "pobj"
        ]
        heads += level
    out = []
    for head in dict.fromkeys(heads):
        if head.i != subj.i and acts.kind(acts.at(head)) == "Person":
            continue
        out += [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    return out


def _name_run(subj: Token) -> list[Token]:
    """The capitalised proper nouns compounded into ``subj`` right before it ("Sofia Brandt" in "U.N.
    envoy Sofia Brandt"), after the last title among them ("Jasem Albudaiwi" in "GCC Secretary
    General Jasem Albudaiwi"), when the subject itself is no title."""
    if subj.tag_ != "NNP":
        return []  # "Chiefs": a plural is no person's name
    run = [subj]
    for t in reversed(subj.doc[subj.left_edge.i : subj.i]):
        if t.pos_ != "PROPN" or t.lemma_.lower() in L.TITLE_NOUNS:
            break
        run.insert(0, t)
    ok = all(t.text.isalpha() and t.text[:1].isupper() and t.lemma_.lower() not in L.TITLE_NOUNS for t in run)
    return run if ok else []


def joint_speakers(cue: Token, dis: Discourse, state: Reading, base: str | None = None) -> list[str]:
    """The speakers of a cue, each party of a joint subject apart (C1, C2)."""
    cue = clause_verb(cue) or left_clause(cue) or cue
    if base == "Report" and _ordinary_people(cue_subject(cue)):
        return []  # what residents saw; their demands and protests are still acts
    listed = _listed_subject(cue, dis)
    if listed:
        return listed
    return speakers_of(cue, dis, state)


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


def _pronoun_speaker(subj: Token, speakers: list[str], dis: Discourse, state: Reading) -> list[str]:
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


def _sole_person_before(sent: Span, dis: Discourse, state: Reading, fits) -> str | None:
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
    while t.dep_ in ("ccomp", "advcl", "conj", "xcomp", "acomp") and t.head != t:
        t = t.head
        frame = t.head if t.lower_ in L.SAYING_ADJECTIVES and t.dep_ in ("acomp", "oprd", "ccomp") else t
        if frame != t or any(
            c.lower_ in L.SAYING_ADJECTIVES and c.dep_ in ("acomp", "oprd") for c in t.children
        ):
            subj = next((c for c in frame.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
    return None


def institutional_voice(doc, quote: tuple[int, int], speakers: list[str], dis: Discourse) -> list[str]:
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
        if voice and voice == person.affiliation and acts.kind(voice) in ORG_KINDS:
            return [voice]
    return speakers


def pair_noun(subj: Token) -> bool:
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


def last_pair(subj: Token, dis: Discourse) -> list[str]:
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
        sides = [voice_side(p, acts) for p in parties if p in acts.by_name]
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


def _possessor_source(subj: Token, dis: Discourse, state: Reading) -> list[str]:
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
    definite = any(c.dep_ == "det" and c.lower_ in L.DEFINITE_DETS for c in subj.children)
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
        [subj.i]
        + [c.left_edge.i for c in subj.lefts if c.dep_ in ("amod", "compound", "nmod", "nummod")]
        + [c.i for c in subj.lefts if _common_possessor(c)]
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
    name = name.replace(" 's", "'s").replace(" ’s", "’s").replace(" ' ", "' ")  # "Fishermen's groups"
    if not name or "\n" in name or len(words) > 8 or _no_actor_source(subj, words):
        return []
    name = name[0].upper() + name[1:]
    state_name, country = _span_country(subj.doc[first : last + 1], dis)
    kind = _source_kind(subj, state_name)
    dis.acts.ensure(name, kind, None, subj, country=country, affiliation=state_name)
    dis.acts.token_actor[subj.i] = name
    return [name]


def _common_possessor(tok: Token) -> bool:
    """ "Fishermen's groups", "women's organisations": a plural common noun as possessor is part of
    the source's name (who the groups are), unlike "Russia's" or "his"."""
    return tok.dep_ == "poss" and tok.pos_ == "NOUN" and tok.tag_ == "NNS"


def _no_actor_source(subj: Token, words: list[Token]) -> bool:
    """ "Residents of Landi Kotal", "Reports", "an advisor": anonymous people, a thing, or one
    unnamed person are no actor (annotation guide); a plural of people ("Investigators") is."""
    lemma = subj.lemma_.lower()
    person = lemma in L.PERSON_SOURCE_NOUNS | L.HUMAN_NOUNS - L.BODY_SOURCE_NOUNS
    plural = subj.tag_ in ("NNS", "NNPS")
    lone_noun = len(words) == 1 and words[0].pos_ == "NOUN" and person != plural
    return lone_noun or lemma in L.ANONYMOUS_PEOPLE_NOUNS


def source_speaker(subj: Token, dis: Discourse, state: Reading) -> list[str]:
    """A speaker that is no named entity, kept as the text names it and tied to its country:
    "the ministry in Seoul" -> "Ministry in Seoul" (South Korea), "a Western diplomatic source".
    A statement or communique speaks for whoever issued it (its owner, else the last speaker)."""
    named = _named_in_apposition(subj, dis)
    if named:
        return [named]  # "The spokesman for the ministry, Ali Rezaei, said": that person
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
    by_state = bool(known) and state_modified(subj, known, dis)
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


def _named_in_apposition(subj: Token, dis: Discourse) -> str | None:
    """The person a singular source noun's appositive names ("the spokesman for the Foreign
    Ministry, Ali Rezaei"): that person speaks, not a second, unnamed one of the body."""
    if subj.tag_ != "NN":
        return None
    found = _appositive_person(subj, dis)
    return found[0] if found else None


def media_name(tok: Token, dis: Discourse) -> list[str]:
    """ "according to state broadcaster Khabar 24", "the daily Kommersant reported": the outlet the
    name after a lower-case media noun names is the source (a Media actor), not the noun."""
    acts = dis.acts
    if tok.pos_ == "NOUN" and _media_noun(tok):
        name_head = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    elif tok.pos_ == "PROPN" and any(_media_noun(c) for c in tok.lefts if c.dep_ == "compound"):
        name_head = tok
    else:
        return []
    if name_head is None:
        return []
    words = _outlet_words(name_head)
    if not words or len(words) > 5:
        return []
    name = " ".join(t.text for t in words)
    known = acts.at(name_head)
    if known and acts.kind(known) == "Media":
        return [known]
    state_name, country = _span_country(tok.doc[tok.left_edge.i : tok.right_edge.i + 1], dis)
    acts.ensure(name, "Media", None, name_head, country=country, affiliation=state_name)
    acts.mark(words, name)
    return [name]


def _outlet_words(head: Token) -> list[Token]:
    """The run of proper nouns and numbers around a name's head ("Radio Tirana", "Khabar 24")."""
    doc = head.doc
    lo = head.i
    while lo > 0 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].head.i in range(lo, head.i + 1):
        lo -= 1
    hi = head.i
    while hi + 1 < len(doc) and doc[hi + 1].pos_ in ("PROPN", "NUM") and doc[hi + 1].head.i == head.i:
        hi += 1
    return list(doc[lo : hi + 1])


def _media_noun(tok: Token) -> bool:
    """A lower-case media noun ("broadcaster", "news agency")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or not tok.text.islower():
        return False
    news = any(c.lower_ in ("news", "press") for c in tok.lefts)
    return lemma in L.MEDIA_OUTLET_NOUNS or (lemma == "agency" and news)


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


def state_modified(subj: Token, known: list[str], dis: Discourse) -> bool:
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


def _last_body(
    noun: str,
    dis: Discourse,
    kinds: tuple[str, ...] = ORG_KINDS,
    before: int | None = None,
    any_group: bool = True,
) -> str | None:
    """ "The ministry said" after "Somalia's foreign ministry accused ...": the body of that kind
    seen last, with its state, not a bare "Ministry"; "the group said": the last armed group or
    organisation (unless not ``any_group``). Seen last means named last in an earlier sentence;
    with ``before`` (a token of this sentence) an actor first named earlier in this sentence counts
    too ("a Western diplomatic source ... the source added")."""
    best: tuple[int, str] | None = None
    groups = ("ArmedGroup", "Organization") if any_group and noun in L.GENERIC_GROUP_NOUNS else ()
    for name, actor in dis.acts.by_name.items():
        at = dis.seen.get(name)
        if at is None and before is not None and actor.first_token < before:
            at = actor.first_token
        words = name.lower().split()
        same = len(words) > 1 and words[-1] == noun and actor.kind in kinds
        if at is not None and (same or actor.kind in groups) and (best is None or at > best[0]):
            best = (at, name)
    return best[1] if best else None


def impersonal_speakers(lemma: str, dis: Discourse) -> list[str]:
    """In a readout "it was agreed" is both parties; "it was emphasised" is the last speaker."""
    if lemma in ("agree", "confirm", "decide") and dis.last_parties:
        return list(dis.last_parties)
    return [dis.last_speaker] if dis.last_speaker else []


def _speakers(cue: Token, dis: Discourse) -> list[str]:
    from ..events import _subjects

    return _subjects(cue, dis)
