"""Each build records what it changed, story by story; readers see it on the page and in the feeds."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from coverage_site.build import build
from coverage_site.config import load_config
from tests.conftest import copy_seeds

NEW = ("---\ntitle: Workers back home\nsource: Example Wire\npublished: 2025-09-15\n---\n"
       "Deputy Secretary of State Christopher Landau expressed regret over the immigration raid during a meeting "
       "with First Vice Foreign Minister Park Yoon-joo in Seoul on Sunday.\n\n"
       "About 500 South Korean workers were detained in the raid at a battery plant in Georgia "
       "and returned home on Friday.\n")


def test_a_new_article_that_creates_a_conflict_is_recorded_and_shown(tmp_path):
    root = copy_seeds(tmp_path / "p")
    out = tmp_path / "site"
    build(load_config(root, out))
    first = json.loads((out / "data" / "changes.json").read_text())["changes"]
    assert first == []  # nothing to compare the first build with

    (root / "content" / "articles").mkdir(parents=True)
    (root / "content" / "articles" / "back-home.md").write_text(NEW)
    build(load_config(root, out))
    log = json.loads((out / "data" / "changes.json").read_text())["changes"]
    entry = next(e for e in log if any(a["id"] == "back-home" for a in e["new_articles"]))
    assert entry["build"] == 1 and entry["claims_added"] > 0
    detained = next(v for v in entry["verdicts"] if "detained" in v["label"])
    assert (detained["from"], detained["to"]) == ("compatible", "conflict")
    assert any("detained" in c["label"] for c in entry["new_conflicts"])

    story = (out / "stories" / f"{entry['story']}.html").read_text(encoding="utf-8")
    assert "<h2 id=\"changes-title\">Changes</h2>" in story and "went from compatible to conflict" in story
    assert "Newest changes" in (out / "index.html").read_text(encoding="utf-8")
    atom = "{http://www.w3.org/2005/Atom}"
    summaries = [e.find(f"{atom}summary").text for e in ET.parse(out / "conflicts.xml").getroot().findall(f"{atom}entry")]
    assert any("New conflict" in s and "detained" in s for s in summaries)

    # A build that changes nothing adds nothing, and the log keeps its history.
    build(load_config(root, out))
    again = json.loads((out / "data" / "changes.json").read_text())["changes"]
    assert again == log


def test_removing_an_article_records_vanished_claims(tmp_path):
    root = copy_seeds(tmp_path / "p")
    out = tmp_path / "site"
    build(load_config(root, out))
    (root / "seeds" / "002_7184003ba85ee682.txt").unlink()
    build(load_config(root, out))
    log = json.loads((out / "data" / "changes.json").read_text())["changes"]
    assert any(e["claims_vanished"] > 0 for e in log)


def test_a_story_with_two_facets_of_one_label_compared_with_itself_has_no_change():
    from coverage_site.site import changes

    claim = {"article": "a", "kind": "duration", "text": "three years", "value": {"days": [1095, 1095]}}
    story = {"id": "s", "title": "S", "articles": ["a", "b"], "facets": [
        {"id": "s--duration", "label": "Duration", "kind": "duration", "verdict": "conflict", "explanation": "x",
         "claims": [claim]},
        {"id": "s--duration-2", "label": "Duration", "kind": "duration", "verdict": "single", "explanation": "y",
         "claims": [claim]},
    ]}
    before = changes.Before(frozenset({"a", "b"}), {"a": "s", "b": "s"}, {"s": changes.marks(story)})
    assert changes.entry(before, story, {"a": "A", "b": "B"}) is None
    moved = dict(story, facets=[dict(story["facets"][0], verdict="agree"), story["facets"][1]])
    assert changes.entry(before, moved, {"a": "A", "b": "B"})["verdicts"][0]["from"] == "conflict"
