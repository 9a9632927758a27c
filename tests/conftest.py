"""Shared fixtures: the project, the shared corpora, one build of the seeds per session."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
ECBPLUS = SHARED / "data" / "ecbplus" / "ecbplus.jsonl"


@pytest.fixture(scope="session")
def gold() -> dict:
    return yaml.safe_load((SHARED / "gold" / "seeds.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_articles():
    from coverage_site.read import read_articles

    articles, problems = read_articles(ROOT)
    assert not [p for p in problems if p.severity == "error"], problems
    return {a.id[:3]: a for a in articles}


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """Build the repository's own site (seeds + content) once; return (out folder, coverage.json)."""
    from coverage_site.build import build
    from coverage_site.config import load_config

    out = tmp_path_factory.mktemp("site") / "_site"
    build(load_config(ROOT, out))
    data = json.loads((out / "data" / "coverage.json").read_text(encoding="utf-8"))
    return out, data


@pytest.fixture(scope="session")
def ecb_docs() -> list[dict]:
    return [json.loads(line) for line in ECBPLUS.read_text(encoding="utf-8").splitlines()]


def make_project(tmp_path: Path, articles: dict[str, str], seeds: dict[str, str] | None = None) -> Path:
    """A throwaway project folder holding only content/articles (and maybe seeds)."""
    root = tmp_path / "project"
    (root / "content" / "articles").mkdir(parents=True)
    for name, text in articles.items():
        (root / "content" / "articles" / name).write_text(text, encoding="utf-8")
    if seeds:
        (root / "seeds").mkdir()
        for name, text in seeds.items():
            (root / "seeds" / name).write_text(text, encoding="utf-8")
    return root


def copy_seeds(dest: Path) -> Path:
    (dest / "seeds").mkdir(parents=True)
    for f in (ROOT / "seeds").iterdir():
        shutil.copy(f, dest / "seeds" / f.name)
    return dest
