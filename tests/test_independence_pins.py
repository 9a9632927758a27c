"""Independent origins from shared passages; stories pinned or split by the author."""

from __future__ import annotations

import json

from coverage_site.align.independence import compare
from coverage_site.build import build
from coverage_site.config import load_config
from coverage_site.read import parse_article
from tests.conftest import copy_seeds

WIRE = ("The storm made landfall near the coastal town early on Tuesday morning, bringing winds of more than "
        "150 kilometres an hour. Officials said thousands of homes lost power across the region. "
        "Rescue teams were sent to the worst-hit villages along the river before dawn, the agency said.")


def art(name, body):
    return parse_article(f"---\ntitle: {name}\nsource: {name}\n---\n{body}\n", f"content/articles/{name}.md")[0]


def test_wire_copy_is_one_origin_and_a_rewrite_is_another():
    a = art("wire", WIRE)
    b = art("paper", "Local report. " + WIRE.replace("Officials said", "Officials added that") + " More later.")
    c = art("rewrite", "A powerful storm hit the coast on Tuesday with very strong winds; power was cut to many homes "
                       "and rescuers headed for flooded villages.")
    pairs, origins = compare([a, b, c])
    ab = next(p for p in pairs if {p.a, p.b} == {"wire", "paper"})
    assert ab.dependent and ab.passages == 2 and ab.example in WIRE and len(ab.example.split()) >= 8
    assert not any({p.a, p.b} & {"rewrite"} for p in pairs)
    assert sorted(map(sorted, origins)) == [["paper", "wire"], ["rewrite"]]


def test_seeds_report_independence_in_the_export(seed_build):
    _, data = seed_build
    story = next(s for s in data["stories"] if len(s["articles"]) == 4)
    ind = story["independence"]
    assert 1 <= ind["independent"] <= 4
    assert sum(len(o) for o in ind["origins"]) == 4


def test_author_can_split_and_title_stories(tmp_path):
    root = copy_seeds(tmp_path / "p")
    (root / "content").mkdir()
    (root / "content" / "stories.yaml").write_text(
        "landau-visit:\n  title: Landau in Seoul\n  articles: [000_dbaec266d34cca3e.txt, 001_7e02bc3b8c277f51.txt]\n"
        "return-home:\n  articles: [002-7184003ba85ee682, 003_f1b8e4ce33d9b67c.txt]\n", encoding="utf-8")
    out = tmp_path / "site"
    build(load_config(root, out))
    data = json.loads((out / "data" / "coverage.json").read_text(encoding="utf-8"))
    by_id = {s["id"]: s for s in data["stories"]}
    assert [a[:3] for a in by_id["landau-visit"]["articles"]] == ["000", "001"]
    assert by_id["landau-visit"]["title"] == "Landau in Seoul"
    assert sorted(a[:3] for a in by_id["return-home"]["articles"]) == ["002", "003"]
    assert len(data["stories"]) == 3  # 004 still stands alone


def test_bad_story_file_names_its_line(tmp_path):
    from coverage_site.errors import ContentError
    import pytest

    root = copy_seeds(tmp_path / "p")
    (root / "content").mkdir()
    (root / "content" / "stories.yaml").write_text("ok-story:\n  articles: []\nBad Id:\n  articles: []\n")
    with pytest.raises(ContentError) as exc:
        build(load_config(root, tmp_path / "site"))
    assert str(exc.value.problems[0]).startswith("content/stories.yaml:4:")
