"""Document -> Extraction: the extractor.

``pipeline`` loads the spaCy pipeline with the project's components; the rule stages read its parse
(``mentions`` actors, ``resolve`` references, ``speech`` statements, ``events`` events, ``dates``,
``wire`` furniture, ``event_filter`` the learned keep/drop of event candidates), sharing parse-tree
helpers in ``syntax`` and every word list in ``lexicon``; ``extractor`` assembles their records.
A new rule goes into the stage it belongs to; a new input format goes into ``loaders.sources``.
"""

from .extractor import extract, extract_file, extract_many, extract_parsed

__all__ = ["extract", "extract_file", "extract_many", "extract_parsed"]
