"""Convert PETRARCH-2's CAMEO verb dictionary into ``ontology/data/cameo_verbs.json``.

Run from the project's root (the dictionary is MIT-licensed; its notice is copied beside the data)::

    python -m ontology.build.cameo_verbs [--source ../shared/lexicons/petrarch2/CAMEO.2.0.txt]

What is kept, in lowercase:

* ``blocks``: one per verb block of synonyms, ``{"code", "verbs", "patterns"}``: the block's CAMEO code
  (None for PETRARCH's [---]), its verbs each with a code of its own or None (multi-word verbs such as
  "ask for" included), and its patterns that constrain only what follows the verb, as
  ``[words..., code]`` ("- * (OF {DISASTROUS CONSEQUENCES}) [012]" -> ["of", "disastrous",
  "consequences", "012"]); subject-side patterns are dropped;
* ``sets``: the synonym sets the patterns name (``&food`` -> [words]).

PETRARCH's syntax marks ($, +, ^, %, parentheses, braces) is reduced to the words it constrains.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SOURCE = ROOT.parent / "shared" / "lexicons" / "petrarch2" / "CAMEO.2.0.txt"
OUT_DIR = ROOT / "ontology" / "data"
OUT = OUT_DIR / "cameo_verbs.json"
NOTICE = OUT_DIR / "CAMEO_VERBS_LICENSE.txt"

_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_CODE = re.compile(r"\[([0-9]{2,4}|---)(?::[0-9]{2,4})?\]")
_MARKS = re.compile(r"[$+^%|=]")


def _code(text: str) -> str | None:
    m = _CODE.search(text)
    return m.group(1) if m and m.group(1) != "---" else None


def _word(raw: str) -> str:
    """A dictionary word as text: "CALL_FOR" -> "call for", "CASH_" -> "cash"."""
    return raw.strip("+").replace("_", " ").strip().lower()


def parse_sets(lines: list[str]) -> dict[str, list[str]]:
    """``&NAME`` blocks (before the verb patterns) -> their member words."""
    sets: dict[str, list[str]] = {}
    current: str | None = None
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line.startswith("&"):
            current = line.lower().rstrip("_")
            sets[current] = []
        elif current and line.startswith("+"):
            word = _word(line.split()[0])
            if word:
                sets[current].append(word)
        elif not line:
            current = None
    return {k: sorted(set(v)) for k, v in sets.items() if v}


def _pattern_words(body: str) -> list[str] | None:
    """Words after the verb (``*``) of a pattern, or None if it constrains the subject side."""
    if "*" not in body:
        return None
    before, after = body.split("*", 1)
    if _MARKS.sub("", before).strip():
        return None
    after = after.replace("{", " ").replace("}", " ").replace("(", " ").replace(")", " ")
    after = _MARKS.sub(" ", after)
    words = [w.lower().rstrip("_") if w.startswith("&") else _word(w) for w in after.split()]
    return [w for w in words if w] or None


def parse_blocks(lines: list[str]) -> list[dict[str, Any]]:
    """Verb blocks: ``{"code": block code or None, "verbs": {verb: own code or None},
    "patterns": [[object-side words..., code], ...]}``; multi-word verbs ("ask for") are verbs too."""
    blocks: list[dict[str, Any]] = []
    verbs: dict[str, str | None] = {}
    patterns: list[list[str]] = []
    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        m = _BLOCK.match(line)
        if m:
            verbs, patterns = {}, []
            code = m.group(2) if m.group(2) != "---" else None
            blocks.append({"code": code, "verbs": verbs, "patterns": patterns})
            continue
        if not line.strip() or not blocks:
            continue
        if line.startswith("-"):
            code = _code(line)
            words = _pattern_words(_CODE.sub("", line[1:]))
            if code and words and words not in [p[:-1] for p in patterns]:
                patterns.append([*words, code])
            continue
        head = re.sub(r"\{[^}]*\}", "", line)
        word = _word(head.split()[0]) if head.split() else ""
        if word and not word.startswith("&"):
            verbs.setdefault(word, _code(head))
    return [b for b in blocks if b["verbs"] and (b["code"] or b["patterns"] or any(b["verbs"].values()))]


def convert(source: Path) -> dict[str, Any]:
    text = source.read_text(encoding="utf-8", errors="replace").splitlines()
    start = next(i for i, line in enumerate(text) if "VERB PATTERNS" in line)
    return {
        "source": f"{source.name} (PETRARCH-2 CAMEO verb dictionary, MIT; see {NOTICE.name})",
        "blocks": parse_blocks(text[start + 1 :]),
        "sets": parse_sets(text[:start]),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="CAMEO.2.0.txt")
    args = ap.parse_args(argv)
    if not args.source.is_file():
        print(f"cameo_verbs: {args.source}: no such file", file=sys.stderr)
        return 1
    data = convert(args.source)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, separators=(",", ":"), sort_keys=False) + "\n", encoding="utf-8")
    licence = args.source.parent / "LICENSE"
    if licence.is_file():
        shutil.copyfile(licence, NOTICE)
    counts = {k: len(v) for k, v in data.items() if not isinstance(v, str)}
    print(f"cameo_verbs: wrote {OUT.relative_to(ROOT)} {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
