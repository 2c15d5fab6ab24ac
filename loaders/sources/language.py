"""Which language an article is in (py3langid, a small n-gram classifier shipped with its model).

The extractor's rules are English; an article confidently identified as another language is
skipped rather than mined for junk actors. Short or ambiguous texts count as English: a two-line
test article or a list of names is no evidence of another language.
"""

from __future__ import annotations

from functools import lru_cache

EXTRACTOR_LANGUAGE = "en"
# Below this many characters the classifier guesses; below this confidence it is unsure.
MIN_CHARS = 120
MIN_CONFIDENCE = 0.9
# The start of an article is enough to tell its language and keeps the check cheap.
SAMPLE_CHARS = 2000


@lru_cache(maxsize=1)
def _identifier():
    """The classifier, loaded once (about a second) like the spaCy pipeline."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """ISO 639-1 code and confidence of ``text``'s language."""
    lang, prob = _identifier().classify(text[:SAMPLE_CHARS])
    return str(lang), float(prob)


def foreign_language(text: str, expected: str = EXTRACTOR_LANGUAGE) -> str | None:
    """The language of ``text`` when it is confidently not ``expected``, else None.

    >>> foreign_language("Le gouvernement français a appelé dimanche à un cessez-le-feu immédiat "
    ...                  "et à la reprise des négociations entre les deux pays, selon un communiqué.")
    'fr'
    >>> foreign_language("Officials met in Geneva.") is None
    True
    """
    if len(text) < MIN_CHARS:
        return None
    lang, prob = detect_language(text)
    return lang if lang != expected and prob >= MIN_CONFIDENCE else None
