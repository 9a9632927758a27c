"""What a build changed, story by story, compared with the site it replaces.

Entries accumulate in `data/changes.json`, newest first. They carry a build
number, not a clock time, so the same inputs and the same previous site always
give the same bytes.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

KEEP = 200  # entries kept in the log
SHOWN = 5  # a story shows its latest changes (page, feed entry, home summary), not its whole history
CLAIM_KEY_BYTES = 8  # a claim's key between builds: 64 bits tell 35,000 claims apart, and every claim keeps one


@dataclass(frozen=True)
class Before:
    """What the replaced site published, as far as telling changes apart needs it."""

    articles: frozenset[str]
    story_of: dict[str, str]  # article id -> story id
    stories: dict[str, tuple[Counter, dict]]  # story id -> its `marks`


def marks(story: dict[str, Any]) -> tuple[Counter, dict]:
    """A story's claims (as comparable keys) and its verdicts by facet id.

    Not by label: one story can hold two facets labelled "Duration".
    """
    claims = Counter(_claim_key(c) for f in story["facets"] for c in f["claims"])
    return claims, {f["id"]: f["verdict"] for f in story["facets"]}


def load_log(out: Path) -> list[dict]:
    """The replaced site's change log, if the output folder has one."""
    try:
        return json.loads((out / "data" / "changes.json").read_text(encoding="utf-8"))["changes"]
    except (OSError, ValueError, KeyError, TypeError):
        return []


def load_before(out: Path) -> Before | None:
    """What the replaced site published, read from its `data/coverage.json` (None for a first build)."""
    try:
        previous = json.loads((out / "data" / "coverage.json").read_text(encoding="utf-8"))
        return Before(frozenset(a["id"] for a in previous["articles"]),
                      {a: s["id"] for s in previous["stories"] for a in s["articles"]},
                      {s["id"]: marks(s) for s in previous["stories"]})
    except (OSError, ValueError, KeyError, TypeError):
        return None


def entry(before: Before | None, story: dict[str, Any], titles: dict[str, str]) -> dict[str, Any] | None:
    """What changed in one story (its coverage.json entry) since `before`: new articles, claims, verdicts."""
    if before is None:
        return None
    sid = story["id"]
    old = before.stories.get(sid)
    new_articles = [a for a in story["articles"] if a not in before.articles]
    moved_in = [a for a in story["articles"] if a in before.articles and before.story_of.get(a) != sid]
    if old is None and not new_articles and not moved_in:
        return None  # a story id that only changed its name
    old_claims, old_verdicts = old or (Counter(), {})
    now_claims, _ = marks(story)
    added = sum((now_claims - old_claims).values())
    vanished = sum((old_claims - now_claims).values())
    verdicts = []
    for f in story["facets"]:
        was = old_verdicts.get(f["id"])
        if was and was != f["verdict"]:
            verdicts.append({"facet": f["id"], "label": f["label"], "from": was, "to": f["verdict"],
                             "explanation": f["explanation"]})
    new_conflicts = [{"facet": f["id"], "label": f["label"], "explanation": f["explanation"]}
                     for f in story["facets"] if f["verdict"] == "conflict"
                     and old_verdicts.get(f["id"]) != "conflict"]
    if not (new_articles or moved_in or added or vanished or verdicts):
        return None
    return {"story": sid, "title": story["title"],
            "new_articles": [{"id": a, "title": titles[a]} for a in new_articles + moved_in],
            "claims_added": added, "claims_vanished": vanished,
            "verdicts": verdicts, "new_conflicts": new_conflicts}


def _claim_key(c: dict) -> bytes:
    """A claim as a short hash of what identifies it (kept between builds for every claim: keep it small)."""
    key = json.dumps([c["article"], c["kind"], c["text"], c["value"]], sort_keys=True, ensure_ascii=False)
    return hashlib.blake2b(key.encode(), digest_size=CLAIM_KEY_BYTES).digest()


def stamp(entry: dict, log: list[dict]) -> dict:
    """An entry of this build, numbered (one more than the log's newest) and described."""
    return dict(entry, build=(log[0]["build"] + 1) if log else 1, summary=describe(entry))


def record(log: list[dict], entries: list[dict]) -> list[dict]:
    """The new log: this build's (stamped) entries before the older ones."""
    return (entries + log)[:KEEP]


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
