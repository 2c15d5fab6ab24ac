"""Event detection: trigger nouns and verbs in the parse, their participants, date, status, place
and quantities.

Participants come from the trigger's own arguments (possessor, demonym modifier, "with/between/by/
against/on" phrases, subject and object of a verb) and, for a noun, from the subject of the verb
that governs it ("Putin had a telephone conversation with Biden", "After calls with Macron, Putin
and Zelenskiy pressed ..."). "separate calls with X" by several actors is one event per actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Span, Token

from . import lexicon as L
from .dates import MONTHS, WEEKDAYS, attached_date
from .resolve import Discourse
from .sides import office_side, state_sides
from .syntax import governing_verb, hyphen_prefix, is_nominal, object_controller, stray_preps, temporal_prep

_QTY = re.compile(r"^(\d[\d,.]*)$")


@dataclass(eq=False)  # one object per mention: compared and hashed by identity
class Ev:
    kind: str
    trigger: Token
    participants: list[str] = field(default_factory=list)
    date: date | None = None
    status: str = "reported"
    place: str | None = None
    quantities: dict[str, int] = field(default_factory=dict)
    common: str | None = None  # the shared party of "separate calls with X"
    evidence: Token | None = None  # the mention whose sentence is the evidence (default trigger)
    plover: str | None = None  # for kind "Other": the PLOVER type the action verb names
    cameo: str | None = None
    date_assumed: bool = False  # the date is the article's (news peg), not read in the text

    sentence: Span | None = None  # the trigger's sentence (set at detection)

    @property
    def sent(self) -> Span:
        return self.sentence if self.sentence is not None else self.trigger.sent


# --- triggers --------------------------------------------------------------------------------


def _context(tok: Token) -> set[str]:
    """Words around a trigger that license it as an event ("calls *with*", "*joint* drills")."""
    ctx = {c.lower_ for c in tok.children} | {c.lemma_.lower() for c in tok.children}
    if tok.tag_ in ("NNS", "NNPS"):
        ctx.add("plural")
    if any(c.dep_ == "poss" for c in tok.children):
        ctx.add("poss")
    if any(c.dep_ == "dobj" for c in tok.children):
        ctx.add("dobj")
    for prep in tok.children:  # "the escalation of violence": the "of" object
        if prep.dep_ == "prep" and prep.lower_ == "of":
            ctx.update(f"of {p.lemma_.lower()}" for p in prep.children if p.dep_ == "pobj")
    if tok.dep_ in ("dobj", "nsubjpass", "pobj", "compound"):
        ctx.add(tok.head.lemma_.lower())
        if tok.dep_ == "pobj":
            ctx.add(tok.head.head.lemma_.lower())
    if tok.dep_ == "compound" and any(c.dep_ == "poss" for c in tok.head.children):
        ctx.add("poss")  # "Egypt's mediation efforts"
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in L.ASPECTUAL_VERBS:
        ctx.add("aspect")  # "the blockade began", "the talks resumed": a happening that runs
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-":
        ctx.add(doc[tok.i + 2].lower_)
    for c in tok.children:
        if c.dep_ in ("compound", "amod"):
            ctx.update(w.lower() for w in re.split(r"[-\s]", c.text))
    return ctx


_NAME_ENTS = frozenset({"EVENT", "WORK_OF_ART", "LAW", "ORG", "FAC", "PRODUCT"})


def trigger_kind(tok: Token) -> str | None:
    """The event kind a token triggers, or None."""
    lemma = tok.lemma_.lower()
    if tok.ent_type_ in ("EVENT", "ORG", "FAC") and is_nominal(tok) and lemma in L.NAMED_EVENT_KINDS:
        return L.NAMED_EVENT_KINDS[lemma]  # "the G20 Summit", "the Munich Security Conference"
    if tok.ent_type_ in _NAME_ENTS:
        return None  # "the Cold War", "the Minsk agreements": names, not events here
    if lemma == "up" and any(c.lower_ == "build" for c in tok.lefts):
        return "Deployment"
    if lemma == "build" and tok.dep_ == "compound":
        return None
    if is_nominal(tok):
        return _noun_kind(tok, lemma)
    if tok.pos_ == "VERB":
        return _verb_kind(tok, lemma)
    return None


def _of_words(tok: Token) -> set[str]:
    """The words of the trigger's "of" phrase ("a test of a long-range ballistic missile")."""
    return {
        w.lemma_.lower() for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for w in c.subtree
    }


def _noun_kind(tok: Token, lemma: str) -> str | None:
    if lemma in L.LAUNCH_NOUNS and (_context(tok) | _of_words(tok)) & L.MISSILE_WORDS:
        return "MilitaryDrill"  # "missile tests", "the ICBM launch", "a ballistic missile test"
    kind = L.EVENT_NOUNS.get(lemma) or L.EVENT_NOUNS.get(tok.lower_)
    if kind is None or _war_category(tok, lemma):
        return None
    if lemma == "strike" and tok.dep_ == "pobj" and tok.head.lower_ == "on":
        return "Other"  # "went on strike": a labour strike, not an air strike
    if any(c.dep_ == "compound" and c.lower_ in L.NOT_EVENT_COMPOUNDS.get(lemma, ()) for c in tok.children):
        return None  # "a press conference": a venue for statements
    if (
        lemma in ("ceasefire", "truce", "armistice")
        and tok.dep_ == "compound"
        and tok.head.lemma_.lower() == "violation"
    ):
        return None
    need = L.EVENT_NOUNS_NEED_CONTEXT.get(lemma) or L.MORE_NOUN_CONTEXT.get(lemma)
    if need is not None and not (need & _context(tok)):
        return None
    if (
        kind == "Sanction"
        and tok.dep_ in ("dobj", "nsubjpass")
        and tok.head.lemma_.lower() in L.LIFTING_VERBS
    ):
        return "Other"  # "removed sanctions on Burma": a concession, not a sanction
    if lemma in ("exchange", "swap") and _context(tok) & L.CAPTIVE_CONTEXT:
        return "PrisonerExchange"  # "an exchange of prisoners", "a prisoner swap"
    if kind in ("Conversation", "Talks", "Meeting") and _context(tok) & L.PHONE_WORDS:
        return "PhoneCall"  # "a telephone conversation", "held phone talks"
    return kind


def _war_category(tok: Token, lemma: str) -> bool:
    """ "prisoners of war", "war crimes": "war" naming a category of people or acts, not a war."""
    if lemma != "war":
        return False
    if tok.dep_ == "compound":
        return tok.head.lemma_.lower() in L.WAR_CATEGORY_HEADS
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and tok.head.head.lemma_.lower() in L.WAR_CATEGORY_HEADS
    )


def _verb_kind(tok: Token, lemma: str) -> str | None:
    if tok.dep_ in ("amod", "compound"):
        return None
    if lemma in L.EVENT_VERBS and _re_prefixed(tok):
        return L.EVENT_VERBS[lemma]  # "was re-elected", split "re" "-" "elected" and misparsed
    if lemma in L.HITTING_VERBS and _armed_doer(tok):
        return "Attack"  # "drones hit a refinery", "gunmen murdered two guards"
    if lemma in L.BATTLE_VERBS and _armed_doer(tok):
        return "Fighting"  # "government troops battled insurgents"
    if lemma in L.MEET_WITH_VERBS and _with_party(tok):
        return "Meeting"  # "sat down with President X", "conferred with his counterpart"
    if lemma in L.LAUNCH_VERBS and any(
        c.dep_ in ("dobj", "nsubjpass")
        and {w.lemma_.lower() for w in c.subtree} & L.MISSILE_WORDS
        and c.lemma_.lower() not in L.EVENT_NOUNS  # "launched a missile attack": the attack
        for c in tok.children
    ):
        return "MilitaryDrill"  # "fired a ballistic missile", "test-launched an ICBM"
    if lemma in L.DEPLOY_VERBS and _moves_forces(tok):
        return "Deployment"  # "sent troops to their borders"
    by_mover = _mover_kind(tok, lemma)
    if by_mover is not None:
        return by_mover
    special = _object_kind(tok, lemma)
    if special is not None:
        return special
    if _holds_captive(tok, lemma) or _declares_state(tok, lemma):
        return "Other"  # "were held hostage", "declared a state of emergency"
    if lemma in L.SPEAK_VERBS and (_by_phone(tok) or _with_named(tok)):
        return "PhoneCall"  # "spoke by phone with", "talked by telephone", readouts' "spoke today with"
    if lemma not in L.EVENT_VERBS:
        return None
    kids = {c.dep_ for c in tok.children}
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep" and not temporal_prep(c)}
    if not _frame_fits(tok, lemma, kids, preps):
        return None
    has_object = bool(kids & {"dobj", "nsubjpass"}) or _named_oprd(tok) or _relative_object(tok)
    if lemma in L.EVENT_VERBS_NEED_OBJECT and lemma not in ("talk", "arrive") and not has_object:
        return None
    return L.EVENT_VERBS[lemma]


_NEEDED_PREPS: dict[str, frozenset[str]] = {
    "talk": frozenset({"with", "to"}),
    "arrive": frozenset({"in", "at"}),
    "fly": frozenset({"to"}),
}


def _with_party(verb: Token) -> bool:
    """A "with" phrase naming a person, a state or a party ("with President X", "with his counterpart")."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "with"
        and any(
            p.dep_ == "pobj" and (_a_party(p) or p.lemma_.lower() in L.TITLE_NOUNS) for p in prep.children
        )
        for prep in verb.children
    )


def _armed_doer(verb: Token) -> bool:
    """The verb's doer (subject, or the agent of a passive) is a force, an armed group or a weapon."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    armed = L.FORCE_NOUNS | L.FORCE_WORDS | L.ARMED_NOUNS | L.WEAPON_WORDS
    words = [w for d in doers for w in (d, *(c for c in d.children if c.dep_ in ("compound", "amod")))]
    return any(w.lemma_.lower() in armed or w.lower_ in armed for w in words)


def _frame_fits(tok: Token, lemma: str, kids: set[str], preps: set[str]) -> bool:
    """The verbs that are events only in one frame: "X called Y", "was sworn in", "talked with",
    "arrived in", "flew to"."""
    if lemma == "call":
        return _calls_someone(tok, kids, preps)
    if lemma == "swear":  # "was sworn in as president"; not "swore revenge"
        return any(c.dep_ == "prt" and c.lower_ == "in" for c in tok.children)
    if lemma == "strike":  # "struck a conciliatory tone", "struck a balance": no blow
        return not any(
            c.dep_ == "dobj" and c.lemma_.lower() in L.FIGURATIVE_STRIKE_OBJECTS for c in tok.children
        )
    if lemma == "meet":  # "met the president"; not "met demands", "will meet a firm response"
        return not any(c.dep_ == "dobj" and not _a_party(c) for c in tok.children)
    if lemma == "land":  # "the minister landed in Cairo"; not "a rocket landed in a field"
        return bool(preps & {"in", "at"}) and any(
            c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.lemma_.lower() in L.TITLE_NOUNS)
            for c in tok.children
        )
    need = _NEEDED_PREPS.get(lemma)
    return need is None or bool(preps & need)


def _re_prefixed(tok: Token) -> bool:
    """The tokenizer splits "re-elected" into "re" "-" "elected"; the parse then rarely gives the
    verb its subject or object, so the object test is skipped for it."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "re"


def _relative_object(verb: Token) -> bool:
    """ "the peace plan it signed", "the state of emergency, declared at the time": the noun a
    relative or participle clause hangs on is its object."""
    return verb.dep_ in ("relcl", "acl") and is_nominal(verb.head) and verb.tag_ in ("VBD", "VBN")


def _subject_lemmas(verb: Token) -> set[str]:
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj and verb.dep_ in ("relcl", "acl") and verb.tag_ == "VBG":
        subj = [verb.head]  # "military trucks heading north"
    if not subj and verb.dep_ in ("xcomp", "oprd"):  # "trucks were seen heading north"
        subj = [c for c in verb.head.children if c.dep_ in ("nsubjpass", "dobj")]
    words = {t.lemma_.lower() for s in subj for t in (s, *s.conjuncts)}
    return words | {c.lemma_.lower() for s in subj for c in s.children if c.dep_ in ("compound", "amod")}


def _mover_kind(verb: Token, lemma: str) -> str | None:
    """Verbs of moving and staying take their kind from who moves: forces that head north, remain
    or move in are deployed, forces that leave withdraw, civilians who leave flee."""
    if lemma not in L.FORCE_MOTION_VERBS and lemma not in L.LEAVING_VERBS:
        return None
    if any(c.dep_ == "prt" and c.lower_ in ("back", "out", "over") for c in verb.children):
        return None  # "rolled back", "moved out of the way"
    movers = _subject_lemmas(verb)
    if movers & L.FORCE_WORDS and lemma in L.LEAVING_VERBS:
        return "Other"  # a withdrawal
    if movers & L.FORCE_WORDS and _has_whereabouts(verb):
        return "Deployment"
    if lemma in L.LEAVING_VERBS and movers & L.EVACUEE_NOUNS:
        return "Evacuation"
    return None


def _has_whereabouts(verb: Token) -> bool:
    """Where forces go or stay: "into the capital", "north", "the border" (not "tanks are rolling")."""
    return any(
        (c.dep_ == "prep" and not temporal_prep(c))
        or c.dep_ == "dobj"
        or (c.dep_ == "advmod" and c.lower_ in L.DIRECTION_WORDS)
        for c in verb.children
    )


def _moves_forces(tok: Token) -> bool:
    """The object of a moving verb is a force ("sent troops", "moved tanks and artillery")."""
    return any(
        c.dep_ in ("dobj", "nsubjpass") and (c.lower_ in L.FORCE_WORDS or c.lemma_.lower() in L.FORCE_WORDS)
        for c in tok.children
    )


def _object_kind(tok: Token, lemma: str) -> str | None:
    """Verbs whose object decides the kind: "exchanged fire" (Fighting), "impose costs on"
    (Sanction), "dispatched observers" (not forces: Other)."""
    objs = {c.lemma_.lower() for c in tok.children if c.dep_ in ("dobj", "nsubjpass")}
    if lemma in ("exchange", "trade") and objs & L.FIRE_WORDS:
        return "Fighting"
    if lemma == "impose" and objs & L.PENALTY_WORDS:
        return "Sanction"
    if lemma == "dispatch" and objs and not _moves_forces(tok):
        return "Other"
    if lemma == "welcome" and _welcomed_to_place(tok):
        return "Visit"  # "the Secretary welcomed Foreign Minister Wang to Washington"
    if lemma == "receive" and any(
        c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.lemma_.lower() in L.TITLE_NOUNS)
        for c in tok.children
    ):
        return "Meeting"  # "Putin received the Saudi foreign minister in the Kremlin"
    prts = {c.lower_ for c in tok.children if c.dep_ in ("prt", "prep")}
    prts |= {
        p.lemma_.lower() for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
    }
    for word in sorted(objs | prts):
        kind = L.VERB_OBJECT_KINDS.get((lemma, word))
        if kind is not None:
            return kind  # "blew up a bridge", "set fire to", "took control of", "shook hands"
    return None


def _welcomed_to_place(verb: Token) -> bool:
    """A person welcomed to a place has come on a visit."""
    guest = any(
        c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.lemma_.lower() in L.TITLE_NOUNS)
        for c in verb.children
    )
    return guest and any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(p.ent_type_ in ("GPE", "FAC", "LOC") for p in c.children)
        for c in verb.children
    )


def _holds_captive(tok: Token, lemma: str) -> bool:
    """ "were held hostage", "took two engineers hostage": a detention."""
    return lemma in ("hold", "take", "keep") and any(
        c.dep_ in ("oprd", "dobj", "xcomp", "advmod") and c.lemma_.lower() in L.CAPTIVITY_WORDS
        for c in tok.children
    )


def _declares_state(tok: Token, lemma: str) -> bool:
    """ "declared a state of emergency", "declared martial law": an act of power, not a statement."""
    if lemma in ("declare", "impose", "proclaim") and _relative_object(tok) and _declared_state(tok.head):
        return True  # "the state of emergency, declared at the time"
    return lemma in ("declare", "impose", "proclaim") and any(
        c.dep_ in ("dobj", "nsubjpass") and _declared_state(c) for c in tok.children
    )


def _declared_state(noun: Token) -> bool:
    words = {noun.lemma_.lower()} | {w.lemma_.lower() for w in noun.subtree if w.dep_ in ("pobj", "amod")}
    return noun.lemma_.lower() in L.DECLARED_STATES or (
        noun.lemma_.lower() == "state" and "emergency" in words
    )


def _calls_someone(tok: Token, kids: set[str], preps: set[str]) -> bool:
    """ "X called Y (on Monday)" is a call; "called for", "called on Y to", "called it a" are not."""
    if preps & {"for", "on", "upon"} or kids & {"xcomp", "ccomp"}:
        return False
    callee = [c for c in tok.children if c.dep_ == "dobj"]
    if any(c.dep_ == "oprd" for c in tok.children) and callee:
        return False  # "called the vote a farce": naming, not calling
    return any(_a_party(c) or c.lemma_.lower() in L.TITLE_NOUNS for c in callee) or _named_oprd(tok)


def _named_oprd(tok: Token) -> bool:
    """ "called Ishiba Shigeru today" is often parsed with the callee as a predicate (oprd)."""
    return any(_named_predicate(c) for c in tok.children)


def _named_predicate(child: Token) -> bool:
    """A name parsed as the verb's predicate ("called [Ishiba Shigeru]"): the verb's object."""
    return child.dep_ == "oprd" and (child.ent_type_ in _NAMED_PARTY or child.pos_ == "PROPN")


_NAMED_PARTY = frozenset({"PERSON", "GPE", "ORG", "NORP"})


def _with_named(tok: Token) -> bool:
    """ "spoke (today) with President X": a "with" phrase naming a person or state."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "with"
        and any(c.ent_type_ in _NAMED_PARTY for c in prep.children)
        for prep in tok.children
    )


def _by_phone(tok: Token) -> bool:
    """ "by phone", "on the telephone", "over a video link", "via videoconference" under a verb."""
    for prep in tok.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in ("by", "on", "over", "via"):
            if any(t.lower_ in L.PHONE_WORDS or t.lemma_.lower() in L.PHONE_WORDS for t in prep.subtree):
                return True
    return False


# --- participants ----------------------------------------------------------------------------


def _subjects(verb: Token, dis: Discourse, through_nouns: bool = False) -> list[str]:
    """Subjects of a verb, inherited through conj/xcomp/advcl chains ("and promised", "adding")
    and, for a verb trigger, through the noun it completes ("had no intention of deploying")."""
    v = verb
    for _ in range(6):
        for child in v.children:
            if child.dep_ in ("nsubj", "agent") or (child.dep_ == "nsubjpass" and v != verb):
                if child.dep_ == "agent":
                    child = next((c for c in child.children if c.dep_ == "pobj"), child)
                names = dis.expand(child)
                if names:
                    return _with_companions(v, child, names, dis)
        if v == verb:
            subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            fallback = dis.ad_hoc(subj) if subj is not None and subj.dep_ == "nsubj" else []
            if fallback:
                return fallback
        if v.dep_ == "pcomp" and v.head.dep_ == "prep":
            prep = v.head
            obj = next((c for c in prep.head.children if c.dep_ == "dobj"), None)
            if obj is not None and prep.lower_ in ("of", "for"):  # "accused Ukraine of planning"
                names = dis.expand(obj)
                if names:
                    return names
            v = prep.head
        elif v.dep_ in ("conj", "xcomp", "advcl", "acl", "acomp") and v.head != v:
            controller = _object_controller(v, dis)
            if controller:
                return controller
            v = v.head
        elif (
            through_nouns
            and v != verb
            and v.pos_ == "NOUN"
            and v.dep_ in ("dobj", "attr")
            and v.head.pos_ in ("VERB", "AUX")
        ):
            v = v.head  # "X had no intention of deploying", "X made a decision to strike"
        else:
            break
    return _subjects_after_comma(verb, dis)


def _companion_phrases(verb: Token, subj: Token) -> list[Token]:
    """ "X together with Y", "X, along with Y, launched", "X, alongside Y, ...": the phrases
    naming co-actors of the subject, on the subject or on its verb."""
    out: list[Token] = []
    for prep in (*subj.children, *verb.children):
        if prep.dep_ != "prep":
            continue
        low = prep.lower_
        if low == "alongside":
            out.append(prep)
        elif low == "with" and any(
            a.dep_ == "advmod" and a.lower_ in L.COMPANION_WORDS for a in prep.children
        ):
            out.append(prep)
        elif low in L.COMPANION_WORDS:
            out.extend(c for c in prep.children if c.dep_ == "prep" and c.lower_ == "with")
    return out


def _with_companions(verb: Token, subj: Token, names: list[str], dis: Discourse) -> list[str]:
    more = [n for prep in _companion_phrases(verb, subj) for n in _pobj_actors(prep, dis)]
    return list(dict.fromkeys(names + more))


def _object_controller(v: Token, dis: Discourse) -> list[str]:
    """ "invited X to visit", "urged X to hold talks": the object of the governing verb is the
    subject of an infinitive complement (object control)."""
    obj = object_controller(v)
    return dis.expand(obj) if obj is not None else []


def _subjects_after_comma(verb: Token, dis: Discourse) -> list[str]:
    """Repair a frequent misparse: "After calls with X, both A and B pressed ..." hangs A and B on
    X as conjuncts; the actors after the last comma of the subject phrase are the real subject."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return _actors_before(verb, dis)
    toks = list(subj.subtree)
    commas = [t.i for t in toks if t.text == ","]
    if not commas:
        return []
    out: list[str] = []
    for t in toks:
        if t.i > commas[-1] and t.i not in dis.acts.prefix_tokens:
            name = dis.acts.token_actor.get(t.i)
            if name and name not in out:
                out.append(name)
    return out


def _actors_before(verb: Token, dis: Discourse) -> list[str]:
    """No subject in the parse: the actors right before the verb, back to the last comma
    ("..., both A and B pressed for talks" parsed with "pressed" as a modifier)."""
    if verb.dep_ not in ("acl", "relcl", "ROOT") or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return []
    out: list[str] = []
    i = verb.i - 1
    first = dis.acts.sent(verb).start
    while i >= first and verb.doc[i].text not in (",", ";", ":") and verb.i - i < 25:
        name = dis.acts.token_actor.get(i)
        if name and i not in dis.acts.prefix_tokens and name not in out:
            out.insert(0, name)
        i -= 1
    return out


# the thing an act is done to or with ("the supply of Russian vaccines", "attacks on Ukrainian
# cities"): a state modifier of it names a party; a place it goes into or to does not
_THING_PREPS = frozenset({"of", "on", "against"})


def _pobj_actors(prep: Token, dis: Discourse, depth: int = 0) -> list[str]:
    out: list[str] = []
    for pobj in prep.children:
        if pobj.dep_ not in ("pobj", "pcomp"):
            continue
        names = dis.expand(pobj)
        if not names:  # "on Kyiv's frontline with X": the possessor, then nested phrases
            for child in pobj.children:
                if child.dep_ == "poss":
                    names.extend(dis.expand(child))
        if not names and prep.lower_ in _THING_PREPS:
            names = _state_modifiers(pobj, dis)
        possessed = bool(names) and all(c.dep_ != "poss" or not dis.expand(c) for c in pobj.children)
        if (not names or not possessed) and depth < 2:
            for child in pobj.children:
                if child.dep_ == "prep" and child.lower_ in ("of", "between", "with"):
                    names.extend(_pobj_actors(child, dis, depth + 1))
        elif depth < 2:
            for child in pobj.children:
                if (
                    child.dep_ == "prep"
                    and child.lower_ in ("of",)
                    and dis.acts.by_name.get(names[0])
                    and dis.acts.by_name[names[0]].kind in ("Organization", "Group")
                ):
                    names.extend(_pobj_actors(child, dis, depth + 1))
        out.extend(names)
    return out


def noun_participants(tok: Token, kind: str, dis: Discourse) -> tuple[list[str], str | None]:
    """(participants, the "with" party) of a noun trigger, from its own arguments first, then from
    the clause it sits in."""
    done_by = _participle_parties(tok, dis)
    out = done_by + [n for n in _modifier_parties(tok, dis) if n not in done_by]
    with_party = None
    complete = bool(done_by)  # "the sanctions imposed by X": the doer is named, not the clause's
    for prep in _participant_preps(tok, kind):
        names = _pobj_actors(prep, dis)
        if prep.lower_ == "with" and names:
            with_party = names[0]
            if kind in L.COMMUNICATION_KINDS:
                names += [n for n in _with_phrase_persons(prep, dis) if n not in names]
        complete = complete or (prep.lower_ == "between" and len(names) >= 2)
        out.extend(names)
    scope = _premodifiers(tok)
    named = _hyphen_states(tok, dis)  # "a U.S.-Israel meeting": the parties, whoever convened it
    out.extend(n for n in named if n not in out)
    complete = complete or _internal(scope) or bool(named)
    out.extend(n for n in _mediators(scope, dis) if n not in out)
    joint = any(t.lower_ in L.JOINT_WORDS for t in scope)
    if joint:
        out = _joint_parties(tok, out, scope, dis)
    out.extend(n for n in _venue_parties(tok, kind, dis) if n not in out)
    gov = governing_verb(tok) or _agreed_to(tok)
    if gov is not None and not (joint and out) and not complete:
        out = _clause_parties(tok, kind, gov, out, with_party, dis)
    return list(dict.fromkeys(out)), with_party


def _participle_parties(tok: Token, dis: Discourse) -> list[str]:
    """ "the sanctions imposed by X on Y", "the attack carried out by X", "a truce brokered by X
    between Y and Z": the participle clause of the noun names the doer (its agent) and the ones it
    is done to or between."""
    out: list[str] = []
    for acl in tok.children:
        if acl.dep_ != "acl" or acl.tag_ != "VBN":
            continue
        for child in acl.children:
            if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in L.PARTICIPLE_PARTY_PREPS):
                out.extend(n for n in _pobj_actors(child, dis) if n not in out)
    return out


def _agreed_to(tok: Token) -> Token | None:
    """ "X and Y agreed to a ceasefire", "committed to talks", "agreed on a truce": the verb of
    agreement or commitment whose "to"/"on" phrase the event is; its subject takes part."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("to", "on") or prep.head.pos_ != "VERB":
        return None
    verb = prep.head
    return verb if L.CUE_KINDS.get(verb.lemma_.lower()) in _UNDERTAKING_CUES else None


def _mediators(scope: list[Token], dis: Discourse) -> list[str]:
    """ "U.S.-brokered talks", "UN-led negotiations": the mediator or host named before a hyphen."""
    out: list[str] = []
    for t in scope:
        doc = t.doc
        word = t.text
        if t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and doc[t.i + 2].lower_ in L.MEDIATOR_PARTICIPLES:
            name = dis.acts.token_actor.get(t.i)
        elif "-" in word and word.rsplit("-", 1)[1].lower() in L.MEDIATOR_PARTICIPLES:
            word, name = word.rsplit("-", 1)[0], None  # one token: "U.S.-brokered"
        else:
            continue
        entry = dis.acts.gaz.lookup(word) if name is None else None
        if entry is not None and entry.kind in ("State", "Organization"):
            dis.acts.ensure(entry.name, entry.kind, None, t, entry=entry)
            name = entry.name
        if name and name not in out:
            out.append(name)
    return out


def _internal(scope: list[Token]) -> bool:
    """ "intra-Afghan negotiations", "inter-Korean talks": the modifier names all the parties."""
    return any(t.lower_ in ("intra", "inter") or t.lower_.startswith(("intra-", "inter-")) for t in scope)


def _modifier_parties(tok: Token, dis: Discourse) -> list[str]:
    """The possessor ("Russia's invasion") and state/demonym modifiers ("Russian shelling")."""
    out: list[str] = []
    kids = list(tok.children)
    if tok.dep_ == "compound" and tok.head.i > tok.i:  # "his election campaign", "Iran's missile tests"
        kids += [c for c in tok.head.children if c.dep_ == "poss"]
    for part in hyphen_prefix(tok):  # "his re-election" parsed as "his re" + "election"
        kids += [c for c in part.children if c.dep_ == "poss"]
    for child in kids:
        if child.dep_ == "poss":
            out.extend(_possessor(child, dis))
    return out + [n for n in _state_modifiers(tok, dis) if n not in out]


def _state_modifiers(tok: Token, dis: Discourse) -> list[str]:
    """The actors named by a noun's modifiers before it: "Russian shelling", "Hamas base"."""
    acts = dis.acts
    out: list[str] = []
    for child in tok.children:
        if child.dep_ in ("amod", "compound", "nmod") and child.i < tok.i:
            name = acts.token_demonym.get(child.i) or acts.at(child)
            if name:
                entry = acts.gaz.get(name)
                acts.ensure(name, entry.kind if entry else "State", None, child)
                out.append(name)
    return out


def _possessor(poss: Token, dis: Discourse) -> list[str]:
    """ "her visit", "his election": a personal possessive pronoun refers first to the nearest
    person of its gender named earlier in the same sentence ("Merkel said ... during her visit",
    "congratulated X on his election"), before the discourse's salient person."""
    low = poss.lower_
    if low in ("his", "her") and not dis.in_quote(poss):
        female = low == "her"
        for t in reversed(list(dis.acts.sent(poss))):
            if t.i >= poss.i or t.i in dis.acts.prefix_tokens:
                continue
            name = dis.acts.token_actor.get(t.i)
            if name and dis.acts.kind(name) == "Person" and dis.is_female(name) == female:
                return [name]
    if low in ("their", "its") and not dis.in_quote(poss):
        verb = governing_verb(poss.head)
        subj = _subjects(verb, dis) if verb is not None else []
        if subj:
            return subj  # "X and Y must uphold their ceasefire", "urged X to honour its truce"
    return dis.expand(poss)


_WITH_SCAN_STOPS = frozenset(
    {"about", "on", "regarding", "concerning", "over", "to", "after", "before", "during", "amid", "in"}
)


def _with_phrase_persons(prep: Token, dis: Discourse) -> list[str]:
    """The persons a "with" phrase lists, read off the words when the parse hangs the later ones
    elsewhere ("met with President A and Council Chairman B of X"): up to a verb, a clause
    punctuation mark or a topic/time preposition."""
    out: list[str] = []
    doc = prep.doc
    end = dis.acts.sent(prep).end
    for t in doc[prep.i + 1 : end]:
        if t.pos_ in ("VERB", "AUX") or t.text in (";", ":", "(", ".") or t.lower_ in _WITH_SCAN_STOPS:
            break
        name = dis.acts.token_actor.get(t.i)
        if name and t.i not in dis.acts.prefix_tokens and dis.acts.kind(name) == "Person" and name not in out:
            out.append(name)
    return out


_OF_PARTY_KINDS = frozenset(
    {
        "Attack",
        "Evacuation",
        "Election",
        "Fighting",
        "Shelling",
        "Visit",
        "Deployment",
        "Other",
        "PrisonerExchange",
    }
)


_STRAY_PREPS = frozenset({"by", "with", "between", "against", "among"})
_STRAY_DESTINATION_KINDS = frozenset({"Visit", "Deployment"})


def _participant_preps(tok: Token, kind: str) -> list[Token]:
    """The trigger's "with/between/by/against..." phrases; "of" only where it names a party
    ("the evacuation of civilians", not "a series of talks"), "under" for talks under a group."""
    destination = {"to", "into"} if kind in _STRAY_DESTINATION_KINDS else set()
    out = stray_preps(tok, _STRAY_PREPS | destination)
    for child in tok.children:
        if child.dep_ != "prep":
            continue
        low = child.lower_
        if low in L.PARTICIPANT_PREPS and (low != "of" or kind in _OF_PARTY_KINDS):
            out.append(child)
        elif low == "under" and kind == "Talks":
            out.append(child)
    return out


def _premodifiers(tok: Token) -> list[Token]:
    """The words before a noun in its phrase (and before the head it is coordinated with:
    "two trilateral foreign minister and two ... meetings")."""
    scope = list(tok.doc[tok.left_edge.i : tok.i])
    if tok.dep_ == "conj":
        scope += list(tok.doc[tok.head.left_edge.i : tok.head.i])
    return scope


def _joint_parties(tok: Token, out: list[str], scope: list[Token], dis: Discourse) -> list[str]:
    """ "joint drills", "a trilateral meeting with the United States": when fewer parties are named
    than the joint word asks for, the states acting in the sentence (or the last parties) too."""
    if len([p for p in out if dis.acts.kind(p) != "Group"]) >= _parties_needed(scope):
        return out
    more = _sentence_states(tok, dis) or _parties_states(dis)
    return list(dict.fromkeys(out + more)) if out and more else (more or out)


def _venue_parties(tok: Token, kind: str, dis: Discourse) -> list[str]:
    """ "negotiations are to be held at the OSCE": the organisation hosting a meeting or talks."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or kind not in L.COMMUNICATION_KINDS:
        return []
    out: list[str] = []
    for child in tok.head.subtree:
        if child.dep_ == "prep" and child.lower_ == "at":
            out.extend(n for n in _pobj_actors(child, dis) if dis.acts.kind(n) == "Organization")
    return out


def _clause_parties(
    tok: Token, kind: str, gov: Token, out: list[str], with_party: str | None, dis: Discourse
) -> list[str]:
    """The subject of the verb governing the noun ("Putin had a call with Biden"); a speech verb's
    subject only when the noun is an adjunct ("In a phone call with Trudeau, Sunak said") or
    nothing else was found; for "planning an offensive into X", X too."""
    subj = [] if _reported(tok) else _subjects(gov, dis, through_nouns=True)
    adjunct = tok.dep_ == "pobj" and (
        tok.head.lower_ not in ("for", "in") or (kind in L.COMMUNICATION_KINDS and with_party is not None)
    )
    doer = gov.lemma_.lower() not in L.CUE_KINDS or _undertaken(tok, gov)
    if subj and (adjunct or doer or not (out or _judged(gov))):
        out = subj + out
    if tok.dep_ == "dobj" and kind in _TARGETED_KINDS:
        for child in gov.children:
            if child.dep_ == "prep" and child.lower_ in ("into", "against", "on"):
                out.extend(n for n in _pobj_actors(child, dis) if n not in out)
    return out


# acts done to someone named in the verb's phrase ("launched strikes on X", "imposed costs on X")
_TARGETED_KINDS = L.VIOLENT_KINDS | {"Sanction"}


def _reported(tok: Token) -> bool:
    """ "raised reports of troop movements", "cited allegations of torture": the act is what the
    information is of; who holds or raises it is no party."""
    return (
        tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in L.INFORMATION_NOUNS
    )


_UNDERTAKING_CUES = frozenset({"Intent", "Agreement", "Announcement"})


def _undertaken(tok: Token, gov: Token) -> bool:
    """ "undertook an invasion", "announced sanctions", "accepted a ceasefire": the object of a
    verb of commitment or announcement is something its subject does; so is the event object of a
    light verb of doing ("made a visit", "exchanged fire"; not "raised the war")."""
    if tok.dep_ != "dobj":
        return False
    lemma = gov.lemma_.lower()
    return L.CUE_KINDS.get(lemma) in _UNDERTAKING_CUES or lemma in L.DOING_LIGHT_VERBS


_JUDGING_CUES = frozenset({"Criticism", "Praise", "Warning", "Rejection"})


def _judged(gov: Token) -> bool:
    """ "condemned the attack", "welcomed the ceasefire": who judges an event is not its party."""
    return L.CUE_KINDS.get(gov.lemma_.lower()) in _JUDGING_CUES


def _parties_needed(scope: list[Token]) -> int:
    """How many parties a joint word asks for: "trilateral" three, otherwise two."""
    return max((L.JOINT_WORDS[t.lower_] for t in scope if t.lower_ in L.JOINT_WORDS), default=2)


_FORCES = frozenset({"GovernmentBody"})  # in a sentence a state's forces and bodies stand for it


def _sentence_states(tok: Token, dis: Discourse) -> list[str]:
    """States acting in the trigger's sentence (forces stand for their state), if two or more."""
    acts = dis.acts
    names = [n for t in acts.sent(tok) if (n := acts.token_actor.get(t.i)) and t.i not in acts.prefix_tokens]
    out = state_sides(names, acts, _FORCES)
    return out if len(out) >= 2 else []


def _parties_states(dis: Discourse) -> list[str]:
    """The states the last parties act for (persons -> their affiliation)."""
    return state_sides(dis.last_parties or dis.last_group, dis.acts)


_VERB_PARTY_PREPS = frozenset({"with", "against", "on", "to", "into", "by"})


def verb_participants(tok: Token, dis: Discourse) -> list[str]:
    """Subject, object, agent and the party phrases of a verb trigger, and the party phrases of
    its object ("severed ties with X", "imposed sanctions on X")."""
    out = list(_subjects(tok, dis, through_nouns=True))
    preps = set(_VERB_PARTY_PREPS)
    if tok.lemma_.lower() in L.RECEIVE_VERBS:
        preps.add("from")  # "received payments from X"
    if any(c.dep_ == "dobj" for c in tok.children) and trigger_kind(tok) not in _TARGETED_KINDS:
        preps.discard("on")  # "share intelligence on X's movements": a topic; "impose costs on X": a target
    for child in tok.children:
        if child.dep_ in ("dobj", "attr") or _named_predicate(child):
            out.extend(dis.expand(child))
            out.extend(_object_party_phrases(child, dis))
        elif child.dep_ == "prep" and child.lower_ in preps:
            out.extend(_pobj_actors(child, dis))
            if child.lower_ == "with" and out:
                out.extend(_with_phrase_persons(child, dis))
        elif child.dep_ == "agent":
            out.extend(_pobj_actors(child, dis))
    return list(dict.fromkeys(out))


def _object_party_phrases(obj: Token, dis: Discourse) -> list[str]:
    """ "severed [ties] with X", "imposed [sanctions] on X": the object noun's party phrase."""
    if obj.pos_ not in ("NOUN",) or dis.expand(obj):
        return []
    out: list[str] = []
    for prep in obj.children:
        if prep.dep_ == "prep" and prep.lower_ in ("with", "against", "on", "between", "from"):
            out.extend(_pobj_actors(prep, dis))
    return out


_STATE_SIDE_KINDS = L.VIOLENT_KINDS | {"Ceasefire", "Sanction"}


def armed_sides(ev: Ev, dis: Discourse) -> None:
    """Attacks, fighting, deployments and ceasefires are between states and armed groups: a
    person named as a party ("Zelenskiy called for a ceasefire", "Putin ordered the strikes")
    stands for the state they act for."""
    if ev.kind not in _STATE_SIDE_KINDS:
        return
    if any(c.lower_ in L.NONVIOLENT_MODIFIERS for c in ev.trigger.children):
        return  # "verbal attacks between A and B": the people
    # a person acting for no state (a rebel leader) stays; unlike ``state_sides`` groups stay too
    out = list(dict.fromkeys(office_side(n, dis.acts) for n in ev.participants if n))
    if ev.kind in _STRUCK_KINDS and out:
        out.extend(n for n in _struck_states(ev.trigger, dis) if n not in out)
    if ev.kind in _STRUCK_KINDS | {"MilitaryDrill"}:
        out.extend(n for n in _border_sides(ev.trigger, dis) if n not in out)
    ev.participants = out


_EXCHANGED_KINDS = frozenset({"Evacuation", "Other", "Sanction"})


def readout_parties(ev: Ev, dis: Discourse) -> None:
    """In a readout of a two-party call or meeting, an act the parties discuss with fewer than
    two parties named ("the leaders discussed the evacuation of nationals", "he highlighted the
    supply of vaccines") is between the states of the call: the sentence's subject is one of
    the call's persons (or "the leaders"), and the parties named so far are among those states."""
    if ev.kind not in _EXCHANGED_KINDS or len(ev.participants) >= 2 or len(dis.last_parties) != 2:
        return
    states = _parties_states(dis)
    if len(states) != 2 or not set(ev.participants) <= set(states):
        return
    if _own_clause(ev.trigger):
        return
    root = ev.trigger.sent.root
    subjects = [n for c in root.children if c.dep_ == "nsubj" for n in dis.expand(c)]
    if subjects and set(subjects) <= set(dis.last_parties) | set(states):
        ev.participants = list(dict.fromkeys(ev.participants + states))


def _own_clause(tok: Token) -> bool:
    """The act is told in a clause of its own ("the blockade began", "students who were held
    hostage"), not as what the main verb is about."""
    chain = [tok, *tok.ancestors]
    return tok.dep_ in ("nsubj", "nsubjpass") or any(t.dep_ == "relcl" for t in chain)


_DOER_KINDS = frozenset(
    {"Attack", "Fighting", "Shelling", "Deployment", "Mobilization", "MilitaryDrill", "Sanction"}
)


def note_subjects(sent: Span, dis: Discourse) -> None:
    """Remember whom the main clause's subject stands for while the sentence is read: resolving it
    after the article ("it", "the ministry") would read the discourse as it is at the end."""
    subjects = (c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass"))
    dis.subjects_at[sent.start] = [n for c in subjects for n in dis.expand(c)]


def previous_doer(ev: Ev, dis: Discourse) -> None:
    """An armed act or sanction with no party named ("Around 450 troops disembarked", "the
    blockade began") is done by the subject of the sentence before, when that names a state,
    body or armed group: the text names the doer, then tells what it did."""
    if ev.participants or ev.kind not in _DOER_KINDS:
        return
    sent = ev.trigger.sent
    if sent.start == 0:
        return
    names = dis.subjects_at.get(ev.trigger.doc[sent.start - 1].sent.start, [])
    if names and all(dis.acts.kind(n) in ("State", "GovernmentBody", "ArmedGroup") for n in names):
        ev.participants = names


def clause_subject(ev: Ev, dis: Discourse) -> None:
    """An act with no party named in its own phrase ("he was the only man convicted over the
    bombing", "the troops met resistance") is the act of the subject of the clause it sits in, up to
    a verb of saying: who reports or judges an act is not its party."""
    if ev.participants:
        return
    t = ev.trigger
    for _ in range(6):
        if t.head == t:
            return
        t = t.head
        if t.pos_ not in ("VERB", "AUX"):
            continue
        if t.lemma_.lower() in L.CUE_KINDS:
            return
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            ev.participants = dis.expand(subj)
            return


_BORDER_PREPS = frozenset({"near", "along", "across", "at", "on", "to", "towards", "toward"})


def _border_sides(tok: Token, dis: Discourse) -> list[str]:
    """ "troop movements near the border with Eritrea", "clashes along the frontier between X and
    Y": the sides a boundary phrase of a military act names."""
    out: list[str] = []
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in _BORDER_PREPS:
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and pobj.lemma_.lower() in L.BOUNDARY_NOUNS:
                for side in pobj.children:
                    if side.dep_ == "prep" and side.lower_ in ("with", "between"):
                        out.extend(n for n in _pobj_actors(side, dis) if n not in out)
    return out


def visited_states(ev: Ev, dis: Discourse) -> None:
    """ "King Abdullah's visit to the White House", "a trip to the Kremlin": a visit to a seat of
    government is a visit to its state."""
    if ev.kind != "Visit":
        return
    out: list[str] = []
    for name in ev.participants:
        actor = dis.acts.by_name.get(name)
        entry = dis.acts.gaz.get(name) if actor is not None and actor.kind == "GovernmentBody" else None
        host = entry.affiliation if entry is not None and entry.kind == "GovernmentBody" else None
        state = dis.acts.gaz.get(host) if host else None
        if state is not None and state.kind == "State":
            dis.acts.ensure(state.name, "State", None, ev.trigger, entry=state)
            name = state.name
        if name not in out:
            out.append(name)
    ev.participants = out


_STRUCK_KINDS = frozenset({"Attack", "Shelling", "Fighting", "Deployment", "CeasefireViolation"})
_STRUCK_PREPS = frozenset({"in", "into", "on", "inside", "against"})


def _struck_states(tok: Token, dis: Discourse) -> list[str]:
    """The state whose ground an attack, fight or deployment is on: "attacked a post in Kenya's
    north", "fighting in Colombia", "moved deeper into Georgia" (a place phrase of the trigger or
    of its object; the possessor of the place)."""
    verbs = [tok, tok.head] if tok.dep_ == "conj" and tok.pos_ == "VERB" else [tok]  # "attacked X and killed"
    heads = verbs + [c for v in verbs for c in v.children if c.dep_ == "dobj"]
    out: list[str] = []
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in _STRUCK_PREPS or temporal_prep(prep):
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                for cand in (pobj, *(c for c in pobj.children if c.dep_ == "poss")):
                    state = _state_at(cand, dis)
                    if state and state not in out:
                        out.append(state)
    return out


def _state_at(tok: Token, dis: Discourse) -> str | None:
    """The state a token names, as an actor or as a place ("in Kenya", "Kenya's county")."""
    name = dis.acts.token_actor.get(tok.i) or dis.acts.token_place.get(tok.i)
    entry = dis.acts.gaz.get(name) or dis.acts.gaz.lookup(name) if name else None
    if entry is None or entry.kind != "State":
        return None
    dis.acts.ensure(entry.name, entry.kind, None, tok, entry=entry)
    return entry.name


def joint_action(tok: Token) -> bool:
    """ "join the efforts to ensure the evacuation", "work together on a ceasefire": the words
    governing a trigger ask for action taken jointly with the speaker."""
    t = tok
    for _ in range(6):
        if t.lemma_.lower() in L.JOINT_ACTION_WORDS or any(
            c.lemma_.lower() in L.JOINT_ACTION_WORDS for c in t.children if c.dep_ in ("advmod", "amod")
        ):
            return True
        if t.head == t:
            return False
        t = t.head
    return False


def first_person_party(tok: Token) -> bool:
    """The speaker speaks of an event as its own: "our sanctions", "we will end this war", "we
    held talks with X" (the trigger's possessor or the subject of its verb, up a short chain)."""
    if any(c.dep_ == "poss" and c.lower_ in L.FIRST_PERSON for c in tok.children):
        return True
    verb = governing_verb(tok) if is_nominal(tok) else tok
    for _ in range(3):
        if verb is None:
            return False
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in L.FIRST_PERSON for c in verb.children):
            return True
        if object_controller(verb) is not None:
            return False  # "we urge X to uphold ...": X acts, not the speaker
        verb = verb.head if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head != verb else None
    return False


# --- status, place, quantities ---------------------------------------------------------------

_COMPLEMENT_DEPS = frozenset(
    {
        "dobj",
        "pobj",
        "xcomp",
        "ccomp",
        "pcomp",
        "acl",
        "attr",
        "oprd",
        "conj",
        "compound",
        "appos",
        "relcl",
        "nsubjpass",
        "acomp",
    }
)
_ARGUMENT_PREPS = frozenset({"for", "of", "on", "to", "about", "against", "into"})


def _governors(tok: Token) -> list[Token]:
    """The words that govern a trigger as its complement: "called for [talks]", "accused X of
    [planning]", "on the brink of [invading]"; not the verb of which it is subject or adjunct."""
    out = [tok]
    t = tok
    while t.head != t and len(out) < 10:
        dep = t.dep_
        head = t.head
        if dep not in _COMPLEMENT_DEPS and dep != "prep":
            break
        if dep == "conj" and t.pos_ in ("VERB", "AUX"):
            break
        if dep == "prep" and t.lower_ not in _ARGUMENT_PREPS and head.pos_ in ("VERB", "AUX"):
            break
        out.append(head)
        t = head
    return out


def _modifier_words(t: Token, is_trigger: bool) -> set[str]:
    """The words that modify one governor (auxiliaries, negation, adverbs, markers, the objects of its
    prepositions), and the trigger's own adjectives: where "would", "not", "reportedly" sit."""
    words: set[str] = set()
    for c in t.children:
        if c.dep_ in ("aux", "neg", "advmod", "mark", "auxpass"):
            words.add(c.lower_)
        if c.dep_ in ("amod",) and is_trigger:
            words.add(c.lower_)
        if c.dep_ == "prep":  # not a date: "in May" is no "may"
            words.update(p.lemma_.lower() for p in c.children if p.dep_ == "pobj" and p.ent_type_ != "DATE")
    return words


def _chain_words(tok: Token, chain: list[Token]) -> set[str]:
    """The governors above the trigger ("planned", "denied") and their modifiers."""
    words: set[str] = set()
    for t in chain:
        if t != tok:
            words.add(t.lemma_.lower())
            words.add(t.lower_)
        words |= _modifier_words(t, t == tok)
    return words


def _subject_clause_words(clause: Token) -> set[str]:
    """A trigger that is the subject of its clause takes the clause's verb, and a verb of holding or
    beginning as a future: "the negotiations would take place", "talks are to be held"."""
    if clause.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return set()  # "protests continued", "the talks resumed": under way in the past, reported
    words = {clause.lemma_.lower()}
    for c in clause.children:
        if c.dep_ in ("xcomp",) and c.lemma_.lower() in ("hold", "take", "begin", "start"):
            words.add("will")
    return words


def _clause_words(tok: Token, chain: list[Token]) -> set[str]:
    """The auxiliaries and negation of the clause the trigger belongs to: its first verbal governor,
    else the verb it is the subject of."""
    words: set[str] = set()
    clause = next((t for t in chain if t.pos_ in ("VERB", "AUX")), None)
    if clause is None and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
        clause = tok.head
        words |= _subject_clause_words(clause)
    if clause is not None:
        words.update(c.lower_ for c in clause.children if c.dep_ in ("aux", "neg"))
    return words


def _status_of(words: set[str], chain: list[Token]) -> str:
    """The status the words name, the strongest first: a denial outweighs an allegation, which
    outweighs a hypothesis, which outweighs a plan."""
    if any(c.dep_ == "neg" for t in chain[:2] for c in t.children) or words & L.DENIED_WORDS:
        return "denied"
    if words & L.ALLEGED_WORDS:
        return "alleged"
    if words & L.HYPOTHETICAL_WORDS:
        return "hypothetical"
    if words & L.PLANNED_WORDS:
        return "planned"
    return "reported"


def event_status(tok: Token) -> str:
    """reported | planned | alleged | denied | hypothetical, from the trigger's governors; an event
    its own words place in the past has happened, whatever is planned or asked about it."""
    chain = _governors(tok)
    status = _status_of(_chain_words(tok, chain) | _clause_words(tok, chain), chain)
    if status in ("planned", "hypothetical") and past_anchor(tok):
        return "reported"
    return status


def past_anchor(tok: Token) -> bool:
    """ "measures imposed by the UN", "all those detained", "the address he delivered yesterday",
    "his call to King Salman yesterday", "last year's marches": a done participle, a past relative
    clause or a past time word on the event itself, or what one is congratulated or condoled on."""
    if not is_nominal(tok):
        return tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN" and not _has_aux(tok)
    if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "for") and _occasion(tok.head.head):
        return True  # "congratulated him on his election": the election has happened
    for c in tok.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and not _has_aux(c):
            return True
        if c.dep_ == "relcl" and c.tag_ == "VBD":
            return True
        if c.dep_ in ("npadvmod", "advmod", "amod") and c.lower_ in L.PAST_ANCHOR_WORDS:
            return True
        if c.dep_ in ("npadvmod", "poss") and _past_time(c):
            return True
        if c.dep_ == "poss" and any(w.lower_ in L.PAST_ANCHOR_WORDS for w in c.children):
            return True
    return False


def _past_time(tok: Token) -> bool:
    """ "last week", "the past year", "last Monday": a time noun "last" or "past" places before now
    ("a last attempt", "the past tense" are no time)."""
    word = tok.lower_
    timely = tok.lemma_.lower() in L.TIME_NOUNS or word in WEEKDAYS or word in MONTHS
    return timely and any(
        c.dep_ in ("amod", "advmod") and c.lower_ in L.PAST_TIME_ADJECTIVES for c in tok.children
    )


def _occasion(gov: Token) -> bool:
    """ "congratulated", "condolences", "offered congratulations": a word whose "on"/"for" object
    is a happening that has taken place."""
    return gov.lemma_.lower() in L.OCCASION_WORDS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in L.OCCASION_WORDS for c in gov.children
    )


def _has_aux(verb: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def event_place(tok: Token, dis: Discourse) -> str | None:
    acts = dis.acts
    for t in (tok, tok.head if tok.pos_ != "VERB" else tok):
        for child in t.children:
            if child.dep_ == "prep" and child.lower_ in L.PLACE_PREPS:
                for pobj in child.children:
                    for cand in (pobj, *pobj.conjuncts):
                        if cand.i in acts.token_place:
                            return acts.token_place[cand.i]
                        if cand.ent_type_ in ("GPE", "LOC", "FAC") and cand.i not in acts.token_actor:
                            return cand.text
    return None


def _number(text: str) -> int | None:
    m = _QTY.match(text)
    if m:
        try:
            return int(float(m.group(1).replace(",", "")))
        except ValueError:
            return None
    return L.NUMBER_WORDS.get(text.lower())


def quantities(tok: Token, subject_tokens: list[Token]) -> dict[str, int]:
    """{"minutes": 105} from "105-minute", {"troops": 30000} from "30,000 troops"."""
    out: dict[str, int] = {}
    doc = tok.doc
    scope = list(tok.subtree) + [t for s in subject_tokens for t in s.subtree]
    for t in scope:
        if not (t.like_num or t.lower_ in L.NUMBER_WORDS):
            continue
        n = _number(t.text)
        if n is None:
            continue
        unit = None
        if t.i + 2 < len(doc) and doc[t.i + 1].text == "-":
            unit = doc[t.i + 2].lemma_.lower()
        elif t.dep_ == "nummod" or t.head.pos_ == "NOUN":
            unit = t.head.lemma_.lower()
            if t.head.lower_ in ("personnel",):
                unit = "personnel"
        key = L.QUANTITY_UNITS.get(unit or "")
        if key and key not in out:
            out[key] = n
    return out


# --- detection -------------------------------------------------------------------------------


def action_codes(tok: Token) -> tuple[str, str] | None:
    """(PLOVER, CAMEO) of an action verb or of the object noun of a light verb, or None."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and (tok.dep_ not in ("amod", "compound", "acl", "relcl") or _finite_relative(tok)):
        if (
            lemma in L.CUE_KINDS
            and lemma not in ("offer", "accept", "approve", "welcome")
            and not _frees_people(tok)
            and not _acts_on_people_or_goods(tok)
        ):
            return None
        codes = L.ACTION_VERBS.get(lemma)
        if codes is None:
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if obj is not None and lemma in (
                "launch",
                "impose",
                "issue",
                "stage",
                "hold",
                "open",
                "grant",
                "give",
                "make",
                "offer",
                "announce",
                "set",
            ):
                codes = L.ACTION_NOUNS.get(obj.lemma_.lower())
        return codes
    return None


def _finite_relative(verb: Token) -> bool:
    """ "China, which has mediated between the two", "X, who resigned last week": a relative clause
    with a finite verb of its own tells an act; a bare participle ("the aid provided") does not."""
    if verb.dep_ == "relcl" and _finite_passive(verb) and event_status(verb) == "reported":
        return _a_party(verb.head)  # "the diplomats, who were expelled by Warsaw"
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ != "relcl" or subj is None or event_status(verb) != "reported":
        return False
    if not (
        verb.tag_ in ("VBD", "VBZ", "VBP")
        or any(c.lemma_ == "have" for c in verb.children if c.dep_ == "aux")
    ):
        return False
    doer = verb.head if subj.tag_ in ("WDT", "WP") else subj  # "the law, which bans": the law acts
    return _a_party(doer)


def _finite_passive(verb: Token) -> bool:
    """ "who were expelled", "which has been seized": a past passive with a relative subject ("who
    are detained" tells a state)."""
    return any(c.dep_ == "nsubjpass" and c.tag_ in ("WDT", "WP") for c in verb.children) and any(
        c.dep_ == "auxpass" and c.tag_ == "VBD" or c.dep_ == "aux" and c.lemma_ == "have"
        for c in verb.children
    )


def _acts_on_people_or_goods(tok: Token) -> bool:
    """A verb that is also a speech cue acts when its object is a person or a good and no clause
    follows: "provided emergency assistance to Turkey", "recalled its ambassador" (not "recalled
    that ...", "provided details")."""
    if tok.lemma_.lower() not in L.ACTION_VERBS or any(c.dep_ in ("ccomp", "xcomp") for c in tok.children):
        return False
    return any(
        c.dep_ in ("dobj", "nsubjpass")
        and (
            c.ent_type_ == "PERSON"
            or c.lemma_.lower() in L.TITLE_NOUNS | L.HUMAN_NOUNS
            or L.ACTION_NOUNS.get(c.lemma_.lower(), ("",))[0] == "AID"
        )
        for c in tok.children
    )


def _frees_people(tok: Token) -> bool:
    """ "released 12 fishermen", "journalists were released": a release of people, not of a text."""
    if tok.lemma_.lower() not in L.FREEING_VERBS:
        return False
    return any(
        c.dep_ in ("dobj", "nsubjpass")
        and (c.ent_type_ in ("PERSON", "NORP") or c.lemma_.lower() in L.HUMAN_NOUNS | L.CAPTIVE_NOUNS)
        for c in tok.children
    )


def detect_events(sent: Span, dis: Discourse, published: date | None, date_mentions: list) -> list[Ev]:
    """All events triggered in one sentence."""
    out: list[Ev] = []
    for tok in sent:
        kind = trigger_kind(tok)
        codes = action_codes(tok) if kind is None else None
        if codes is not None:
            kind = "Sanction" if _economic_sanction(tok) else "Other"
        if kind is None or not_a_happening(tok, kind):
            continue
        if not is_nominal(tok):
            parts, with_party = verb_participants(tok, dis), None
            subj_tokens = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        else:
            parts, with_party = noun_participants(tok, kind, dis)
            gov = governing_verb(tok)
            subj_tokens = (
                [c for c in gov.children if c.dep_ in ("nsubj",) or (c.dep_ == "prep" and c.lower_ == "with")]
                if gov is not None and kind in ("MilitaryDrill", "Deployment", "Mobilization")
                else []
            )
        ev = Ev(kind=kind, trigger=tok, participants=parts, common=with_party, sentence=sent)
        if kind in ("Visit", "Deployment", "Attack", "Shelling"):  # "arrived in Israel",
            for host in _host_states(tok, dis):  # "attacks on Kiev"
                if host not in parts:
                    parts.append(host)
        if not parts and kind in ("Shelling", "Attack", "Fighting", "CeasefireViolation"):
            parts.extend(_between(sent, dis))  # "... close to the frontline between X and Y"
        if codes is not None:
            ev.plover, ev.cameo = codes
        ev.date = attached_date(tok, sent, published, date_mentions)
        ev.status = event_status(tok)
        ev.place = event_place(tok, dis)
        ev.quantities = quantities(tok, subj_tokens)
        out.extend(_split_separate(ev))
    return _fold_verb_into_noun(out)


def _economic_sanction(verb: Token) -> bool:
    """ "blacklisted two firms", "froze the assets of three banks": an economic penalty is a
    Sanction, not an act of kind Other."""
    lemma = verb.lemma_.lower()
    if lemma in L.ECONOMIC_SANCTION_VERBS:
        return True
    return lemma == "freeze" and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in L.FROZEN_HOLDINGS for c in verb.children
    )


def _fold_verb_into_noun(events: list[Ev]) -> list[Ev]:
    """One event per verb and its event-noun object: "signed an agreement", "imposed sanctions",
    "convened a meeting", "launched an attack" name one happening, not two. The noun's event stays
    (its modifiers say more: "a trilateral meeting"); it takes the verb's parties first, unless it
    names two or more parties itself ("convened a U.S.-India meeting": the convener is no third)."""
    by_trigger = {ev.trigger.i: ev for ev in events}
    dropped: set[int] = set()
    for ev in events:
        verb = ev.trigger
        if is_nominal(verb):
            continue
        for obj in verb.children:
            noun_ev = by_trigger.get(obj.i)
            if noun_ev is None or obj.dep_ not in ("dobj", "nsubjpass", "attr") or not is_nominal(obj):
                continue
            if ev.kind != noun_ev.kind and not (
                ev.kind == "Other" and verb.lemma_.lower() in L.REALISING_VERBS
            ):
                continue
            if len(noun_ev.participants) < 2:
                noun_ev.participants[:0] = [p for p in ev.participants if p not in noun_ev.participants]
            noun_ev.date = noun_ev.date or ev.date
            dropped.add(id(ev))
            break
    return [ev for ev in events if id(ev) not in dropped]


def not_a_happening(tok: Token, kind: str) -> bool:
    """An event word that names no happening: a generic one ("any attack would be"), a state
    ("democracy under attack"), an act of kind Other only asked for ("called for the release"), or,
    for an action verb of kind Other, a welcome (a statement about
    an event, not one), an aim asked for or pledged ("urged X to lift", "working to establish"), an
    act announced with a modal ("will defend") or "demonstrate" meaning "show"."""
    if is_nominal(tok):
        return _generic_noun(tok) or (
            kind == "Other" and event_status(tok) in ("planned", "hypothetical") and not _own_party(tok)
        )
    if kind in L.VIOLENT_KINDS:
        return _named_by_its_noun(tok) or _casualties(tok) or _figurative_fight(tok)
    if kind != "Other":
        return False
    lemma = tok.lemma_.lower()
    if lemma in L.NOT_ACTION_VERBS or _aim(tok) or _modal_intent(tok) or _consequence(tok):
        return True
    if _under_appeal(tok) or _negated_act(tok):
        return True  # "press the military to relinquish power, release X", "has not protested"
    if lemma in L.OBJECT_BOUND_ACTIONS and not _bound_object(tok, L.OBJECT_BOUND_ACTIONS[lemma]):
        return True  # "share values", "shared a responsibility": a state, not an act
    return lemma in L.INTRANSITIVE_PROTEST_VERBS and any(c.dep_ == "dobj" for c in tok.children)


_CONTENT_DEPS = frozenset({"xcomp", "ccomp", "conj", "advcl", "pcomp", "pobj", "prep", "acl"})


def _own_party(noun: Token) -> bool:
    """ "their pullout from Georgia", "Tbilisi's bid to join": a planned act whose doer the noun names
    itself is reported as planned; a bare one ("called for the release") is only asked for."""
    return any(c.dep_ == "poss" for c in noun.children) and not _under_appeal(noun)


def _under_appeal(verb: Token) -> bool:
    """A not-yet act inside what someone asks, urges or works for, however deep in coordination
    ("urged X to relinquish power, release the detainees and lift restrictions", "asked that the
    government begin ... and reduce"): the appeal is the statement, no act has happened."""
    t = verb
    for _ in range(6):
        if t.dep_ not in _CONTENT_DEPS or t.head == t:
            return False
        t = t.head
        if t.lemma_.lower() in L.AIM_GOVERNORS or t.lemma_.lower() in L.APPEAL_HEADS:
            return True
    return False


def _negated_act(verb: Token) -> bool:
    """ "has not protested the sale", "received no request": an act said not to have happened is
    no event (a denial records the statement)."""
    return any(c.dep_ == "neg" for c in verb.children) or any(
        c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in verb.children
    )


def _casualties(verb: Token) -> bool:
    """ "two soldiers were killed", "..., killing two", "attacked a post and killed four": a toll
    counted for an attack told elsewhere (the report is a statement), not an attack of its own."""
    if verb.lemma_.lower() not in L.CASUALTY_VERBS:
        return False
    kids = {c.dep_ for c in verb.children}
    if "auxpass" in kids and "agent" not in kids:
        return True
    if any(
        c.dep_ == "nsubj" and is_nominal(c) and (trigger_kind(c) or "") in L.VIOLENT_KINDS
        for c in verb.children
    ):
        return True  # "a car bomb explosion killed five": the explosion is the event
    head = verb.head
    return (
        verb.dep_ in ("advcl", "conj")
        and head != verb
        and head.pos_ == "VERB"
        and (trigger_kind(head) or "") in L.VIOLENT_KINDS
    )


def _figurative_fight(verb: Token) -> bool:
    """ "fighting a re-election bid", "fight corruption", "fight against threats": the one fought is
    no party (no name, force or armed group), so no armed fighting."""
    if verb.lemma_.lower() != "fight":
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    objs += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "against" for p in c.children]
    objs += [c for o in objs for c in o.conjuncts]
    return bool(objs) and not any(_a_party(o) for o in objs)


def _a_party(tok: Token) -> bool:
    """A noun that can name a side: a name, a pronoun, a force or an armed or human group."""
    if tok.ent_type_ in _NAMED_PARTY or tok.pos_ in ("PROPN", "PRON"):
        return True
    lemma = tok.lemma_.lower()
    return lemma in L.FORCE_NOUNS or lemma in L.ARMED_NOUNS or lemma in L.HUMAN_NOUNS


def _consequence(verb: Token) -> bool:
    """ "..., allowing the forces to stay", "..., ensuring that ...": a participle after its clause
    tells what an act leads to, not a second act."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.lemma_.lower() in L.RESULT_VERBS
        and verb.i > verb.head.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _bound_object(verb: Token, objects: frozenset[str]) -> bool:
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in objects for c in verb.children)


def _named_by_its_noun(verb: Token) -> bool:
    """ "were killed in a bomb attack": the violent noun under the verb names the one event."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in ("in", "during", "by")
        and any(
            p.dep_ == "pobj" and is_nominal(p) and (trigger_kind(p) or "") in L.VIOLENT_KINDS
            for p in prep.children
        )
        for prep in verb.children
    )


def _modal_intent(tok: Token) -> bool:
    """ "will defend its territory", "would be withdrawing", "cannot allow": an action announced
    or threatened, which the statement records; no act has happened."""
    modals = L.HYPOTHETICAL_MODALS | L.PLANNED_MODALS | {"must", "should", "cannot", "ca"}
    if L.ACTION_VERBS.get(tok.lemma_.lower(), ("",))[0] == "AID":
        modals = modals - L.PLANNED_MODALS  # "will supply Kyiv with air defence": planned aid is an event
    return any(c.dep_ == "aux" and c.lower_ in modals for c in tok.children)


def _generic_noun(tok: Token) -> bool:
    """ "any attack", "every election", "under attack", "combat areas": no particular event."""
    if any(c.dep_ == "det" and c.lower_ in L.GENERIC_DETERMINERS for c in tok.children):
        return True
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in L.LOCATION_HEADS | L.ZONE_HEADS:
        return True
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ in L.STATE_PREPS
        and not any(c.dep_ in ("det", "poss", "amod", "compound", "prep") for c in tok.children)
    )


def _aim(tok: Token) -> bool:
    """An infinitive ("to lift", "and (to) establish") that is the purpose of a clause or the
    content of an appeal, a pledge or an effort: what someone wants done, not what happened."""
    verb = tok
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if verb.dep_ == "advcl":
        return True
    head = verb.head
    return verb.dep_ in ("xcomp", "acl", "ccomp") and head.lemma_.lower() in L.AIM_GOVERNORS


def _hyphen_states(tok: Token, dis: Discourse) -> list[str]:
    """States joined by hyphens in the words before a trigger ("U.S.-Israel", "Russia-NATO")."""
    doc, out = tok.doc, []
    for t in doc[tok.left_edge.i : tok.i]:
        joined = (t.i + 1 < len(doc) and doc[t.i + 1].text == "-") or (t.i > 0 and doc[t.i - 1].text == "-")
        parts = [t.text] if joined else (t.text.split("-") if "-" in t.text.strip("-") else [])
        for part in parts:
            entry = dis.acts.gaz.lookup(part)
            if entry is not None and entry.kind in ("State", "Organization") and entry.name not in out:
                dis.acts.ensure(entry.name, entry.kind, None, t, entry=entry)
                out.append(entry.name)
    return out if len(out) >= 2 else []


def _host_states(tok: Token, dis: Discourse) -> list[str]:
    """The state where a visit, deployment or attack takes place ("in Ukraine", "on Kiev")."""
    out = []
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "to", "into", "on"):
            for pobj in child.children:
                name = dis.acts.token_actor.get(pobj.i) or dis.acts.token_place.get(pobj.i)
                entry = dis.acts.gaz.get(name) or dis.acts.gaz.lookup(name) if name else None
                if entry is not None and entry.kind == "State":
                    dis.acts.ensure(entry.name, entry.kind, None, pobj, entry=entry)
                    out.append(entry.name)
    return out


def _between(sent: Span, dis: Discourse) -> list[str]:
    """The two sides named by a "between X and Y" phrase of the sentence."""
    for tok in sent:
        if tok.lower_ == "between" and tok.dep_ == "prep":
            names = _pobj_actors(tok, dis)
            if names:
                return names
    return []


def _split_separate(ev: Ev) -> list[Ev]:
    """ "separate calls with Macron" by Putin and Zelenskiy: one event per caller."""
    tok = ev.trigger
    separate = any(c.lower_ in ("separate", "respective", "individual") for c in tok.children)
    if not (separate and ev.common and len(ev.participants) > 2):
        return [ev]
    out = []
    for other in ev.participants:
        if other == ev.common:
            continue
        out.append(
            Ev(
                kind=ev.kind,
                trigger=tok,
                participants=[other, ev.common],
                date=ev.date,
                status=ev.status,
                place=ev.place,
                quantities=dict(ev.quantities),
                common=ev.common,
                sentence=ev.sentence,
            )
        )
    return out
