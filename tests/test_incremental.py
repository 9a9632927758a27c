"""The build cache: same bytes as a clean build, and no corruption from interruptions."""

from __future__ import annotations

import pickle
import shutil

import pytest

from coverage_site.build import build
from coverage_site.cache import Cache
from coverage_site.config import load_config
from tests.conftest import copy_seeds

NEW = ("---\ntitle: Envoy regrets raid\nsource: Example Wire\npublished: 2025-09-15\n---\n"
       "Deputy Secretary of State Christopher Landau met Park Yoon-joo in Seoul on Sunday; "
       "about 500 workers had been detained.\n")


def files(folder):
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_incremental_build_is_byte_identical_to_a_clean_build(tmp_path):
    root = copy_seeds(tmp_path / "p")
    out = tmp_path / "site"
    first = build(load_config(root, out))
    (root / "content" / "articles").mkdir(parents=True)
    (root / "content" / "articles" / "envoy.md").write_text(NEW)
    twin = tmp_path / "twin"
    shutil.copytree(out, twin)  # the same previous site for both builds
    incremental = build(load_config(root, out))
    clean = build(load_config(root, twin, clean=True))
    assert files(out) == files(twin)
    assert incremental.seconds < first.seconds  # the five seeds came from the cache
    assert (root / ".cache" / "coverage-site" / "claims").is_dir()


def test_editing_a_file_invalidates_only_its_entry(tmp_path):
    root = copy_seeds(tmp_path / "p")
    build(load_config(root, tmp_path / "site"))
    seed = root / "seeds" / "002_7184003ba85ee682.txt"
    seed.write_text(seed.read_text().replace("Some 300", "Some 900"))
    build(load_config(root, tmp_path / "site"))
    import json
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


def test_jobs_2_and_jobs_1_give_identical_output(tmp_path, ecb_docs):
    from tests.conftest import make_project

    articles = {f"{d['doc_id']}.md": f"---\ntitle: \"{d['sentences'][0][:80].replace(chr(34), chr(39))}\"\n---\n"
                + "\n\n".join(d["sentences"]) + "\n" for d in ecb_docs[:40]}
    root = make_project(tmp_path, articles)
    one = tmp_path / "one"
    two = tmp_path / "two"
    build(load_config(root, one, clean=True, jobs=1))
    build(load_config(root, two, clean=True, jobs=2))
    assert files(one) == files(two)
