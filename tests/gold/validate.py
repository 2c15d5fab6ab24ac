"""Check gold files against ANNOTATION_GUIDE.md: snippets verbatim and unique, names resolve.

Run: python tests/gold/validate.py [GOLD.json ...]  (default: every gold file under tests/gold)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ontology.schema import ACTOR_KINDS

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus"


def problems(path: Path) -> list[str]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    source = next((p for p in (CORPUS / gold["file"], REPO / gold["file"]) if p.exists()), None)
    if source is None:
        return [f"{path.name}: article {gold['file']} not found"]
    text = source.read_text(encoding="utf-8")
    names = {a["name"] for a in gold["actors"]}
    labels = {e["label"] for e in gold["events"]}
    out = [f"{path.name}: actor kind {a['kind']!r}" for a in gold["actors"] if a["kind"] not in ACTOR_KINDS]
    for part in ("statements", "events"):
        for item in gold[part]:
            count = text.count(item["snippet"])
            if count != 1:
                out.append(f"{path.name}: {part[:-1]} snippet found {count} times: {item['snippet']!r}")
    for s in gold["statements"]:
        refs = [s["speaker"], *s["targets"]]
        out += [f"{path.name}: statement names unknown actor {n!r}" for n in refs if n not in names]
        if s.get("event") and s["event"] not in labels:
            out.append(f"{path.name}: statement names unknown event {s['event']!r}")
    for e in gold["events"]:
        out += [f"{path.name}: event names unknown actor {n!r}" for n in e["participants"] if n not in names]
    return out


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or sorted((REPO / "tests" / "gold").rglob("*.json"))
    found = [line for p in paths for line in problems(p)]
    print("\n".join(found) or f"{len(paths)} gold files: no problems")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
