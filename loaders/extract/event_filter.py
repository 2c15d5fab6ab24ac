"""A learned keep/drop filter for the event candidates the rule stages produce.

The rules find many event words the annotators do not record (rhetoric, situations, hypothetical or
repeated mentions). A small logistic regression over sparse binary features of the candidate and its
parse (``candidate_features``) scores each candidate; candidates under the model's threshold are
dropped. The training script switches the filter on (threshold > 0) only when it raises event F1
in leave-one-article-out cross-validation on the training gold. The weights are learned from the seed and tuning gold by ``benchmarks/train_event_filter.py``
and shipped as ``loaders/extract/data/event_filter.json``; without that file the stage keeps everything.
"""

from __future__ import annotations

from spacy.tokens import Token

from . import lexicon as L
from .events import Ev
from .learned import LinearModel, load, model_path
from .resolve import Discourse
from .syntax import governing_verb

MODEL = model_path("event_filter")


def load_model(path: str | None = None) -> LinearModel | None:
    """The shipped model (read once), or None when there is no model file."""
    return load(str(path or MODEL))


def keep_events(events: list[Ev], dis: Discourse, model: LinearModel | None = None) -> list[Ev]:
    """The candidates the model keeps (all of them when there is no model)."""
    model = model or load_model()
    if model is None or not model.active:
        return events  # no model, or one that cross-validation did not switch on
    return [ev for i, ev in enumerate(events) if model.keeps(candidate_features(ev, events[:i], dis))]


# --- features ----------------------------------------------------------------------------------


def candidate_features(ev: Ev, earlier: list[Ev], dis: Discourse) -> list[str]:
    """Binary feature names of one candidate; ``earlier`` are the article's candidates before it."""
    tok = ev.trigger
    feats = [
        f"kind={ev.kind}",
        f"lemma={tok.lemma_.lower()}",
        f"pos={tok.pos_}",
        f"dep={tok.dep_}",
        f"status={ev.status}",
        f"parts={min(len(ev.participants), 3)}",
        f"kind_parts={ev.kind}:{min(len(ev.participants), 2)}",
        f"sent={_sentence_bucket(ev, dis)}",
    ]
    feats += sorted({f"part={dis.acts.kind(p)}" for p in ev.participants})
    feats += _flags(ev, dis)
    feats += _clause_features(tok)
    feats += _history(ev, earlier)
    return feats


def _sentence_bucket(ev: Ev, dis: Discourse) -> str:
    n = dis.acts.sent_of_token[ev.trigger.i] if ev.trigger.i < len(dis.acts.sent_of_token) else 0
    return "0" if n == 0 else "1-2" if n <= 2 else "3-6" if n <= 6 else "7+"


def _flags(ev: Ev, dis: Discourse) -> list[str]:
    tok = ev.trigger
    flags = {
        "quote": dis.in_quote(tok),
        "date": ev.date is not None,
        "place": ev.place is not None,
        "plural": tok.tag_ in ("NNS", "NNPS"),
        "definite": any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children),
        "possessed": any(c.dep_ == "poss" for c in tok.children),
        "indefinite": any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children),
        "quantities": bool(ev.quantities),
        "coded": ev.plover is not None,
    }
    return [name for name, on in flags.items() if on]


def _clause(tok: Token) -> Token:
    """The verb whose clause the trigger is in: itself for a verb, its governing verb for a noun."""
    if tok.pos_ in ("VERB", "AUX"):
        return tok
    verb = governing_verb(tok)
    if verb is not None:
        return verb
    head = tok.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head


def _clause_features(tok: Token) -> list[str]:
    """Negation, modals, tense and embedding of the trigger's clause."""
    verb = _clause(tok)
    kids = list(verb.children) + list(tok.children)
    out = [f"clause_dep={verb.dep_}", f"clause_lemma_is_cue={verb.lemma_.lower() in L.CUE_KINDS}"]
    if any(c.dep_ == "neg" for c in kids):
        out.append("negated")
    lowers = {c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")}
    if lowers & L.HYPOTHETICAL_MODALS:
        out.append("modal=hypothetical")
    if lowers & L.PLANNED_MODALS:
        out.append("modal=planned")
    out.append(f"tense={(verb.morph.get('Tense', []) or ['none'])[0]}")
    if any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children):
        out.append("infinitive")
    if any(a.pos_ == "VERB" and a.lemma_.lower() in L.CUE_KINDS for a in verb.ancestors):
        out.append("under_cue")  # "X said the talks would ...": reported, not narrated
    if tok.dep_ in ("nsubj", "nsubjpass"):
        out.append("subject")
    return out


def _history(ev: Ev, earlier: list[Ev]) -> list[str]:
    """Whether an event of the same kind (with the same parties) came before in the article."""
    same = [e for e in earlier if e.kind == ev.kind]
    out = [f"earlier_same_kind={min(len(same), 2)}"]
    parts = set(ev.participants)
    if parts and any(parts & set(e.participants) for e in same):
        out.append("earlier_same_parties")
    if any(e.trigger.lemma_ == ev.trigger.lemma_ for e in earlier):
        out.append("earlier_same_lemma")
    if any(e.sent.start == ev.sent.start for e in earlier):
        out.append("same_sentence_as_earlier")
    return out
