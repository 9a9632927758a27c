"""The command line: build and extract, as a user types them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, copy_seeds

EXE = str(Path(sys.executable).with_name("coverage-site"))


def run(*args, cwd=ROOT, stdin=None):
    return subprocess.run([EXE, *args], cwd=cwd, capture_output=True, text=True, input=stdin)


def test_extract_json_on_a_seed():
    r = run("extract", "seeds/003_f1b8e4ce33d9b67c.txt", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    text = data["article"]["text"]
    assert data["article"]["dateline"]["place"] == "Seoul"
    for c in data["claims"]:
        assert text[c["start"]:c["end"]] == c["text"] and c["sentence"] in text
    assert any(c["kind"] == "count" and c["value"]["interval"] == "[316,316]" for c in data["claims"])


def test_extract_from_stdin_with_a_publication_date():
    r = run("extract", "-", "--published", "2025-09-14", "--json", stdin="Some 300 workers returned home last Friday.\n")
    claims = json.loads(r.stdout)["claims"]
    date = next(c for c in claims if c["kind"] == "date")
    assert date["value"]["start"] == "2025-09-12" and date["value"]["anchor"]["kind"] == "published"
    count = next(c for c in claims if c["kind"] == "count")
    assert count["value"]["interval"] == "[270,330]" and count["about"] == "workers"


def test_extract_plain_table():
    r = run("extract", "seeds/002_7184003ba85ee682.txt")
    assert r.returncode == 0
    assert "'Some 300'" in r.stdout and "[270,330]" in r.stdout


def test_python_dash_m_works():
    r = subprocess.run([sys.executable, "-m", "coverage_site", "--version"], capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout.startswith("coverage-site ")


def test_build_reports_errors_with_path_line_and_fails(tmp_path):
    root = copy_seeds(tmp_path / "p")
    (root / "content" / "articles").mkdir(parents=True)
    (root / "content" / "articles" / "x.md").write_text("---\npublished: 2024-13-45\n---\nText.\n")
    (root / "content" / "articles" / "y.md").write_text("---\nurl: javascript:alert(1)\n---\nText.\n")
    r = run("build", "--root", str(root), "--out", str(tmp_path / "site"))
    assert r.returncode == 1
    assert "content/articles/x.md:2:" in r.stderr and "content/articles/y.md:2:" in r.stderr
    assert "previous site" in r.stderr
    assert not (tmp_path / "site").exists()


def test_strict_turns_warnings_into_errors(tmp_path):
    root = copy_seeds(tmp_path / "p")
    (root / "content" / "articles").mkdir(parents=True)
    (root / "content" / "articles" / "x.md").write_text("---\ntitle: T\ncolour: red\n---\nText.\n")
    assert run("build", "--root", str(root), "--out", str(tmp_path / "a")).returncode == 0
    r = run("build", "--root", str(root), "--out", str(tmp_path / "b"), "--strict")
    assert r.returncode == 1 and "colour" in r.stderr
