"""Document -> Extraction: the extractor's entry points.

The article is parsed once; the stages then read it sentence by sentence in order (so pronouns and
role nouns can look back): mentions (whole article) -> per sentence events and statements ->
linking (statement -> event it was said during, event status from the statement it sits in) ->
merging coreferent events -> records with deterministic ids and evidence offsets.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ontology.codes import event_codes
from ontology.gazetteer import load_gazetteer
from ontology.model import (
    ActorRecord,
    ArticleRecord,
    EventRecord,
    Extraction,
    Participant,
    StatementRecord,
    actor_id,
    article_id,
    digest,
)
from ontology.schema import actor_kind, event_kind, event_status, statement_kind, statement_mode

from ..documents import Document, InputError, iter_documents
from . import lexicon as L
from .dates import date_mentions, parse_iso, resolve_date
from .event_filter import keep_events
from .events import (
    Ev,
    _parties_states,
    armed_sides,
    clause_subject,
    detect_events,
    first_person_party,
    joint_action,
    note_subjects,
    past_anchor,
    previous_doer,
    readout_parties,
    visited_states,
)
from .mentions import Actors, detect, display_name, idle_actors
from .pipeline import load_nlp
from .resolve import Discourse
from .sides import side_of
from .speech import St, detect_statements, find_quotes, settle_targets
from .syntax import definite, demonstrative, doc_text, is_nominal

PEG_SENTENCES = (
    3  # the lead (first real sentences): reported events here without a date happened on the article's date
)


@dataclass
class EventLinks:
    """Which event each statement was made during. Statements are compared by identity (two may
    be equal field by field), so the links are kept as pairs rather than in a dict."""

    pairs: list[tuple[St, Ev]] = field(default_factory=list)

    def link(self, st: St, ev: Ev) -> None:
        self.pairs.append((st, ev))

    def get(self, st: St) -> Ev | None:
        return next((ev for s, ev in self.pairs if s is st), None)

    def redirect(self, alias: dict[Ev, Ev], kept: list[Ev]) -> None:
        """After merging: links follow merged events; links to dropped events go."""
        redirected = [(st, alias.get(ev, ev)) for st, ev in self.pairs]
        self.pairs = [(st, ev) for st, ev in redirected if any(ev is k for k in kept)]


def extract(doc: Document, nlp: Language | None = None) -> Extraction:
    """Extract one document."""
    nlp = nlp or load_nlp()
    return extract_parsed(doc, nlp(doc.text))


def extract_many(
    docs: Iterable[Document], nlp: Language | None = None, batch_size: int = 32, n_process: int = 1
) -> Iterator[Extraction]:
    """Extract many documents with one loaded pipeline, in input order."""
    nlp = nlp or load_nlp()
    pairs = ((d.text, d) for d in docs)
    for parsed, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield extract_parsed(document, parsed)


def extract_file(path: str | Path) -> dict:
    """The contract dict of the first document in a file (used by the scorers)."""
    for item in iter_documents(path):
        if isinstance(item, InputError):
            raise item
        if isinstance(item, Document):
            return extract(item).to_dict()
    raise InputError(f"{path}: no document")


# --- the stages over one parsed article ------------------------------------------------------


def extract_parsed(document: Document, parsed: Doc) -> Extraction:
    published = parse_iso(document.published)
    art_id = article_id(document.sha256)
    stored = parsed._.quotes if parsed.has_extension("quotes") else None
    # a Doc parsed in another process comes back with its (start, end) pairs as lists
    quotes = [tuple(q) for q in stored] if stored is not None else find_quotes(parsed.text)
    parsed.user_data["diplograph.title"] = document.title  # a statement's author is in its title
    acts = detect(parsed, load_gazetteer(), published)
    dis = Discourse(acts, quotes=quotes)
    events: list[Ev] = []
    statements: list[St] = []
    links = EventLinks()
    date_ents = [e for e in acts.ents if e.label_ in ("DATE", "TIME")]
    n = -1
    for sent in acts.sents:
        if acts.in_furniture(sent):
            continue  # a dateline or credit line on its own
        if sent.end - sent.start >= 7:
            n += 1  # counts real sentences, not captions or headings, for the news peg
        dates = date_mentions(sent, date_ents)
        sent_events = detect_events(sent, dis, published, dates)
        for ev in sent_events:
            _default_date(ev, n, dates, published)
            _default_parties(ev, dis)
            armed_sides(ev, dis)
            visited_states(ev, dis)
            readout_parties(ev, dis)
        note_subjects(sent, dis)
        sent_statements = detect_statements(sent, dis, quotes, published, dates)
        for st in sent_statements:
            _status_from_statement(st, sent_events)
        events.extend(sent_events)
        for st in sent_statements:
            during = _event_of(st, sent_events, events, statements, links)
            if during is not None:
                links.link(st, during)
            dis.last_speaker = st.speaker if acts.kind(st.speaker) == "Person" else dis.last_speaker
        statements.extend(sent_statements)
        _record_parties(dis, sent_events)
        dis.end_sentence(sent, _sentence_subjects(sent, dis, sent_statements))
        for st in sent_statements:  # after salience is updated: it changes participants only
            _speaker_side(st, sent_events, acts)
    events = _merge_events(events, links, acts)
    events = [ev for ev in events if not _figure_of_speech(ev, dis) and not _negated_generic(ev)]
    events = keep_events(events, dis)  # the learned keep/drop filter (loaders/extract/event_filter.py)
    for i, ev in enumerate(events):
        clause_subject(ev, dis)
        _earlier_parties(ev, events[:i])
        previous_doer(ev, dis)
    links.redirect({}, events)
    for st in statements:
        settle_targets(st, links.get(st), acts, events)
    return _records(document, art_id, acts, events, statements, links, published)


def _default_date(ev: Ev, n: int, dates, published: date | None) -> None:
    """No attached date: a date the sentence states once, else the article date for reported
    events in the lead (the news peg), else none; an event its own words place in the past
    ("last year's marches", "the recent strikes") is no news peg."""
    if ev.date is not None or published is None:
        return
    if past_anchor(ev.trigger) and is_nominal(ev.trigger):
        return
    resolved = {d for d in (resolve_date(text, published) for _, text in dates) if d}
    if len(resolved) == 1 and ev.status in ("reported", "planned"):
        ev.date = resolved.pop()
    elif n < PEG_SENTENCES and ev.status == "reported":
        ev.date, ev.date_assumed = published, True


def _default_parties(ev: Ev, dis: Discourse) -> None:
    """A meeting, talks or an agreement with no party named ("the negotiations would take place
    in Geneva") is between the parties of the article's last exchange: the people for a meeting or
    call, the states they act for otherwise."""
    venue_only = ev.participants and all(dis.acts.kind(p) == "Organization" for p in ev.participants)
    if (
        (ev.participants and not venue_only)
        or ev.kind not in L.COMMUNICATION_KINDS | {"Agreement"}
        or not dis.last_parties
    ):
        return
    if venue_only:  # "negotiations at the OSCE": the parties, and the venue
        ev.participants = _parties_states(dis) + list(ev.participants)
        return
    if ev.kind in ("PhoneCall", "Meeting"):
        ev.participants = list(dis.last_parties)
    else:
        ev.participants = _parties_states(dis)


def _earlier_parties(ev: Ev, events: list[Ev]) -> None:
    """An act with no party named ("the extended drills", "missile tests conducted in 2021", "the
    arrests") is done by whoever did the last act of its kind the article named: the text names
    the doer once and then speaks of the acts."""
    if ev.participants or ev.kind in L.COMMUNICATION_KINDS:
        return
    lemma = ev.trigger.lemma_.lower()
    for prev in reversed(events):
        if (
            prev.kind == ev.kind
            and prev.participants
            and (ev.kind != "Other" or prev.trigger.lemma_.lower() == lemma)
        ):
            ev.participants = list(prev.participants)
            return


def _record_parties(dis: Discourse, events: list[Ev]) -> None:
    for ev in events:
        dis.note_sides(ev.participants)
        persons = [p for p in ev.participants if dis.acts.kind(p) == "Person"]
        if len(persons) >= 2 and ev.kind in L.COMMUNICATION_KINDS | {"Conversation"}:
            dis.last_parties = persons
        elif persons and ev.kind in L.COMMUNICATION_KINDS and len(ev.participants) >= 2:
            groups = [p for p in ev.participants if dis.acts.kind(p) == "Group"]
            if not groups:
                dis.last_parties = list(ev.participants)


def _sentence_subjects(sent, dis: Discourse, statements: list[St]) -> list[list[str]]:
    out = [[st.speaker] for st in statements]
    for tok in sent.root.children:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ != "PRON":
            names = dis.expand(tok)
            if names:
                out.insert(0, names)
    return out


def _status_from_statement(st: St, events: list[Ev]) -> None:
    """An event inside an accusation is alleged, inside a denial denied, inside an intent planned,
    inside an appeal or a warning hypothetical (unless its own words place it in the past: "implement the sanctions imposed in 2017")."""
    lo, hi = st.content
    for ev in events:
        if lo <= ev.trigger.i < hi and ev.status == "reported":
            if st.kind == "Accusation":
                ev.status = "alleged"
            elif st.kind in ("Denial",):
                ev.status = "denied"
            elif past_anchor(ev.trigger):
                continue
            elif st.kind in ("Intent", "Agreement"):
                ev.status = "planned"
            elif st.kind in ("Appeal", "Demand", "Warning", "Threat"):
                ev.status = "hypothetical"  # asked of another side: it may or may not happen


def _speaker_side(st: St, events: list[Ev], acts: Actors) -> None:
    """An event a speaker reports with one side named ("talks with the representatives of Kiev",
    "we will impose sanctions") involves the speaker's side too; an attack or election the speaker
    only comments on does not."""
    lo, hi = st.content
    speaker = acts.by_name.get(st.speaker)
    if speaker is None:
        return
    if speaker.kind not in ("State", "Person"):
        return
    side = side_of(st.speaker, acts)
    kinds = ("Report", "Appeal", "Demand", "Denial", "Intent", "Threat")
    for ev in events:
        if (
            lo <= ev.trigger.i < hi
            and len(ev.participants) < 2
            and side not in ev.participants
            and (ev.kind != "Conversation" or ev.participants)
            and st.kind in kinds
        ):
            if _speaker_takes_part(st, ev):
                ev.participants.insert(0, side)
            if st.kind == "Appeal" and st.addressed:
                _add_addressees(st, ev, acts)


def _add_addressees(st: St, ev: Ev, acts: Actors) -> None:
    """ "urged X to agree to a ceasefire": the addressee of an appeal is a party of what it is
    asked to do (a person for their state)."""
    for t in st.targets:
        state = side_of(t, acts)
        if state and state not in ev.participants:
            ev.participants.append(state)


def _speaker_takes_part(st: St, ev: Ev) -> bool:
    """The speaker is a party of a reported event when the event names only its counterpart
    ("talks with X", "discussions with X"), when the speaker calls on an addressee to act with it,
    or when the speaker speaks of it in the first person ("we will end this war", "our sanctions")."""
    if ev.common is not None and ev.kind in L.COMMUNICATION_KINDS | {"Conversation"}:
        return True
    if st.kind == "Appeal" and st.addressed and st.targets and joint_action(ev.trigger):
        return True
    return first_person_party(ev.trigger)


def _event_of(
    st: St, sent_events: list[Ev], events: list[Ev], statements: list[St], links: EventLinks
) -> Ev | None:
    """The communication event a statement was made during: one in its sentence with the speaker
    taking part (or in a "during" phrase), else the one the same speaker's previous statement was
    made during, else the article's peg event if the speaker took part in it."""
    comm = [e for e in sent_events if e.kind in L.COMMUNICATION_KINDS | {"Conversation"}]
    for ev in comm:
        if st.speaker in ev.participants and not (st.content[0] <= ev.trigger.i < st.content[1]):
            return ev
    for ev in comm:
        if ev.trigger.head.lower_ in ("during", "in") and not (st.content[0] <= ev.trigger.i < st.content[1]):
            return ev
    for prev in reversed(statements[-3:]):
        prev_event = links.get(prev) if prev.speaker == st.speaker else None
        if prev_event is not None and st.cue.i - prev.cue.i < 120:
            return prev_event
    first = next((e for e in events if e.kind in L.COMMUNICATION_KINDS and e.status == "reported"), None)
    if first is not None and first.sent.start == 0 and st.speaker in first.participants:
        return first
    return None


def _merge_events(events: list[Ev], links: EventLinks, acts: Actors | None = None) -> list[Ev]:
    """One event per real-world event: a "discussion with Macron" by Putin is the Putin-Macron
    call; the same kind with the same parties and compatible dates is one event."""
    out: list[Ev] = []
    alias: dict[Ev, Ev] = {}
    sides = _Sides(acts)
    for ev in events:
        target = None
        for prev in reversed(out):
            if _same(prev, ev) or _repeat_mention(prev, ev, sides):
                target = prev
                break
        if ev.kind == "Conversation" and target is None:
            target = _conversation_target(ev, out)
            if target is None and (ev.participants or ev.trigger.tag_ == "NNS"):
                ev.kind = "Talks"  # "discussions with Egypt", "return to discussions": talks of their own
                out.append(ev)
                continue
            if target is None:
                continue
        if target is None:
            out.append(ev)
            continue
        alias[ev] = target
        shared = sum(1 for e in out if e.trigger == target.trigger) > 1
        if shared and ev.kind == "Conversation":  # "separate calls": the later mention is specific
            target.evidence = ev.trigger
        for k, v in ev.quantities.items():
            target.quantities.setdefault(k, v)
        for p in ev.participants:
            if p not in target.participants:
                target.participants.append(p)
        if target.date is None and ev.date is not None and not ev.date_assumed and target.evidence is None:
            target.evidence = ev.trigger  # the mention that dates the event is its best evidence
        target.date = target.date or ev.date
        target.place = target.place or ev.place
    links.redirect(alias, out)  # a bare conversation with nothing to refer to is dropped
    return out


def _same(a: Ev, b: Ev) -> bool:
    """Coreferent mentions: a conversation/discussion and the call it refers back to. Other
    mentions of the same kind are kept apart (annotators count them as separate events)."""
    kinds = {a.kind, b.kind}
    if "Conversation" not in kinds:
        return a.trigger == b.trigger and set(a.participants) == set(b.participants)
    if not (
        a.kind == b.kind or (kinds <= L.COMMUNICATION_KINDS | {"Conversation"} and "Conversation" in kinds)
    ):
        return False
    if a.date and b.date and a.date != b.date:
        return False
    if a.status != b.status and "Conversation" not in kinds:
        return False
    pa, pb = set(a.participants), set(b.participants)
    if not pa or not pb:
        return a.kind == b.kind and not pa and not pb and a.kind not in L.COMMUNICATION_KINDS
    return (
        pa == pb
        or (b.kind == "Conversation" and pb <= pa)
        or (a.kind in L.COMMUNICATION_KINDS and len(pa) >= 2 and (pb <= pa or pa <= pb))
    )


def _figure_of_speech(ev: Ev, dis: Discourse) -> bool:
    """An event word inside a quotation with no party at all ("'democracy is under attack'",
    "'we must end this war'"): rhetoric, not a reported event."""
    return not ev.participants and dis.in_quote(ev.trigger)


def _negated_generic(ev: Ev) -> bool:
    """A negated event word with no party ("a nuclear war can never be won", "does not show any
    cash was handed over"): a claim about no event, not a denied event between actors."""
    return ev.status == "denied" and not ev.participants


class _Sides:
    """Parties compared as sides: a person stands for the state they act for too ("Putin" is on
    the side of "Russia", ``sides.side_of``), so "the negotiations" by Putin can refer to Russia's
    negotiations. A name matches both itself and its side, hence a set of both."""

    def __init__(self, acts: Actors | None):
        self.acts = acts

    def of(self, names: Iterable[str]) -> set[str]:
        """The names and the sides they stand for (kept both: "Putin" matches "Putin" and "Russia")."""
        out = set(names)
        if self.acts is None:
            return out
        return out | {side_of(name, self.acts) for name in out}

    def within(self, later: Iterable[str], earlier: Iterable[str]) -> bool:
        """Every party of the later mention is a party, or on the side of a party, of the earlier."""
        sides = self.of(earlier)
        return all(name in sides or bool(self.of([name]) & sides - {name}) for name in later)


_UNREALIZED = frozenset({"planned", "hypothetical"})


def _unrealized_again(prev: Ev, ev: Ev, sides: _Sides) -> bool:
    """An event not (yet) happened, named again with the same parties ("if Russia undertakes a
    further invasion of Ukraine ... a further Russian invasion of Ukraine would"): a planned or
    feared event has no time of its own to tell two apart."""
    return (
        prev.status in _UNREALIZED
        and ev.status in _UNREALIZED
        and is_nominal(ev.trigger)
        and is_nominal(prev.trigger)
        and not definite(ev.trigger)  # "the negotiations would take place": judged as a reference
        and bool(ev.participants)
        and sides.within(ev.participants, prev.participants)
        and sides.within(prev.participants, ev.participants)
    )


def _same_name(a, b) -> bool:
    """ "the Annapolis Conference" named twice: one named happening."""
    if not (a.ent_type_ and b.ent_type_):
        return False
    name_a = next((e.text.lower() for e in a.doc.ents if e.start <= a.i < e.end), None)
    name_b = next((e.text.lower() for e in b.doc.ents if e.start <= b.i < e.end), None)
    return name_a is not None and name_a == name_b


_BACK_REFERENCE_PREPS = frozenset({"at", "during", "after", "following", "since", "on", "from"})


def _refers_back(tok) -> bool:
    """ "the talks", "the meeting's agenda", "conference participants": a definite mention, or an
    event noun that only modifies another noun, speaks of an event already named."""
    return definite(tok) or tok.dep_ in ("compound", "poss")


def _repeat_mention(prev: Ev, ev: Ev, sides: _Sides | None = None) -> bool:
    """A later mention of an event already read ("the talks lasted three hours", "after the call",
    "this attack", "the meeting" with one of its parties): the same kind, no conflicting date or
    status, a referring determiner, and parties that add nothing new (a demonstrative refers back
    whatever the clause around it names)."""
    if prev.kind != ev.kind or prev.trigger == ev.trigger:
        return False
    sides = sides or _Sides(None)
    if _unrealized_again(prev, ev, sides) or _same_name(prev.trigger, ev.trigger):
        return True
    if ev.kind not in L.REPEATABLE_KINDS and not (
        ev.kind in L.REPEATABLE_BY_DEMONSTRATIVE and demonstrative(ev.trigger)
    ):
        return False
    if prev.date and ev.date and prev.date != ev.date and not ev.date_assumed:
        return False  # "after the meeting" in the lead has the article's date only by default
    if "denied" in (prev.status, ev.status) and prev.status != ev.status:
        return False
    if not is_nominal(ev.trigger) or _another_instance(ev.trigger):
        return False
    if ev.kind in L.ONE_PER_ARTICLE_KINDS and ev.date is None:
        return True  # "ensure a credible election": the article's election, spoken of again
    if not _refers_back(ev.trigger):
        return False
    if demonstrative(ev.trigger) or not ev.participants:
        return True
    if ev.kind in L.ONGOING_KINDS:  # "the war", "its military operations": one war whatever the mood
        return sides.within(ev.participants, prev.participants) or sides.within(
            prev.participants, ev.participants
        )
    if ev.trigger.dep_ == "pobj" and ev.trigger.head.lower_ in _BACK_REFERENCE_PREPS:
        return True  # "at the summit, X charged ...": the summit, whoever the clause names
    return prev.status == ev.status == "reported" and sides.within(ev.participants, prev.participants)


def _another_instance(tok) -> bool:
    """ "the first ministerial meeting", "the next round of talks": a new instance, not a reference."""
    return any(
        c.dep_ in ("amod", "advmod", "compound", "nmod")
        and (c.lower_ in L.NEW_INSTANCE_WORDS or c.ent_type_ == "ORDINAL")
        for c in tok.children
    )


def _conversation_target(ev: Ev, out: list[Ev]) -> Ev | None:
    """A bare "the conversation" refers to the last call or meeting."""
    if ev.participants:
        return None
    return next((e for e in reversed(out) if e.kind in L.COMMUNICATION_KINDS), None)


# --- records ---------------------------------------------------------------------------------


def _records(
    document: Document,
    art_id: str,
    acts: Actors,
    events: list[Ev],
    statements: list[St],
    links: EventLinks,
    published: date | None,
) -> Extraction:
    """The contract's records, with deterministic ids, from the article's working objects."""
    event_records, ev_ids = _event_records(art_id, acts, events)
    st_records = _statement_records(art_id, acts, statements, links, ev_ids, published)
    return Extraction(
        article=_article_record(document, art_id),
        actors=_actor_records(acts, events, statements),
        events=event_records,
        statements=st_records,
    )


def _event_id(art_id: str, ev: Ev, kind: str, parts: list[str]) -> str:
    """Same kind, parties and date -> same id (one node across articles); undated events are
    kept apart per article and trigger."""
    date_s = ev.date.isoformat() if ev.date else None
    return "event:" + digest(
        kind, sorted(parts), date_s, *((art_id, ev.trigger.idx) if date_s is None else ())
    )


def _participants(parts: list[str], kind: str) -> list[Participant]:
    """The first party of a violent event with two or more parties is its initiator."""
    return [
        Participant(
            actor=p,
            role="initiator" if i == 0 and len(parts) > 1 and kind in L.VIOLENT_KINDS else "participant",
        )
        for i, p in enumerate(parts)
    ]


def _event_records(art_id: str, acts: Actors, events: list[Ev]) -> tuple[list[EventRecord], dict[Ev, str]]:
    """(records, the id of every event object); events that come out with one id are one record."""
    text = doc_text(acts.doc)
    ev_ids: dict[Ev, str] = {}
    recorded: set[str] = set()
    records: list[EventRecord] = []
    for ev in events:
        kind = "Meeting" if ev.kind == "Conversation" else ev.kind
        parts = [actor_id(p) for p in ev.participants]
        eid = _event_id(art_id, ev, kind, parts)
        seen = eid in recorded
        ev_ids[ev] = eid
        if seen:
            continue
        recorded.add(eid)
        sent = acts.sent(ev.evidence) if ev.evidence is not None else ev.sent
        cameo, plover = event_codes(kind)
        records.append(
            EventRecord(
                id=eid,
                kind=event_kind(kind),
                cameo=ev.cameo or cameo,
                plover=ev.plover or plover,
                date=ev.date.isoformat() if ev.date else None,
                status=event_status(ev.status),
                participants=_participants(parts, kind),
                place=ev.place,
                quantities=dict(ev.quantities),
                evidence=text[sent.start_char : sent.end_char],
                start=sent.start_char,
                end=sent.end_char,
            )
        )
    return records, ev_ids


def _statement_id(art_id: str, st: St, speaker: str, seen: set[str]) -> str | None:
    """A deterministic id; two acts of one kind by one speaker in one sentence get their cue and
    content into it; None for a true duplicate."""
    sid = "statement:" + digest(art_id, st.start, st.end, speaker, st.kind)
    if sid in seen:
        sid = "statement:" + digest(art_id, st.start, st.end, speaker, st.kind, st.cue.idx, st.content[0])
    return None if sid in seen else sid


def _statement_records(
    art_id: str,
    acts: Actors,
    statements: list[St],
    links: EventLinks,
    ev_ids: dict[Ev, str],
    published: date | None,
) -> list[StatementRecord]:
    text = doc_text(acts.doc)
    records: list[StatementRecord] = []
    seen: set[str] = set()
    for st in statements:
        speaker = actor_id(st.speaker)
        sid = _statement_id(art_id, st, speaker, seen)
        if sid is None:
            continue
        seen.add(sid)
        ev = links.get(st)
        when = st.date or published
        records.append(
            StatementRecord(
                id=sid,
                speaker=speaker,
                kind=statement_kind(st.kind),
                cameo=st.cameo,
                plover=st.plover,
                mode=statement_mode(st.mode),
                cue=st.cue_text,
                text=st.text,
                targets=[actor_id(t) for t in st.targets],
                event=ev_ids.get(ev) if ev is not None else None,
                evidence=text[st.start : st.end],
                start=st.start,
                end=st.end,
                date=when.isoformat() if when else None,
            )
        )
    return records


def _article_record(document: Document, art_id: str) -> ArticleRecord:
    return ArticleRecord(
        id=art_id,
        title=document.title,
        published=document.published,
        url=document.url,
        outlet=document.outlet,
        byline=document.byline,
        sha256=document.sha256,
        source_id=document.doc_id,
        crawled=document.crawled,
    )


def _actor_records(acts: Actors, events: list[Ev], statements: list[St]) -> list[ActorRecord]:
    """Every detected actor, plus any referenced one (affiliation, backs) so ids always resolve."""
    names = list(acts.by_name)
    i = 0
    while i < len(names):
        actor = acts.by_name[names[i]]
        for ref in [actor.affiliation, *actor.backs]:
            if ref and ref not in acts.by_name:
                entry = acts.gaz.get(ref)
                acts.ensure(ref, entry.kind if entry else "State", None, entry=entry)
                names.append(ref)
        i += 1
    text = doc_text(acts.doc)
    out = []
    idle = idle_actors(acts, _used_actors(events, statements, acts))
    for name in sorted(acts.by_name, key=lambda n: (acts.by_name[n].first_token, n)):
        if name in idle:
            continue
        a = acts.by_name[name]
        country = a.country
        if country is None and a.affiliation and a.affiliation in acts.by_name:
            country = acts.by_name[a.affiliation].country
        out.append(
            ActorRecord(
                id=actor_id(a.name),
                name=display_name(acts, a),
                kind=actor_kind(a.kind),
                aliases=_aliases(a, acts),
                country=country,
                affiliation=actor_id(a.affiliation) if a.affiliation and a.affiliation not in idle else None,
                role=a.role,
                wikidata=a.wikidata,
                backs=[actor_id(b) for b in a.backs],
                evidence=text[a.sent_start : a.sent_end] if a.sent_start is not None else None,
                start=a.sent_start,
                end=a.sent_end,
            )
        )
    return out


def _used_actors(events: list[Ev], statements: list[St], acts: Actors) -> set[str]:
    """Speakers, targets, participants and backers: the actors something happens with."""
    used = {n for ev in events for n in ev.participants}
    used |= {n for st in statements for n in (st.speaker, *st.targets)}
    return used | {a.name for a in acts.by_name.values() if a.backs}


def _aliases(actor, acts: Actors) -> list[str]:
    """The forms the text used, then the gazetteer's (so "Joseph R. Biden, Jr." finds Joe Biden)."""
    entry = acts.gaz.get(actor.name) if actor.from_gazetteer else None
    extra = [x for x in (entry.aliases if entry is not None else ()) if x != actor.name]
    shown = display_name(acts, actor)  # the gazetteer's name stays an alias of a fuller one
    forms = [*actor.aliases, *extra] + ([actor.name] if shown != actor.name else [])
    return [x for x in dict.fromkeys(forms) if x != shown]
