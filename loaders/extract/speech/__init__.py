"""Quotes and speech acts: who said what, to or about whom, in which form.

A statement hangs on a cue verb (said, tweeted, called for, accused, warned...) whose subject
resolves to an actor; its content is the verb's complement (the reported clause, the object of
"call for", the "of" phrase of "accuse X of"). If the content overlaps a quoted passage the
statement is direct and its text is the whole quote, even when the quote runs over several
sentences before ", X said". "according to Y" makes Y the speaker of a sentence without a cue.

Modules, each importing only those before it:
- model: St, the reading state (Reading) and the content of a cue (content_tokens, span_of, clean);
- quotes: find_quotes and locating the quote a cue speaks, run-on and colon quotes;
- kinds: cue_kind, statement_kind, codes_for and the kind/code helpers (Said codes a quote once);
- speakers: the speakers of a cue, "according to" sources, statement documents' authors;
- targets: targets in the sentence, own_sides, settle_targets and conversation parties;
- detection: detect_statements (cues, clauses, stances, nominal acts, documents, nested reports).
"""

from .detection import detect_statements
from .kinds import codes_for, cue_kind, statement_kind
from .model import St
from .quotes import find_quotes
from .targets import conversation_parties, own_sides, settle_targets, speaker_conversation

__all__ = [
    "St",
    "codes_for",
    "conversation_parties",
    "cue_kind",
    "detect_statements",
    "find_quotes",
    "own_sides",
    "settle_targets",
    "speaker_conversation",
    "statement_kind",
]
