"""The build cache: same bytes as a clean build, and no corruption from interruptions."""

from __future__ import annotations

import json
import pickle
import shutil

import pytest

from coverage_site.build import build
from coverage_site.cache import Cache
from coverage_site.config import load_config
from tests.conftest import copy_seeds, make_project

NEW = ("---\ntitle: Envoy regrets raid\nsource: Example Wire\npublished: 2025-09-15\n---\n"
       "Deputy Secretary of State Christopher Landau met Park Yoon-joo in Seoul on Sunday; "
       "about 500 workers had been detained.\n")


def files(folder):
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_incremental_build_is_byte_identical_to_a_clean_build(tmp_path):
    root = copy_seeds(tmp_path / "p")
    out = tmp_path / "site"
    build(load_config(root, out))
    claims = root / ".cache" / "coverage-site" / "claims"
    extracted = len([p for p in claims.rglob("*") if p.is_file()])
    (root / "content" / "articles").mkdir(parents=True)
    (root / "content" / "articles" / "envoy.md").write_text(NEW)
    twin = tmp_path / "twin"
    shutil.copytree(out, twin)  # the same previous site for both builds
    incremental = build(load_config(root, out))
    assert len([p for p in claims.rglob("*") if p.is_file()]) == extracted + 1  # the five seeds came from the cache
    assert incremental.kept > 0
    build(load_config(root, twin, clean=True))
    assert files(out) == files(twin)


def test_a_second_build_renders_nothing(tmp_path):
    """As Lektor's tests: with nothing changed, no story is made, no page rendered, no file written; every
    file of the site is the previous one's (the same inode)."""
    root = copy_seeds(tmp_path / "p")
    out = tmp_path / "site"
    first = build(load_config(root, out))
    assert first.rendered == first.pages and first.kept == 0

    def inodes():  # of what the build makes (static/ is copied and the marker files written on every build)
        return {p.relative_to(out): p.stat().st_ino for p in out.rglob("*")
                if p.is_file() and not p.name.startswith(".") and p.relative_to(out).parts[0] != "static"}

    before = inodes()
    second = build(load_config(root, out))
    assert (second.made, second.rendered, second.written) == (0, 0, 0)
    assert second.kept == first.written == len(before)
    assert second.cache_misses == 0
    assert inodes() == before
    # Nor after a build that recorded changes (its stories' pages show them: read back, they key the same).
    seed = root / "seeds" / "002_7184003ba85ee682.txt"
    seed.write_text(seed.read_text().replace("Some 300", "Some 900"))
    assert build(load_config(root, out)).made == 1
    third = build(load_config(root, out))
    assert (third.made, third.rendered, third.written) == (0, 0, 0)


def _ecb_article(d: dict, sentences: list[str] | None = None) -> str:
    title = d["sentences"][0][:80].replace('"', "'")
    return f'---\ntitle: "{title}"\nsource: "{d["doc_id"].split("_")[0]} Wire"\n---\n' + "\n\n".join(sentences or d["sentences"]) + "\n"


def test_every_kind_of_edit_rebuilds_to_the_bytes_of_a_clean_build(tmp_path, ecb_docs):
    """Add an article that joins a story, edit, delete, pin, retitle the site, change a template:
    after each, the incremental build equals a clean build from the same previous site."""
    docs = [d for d in ecb_docs if d["topic"] in ("1", "3")]
    later = [d for d in docs if d["doc_id"].endswith("8ecbplus")]
    root = make_project(tmp_path, {f"{d['doc_id']}.md": _ecb_article(d) for d in docs if d not in later})
    articles = root / "content" / "articles"
    out = tmp_path / "site"
    build(load_config(root, out))
    victim = sorted(articles.iterdir())[3]
    steps = [
        lambda: (articles / f"{later[0]['doc_id']}.md").write_text(_ecb_article(later[0])),
        lambda: victim.write_text(victim.read_text().replace("\n\n", "\n\nAbout 40 people were there on Monday.\n\n", 1)),
        lambda: sorted(articles.iterdir())[5].unlink(),
        lambda: (root / "content" / "stories.yaml").write_text(f"pinned-one:\n  title: A pinned story\n  articles: [{victim.name}]\n"),
        lambda: (root / "coverage-site.yaml").write_text("title: Another title\n"),
        lambda: (root / "templates").mkdir() or (root / "templates" / "404.html").write_text(
            '{% extends "base.html" %}{% block main %}<h1>Lost</h1>{% endblock %}\n'),
        lambda: None,  # nothing changed
    ]
    for n, step in enumerate(steps):
        step()
        twin = tmp_path / f"twin{n}"
        shutil.copytree(out, twin)
        build(load_config(root, out))
        build(load_config(root, twin, clean=True))
        assert files(out) == files(twin), f"step {n}"
    log = json.loads((out / "data" / "changes.json").read_text())["changes"]
    assert any(e["new_articles"] and e["new_articles"][0]["id"] == later[0]["doc_id"].replace("_", "-") for e in log)


def test_a_rebuild_writes_only_the_stories_that_changed(tmp_path, ecb_docs):
    """Pages of untouched stories are the previous site's files (same inode), the changed story's are new."""
    docs = [d for d in ecb_docs if d["topic"] in ("1", "3")]
    root = make_project(tmp_path, {f"{d['doc_id']}.md": _ecb_article(d) for d in docs[1:]})
    out = tmp_path / "site"
    build(load_config(root, out))

    def stories():
        data = json.loads((out / "data" / "coverage.json").read_text())
        return {a: (s["id"], tuple(s["articles"])) for s in data["stories"] for a in s["articles"]}

    before = stories()
    inodes = {p.stem: p.stat().st_ino for p in (out / "articles").iterdir()}
    (root / "content" / "articles" / f"{docs[0]['doc_id']}.md").write_text(_ecb_article(docs[0]))
    build(load_config(root, out))
    after = stories()
    assert 0 < sum(before[a] != after[a] for a in before) < len(before) / 2
    for a, inode in inodes.items():
        kept = (out / "articles" / f"{a}.html").stat().st_ino == inode
        assert kept == (before[a] == after[a]), a


def test_a_missing_file_in_the_site_makes_a_full_build(tmp_path):
    root = copy_seeds(tmp_path / "p")
    out = tmp_path / "site"
    build(load_config(root, out))
    expected = files(out)
    victim = next((out / "articles").iterdir())
    victim.unlink()
    (root / "seeds" / "000_dbaec266d34cca3e.txt").touch()
    build(load_config(root, out))
    assert files(out) == expected


def test_a_lost_cache_entry_costs_a_reread_not_a_restart(tmp_path):
    """The articles of a story made again are completed from the cache; when it lost them, the files are read
    again in place (no exception from deep inside restarts the build) and the site is the same."""
    root = copy_seeds(tmp_path / "p")
    out = tmp_path / "site"
    build(load_config(root, out))
    shutil.rmtree(root / ".cache" / "coverage-site" / "read")
    seed = root / "seeds" / "002_7184003ba85ee682.txt"
    seed.write_text(seed.read_text().replace("Some 300", "Some 900"))  # its story is made again: four articles
    twin = tmp_path / "twin"
    shutil.copytree(out, twin)
    result = build(load_config(root, out))
    build(load_config(root, twin, clean=True))
    assert result.made == 1 and files(out) == files(twin)


def test_editing_a_file_invalidates_only_its_entry(tmp_path):
    root = copy_seeds(tmp_path / "p")
    build(load_config(root, tmp_path / "site"))
    seed = root / "seeds" / "002_7184003ba85ee682.txt"
    seed.write_text(seed.read_text().replace("Some 300", "Some 900"))
    build(load_config(root, tmp_path / "site"))
    data = json.loads((tmp_path / "site" / "data" / "coverage.json").read_text())
    texts = {c["text"] for s in data["stories"] for f in s["facets"] for c in f["claims"]}
    assert "Some 900" in texts and "Some 300" not in texts


def test_corrupt_cache_entries_are_rebuilt(tmp_path):
    root = copy_seeds(tmp_path / "p")
    out = tmp_path / "site"
    build(load_config(root, out))
    expected = files(out)
    for entry in (root / ".cache").rglob("*"):
        if entry.is_file():
            entry.write_bytes(entry.read_bytes()[: len(entry.read_bytes()) // 2])  # as if cut off mid-write
    build(load_config(root, out))
    assert files(out) == expected


def test_an_interrupted_write_leaves_no_entry(tmp_path, monkeypatch):
    cache = Cache(tmp_path / "cache")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(pickle, "dump", interrupted)
    with pytest.raises(KeyboardInterrupt):
        cache.put("claims", "ab" * 32, ["value"])
    assert [p for p in (tmp_path / "cache").rglob("*") if p.is_file()] == []
    monkeypatch.undo()
    cache.put("claims", "ab" * 32, ["value"])
    assert cache.get("claims", "ab" * 32) == ["value"]


def test_jobs_2_and_jobs_1_give_identical_output(tmp_path, ecb_docs, monkeypatch):
    from coverage_site import parallel

    monkeypatch.setattr(parallel, "PARALLEL_FROM", 2)  # reading, extraction and stories all in two processes

    articles = {f"{d['doc_id']}.md": f"---\ntitle: \"{d['sentences'][0][:80].replace(chr(34), chr(39))}\"\n---\n"
                + "\n\n".join(d["sentences"]) + "\n" for d in ecb_docs[:40]}
    root = make_project(tmp_path, articles)
    one = tmp_path / "one"
    two = tmp_path / "two"
    build(load_config(root, one, clean=True, jobs=1))
    build(load_config(root, two, clean=True, jobs=2))
    assert files(one) == files(two)
