"""What a build changed, story by story, compared with the site it replaces.

Entries accumulate in `data/changes.json`, newest first. They carry a build
number, not a clock time, so the same inputs and the same previous site always
give the same bytes.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

KEEP = 200  # entries kept in the log


def load(out: Path) -> tuple[dict | None, list[dict]]:
    """The previous build's coverage data and change log, if the output folder has them."""
    try:
        previous = json.loads((out / "data" / "coverage.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        previous = None
    try:
        log = json.loads((out / "data" / "changes.json").read_text(encoding="utf-8"))["changes"]
    except (OSError, ValueError, KeyError, TypeError):
        log = []
    return previous, log


def diff(previous: dict | None, current: dict) -> list[dict[str, Any]]:
    """One entry per story that changed: new articles, new and vanished claims, changed verdicts."""
    if previous is None:
        return []
    old_articles = {a["id"] for a in previous.get("articles", [])}
    old_stories = {s["id"]: s for s in previous.get("stories", [])}
    old_story_of = {a: s["id"] for s in previous.get("stories", []) for a in s["articles"]}
    titles = {a["id"]: a["title"] for a in current["articles"]}
    out = []
    for s in current["stories"]:
        before = old_stories.get(s["id"])
        new_articles = [a for a in s["articles"] if a not in old_articles]
        moved_in = [a for a in s["articles"] if a in old_articles and old_story_of.get(a) != s["id"]]
        old_claims = Counter(_claim_key(c) for f in (before or {}).get("facets", []) for c in f["claims"])
        now_claims = Counter(_claim_key(c) for f in s["facets"] for c in f["claims"])
        added = sum((now_claims - old_claims).values())
        vanished = sum((old_claims - now_claims).values())
        old_verdicts = {(f["label"], f["kind"]): f["verdict"] for f in (before or {}).get("facets", [])}
        verdicts = []
        for f in s["facets"]:
            was = old_verdicts.get((f["label"], f["kind"]))
            if was and was != f["verdict"]:
                verdicts.append({"facet": f["id"], "label": f["label"], "from": was, "to": f["verdict"],
                                 "explanation": f["explanation"]})
        new_conflicts = [{"facet": f["id"], "label": f["label"], "explanation": f["explanation"]}
                         for f in s["facets"] if f["verdict"] == "conflict"
                         and old_verdicts.get((f["label"], f["kind"])) != "conflict"]
        if before is None and not new_articles and not moved_in:
            continue  # a story id that only changed its name
        if new_articles or moved_in or added or vanished or verdicts:
            out.append({"story": s["id"], "title": s["title"],
                        "new_articles": [{"id": a, "title": titles[a]} for a in new_articles + moved_in],
                        "claims_added": added, "claims_vanished": vanished,
                        "verdicts": verdicts, "new_conflicts": new_conflicts})
    return out


def _claim_key(c: dict) -> tuple:
    return (c["article"], c["kind"], c["text"], json.dumps(c["value"], sort_keys=True))


def record(log: list[dict], entries: list[dict]) -> list[dict]:
    """The new log: this build's entries, numbered, before the older ones."""
    build = (log[0]["build"] + 1) if log else 1
    return ([dict(e, build=build) for e in entries] + log)[:KEEP]


def describe(entry: dict) -> str:
    """One sentence for a reader: "1 new article; 12 new claims; Day of the return went from agree to conflict"."""
    parts = []
    if entry["new_articles"]:
        n = len(entry["new_articles"])
        parts.append(f"{n} new {'article' if n == 1 else 'articles'}")
    if entry["claims_added"]:
        parts.append(f"{entry['claims_added']} new {'claim' if entry['claims_added'] == 1 else 'claims'}")
    if entry["claims_vanished"]:
        parts.append(f"{entry['claims_vanished']} claims gone")
    for v in entry["verdicts"]:
        parts.append(f"{v['label']} went from {v['from']} to {v['to']}")
    return "; ".join(parts) or "no visible change"
