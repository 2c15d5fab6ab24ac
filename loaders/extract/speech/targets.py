"""To or about whom: a statement's targets in its sentence, the speaker's own sides, and the targets
settled once the whole article is read (conversation parties, judged events' parties).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from .. import lexicon as L
from ..resolve import Discourse
from ..sides import OWNED_KINDS, side_of
from .model import Reading, St
from .speakers import last_pair, pair_noun

if TYPE_CHECKING:
    from ..events import Ev
    from ..mentions import Actors


_JUDGING = frozenset(
    {"Demand", "Appeal", "Criticism", "Accusation", "Threat", "Warning", "Rejection", "Denial"}
)


def earlier_targets(out: list[St], state: Reading, sent: Span) -> None:
    """A demand or accusation naming no one but pointing back ("We call for an end to such
    practices") is aimed at whom the same speaker's previous statement was aimed at."""
    for st in out:
        words = set(re.findall(r"[a-z]+", st.text.lower()))
        if st.targets or st.kind not in _JUDGING or not words & L.ANAPHORA_WORDS:
            continue
        previous = state.targets.get(st.speaker)
        if previous and sent.start - previous[0] <= 80:
            st.targets = [t for t in previous[1] if t != st.speaker]


def speaker_targets(
    speaker: str, speakers: list[str], targets: list[str], cue: Token, addressee: list[Token], kind: str, dis
) -> list[str]:
    """One speaker's targets: a joint act's other parties first ("the two leaders agreed", "X and
    Y thanked each other"), then the addressees and content actors, but not the co-speakers a
    list of signatories names ("Canada, Norway and the EU condemned ...", "We, the G7 and the EU,
    remain ready to ...": what signatories undertake together is not addressed to each other)."""
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


def select_targets(
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
    telling = L.CUE_KINDS.get(lemma, "Report") in ("Report", "Announcement")
    for tok in addressee:  # "told CNN": the outlet is the channel; "accused CNN": it is judged
        out.extend(n for n in _named(tok, dis) if not telling or dis.acts.kind(n) != "Media")
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
            and not owner_of_actor(doc[i], name, dis)
            and not _issuer(doc[i], name, dis)
            and not _geographic(doc[i], name, dis)
        ):
            seen.append(name)
    seen.extend(_adjective_states(doc[cstart:cend], dis))
    if not [n for n in seen if n not in speakers]:
        seen.extend(_side_targets(doc[cstart:cend], dis))
    return [n for n in dict.fromkeys(seen) if n not in speakers][:_MAX_TARGETS]


def according_targets(sent: Span, sources: list[str], dis: Discourse) -> list[str]:
    """What an "according to X" sentence is about: the actors of the clause X is cited for,
    including whoever it reports as speaking ("A said B, according to X": X reports on A)."""
    return select_targets([], [sent.root], sent.start, sent.end, sources, dis, "say")


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


def _geographic(tok: Token, name: str, dis: Discourse) -> bool:
    """A state's name inside a geographic name ("across the Taiwan Strait", "the Korea Bay"): a
    place (C4)."""
    while tok.dep_ in ("compound", "flat") and dis.acts.token_actor.get(tok.head.i) == name:
        tok = tok.head
    head = tok.head
    return (
        tok.dep_ in ("compound", "det")  # "the Taiwan Strait" may be read as the mention "the Taiwan"
        and head.i not in dis.acts.token_actor
        and head.lemma_.lower() in L.GEOGRAPHIC_HEADS
    )


def _named(tok: Token, dis: Discourse) -> list[str]:
    """The actors a content subject or addressee names: "the two sides" / "both leaders" are the
    pair the text has just named."""
    return dis.expand(tok) or (last_pair(tok, dis) if pair_noun(tok) else [])


def owner_of_actor(tok: Token, name: str, dis: Discourse) -> bool:
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


# heads an adjective of a state only describes: people ("the Sudanese people"), places ("the Korean
# peninsula"), persons and bodies that are actors of their own ("Israeli counterparts", "Russian forces")
_NOT_OF_A_STATE = (
    L.PEOPLE_OF_NOUNS
    | L.ANONYMOUS_PEOPLE_NOUNS
    | L.PLACE_HEADS
    | L.SETTING_NOUNS
    | L.PROXY_NOUNS
    | L.FORCE_NOUNS
    | L.BODY_NOUNS
    | L.GENERIC_TITLES
    | L.TITLE_NOUNS
)


def _adjective_states(span: Span, dis: Discourse) -> list[str]:
    """States named by an adjective of what the content is about ("Russian-Iranian relations",
    "Brazilian democratic institutions", "a Russian invasion", "U.S.-China ties"): the statement is
    about that state (C5), unless the noun is its people, a place or an actor of its own."""
    acts = dis.acts
    out: list[str] = []
    for tok in span:
        first = tok
        while first.dep_ == "conj" and first.head.i != first.i:  # "the American and Japanese people"
            first = first.head
        noun = first.head
        if first.dep_ not in ("amod", "compound", "nmod", "dep") or noun.i in acts.token_actor:
            continue
        if noun.dep_ == "appos" or noun.lemma_.lower() in _NOT_OF_A_STATE or noun.lower_ in _NOT_OF_A_STATE:
            continue  # "X, a Bahraini poet, said": a description of the speaker
        name = acts.token_demonym.get(tok.i)
        out.extend([name] if name else _hyphen_states(tok, dis))
    out = list(dict.fromkeys(out))
    return dis._ensured(out, span[0]) if out else out


def _hyphen_states(tok: Token, dis: Discourse) -> list[str]:
    """The states of a hyphenated pair read as one token ("U.S.-China", "Russia-Ukraine")."""
    if "-" not in tok.text or tok.i in dis.acts.token_actor:
        return []
    out: list[str] = []
    for part in tok.text.split("-"):
        entry = dis.acts.gaz.by_demonym(part)
        if entry is None or entry.kind != "State":
            return []
        out.append(entry.name)
    return out if len(out) >= 2 else []


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


_MAX_TARGETS = 6  # beyond this a sentence lists actors rather than aims at them


_CONVERSATION_KINDS = frozenset({"PhoneCall", "Meeting", "Conversation"})


_READOUT_SPAN = 200  # tokens after a call that a readout goes on reporting it


_MAX_PARTIES = 3  # a meeting of more is a round of talks, not one conversation addressed to each


def own_sides(speaker: str, acts: Actors) -> set[str]:
    """The speaker and whom it speaks for: its side (``sides.side_of`` over any kind), that side's
    own side, and the state of its country. A statement is not aimed at its own side ("reaffirmed
    Russia's support"). Wider than one side: a set, two steps up (minister -> ministry -> state),
    with the home state and the state's bodies (``_state_bodies``), since here a miss aims a
    statement at its own speaker."""
    out = {speaker}
    name = speaker
    for _ in range(2):
        actor = acts.by_name.get(name)
        if actor is None:
            break
        if actor.country:
            out.update(
                a.name for a in acts.by_name.values() if a.kind == "State" and a.country == actor.country
            )
        owner = side_of(name, acts, OWNED_KINDS)
        if owner == name:
            break
        out.add(owner)
        name = owner
    return out | _state_bodies(speaker, acts)


_OFFICIAL_SIDES = ("State", "GovernmentBody")


def _state_bodies(speaker: str, acts: Actors) -> set[str]:
    """An official voice speaks for its state's bodies and forces: "Medvedev said Russian troops
    would pull out" is not aimed at Russian troops (a citizen's or a party's voice is not). Armed
    groups of its country are not its side: "Somalia condemned the al-Shabaab attack" is aimed at them.
    The reverse of ``sides.side_of`` (from a state down to its bodies), found by country."""
    actor = acts.by_name.get(speaker)
    if actor is None or actor.country is None:
        return set()
    official = actor.kind in _OFFICIAL_SIDES or (
        actor.kind == "Person" and acts.kind(actor.affiliation) in _OFFICIAL_SIDES
    )
    if not official:
        return set()
    return {
        a.name for a in acts.by_name.values() if a.kind == "GovernmentBody" and a.country == actor.country
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
    own = own_sides(st.speaker, acts) | _channels(st, acts)
    done = _judged_event_parties(st, events or [], acts)
    found = [t for t in st.targets + st.about + done if t not in own and not _inhabitants(t, acts)]
    st.targets = list(dict.fromkeys(conversation_parties(st, during, acts) + found))


def _channels(st: St, acts: Actors) -> set[str]:
    """The outlets a statement was given through and nothing more ("told the AP", "speaking to
    CNN", "in an interview with Reuters"): C5's channel, wherever the cue's path found it. An outlet
    the statement's sentence also names elsewhere ("accused CNN of lying") stays a target."""
    if not isinstance(st.cue, Token):  # a statement built without a parse (no mention to read)
        return set()
    sent = st.cue.sent
    doc = sent.doc
    tokens = range(min(sent.start, st.content[0]), max(sent.end, st.content[1]))
    media: dict[str, bool] = {}
    for i in tokens:
        name = acts.token_actor.get(i)
        if name and acts.kind(name) == "Media":
            media[name] = media.get(name, True) and _channel(doc[i], name, acts)
    return {name for name, only in media.items() if only}


def _channel(tok: Token, name: str, acts: Actors) -> bool:
    """A mention that is the object of a verb or noun of telling, or of its "to/with/on" phrase."""
    while tok.dep_ in ("compound", "flat", "det", "amod") and acts.token_actor.get(tok.head.i) == name:
        tok = tok.head
    if tok.dep_ == "poss" and tok.head.i not in acts.token_actor:
        tok = tok.head  # "told CNN's Spanish service": the outlet's own desk
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif tok.dep_ not in ("dobj", "dative", "iobj"):
        return False
    lemma = head.lemma_.lower()  # a verb of telling, not of judging ("accused CNN of lying")
    telling = L.CUE_KINDS.get(lemma) in ("Report", "Announcement")
    return telling or lemma in L.CHANNEL_WORDS or lemma in L.SPEECH_NOUNS


_HOSTILE_KINDS = frozenset({"Attack", "Shelling", "Fighting", "CeasefireViolation"})


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
