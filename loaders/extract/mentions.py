"""Mention detection and canonicalisation: which tokens refer to which actor of the article.

One pass over the entities (gazetteer EntityRuler + spaCy NER) and one over the tokens (noun-phrase
patterns for government bodies, armed groups, forces and groups) fill ``Actors``: one record per
real-world actor with every surface form as an alias, and a token -> actor map the later stages use.
Capitals and states count as actors only where they act (subject, possessor, object of a speech or
action verb), not where they are locations ("in Moscow"); those become places.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from ontology.gazetteer import Entry, Gazetteer, normalise
from ontology.phoenix import Phoenix, load_phoenix

from . import lexicon as L
from .owners import ensure_owner, owner_before, owner_of, owning_state
from .syntax import (
    ACTION_LEMMAS,
    agentive,
    doc_text,
    is_backer,
    is_location_use,
    next_to_place,
    place_apposed,
)
from .wire import find_furniture

_TITLE_PREFIX = re.compile(r"^(?:mr|mrs|ms|dr|prof|sir|gen|col|lt|sgt)\.?\s+", re.I)


@dataclass
class Actor:
    """The working record of one actor while an article is read."""

    name: str
    kind: str
    aliases: dict[str, None] = field(default_factory=dict)  # ordered set
    country: str | None = None
    affiliation: str | None = None  # actor name
    role: str | None = None
    wikidata: str | None = None
    backs: dict[str, None] = field(default_factory=dict)
    role_words: set[str] = field(default_factory=set)
    female: bool | None = None
    sent_start: int | None = None
    sent_end: int | None = None
    first_token: int = 10**9
    from_gazetteer: bool = False

    def add_alias(self, surface: str) -> None:
        surface = surface.strip()
        if surface and surface != self.name:
            self.aliases.setdefault(surface, None)


@dataclass
class Actors:
    """Actors of one article and which tokens mention them."""

    doc: Doc
    gaz: Gazetteer
    by_name: dict[str, Actor] = field(default_factory=dict)
    token_actor: dict[int, str] = field(default_factory=dict)
    token_place: dict[int, str] = field(default_factory=dict)
    token_demonym: dict[int, str] = field(default_factory=dict)  # demonym modifier -> entry name
    prefix_tokens: dict[int, str] = field(default_factory=dict)  # title token -> the person named
    token_group: dict[int, str] = field(default_factory=dict)  # "Advisors [Sullivan], ..." -> group
    sents: list[Span] = field(default_factory=list)
    sent_of_token: list[int] = field(default_factory=list)
    ents: list[Span] = field(default_factory=list)
    furniture: set[int] = field(default_factory=set)  # tokens of datelines, bylines, credit lines
    published: date | None = None  # the article's date: which office a person held then
    phoenix: Phoenix = field(default_factory=load_phoenix)

    def __post_init__(self) -> None:
        self.ents = whole_names(self.doc, self.phoenix)  # doc.ents rebuilds its spans on every access
        self.furniture = furniture_tokens(self.doc)
        # Token.sent walks the parse on every call; index the sentences once per article
        self.sents = list(self.doc.sents)
        self.sent_of_token = [0] * len(self.doc)
        for n, sent in enumerate(self.sents):
            for i in range(sent.start, sent.end):
                self.sent_of_token[i] = n

    def in_furniture(self, span: Span) -> bool:
        """True when a span (an entity, a sentence) lies wholly in wire furniture."""
        return all(t.i in self.furniture or t.is_space for t in span)

    def sent(self, tok: Token | Span) -> Span:
        """The sentence of a token (or of a span's first token), without re-walking the parse."""
        i = tok.i if isinstance(tok, Token) else tok.start
        return self.sents[self.sent_of_token[i]]

    def ensure(
        self,
        name: str,
        kind: str,
        surface: str | None = None,
        token: Token | None = None,
        entry: Entry | None = None,
        **props,
    ) -> Actor:
        """Create the actor on first sight (from the gazetteer entry when there is one)."""
        actor = self.by_name.get(name)
        if actor is None:
            entry = entry or self.gaz.get(name)
            if entry is not None:
                actor = Actor(
                    name=entry.name,
                    kind=entry.kind,
                    country=entry.country,
                    wikidata=entry.wikidata,
                    role=entry.role,
                    affiliation=entry.affiliation,
                    from_gazetteer=True,
                )
                if entry.role:
                    actor.role_words.update(entry.role.lower().split())
                for alias in entry.aliases:  # known spellings: one node whatever the text uses
                    actor.add_alias(alias)
            else:
                actor = Actor(name=name, kind=kind)
            self.by_name[name] = actor
        for key, value in props.items():
            if value is not None and getattr(actor, key) is None:
                setattr(actor, key, value)
        if surface:
            actor.add_alias(surface)
        if token is not None and token.i < actor.first_token:
            actor.first_token = token.i
            sent = self.sent(token)
            actor.sent_start, actor.sent_end = sent.start_char, sent.end_char
        return actor

    def kind(self, name: str | None) -> str | None:
        """The kind of a known actor, None for a name not (or no longer) among the actors."""
        actor = self.by_name.get(name) if name else None
        return actor.kind if actor is not None else None

    def mark(self, tokens, name: str) -> None:
        for t in tokens:
            self.token_actor[t.i] = name

    def at(self, token: Token) -> str | None:
        return self.token_actor.get(token.i)


def furniture_tokens(doc: Doc) -> set[int]:
    """Indices of the tokens inside wire furniture (datelines, bylines, credit lines)."""
    stored = doc._.furniture if doc.has_extension("furniture") else None
    spans = [tuple(span) for span in stored] if stored is not None else find_furniture(doc.text).spans
    out: set[int] = set()
    for a, b in spans:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return out


# --- syntactic tests -------------------------------------------------------------------------


def _strip(text: str) -> str:
    text = re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.I)
    text = re.sub(r"(?:'s|\u2019s|')$", "", text).strip()
    return _TITLE_PREFIX.sub("", text)


def guess_female(name: str) -> bool:
    """A weak default from the first name; pronouns she/her in the article can override."""
    first = name.split()[0].lower() if name else ""
    if first in L.MALE_NAMES_EXTRA:
        return False
    return first in L.FEMALE_NAMES_EXTRA or (first.endswith("a") and len(first) > 2)


# --- the entity pass -------------------------------------------------------------------------


def _entry_for(ent: Span, gaz: Gazetteer) -> Entry | None:
    if ent.ent_id_:
        return gaz.get(ent.ent_id_)
    if ent.label_ in ("GPE", "ORG", "PERSON", "LOC", "NORP"):
        return gaz.lookup(_strip(ent.text))
    return None


def org_kind(text: str) -> str:
    low = text.lower()
    if normalise(text) in L.MEDIA or low in L.MEDIA:
        return "Media"
    words = set(re.findall(r"[a-z]+", low))
    if words & {
        "ministry",
        "department",
        "office",
        "kremlin",
        "government",
        "parliament",
        "council",
        "cabinet",
        "presidency",
        "embassy",
        "administration",
    }:
        return "GovernmentBody"
    if {w.rstrip("s") for w in words} & L.ARMED_NOUNS or words & {"army", "forces", "brigade"}:
        return "ArmedGroup"
    return "Organization"


@dataclass
class PersonIndex:
    """The people of one article by every form a later mention may take: a lone surname or given
    name ("Putin"), a transliteration ("Mohamed bin Salman"), a tail ("Bin Salman") or a title with
    the given name ("Prince Mohammed"). Maps each to the canonical full name first seen."""

    gaz: Gazetteer  # its name_key, remembered
    single: dict[str, str] = field(default_factory=dict)  # lower-case word -> full name
    single_keys: dict[str, str] = field(default_factory=dict)  # name_key of a surname -> full name
    keys: dict[str, str] = field(default_factory=dict)  # name_key of a form -> full name
    tails: dict[str, str] = field(default_factory=dict)  # normalised last words -> full name
    givens: dict[str, str] = field(default_factory=dict)  # normalised first word(s) -> full name
    ends: dict[str, str] = field(default_factory=dict)  # keys of the first and last word -> full name
    indexed: dict[tuple[str, ...], str] = field(default_factory=dict)  # forms already added -> full

    def add(self, full: str, forms: list[str]) -> str:
        """Index a person; a form meeting a known person's key joins that person (returned)."""
        seen = (full, *forms)
        if seen in self.indexed:  # a gazetteer person mentioned again
            return self.indexed[seen]
        key = self.gaz.name_key
        full = next((self.keys[key(f)] for f in (full, *forms) if key(f) in self.keys), full)
        self.indexed[seen] = full
        for form in (full, *forms):
            parts = _name_parts(form)
            if len(parts) < 2:
                continue
            self.keys.setdefault(key(form), full)
            self.ends.setdefault(self.ends_key(parts), full)
            self.single.setdefault(form.split()[-1].lower(), full)  # "al-Tamimi"
            self.single.setdefault(parts[-1].lower(), full)  # "Tamimi"
            if parts[0].lower() not in L.NAME_PARTICLES:
                self.single.setdefault(parts[0].lower(), full)
            if len(parts[-1]) > 3:
                self.single_keys.setdefault(key(parts[-1]), full)
            self.givens.setdefault(normalise(parts[0]), full)
            for k in range(1, len(parts) - 1):
                if len(parts) - k >= 2:
                    self.tails.setdefault(normalise(" ".join(parts[k:])), full)
            if "-" in parts[-1]:  # "Mensah-Bonsu" is also written "Mensah Bonsu"
                self.tails.setdefault(normalise(parts[-1]), full)
        return full

    def match(self, surface: str) -> str | None:
        """The known person a mention of two words or more stands for, or None."""
        words = surface.split()
        if len(words) < 2:
            return None
        key = self.gaz.name_key(surface)
        if key in self.keys:
            return self.keys[key]
        if normalise(surface) in self.tails:
            return self.tails[normalise(surface)]
        if words[0].lower() in L.HONORIFICS:  # "Prince Mohammed", "Sheikh Tamim"
            return self.givens.get(normalise(" ".join(words[1:])))
        # "Mohammed Ould Ghazouani" for "Mohamed Ould Cheikh Ghazouani": a middle part left out
        return self.ends.get(self.ends_key(_name_parts(surface))) or self._with_family_name(words)

    def _with_family_name(self, words: list[str]) -> str | None:
        """ "Muhammad bin Salman Al Saud" for "Mohammed bin Salman": a known name followed by a
        family name that opens with a particle ("Al Saud", "al-Thani")."""
        for cut in range(len(words) - 1, 1, -1):
            tail = words[cut].lower().split("-")[0]
            if tail in L.NAME_PARTICLES and len(words) - cut <= 2:
                return self.keys.get(self.gaz.name_key(" ".join(words[:cut])))
        return None

    def ends_key(self, parts: list[str]) -> str:
        return self.gaz.name_key(parts[0]) + "|" + self.gaz.name_key(parts[-1])


def _name_parts(name: str) -> list[str]:
    """The words of a person's name with a hyphenated particle apart: "Abu Khalid al-Tamimi" ->
    [Abu, Khalid, al, Tamimi], so that "Al Tamimi" and "Tamimi" are its tail and surname."""
    out: list[str] = []
    for word in name.split():
        head, dash, rest = word.partition("-")
        out.extend([head, rest] if dash and rest and head.lower() in L.NAME_PARTICLES else [word])
    return out


def entity_pass(acts: Actors) -> None:
    """Gazetteer and NER entities -> actors or places (people first, for the name index)."""
    people = _index_people(acts)
    acronyms: dict[str, str] = {}
    for ent in acts.ents:
        if any(t.i in acts.furniture for t in ent):
            _furniture_entity(acts, ent)
        else:
            _entity(acts, ent, people, acronyms)


def _index_people(acts: Actors) -> PersonIndex:
    """People with full names (gazetteer entries, multi-word PERSON entities), so that a shorter or
    differently spelt mention anywhere in the article can map to them."""
    people = PersonIndex(acts.gaz)
    ents = [(ent, _entry_for(ent, acts.gaz)) for ent in acts.ents if ent.start not in acts.furniture]
    for _, entry in ents:  # known people first: a fuller spelling read before them is theirs
        if entry is not None and entry.kind == "Person":
            people.add(entry.name, list(entry.aliases))
    for ent, entry in ents:
        if entry is not None:
            continue
        if _title_and_full_name(ent):
            people.add(ent[1:].text, [])  # "Spokesperson Jane Roe" tagged as one entity
        elif ent.label_ == "PERSON" and len(ent) > 1 and not is_location_use(ent.root):
            surface = _strip(ent.text)
            if people.match(surface) is None or acts.gaz.name_key(surface) in people.keys:
                people.add(surface, [])
    return people


def _title_and_full_name(ent: Span) -> bool:
    """ "Spokesperson Jane Roe": a title and a full name NER took for one entity."""
    return (
        ent.label_ in ("ORG", "PERSON")
        and len(ent) > 2
        and ent[0].lemma_.lower() in L.TITLE_NOUNS
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent[1:])
    )


def _furniture_entity(acts: Actors, ent: Span) -> None:
    """A dateline's city is where the story happened; an agency or journalist there is no actor."""
    if ent.label_ in ("GPE", "LOC") or ent.text.isupper():
        for t in ent:
            acts.token_place[t.i] = ent.text.title() if ent.text.isupper() else ent.text


@dataclass
class Mention:
    """An entity the gazetteer does not know, with what the rules about it need."""

    acts: Actors
    ent: Span
    surface: str
    people: PersonIndex
    acronyms: dict[str, str]

    @property
    def root(self) -> Token:
        return self.ent.root

    def actor(self, name: str, kind: str) -> Actor:
        """Make the mention an actor (or another mention of one)."""
        actor = self.acts.ensure(name, kind, self.surface, self.root)
        self.acts.mark(self.ent, name)
        return actor

    def place(self, tokens: Span | list[Token] | None = None) -> bool:
        for t in self.ent if tokens is None else tokens:
            self.acts.token_place[t.i] = self.surface
        return True


def _entity(acts: Actors, ent: Span, people: PersonIndex, acronyms: dict[str, str]) -> None:
    """A gazetteer entity, or else the first of the rules below that claims the mention."""
    ent = _with_name_particle(ent)
    surface = _strip(ent.text)
    if not surface:
        return
    entry = _entry_for(ent, acts.gaz)
    if entry is not None:
        _gazetteer_entity(acts, ent, entry, surface)
        return
    mention = Mention(acts, ent, surface, people, acronyms)
    any(rule(mention) for rule in _UNKNOWN_ENTITY_RULES)


def _with_name_particle(ent: Span) -> Span:
    """ "Abdel Fattah [el-Sissi]", "Mohammed [bin Salman]": the particle and name NER left out of a
    person's name belong to it."""
    doc = ent.doc
    i = ent.end
    if ent.label_ != "PERSON" or i + 1 >= len(doc) or doc[i].lower_ not in L.NAME_PARTICLES:
        return ent
    j = i + 2 if doc[i + 1].text == "-" else i + 1
    if j < len(doc) and doc[j].text[:1].isupper() and doc[j].pos_ == "PROPN" and not doc[j].ent_type_:
        return Span(doc, ent.start, j + 1, label=ent.label_)
    return ent


# words that end a person's name: a title, a role, a body or a place word ("Putin Administration",
# "President Biden", "Trump Tower") is never another part of the name before or after it
_NOT_NAME_WORDS = (
    L.TITLE_NOUNS
    | L.HONORIFICS
    | L.ROLE_ADJECTIVES
    | L.PLURAL_PERSON_TITLES
    | L.BODY_NOUNS
    | L.ORG_WORDS
    | L.GROUP_NOUNS
    | L.FORCE_NOUNS
    | L.FACILITY_WORDS
    | L.THING_HEADS
    | L.PLACE_HEADS
    | L.LOCATION_HEADS
)


def _name_part(tok: Token, ent: Span, phoenix: Phoenix) -> bool:
    """A token that can continue a person's name: a capitalised proper noun or an initial ("J.")
    that no entity of another kind or another known person claims and that names no role."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.like_num:
        return False
    if tok.ent_type_ not in ("", "PERSON") or (tok.ent_type_ == "PERSON" and tok.ent_id and ent.id):
        return False  # "Putin Xi": two known people side by side
    low = tok.lower_.rstrip(".")
    return low not in _NOT_NAME_WORDS and phoenix.agent(low) is None


def _name_part_before(doc: Doc, i: int, ent: Span, phoenix: Phoenix) -> bool:
    """A name part before the entity, not the end of a hyphened title ("President-[Elect]")."""
    glued = i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].text in ("-", "\u2013")
    return "\n" not in doc[i].whitespace_ and not glued and _name_part(doc[i], ent, phoenix)


def _one_phrase(doc: Doc, start: int, end: int) -> bool:
    """The tokens form one flat phrase: all but one have their head inside."""
    return sum(1 for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i) == 1


def whole_name(ent: Span, phoenix: Phoenix) -> Span:
    """A person entity widened over the rest of the person's name in the same flat phrase: the
    gazetteer ruler or NER matched part of it ("Mohammed bin Salman [Al Saud]", "Antony [J.]
    Blinken", "Ahmed Abdallah [Mohamed Sambi]"). The whole name is what the text calls the
    person; the gazetteer entry still links it."""
    if ent.label_ != "PERSON":
        return ent
    ent = _with_name_particle(ent)
    doc, start, end = ent.doc, ent.start, ent.end
    while end < len(doc) and "\n" not in doc[end - 1].whitespace_ and _name_part(doc[end], ent, phoenix):
        end += 1
    while start > 0 and _name_part_before(doc, start - 1, ent, phoenix):
        start -= 1
    if (start, end) == (ent.start, ent.end) or not _one_phrase(doc, start, end):
        return ent
    return Span(doc, start, end, label="PERSON", span_id=ent.id_ or _first_id(doc, start, end))


def _first_id(doc: Doc, start: int, end: int) -> str:
    """The gazetteer id of a known person inside a joined name, if any."""
    return next((t.ent_id_ for t in doc[start:end] if t.ent_id_), "")


def whole_names(doc: Doc, phoenix: Phoenix) -> list[Span]:
    """The document's entities with each person's name made whole (a part NER tagged apart, such
    as "Al Saud" after the gazetteer's "Mohammed bin Salman", joins it); the Doc's entities are
    set to the result so that every later stage reads the same names."""
    ents = list(doc.ents)
    out: list[Span] = []
    for ent in ents:
        if out and ent.start < out[-1].end:
            continue  # swallowed by the name before it
        wide = whole_name(ent, phoenix)
        if out and wide.start < out[-1].end:
            wide = ent
        out.append(wide)
    if any(a.start != b.start or a.end != b.end for a, b in zip(out, ents)) or len(out) != len(ents):
        doc.ents = out
        return list(doc.ents)
    return ents


def _discarded(m: Mention) -> bool:
    """ "Academy Award", "Champions": phrases the Phoenix discards say never name an actor."""
    return m.acts.phoenix.is_discard(m.surface)


def _thing_name(m: Mention) -> bool:
    """ "Intercontinental Ballistic Missile", "Annapolis Conference", "COVID-19": NER takes a weapon,
    a meeting, a treaty or a disease for an organisation or person; such names are no actors."""
    if m.ent.label_ not in ("ORG", "PERSON", "NORP", "PRODUCT", "EVENT"):
        return False
    head = m.root.lemma_.lower()
    return head in L.THING_HEADS or head.rstrip("s") in L.THING_HEADS or m.surface.lower() in L.DISEASE_NAMES


def _facility_name(m: Mention) -> bool:
    """ "Freedom Square", "Prison Barlinnie", "al Shifaa Hospital" tagged as a person or an
    organisation: a named place (its first or last word says so), never an actor."""
    if m.ent.label_ not in ("PERSON", "ORG") or len(m.ent) < 2:
        return False
    if {m.ent[0].lower_, m.ent[-1].lower_} & L.FACILITY_WORDS:
        return m.place()
    return False


def _modifier_of_a_thing(m: Mention) -> bool:
    """ "COVID-19 cases", "the Es Sider terminal", "the Grand Ethiopian Renaissance Dam": an unknown
    name modifying a common noun that names no actor is part of that noun, not an actor."""
    root = m.root
    if m.ent.label_ not in ("ORG", "PERSON") or root.dep_ not in ("compound", "amod", "nmod"):
        return False
    head = root.head
    while head.dep_ == "compound" and head.head != head and head.ent_type_ != "PERSON":
        head = head.head  # "the Grand [Ethiopian] Renaissance Dam"
    if (
        m.ent.start <= head.i < m.ent.end
        or head.pos_ not in ("NOUN", "PROPN")
        or head.i in m.acts.token_actor
    ):
        return False
    lemma = head.lemma_.lower()
    if m.ent.label_ == "PERSON" and lemma not in L.THING_HEADS | L.LOCATION_HEADS | L.PLACE_HEADS:
        return False  # "Fernandez plea": a person's act
    return (
        lemma not in _ACTORISH
        and lemma not in L.EVENT_NOUNS
        and head.ent_type_ in ("", "FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART")
    )


def _known_person_form(m: Mention) -> bool:
    """ "Bin Salman", "Prince Mohammed", "Mohamed bin Salman": another form of a person named."""
    if m.ent.label_ not in ("PERSON", "ORG", "GPE") or is_location_use(m.root):
        return False
    known = m.people.match(m.surface)
    if known is None or known == m.surface:
        return False
    m.actor(known, "Person")
    return True


def _titled_name(m: Mention) -> bool:
    """ "Spokesperson Ned Price" tagged as one organisation: a title and a person's name, which
    stands wherever it is ("attributable to Spokesperson Ned Price")."""
    ent = m.ent
    if ent.label_ not in ("ORG", "PERSON") or len(ent) < 2 or ent[0].lemma_.lower() not in L.TITLE_NOUNS:
        return False
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent[1:]):
        return False
    if len(ent) == 2:  # "Spokesman McCormack": a title and the surname of a person named in full
        known = m.people.single.get(ent[1].lower_)
        if known is None:
            return False
    name = m.people.match(ent[1:].text) or m.people.single.get(ent[1:].text.lower()) or ent[1:].text
    actor = m.acts.ensure(name, "Person", m.surface, m.root)
    m.acts.mark(ent[1:], name)
    m.acts.prefix_tokens[ent[0].i] = name
    actor.role = actor.role or ent[0].text
    actor.role_words.add(ent[0].lower_)
    if actor.female is None:
        actor.female = guess_female(name)
    return True


def _known_acronym(m: Mention) -> bool:
    """ "SCG" after "Strategic Consultative Group (SCG)"."""
    if m.surface not in m.acronyms:
        return False
    m.actor(m.acronyms[m.surface], "Organization")
    return True


def _lone_name(m: Mention) -> bool:
    """A lone surname or given name of a person named in full elsewhere in the article."""
    if m.ent.label_ not in ("PERSON", "ORG", "GPE", "NORP") or len(m.surface.split()) != 1:
        return False
    name = m.people.single.get(m.surface.lower())
    spelt = m.ent.label_ == "PERSON" or (m.ent.label_ == "ORG" and m.root.pos_ == "PROPN")  # "Haniya"
    if name is None and spelt and len(m.surface) > 3:
        name = m.people.single_keys.get(m.acts.gaz.name_key(m.surface))  # "Mottaki" for "... Muttaqi"
    if name is None and "-" in m.surface:
        name = m.people.tails.get(normalise(m.surface))  # "Mensah-Bonsu" for "Kofi Mensah Bonsu"
    if name is None or is_location_use(m.root):
        return False
    m.actor(name, "Person")
    return True


def _title_only(m: Mention) -> bool:
    """ "National Security Advisor" is a title, not an organisation; a capitalised plural title
    ("the National Security Advisors") names a collective."""
    if m.ent.label_ not in ("PERSON", "ORG") or not _title_like(m.ent):
        return False
    if m.root.tag_ in ("NNS", "NNPS") and m.root.lemma_.lower() in L.PLURAL_PERSON_TITLES:
        _title_group(m.acts, m.root)
    return True


def _organisation_as_person(m: Mention) -> bool:
    """A "person" whose words name an organisation ("Strategic Consultative Group")."""
    if m.ent.label_ != "PERSON" or not _org_like(m.surface):
        return False
    m.actor(m.surface, org_kind(m.surface))
    return True


def _person_entity(m: Mention) -> bool:
    """A person: several words, or one word that acts or speaks and is no noise."""
    ent, root = m.ent, m.root
    if not (ent.label_ == "PERSON" or (ent.label_ == "GPE" and _looks_like_person(ent))):
        return False
    if len(ent) == 1 and (
        is_location_use(root)
        or next_to_place(root)
        or not agentive(root)
        or root.dep_ == "pobj"
        or (root.dep_ == "dobj" and root.head.lemma_.lower() in L.PLACE_OBJECT_VERBS)
    ):
        if root.dep_ == "pobj":
            m.place([root])
        return True
    if _not_a_person(m.acts, ent, m.surface):
        return True
    actor = m.actor(m.surface, "Person")
    if actor.female is None:
        actor.female = guess_female(m.surface)
    _office_holder(m.acts, actor, m.surface)
    return True


def _cut_name(m: Mention) -> bool:
    """ "[the Government of] Kazakhstan": NER cut an organisation's name after "of"; the noun-phrase
    pass reads the whole phrase."""
    return m.ent.label_ == "ORG" and m.ent[-1].pos_ == "ADP"


def _state_body_entity(m: Mention) -> bool:
    """ "Kenya's Foreign Ministry", "the Ministry of Defence of Chad": a body NER tagged as an
    organisation that a state owns is that state's body; the noun-phrase pass names it with its
    state, as it does the same body written in lower case."""
    root = m.root
    if m.ent.label_ != "ORG" or root.lemma_.lower() not in L.BODY_NOUNS:
        return False
    if owning_state(m.acts, root) is None:
        return False
    for t in m.ent:
        m.acts.token_actor.pop(t.i, None)
    return True


def _org_entity(m: Mention) -> bool:
    """An organisation that acts (a one-word lower-case-looking name must act to count)."""
    if m.ent.label_ != "ORG":
        return False
    one_quiet_word = (
        len(m.ent) == 1
        and not m.surface.isupper()
        and not agentive(m.root)
        and org_kind(m.surface) != "Media"
    )
    if is_location_use(m.root) or one_quiet_word or _not_an_org(m.acts, m.ent, m.surface):
        return True
    group = m.acts.phoenix.group(m.surface)
    m.actor(m.surface, group.kind if group is not None else org_kind(m.surface))
    _acronym_after(m.ent, m.surface, m.acronyms)
    return True


def _gpe_entity(m: Mention) -> bool:
    """A place name the gazetteer does not know: a state only as the subject of an action or
    speech verb and not a known city or region; otherwise a place."""
    if m.ent.label_ != "GPE":
        return False
    root = m.root
    if (
        is_location_use(root)
        or root.dep_ != "nsubj"
        or root.head.lemma_.lower() not in _ACTION_LEMMAS
        or m.acts.phoenix.place(m.surface) is not None
    ):
        return m.place()
    m.actor(m.surface, "State")
    return True


def _place_entity(m: Mention) -> bool:
    return m.ent.label_ in ("LOC", "FAC") and m.place()


_UNKNOWN_ENTITY_RULES = (
    _discarded,
    _thing_name,
    _facility_name,
    _modifier_of_a_thing,
    _titled_name,
    _known_person_form,
    _known_acronym,
    _lone_name,
    _title_only,
    _organisation_as_person,
    _person_entity,
    _cut_name,
    _state_body_entity,
    _org_entity,
    _gpe_entity,
    _place_entity,
)


def _not_a_person(acts: Actors, ent: Span, surface: str) -> bool:
    """NER noise tagged PERSON: a known place ("Kaesong", "Munich"), a role noun ("Officials"), or a
    one-word common noun ("Gunfire") that neither speaks nor acts."""
    if len(ent) > 1:
        return False
    if acts.phoenix.place(surface) is not None or acts.phoenix.agent(surface.lower().rstrip("s")):
        for t in ent:
            acts.token_place[t.i] = surface
        return True
    root = ent.root
    return (
        root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() not in _ACTION_LEMMAS | _SPEAK_LEMMAS
    )


def _not_an_org(acts: Actors, ent: Span, surface: str) -> bool:
    """NER noise tagged ORG: a place ("El Fasher", "Kaesong") or a product with a plural head
    ("Choco Pies") that no organisation word, armed-group word or known group supports."""
    if acts.phoenix.place(surface) is not None or place_apposed(ent.root):
        for t in ent:
            acts.token_place[t.i] = surface
        return True
    root = ent.root
    words = {w.lower().rstrip("s") for w in surface.split()}
    return (
        (root.tag_ in ("NNS", "NNPS") or (root.lower_.endswith("s") and not root.lower_.endswith("ss")))
        and _singular(root.lower_)
        not in L.HUMAN_NOUNS | L.TITLE_NOUNS | L.PLURAL_PERSON_TITLES  # "Allies", "Advisors"
        and not words
        & (L.ORG_WORDS | L.ARMED_NOUNS | L.FORCE_NOUNS | L.BODY_NOUNS | {"force", "nation", "affair"})
        and acts.phoenix.group(surface) is None
        and org_kind(surface) == "Organization"
    )


def _singular(word: str) -> str:
    """A rough singular for word-list checks: "allies" -> "ally", "advisors" -> "advisor"."""
    return re.sub(r"ies$", "y", word) if word.endswith("ies") else word.rstrip("s")


def _office_holder(acts: Actors, actor: Actor, surface: str) -> None:
    """A person the gazetteer does not know but the Phoenix office-holder lists do: the country, and
    the state as affiliation when the person held office for it on the article's date."""
    holder = acts.phoenix.person(surface)
    if holder is None:
        return
    actor.country = actor.country or holder.country
    sector = holder.sector_on(acts.published)
    state = acts.gaz.state_of(holder.country) if holder.country else None
    if (
        state is not None
        and sector
        and sector[:3] in ("GOV", "MIL", "LEG", "JUD")
        and actor.affiliation is None
    ):
        actor.affiliation = state.name


_ACTION_LEMMAS = ACTION_LEMMAS
# nouns whose modifier may be an actor ("Hamas members", "a TASS report", "the Putin administration")
_ACTORISH = (
    L.BODY_NOUNS
    | L.PROXY_NOUNS
    | L.GROUP_NOUNS
    | L.FORCE_NOUNS
    | L.TITLE_NOUNS
    | L.ARMED_NOUNS
    | L.HUMAN_NOUNS
    | L.PLURAL_PERSON_TITLES
)
_SPEAK_LEMMAS = frozenset(L.SPEAK_VERBS) | {"be", "have", "say", "tell"}


def _title_like(ent: Span) -> bool:
    """ "National Security Advisor(s)": an entity whose head is a person title."""
    return (
        ent.root.lemma_.lower() in L.TITLE_NOUNS | L.PLURAL_PERSON_TITLES
        and ent.root.tag_ in ("NN", "NNS", "NNP", "NNPS")
        and ent.root.lower_ not in ("head",)
    )


def _org_like(text: str) -> bool:
    return bool(set(re.findall(r"[a-z]+", text.lower())) & L.ORG_WORDS)


def _looks_like_person(ent: Span) -> bool:
    """NER sometimes tags a person as GPE: "Natalya Zibrova, a 48-year-old teacher"."""
    return len(ent) > 1 and any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in ent.root.children)


def _acronym_after(ent: Span, name: str, acronyms: dict[str, str]) -> None:
    """ "Strategic Consultative Group (SCG)": later "SCG" is the same actor."""
    doc = ent.doc
    i = ent.end
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and doc[i + 1].is_upper:
        acronyms[doc[i + 1].text] = name


def _state_located(tok: Token) -> bool:
    """A state's own name that only says where: "in Angola", "via Panama", "arrived from Zambia", "the
    Ukraine border" ("appeal to Mozambique", "bribes from Pakistan" keep it an actor)."""
    t = tok
    while t.dep_ in ("conj", "appos") and t.head != t:
        t = t.head
    if t.dep_ != "pobj":
        return is_location_use(tok)
    prep = t.head
    if prep.lower_ in L.STATE_LOCATIVE_PREPS:
        return True
    return prep.lower_ == "from" and prep.head.lemma_.lower() in L.MOTION_VERBS


def _foreign_owned(acts: Actors, ent: Span, entry: Entry) -> bool:
    """ "Pakistan's Foreign Office", "the Kenyan Foreign Office": a known body's name owned by another
    state is that state's body (the noun-phrase pass makes it), not the body the gazetteer means."""
    if entry.kind != "GovernmentBody" or not entry.country:
        return False
    owner = owning_state(acts, ent.root)
    country = owner.entry.country if owner is not None and owner.entry is not None else None
    return country is not None and country != entry.country


def _gazetteer_entity(acts: Actors, ent: Span, entry: Entry, surface: str) -> None:
    root = ent.root
    if _foreign_owned(acts, ent, entry):
        return
    forms = {normalise(m) for m in entry.metonyms}
    is_metonym = normalise(surface) in forms
    if ent.label_ == "NORP" and entry.kind in ("State", "Organization"):
        # a demonym: a modifier ("Russian forces") or, as a noun-phrase head, the state itself
        if root.dep_ in ("amod", "compound", "nmod", "npadvmod") and root.head != root:
            for t in ent:
                acts.token_demonym[t.i] = entry.name
            return
    located = is_location_use(root) if (is_metonym or root.dep_ == "appos") else _state_located(root)
    if entry.kind == "State" and located and not is_backer(root):
        for t in ent:
            acts.token_place[t.i] = entry.name if not is_metonym else surface
        return
    head_lemma = root.head.lemma_.lower()
    actorish = L.BODY_NOUNS | L.PROXY_NOUNS | L.GROUP_NOUNS | L.FORCE_NOUNS | L.TITLE_NOUNS
    if root.dep_ in ("compound", "poss") and entry.kind == "State" and head_lemma in L.PLACE_HEADS:
        # "the Ukraine border", "Libya's coast": where, not who
        for t in ent:
            acts.token_place[t.i] = entry.name
        return
    if (
        is_metonym
        and root.dep_ in ("compound", "nmod", "amod")
        and root.head.pos_ in ("NOUN", "PROPN")
        and head_lemma not in actorish
        and root.head.i not in acts.token_actor
    ):
        for t in ent:
            acts.token_place[t.i] = surface
        return
    if not any(t.pos_ in ("VERB", "AUX") for t in acts.sent(ent)):
        return  # a caption or credit line ("TASS"), not an act
    acts.ensure(entry.name, entry.kind, surface, root, entry=entry)
    acts.mark(ent, entry.name)


# --- the noun-phrase pass --------------------------------------------------------------------


def np_pass(acts: Actors) -> None:
    """Armed groups, government bodies, forces standing for states, and bloc groups: each noun is
    offered to the rules below in turn; armed-group mentions are gathered and made one actor."""
    armed: list[tuple[Token, str | None]] = []
    for tok in acts.doc:
        if tok.i in acts.furniture:
            continue
        if _armed_adjective(tok, acts):
            armed.append((tok.head, _backer(acts, tok.head)))  # "the rebel regions"
            continue
        if tok.pos_ not in ("NOUN", "PROPN") or tok.i in acts.token_actor:
            continue
        if tok.lemma_.lower() in L.ARMED_NOUNS:
            if _armed_noun(tok):
                armed.append((tok, _backer(acts, tok)))
            continue
        any(rule(acts, tok) for rule in _NOUN_RULES)
    if armed:
        _armed_group(acts, armed)


def _armed_adjective(tok: Token, acts: Actors) -> bool:
    """ "the rebel regions", "separatist forces": an armed-group adjective before a fitting head."""
    return (
        tok.pos_ == "ADJ"
        and tok.lemma_.lower() in L.ARMED_NOUNS
        and tok.dep_ == "amod"
        and tok.head.lemma_.lower() in L.ARMED_HEADS
        and tok.head.i not in acts.token_actor
    )


def _armed_noun(tok: Token) -> bool:
    """ "rebels", "militants" (in "separatist rebels" the head carries it)."""
    return tok.lemma_.lower() in L.ARMED_NOUNS and not (
        tok.dep_ == "compound" and tok.head.lemma_.lower() in L.ARMED_NOUNS
    )


def _body_rule(acts: Actors, tok: Token) -> bool:
    """ "the Belarus defence ministry", "Kiev's leadership": a government body of its owner."""
    if tok.lemma_.lower() not in L.BODY_NOUNS or tok.tag_ == "NNPS":
        return False
    _body(acts, tok)
    return True


def _forces_rule(acts: Actors, tok: Token) -> bool:
    """ "Russian forces", "Ukraine's army": forces standing for a state ("military personnel": the
    head carries it)."""
    lemma = tok.lemma_.lower()
    if not (lemma in L.FORCE_NOUNS or lemma == "force" or tok.lower_ == "forces"):
        return False
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in L.FORCE_NOUNS:
        return True
    owner = owner_before(acts, tok) or owner_of(acts, tok)  # "the Armed Forces of Ukraine"
    if owner is not None:
        name = ensure_owner(acts, owner)
        if acts.kind(name) == "State":
            after = owner.token.i > tok.i
            _forces(acts, tok, name, [] if after else list(owner.token.subtree))
            if after:
                acts.by_name[acts.token_actor[tok.i]].add_alias(_np_surface(owner.token, tok.left_edge.i))
    return True


def _title_group_rule(acts: Actors, tok: Token) -> bool:
    """A capitalised plural title inside a sentence ("the National Security Advisors")."""
    if not (
        tok.tag_ in ("NNPS", "NNS")
        and tok.text[:1].isupper()
        and tok.lemma_.lower() in L.PLURAL_PERSON_TITLES
        and tok.i > acts.sent(tok).start
    ):
        return False
    _title_group(acts, tok)
    return True


def _people_rule(acts: Actors, tok: Token) -> bool:
    """ "the Ukrainian diaspora": a people abroad named by its demonym is a group; "the Ukrainian
    people", "the Russian public" are a state's ordinary people, which are no actor."""
    lemma = tok.lemma_.lower()
    if lemma in L.ANONYMOUS_PEOPLE_NOUNS:
        return True
    if lemma != "diaspora":
        return False
    for child in tok.lefts:
        entry = acts.gaz.by_demonym(child.text) if child.dep_ == "amod" else None
        if entry is not None:
            name = f"{child.text} {tok.text}"
            acts.ensure(name, "Group", _np_surface(tok, child.i), tok, country=entry.country)
            acts.token_actor[tok.i] = name
            break
    return True


def _bloc_rule(acts: Actors, tok: Token) -> bool:
    """ "Western capitals", "Arab states": a group named by a bloc adjective."""
    if tok.lemma_.lower() not in L.GROUP_NOUNS or tok.tag_ not in ("NNS", "NNPS"):
        return False
    mods = [m for c in tok.lefts if c.dep_ in ("amod", "compound") for m in (c, *c.conjuncts)]
    for child in mods:
        if child.lower_ in L.BLOC_ADJECTIVES:
            name = f"{child.text[0].upper()}{child.text[1:]} {tok.text.lower()}"
            acts.ensure(name, "Group", f"{child.text} {tok.text}", tok)
            acts.token_actor[tok.i] = name
            acts.token_actor[child.i] = name
            return True
    return False  # "our allies and partners": the collective rule may take it


def _collective_rule(acts: Actors, tok: Token) -> bool:
    """ "the international community", "our Allies and partners", "Latin American leaders": a
    collective noun that acts, speaks or is addressed, narrowed by a modifier or by "all"/"our"."""
    lemma = tok.lemma_.lower()
    if lemma not in L.COLLECTIVE_NOUNS or tok.dep_ == "conj" or not _party_argument(tok):
        return False
    plural = tok.tag_ in ("NNS", "NNPS")
    if (not plural and lemma not in L.COLLECTIVE_SINGULARS) or (plural and lemma in L.COLLECTIVE_NO_PLURAL):
        return False  # "the Cuban leader": a person of the article
    if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in tok.children):
        return False  # "Kenya's partners": the owner's rules
    mods = [
        c
        for c in tok.lefts
        if c.dep_ in ("amod", "compound", "nmod")
        and c.i not in acts.token_actor
        and all(t.pos_ in _MODIFIER_POS and t.ent_type_ != "PERSON" for t in c.subtree)
    ]
    dets = [c for c in tok.lefts if c.dep_ in ("det", "poss", "predet")]
    if all(m.lower_ in L.VAGUE_MODIFIERS for m in mods) and not any(d.lower_ in ("all", "our") for d in dets):
        return False  # "the leaders", "officials": the parties already named, or anonymous
    _collective(acts, tok, mods)
    return True


_MODIFIER_POS = frozenset({"ADJ", "NOUN", "PROPN", "ADV", "PUNCT", "CCONJ", "NUM"})


def _party_argument(tok: Token) -> bool:
    """Subject or object of a verb, or the object of a party preposition ("with", "to", "on")."""
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return tok.head.lemma_.lower() in _ACTION_LEMMAS
    return tok.dep_ == "pobj" and tok.head.lower_ in L.PARTY_PREPS


def _collective(acts: Actors, tok: Token, mods: list[Token]) -> None:
    doc = tok.doc
    conj = [c for c in tok.conjuncts if c.i > tok.i and c.pos_ == "NOUN"]
    last = conj[-1].i if conj else tok.i
    start = min([tok.i] + [m.left_edge.i for m in mods])
    name = doc[start : last + 1].text
    if "\n" in name or any(t.i in acts.token_actor for t in doc[start : last + 1]):
        return
    full = doc[tok.left_edge.i : last + 1].text
    country = next((e.country for m in mods if (e := acts.gaz.by_demonym(m.text)) is not None), None)
    lemma = tok.lemma_.lower()
    kind = "GovernmentBody" if lemma in ("delegation", "representative") else "Group"
    kind = "Person" if lemma == "official" and tok.tag_ == "NN" else kind
    actor = acts.ensure(name, kind, full if full != name and "\n" not in full else None, tok, country=country)
    if not conj:
        for form in group_forms(tok, start):
            actor.add_alias(form)
    for t in (tok, *conj):
        acts.token_actor[t.i] = name


_NOUN_RULES = (_body_rule, _forces_rule, _title_group_rule, _people_rule, _bloc_rule, _collective_rule)


def _demonym(acts: Actors, state: str) -> str:
    entry = acts.gaz.get(state)
    return entry.demonyms[0] if entry is not None and entry.demonyms else state


def _np_surface(tok: Token, start: int) -> str:
    doc = tok.doc
    while start < tok.i and doc[start].dep_ in ("det", "predet", "nummod"):
        start += 1
    return doc[start : tok.i + 1].text


def group_forms(tok: Token, start: int) -> list[str]:
    """The other forms a group's name takes in the phrase headed by ``tok`` (from ``start``): with
    the phrase after it that says which group it is and with "all" ("critics of the plan", "all
    parties in Teravia"), so that one node answers to each way the text names the group."""
    doc = tok.doc
    starts = [start] + [
        c.i for c in tok.lefts if c.dep_ in ("det", "predet") and c.lower_ in L.GROUP_NAME_DETS
    ]
    ends = [tok.i]
    prep = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if prep is not None and _narrowing_phrase(prep, tok):
        ends.append(prep.right_edge.i)
    forms = [doc[s : e + 1].text for s in starts for e in ends]
    return [f for f in forms[1:] if "\n" not in f]


def _narrowing_phrase(prep: Token, head: Token) -> bool:
    """ "of the plan", "in the capital": a short phrase of a noun, with no clause inside."""
    return (
        prep.head.i == head.i
        and prep.dep_ == "prep"
        and prep.lower_ in L.NARROWING_PREPS
        and any(c.dep_ == "pobj" and c.pos_ != "PRON" for c in prep.children)
        and prep.right_edge.i - prep.i <= 5
        and not any(t.pos_ in ("VERB", "AUX") for t in prep.subtree)
    )


def _forces(acts: Actors, tok: Token, owner: str, owner_tokens: list[Token]) -> None:
    """ "Russian forces", "Ukraine's army", "the Russian armed forces": one forces actor per state,
    affiliated with it (the annotation guide keeps forces apart from the state)."""
    name = f"{_demonym(acts, owner)} forces"
    owner_actor = acts.by_name[owner]
    start = min(
        [tok.i]
        + [t.i for t in owner_tokens]
        + [c.left_edge.i for c in tok.lefts if c.dep_ in ("amod", "compound")]
    )
    surface = _np_surface(tok, start)
    acts.ensure(
        name,
        "GovernmentBody",
        surface if "\n" not in surface else None,
        tok,
        affiliation=owner,
        country=owner_actor.country,
    )
    acts.token_actor[tok.i] = name


def _title_group(acts: Actors, tok: Token) -> None:
    """A capitalised plural title ("the National Security Advisors") names a collective actor."""
    start = tok.i
    while (
        start > acts.sent(tok).start
        and tok.doc[start - 1].dep_ == "compound"
        and tok.doc[start - 1].text[:1].isupper()
    ):
        start -= 1
    if any(t.i in acts.token_actor for t in tok.doc[start : tok.i]):
        return
    name = tok.doc[start : tok.i + 1].text
    acts.ensure(name, "Group", _np_surface(tok, tok.left_edge.i), tok).kind = "Group"
    acts.token_actor[tok.i] = name


def _backer(acts: Actors, tok: Token) -> str | None:
    for t in tok.doc[tok.left_edge.i : tok.i]:
        if is_backer(t):
            name = acts.at(t) or acts.token_demonym.get(t.i)
            if name is None:
                entry = acts.gaz.lookup(t.text) or acts.gaz.by_demonym(t.text)
                name = entry.name if entry else None
            return name
    return None


def _home_state(acts: Actors, tok: Token) -> str | None:
    """The state a group noun's modifier names ("Ugandan rebels", "Ivory Coast rebels")."""
    for child in tok.lefts:
        if child.dep_ in ("amod", "compound", "nmod", "poss"):
            name = (
                acts.token_demonym.get(child.i)
                or acts.token_actor.get(child.i)
                or acts.token_place.get(child.i)
            )
            entry = (acts.gaz.get(name) or acts.gaz.lookup(name)) if name else acts.gaz.by_demonym(child.text)
            if entry is not None and entry.kind == "State":
                acts.ensure(entry.name, entry.kind, None, child, entry=entry)
                return entry.name
    return None


def _named_armed_group(acts: Actors, armed: list[tuple[Token, str | None]]) -> str | None:
    """The one named group an armed noun's modifier names ("FARC rebels", "al Shabaab militants")."""
    names = {
        acts.token_actor[c.i]
        for tok, _ in armed
        for c in _name_modifiers(tok)
        if acts.kind(acts.token_actor.get(c.i)) in ("ArmedGroup", "Organization")
    }
    names |= {name for tok, _ in armed if (name := _name_after_group_noun(acts, tok))}
    return names.pop() if len(names) == 1 else None


def _name_after_group_noun(acts: Actors, tok: Token) -> str | None:
    """ "the militant group Jaish al-Karim": the name right after an armed group noun, whatever
    kind NER gave it (a person there is the group)."""
    if tok.lower_ not in L.ORG_WORDS or tok.i + 1 >= len(tok.doc):
        return None
    name = acts.token_actor.get(tok.i + 1)
    if name is None or tok.doc[tok.i + 1].pos_ != "PROPN":
        return None
    actor = acts.by_name[name]
    if actor.kind == "Person" and not actor.from_gazetteer:
        actor.kind = "ArmedGroup"
    return name if actor.kind in ("ArmedGroup", "Organization") else None


def _definite_group_mentions(
    acts: Actors, armed: list[tuple[Token, str | None]]
) -> list[tuple[Token, str | None]]:
    """Point "the militant group", "the rebel movement" (one, definite) at the one armed group the
    article names, if it names exactly one; return the mentions left for a group of their own."""
    named = [a.name for a in acts.by_name.values() if a.kind == "ArmedGroup"]
    if len(named) != 1:
        return armed
    left = []
    for tok, backer in armed:
        if tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in L.DEFINITE_DETS for c in tok.lefts):
            acts.by_name[named[0]].add_alias(_np_surface(tok, tok.left_edge.i))
            acts.token_actor[tok.i] = named[0]
        else:
            left.append((tok, backer))
    return left


def _name_modifiers(tok: Token) -> list[Token]:
    """A noun's modifiers, and the word right before it: "al Shabaab militants" is often parsed
    with the name hanging off another word, but the name still stands before the noun."""
    mods = [c for c in tok.lefts if c.dep_ in ("compound", "nmod", "amod")]
    if tok.i > 0 and tok.doc[tok.i - 1].pos_ == "PROPN" and tok.doc[tok.i - 1] not in mods:
        mods.append(tok.doc[tok.i - 1])
    return mods


def _armed_group(acts: Actors, armed: list[tuple[Token, str | None]]) -> None:
    """All separatist/rebel mentions of an article are one actor, named after its backer, or the
    armed group the text names ("FARC rebels ... the rebels")."""
    named = _named_armed_group(acts, armed)
    if named is None:
        armed = _definite_group_mentions(acts, armed)  # "the militant group": the one named
        if not armed:
            return
    if named is not None:
        for tok, _ in armed:
            acts.by_name[named].add_alias(_np_surface(tok, tok.left_edge.i))
            acts.token_actor[tok.i] = named
        return
    backer = next((b for _, b in armed if b), None)
    lemmas = [t.lemma_.lower() for t, _ in armed]
    noun = "separatist" if "separatist" in lemmas else lemmas[0]
    country = None
    if backer:
        entry = acts.gaz.get(backer)
        demonym = entry.demonyms[0] if entry and entry.demonyms else backer
        name = f"{demonym}-backed {noun}s"
    else:
        home = _home_state(acts, armed[0][0])  # "Ugandan rebels", "Ivory Coast rebels"
        name = f"{_demonym(acts, home)} {noun}s" if home else f"{noun}s"
        country = home_entry.country if home and (home_entry := acts.gaz.get(home)) else None
    name = _plural_man(name)
    for tok, _ in armed:
        start = tok.left_edge.i
        while start < tok.i and tok.doc[start].dep_ in ("det", "predet"):
            start += 1
        surface = tok.doc[start : tok.i + 1].text
        actor = acts.ensure(
            name, "ArmedGroup", surface if "\n" not in surface else tok.text, tok, country=country
        )
        for form in group_forms(tok, start):
            actor.add_alias(form)
        acts.token_actor[tok.i] = name
    if backer:
        entry = acts.gaz.get(backer)
        acts.ensure(backer, entry.kind if entry else "State", None, armed[0][0], entry=entry)
        acts.by_name[backer].backs.setdefault(name, None)


def _plural_man(name: str) -> str:
    """ "gunmans" -> "gunmen", "militiamens" -> "militiamen": a "-man" noun's plural."""
    if name.endswith("mens"):
        return name[:-1]
    return name[:-4] + "men" if name.endswith("mans") else name


def _body_of_state(acts: Actors, tok: Token) -> bool:
    """A body named with its state after "of" is one node with "the Kazakh government"."""
    found = owner_of(acts, tok)
    if found is None:
        return False
    owner, pobj = ensure_owner(acts, found), found.token
    words = [t.text for t in tok.lefts if t.dep_ in ("amod", "compound")] + [tok.text]
    name = f"{_demonym(acts, owner)} {' '.join(words).lower()}"
    name = next((n for n in acts.by_name if n.lower() == name.lower()), name)
    start = min([tok.i] + [t.i for t in tok.lefts if t.dep_ in ("amod", "compound")])
    surface = tok.doc[start : pobj.i + 1].text
    owner_actor = acts.by_name[owner]
    acts.ensure(name, "GovernmentBody", surface, tok, affiliation=owner, country=owner_actor.country)
    acts.token_actor[tok.i] = name
    return True


def _body(acts: Actors, tok: Token) -> None:
    found = owner_before(acts, tok)
    if found is None:
        _body_of_state(acts, tok)
        return
    owner, owner_tokens = ensure_owner(acts, found), list(found.token.subtree)
    start = min([tok.i] + [t.i for t in owner_tokens])
    span = tok.doc[start : tok.i + 1]
    owner_actor = acts.by_name[owner]
    owned = {t.i for t in owner_tokens}
    rest = " ".join(t.text for t in span if t.i not in owned and t.dep_ not in ("det", "case"))
    if owner_actor.kind == "State" and rest:
        name = f"{_demonym(acts, owner)} {rest}"  # "Kiev leadership" = "Ukrainian leadership"
    else:
        name = _strip(span.text)
    of_name = _of_name(tok)
    if of_name is not None:  # "the Nigerian Ministry of Foreign Affairs"
        name, span = f"{name} {of_name.text}", tok.doc[start : of_name.end]
    name = next((n for n in acts.by_name if n.lower() == name.lower()), name)  # "Government"/"government"
    if owner_actor.kind == "Person":
        affiliation = owner_actor.affiliation or owner
    else:
        affiliation = owner
    country = owner_actor.country
    acts.ensure(
        name,
        "GovernmentBody",
        span.text if not span.text.lower().startswith("the ") else span.text[4:],
        tok,
        affiliation=affiliation,
        country=country,
    )
    acts.token_actor[tok.i] = name
    forms = group_forms(tok, start) if of_name is None else [tok.doc[start : tok.i + 1].text]
    for form in forms:  # "the Chinese embassy in Hanoi"; "Nigerian Ministry" (the head "ministry")
        acts.by_name[name].add_alias(form)
    for t in tok.lefts:
        if t.dep_ in ("compound", "amod") and t.i not in acts.token_actor:
            acts.token_actor[t.i] = name


def _of_name(tok: Token) -> Span | None:
    """ "of Foreign Affairs", "of Immigration Services": the capitalised "of" phrase that ends a
    body's name (not "of Kenya": a state after "of" is its owner, read by the owner rules)."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "of" or doc[tok.i + 1].head.i != tok.i:
        return None
    end = tok.i + 2
    while end < len(doc) and _name_word(doc[end]):
        if doc[end].ent_type_ in ("GPE", "NORP"):
            return None
        end += 1
    if end == tok.i + 2 or doc[end - 1].lower_ in ("and", "&"):
        return None
    return doc[tok.i + 1 : end]


def _name_word(tok: Token) -> bool:
    """A word of a capitalised name: "Foreign", "Affairs", and the "and" between them."""
    return tok.lower_ in ("and", "&") or (tok.pos_ == "PROPN" and tok.text[:1].isupper())


# --- roles and affiliations ------------------------------------------------------------------

_PREFIX_POS = frozenset({"PROPN", "NOUN", "ADJ", "NUM", "PART", "ADP", "PUNCT", "VERB", "DET"})


def _title_prefix(acts: Actors, span: Span) -> list[Token]:
    """Tokens right before a name that belong to its title: "U.S. Secretary of State", "Ukraine's
    top general", "33-year-old handyman". Scans left, stops at commas, verbs and conjunctions."""
    doc = span.doc
    out: list[Token] = []
    i = span.start - 1
    first = acts.sent(span).start
    while i >= first:
        t = doc[i]
        if t.pos_ == "PUNCT" and t.text not in ("-",):
            break
        if t.pos_ == "ADP" and t.lower_ != "of":
            break
        if t.pos_ == "DET" or _relation_of(t, span):
            break
        if t.pos_ == "VERB" and not (t.tag_ == "VBN" and t.dep_ == "amod"):
            break
        if t.pos_ not in _PREFIX_POS:
            break
        name = acts.token_actor.get(t.i)
        if name and acts.by_name.get(name) and acts.kind(name) == "Person":
            break
        out.append(t)
        i -= 1
    out.reverse()
    while out and out[0].lower_ in ("of", "'s", "-"):
        out.pop(0)
    return out


def _relation_of(tok: Token, span: Span) -> bool:
    """ "the widow of [X]", "the son of former president [X]": an "of" after a relational noun whose
    object is the name ends its title; the noun is the relation to the person, not the person's role."""
    return (
        tok.lower_ == "of"
        and tok.head.i < tok.i
        and tok.head.lemma_.lower() in L.RELATIONAL_NOUNS
        and tok.is_ancestor(span.root)
    )


def _role_from(acts: Actors, tokens: list[Token]) -> tuple[str | None, str | None, str]:
    """(affiliation name, role, title phrase) from a title's tokens."""
    affiliation = None
    skip: set[int] = set()
    for t in tokens:
        name = acts.token_actor.get(t.i) or acts.token_demonym.get(t.i) or acts.token_place.get(t.i)
        if name is None and t.pos_ in ("PROPN", "ADJ"):
            entry = acts.gaz.by_demonym(t.text)
            if entry is not None and entry.kind in ("State", "Organization"):
                name = entry.name
        if name and (known := acts.gaz.get(name)) is not None and known.kind in ("State", "Organization"):
            affiliation = affiliation or name
            skip.add(t.i)
        elif name and name in acts.by_name and acts.kind(name) in ("State", "Organization"):
            affiliation = affiliation or name
            skip.add(t.i)
    words: list[str] = []
    for t in tokens:
        if t.i in skip:
            if words and words[-1] in ("of", "the"):
                while words and words[-1] in ("of", "the"):
                    words.pop()
            continue
        if t.lower_ in ("'s", "the") or t.like_num or t.text == "-" or t.lower_ in ("year", "old"):
            continue
        if t.pos_ in ("NOUN", "PROPN") or t.lower_ in L.ROLE_ADJECTIVES or t.lower_ == "of":
            words.append(t.text)
    while words and words[-1] == "of":
        words.pop()
    while words and words[0] == "of":
        words.pop(0)
    role = " ".join(words) or None
    phrase = tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text if tokens else ""
    phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I)
    return affiliation, role, phrase


def role_pass(acts: Actors) -> None:
    """Role and affiliation of each person from the title before the name, an "of" phrase after it,
    or an appositive ("Natalya Zibrova, a 48-year-old teacher")."""
    doc = acts.doc
    seen: set[int] = set()
    for ent in acts.ents:
        name = acts.token_actor.get(ent.root.i)
        actor = acts.by_name.get(name) if name else None
        if actor is None or actor.kind != "Person" or ent.start in seen:
            continue
        seen.add(ent.start)
        prefix = _title_prefix(acts, ent)
        if _named_by_organisation_noun(acts, actor, prefix):
            continue
        affiliation, role, phrase = _role_from(acts, prefix) if prefix else (None, None, "")
        for t in prefix:
            acts.prefix_tokens[t.i] = actor.name
        plural = [
            t
            for t in prefix
            if t.lower_.endswith("s")
            and t.tag_ in ("NNS", "NNPS", "NNP")
            and (t.lemma_.lower() in L.PLURAL_PERSON_TITLES or t.lower_[:-1] in L.PLURAL_PERSON_TITLES)
        ]
        if plural and plural[-1].text[:1].isupper():
            group = doc[prefix[0].i : plural[-1].i + 1].text
            group = re.sub(r"^(?:the|The)\s+", "", group)
            acts.ensure(group, "Group", None, plural[-1]).kind = "Group"
            for t in (ent.root, *ent.root.conjuncts):
                acts.token_group[t.i] = group
        if affiliation is None:
            affiliation = _of_affiliation(acts, ent) or _of_organisation(acts, ent)
        if role is None:
            role = _appositive_role(ent)
        if role and len(phrase.split()) > 1 and "\n" not in phrase:
            actor.add_alias(phrase)
        titled = _title_form(acts, prefix, ent)
        if titled:
            actor.add_alias(titled)
        _apply_role(acts, actor, affiliation, role)


def _named_by_organisation_noun(acts: Actors, actor: Actor, prefix: list[Token]) -> bool:
    """ "the opposition movement Al-Nahda", "the news agency Prensa Sur": a name NER took for a
    person right after an organisation noun is that organisation (its kind from those words)."""
    if actor.from_gazetteer or not prefix or prefix[-1].text not in L.ORG_WORDS - {"office", "team"}:
        return False  # lower case only: "AU Commission Chairperson X" is a title of a person
    phrase = " ".join(t.text for t in prefix if t.dep_ not in ("det", "predet"))
    lemmas = {t.lemma_.lower() for t in prefix}
    media = bool(lemmas & (L.MEDIA_SOURCE_NOUNS | {"press", "news"}))
    actor.kind = "ArmedGroup" if lemmas & L.ARMED_NOUNS else "Media" if media else "Organization"
    actor.add_alias(phrase)
    acts.mark(prefix, actor.name)
    return True


def _title_form(acts: Actors, prefix: list[Token], ent: Span) -> str | None:
    """The title form the text uses ("President Bush", "Secretary of State Blinken", "Foreign
    Minister Wang Yi"): the capitalised title words right before the name, without the state or
    organisation that qualifies them. The annotation guide lists title forms among the aliases."""
    start = None
    for t in reversed(prefix):
        owner = t.i in acts.token_actor or t.i in acts.token_demonym or t.i in acts.token_place
        if (
            owner
            or not (t.text[:1].isupper() or t.lower_ == "of" or t.text == "-")
            or acts.gaz.by_demonym(t.text)
        ):
            break
        start = t.i
    while start is not None and acts.doc[start].lower_ == "of":
        start += 1
    if start is None or start >= ent.start:
        return None
    form = acts.doc[start : ent.end].text
    return form if "\n" not in form and len(form.split()) <= 6 else None


def _of_affiliation(acts: Actors, ent: Span) -> str | None:
    for child in ent.root.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                name = acts.at(pobj) or acts.token_place.get(pobj.i)
                if name and (known := acts.gaz.get(name)) and known.kind in ("State", "Organization"):
                    return name
    return None


def _of_organisation(acts: Actors, ent: Span) -> str | None:
    """ "Jane Roe of the Lindqvist Institute": the organisation a person is of is the person's
    affiliation, part of how the person is introduced (an actor only if it also acts itself)."""
    for child in ent.root.rights:
        if child.dep_ != "prep" or child.lower_ != "of":
            continue
        for pobj in child.children:
            name = acts.at(pobj)
            if pobj.dep_ == "pobj" and name and acts.kind(name) in ("Organization", "Media"):
                for t in child.subtree:
                    acts.prefix_tokens[t.i] = name
                return name
    return None


def _appositive_role(ent: Span) -> str | None:
    for child in ent.root.rights:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            mods = [t.text for t in child.lefts if t.lower_ in L.ROLE_ADJECTIVES or t.pos_ == "NOUN"]
            return " ".join(mods + [child.text])
    return None


def _apply_role(acts: Actors, actor: Actor, affiliation: str | None, role: str | None) -> None:
    if role:
        actor.role_words.update(w.lower() for w in role.split() if w.lower() != "of")
        if actor.role is None:
            actor.role = role
    if affiliation and affiliation != actor.name:
        if actor.affiliation is None:
            actor.affiliation = affiliation
        aff = acts.gaz.get(affiliation)
        acts.ensure(affiliation, aff.kind if aff else "State", None, entry=aff)
    if actor.country is None and actor.affiliation:
        aff_actor = acts.by_name.get(actor.affiliation) or None
        if aff_actor is not None:
            actor.country = aff_actor.country


def _drop_title_words(acts: Actors) -> None:
    """An entity seen only inside a title ("Secretary of *State*") is not an actor."""
    used: dict[str, bool] = {}
    for i, name in acts.token_actor.items():
        outside = i not in acts.prefix_tokens and acts.doc[i].pos_ not in ("DET", "PUNCT", "ADP")
        used[name] = used.get(name, False) or outside
    for name, outside in used.items():
        actor = acts.by_name.get(name)
        if not outside and actor is not None and not actor.from_gazetteer and actor.kind != "Person":
            del acts.by_name[name]
            for i in [i for i, n in acts.token_actor.items() if n == name]:
                del acts.token_actor[i]


def name_words(name: str) -> frozenset[str]:
    """The words of a name that say which actor it is (no "the", "of")."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return frozenset(w for w in re.findall(r"[a-z0-9]+", folded) if w not in ("the", "of", "s"))


def _fuller_name(acts: Actors, actor: Actor) -> str | None:
    """The one other organisation whose name holds all of this one's words: "the electoral
    commission" is "Mozambique's National Electoral Commission" named in full."""
    words = name_words(actor.name)
    if actor.kind in ("Person", "State") or actor.from_gazetteer or not words:
        return None
    if len(words) < 2 and not (actor.name[:1].isupper() and actor.name.split()[-1].lower() in L.BODY_NOUNS):
        return None  # a lone word only as a capitalised body head: "the Commission", "the Council"
    fuller = [
        other.name
        for other in acts.by_name.values()
        if other is not actor
        and other.kind not in ("Person", "State")
        and any(_holds(n, words) for n in (other.name, *other.aliases))
    ]
    return fuller[0] if len(fuller) == 1 else None


def _holds(name: str, words: frozenset[str]) -> bool:
    """A fuller name holds the words; a lone word must be its head ("European Commission")."""
    if len(words) > 1:
        return words < name_words(name)
    return len(name.split()) > 1 and name.split()[-1].lower() in words


def merge_spelling_variants(acts: Actors) -> None:
    """ "the al-Nasr Front" and "the Al Nasr Front", "the Front for Liberation of X" and "the Front
    for the Liberation of X": organisations whose names have the same words (case, accents,
    hyphens, "the", "of" aside) and the same kind are one, under the gazetteer's or else the
    first-read name."""
    first: dict[tuple[str, frozenset[str]], Actor] = {}
    order = sorted(acts.by_name.values(), key=lambda a: (not a.from_gazetteer, a.first_token))
    for actor in order:
        if actor.kind in ("Person", "State"):
            continue
        words = name_words(actor.name)
        kept = first.setdefault((actor.kind, words), actor) if words else actor
        if kept is not actor and not actor.from_gazetteer:
            _fold(acts, actor, kept.name)


def merge_partial_names(acts: Actors) -> None:
    """Fold each organisation named by part of another's name into that one (one node per actor)."""
    for actor in list(acts.by_name.values()):
        target = _fuller_name(acts, actor)
        if target is not None:
            _fold(acts, actor, target)


def merge_acronyms(acts: Actors) -> None:
    """ "the Kuwait News Agency (KUNA)": the acronym in brackets right after a name is that actor,
    whichever pass made each of them."""
    doc = acts.doc
    for i in range(1, len(doc) - 2):
        if doc[i].text != "(" or doc[i + 2].text != ")" or not doc[i + 1].is_upper:
            continue
        short, full = acts.token_actor.get(i + 1, doc[i + 1].text), acts.token_actor.get(i - 1)
        if short and full and short != full and short in acts.by_name and full in acts.by_name:
            if acts.kind(short) not in ("Person", "State") and acts.kind(full) not in ("Person", "State"):
                _fold(acts, acts.by_name[short], full)


def _fold(acts: Actors, actor: Actor, target: str) -> None:
    """Make ``actor`` another name of ``target``: its forms become aliases, its tokens point there."""
    into = acts.by_name[target]
    for surface in (actor.name, *actor.aliases):
        into.add_alias(surface)
    if actor.first_token < into.first_token:
        into.first_token, into.sent_start, into.sent_end = (
            actor.first_token,
            actor.sent_start,
            actor.sent_end,
        )
    for i in [i for i, n in acts.token_actor.items() if n == actor.name]:
        acts.token_actor[i] = target
    del acts.by_name[actor.name]


def display_name(acts: Actors, actor: Actor) -> str:
    """The name a person goes by in this article: the fullest form of the gazetteer's name that the
    text itself uses ("Mohammed bin Salman Al Saud", "Antony J. Blinken"); the gazetteer links the
    node (its id) but does not rename what the article says."""
    if actor.kind != "Person" or not actor.from_gazetteer:
        return actor.name
    words = name_words(actor.name)
    best = actor.name
    for form in actor.aliases:
        if (
            len(form) > len(best)
            and words < name_words(form)
            and not name_words(form) & _NOT_NAME_WORDS
            and form in doc_text(acts.doc)
        ):
            best = form
    return best


def idle_actors(acts: Actors, used: set[str]) -> set[str]:
    """Actors the text never names outside a title or demonym and that neither speak, are
    addressed nor take part ("Ethiopia" of "Ethiopian authorities", "France" of "the French
    president"): only an affiliation, which the annotation guide does not count as an actor."""
    named = {
        n for i, n in acts.token_actor.items() if i not in acts.prefix_tokens and not _credit(acts, i, n)
    }
    return {n for n in acts.by_name if n not in named and n not in used}


def _credit(acts: Actors, i: int, name: str) -> bool:
    """A person named in a line with no verb: a byline or attribution line ("Jane Roe, Department
    Spokesperson", "The following is attributable to Spokesperson Jane Roe"), which says who
    wrote the text, not what anyone did (annotation guide C3)."""
    return acts.kind(name) == "Person" and not any(
        t.pos_ == "VERB" for t in acts.sents[acts.sent_of_token[i]]
    )


def detect(doc: Doc, gaz: Gazetteer, published: date | None = None) -> Actors:
    """Run the mention stages in order and return the article's actors."""
    acts = Actors(doc=doc, gaz=gaz, published=published)
    entity_pass(acts)
    np_pass(acts)
    role_pass(acts)
    _drop_title_words(acts)
    merge_spelling_variants(acts)
    merge_partial_names(acts)
    merge_acronyms(acts)
    return acts
