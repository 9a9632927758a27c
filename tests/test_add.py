"""coverage-site add: text, Markdown and saved HTML round-trip into content/articles/."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from coverage_site.read import read_articles
from tests.conftest import copy_seeds

EXE = str(Path(sys.executable).with_name("coverage-site"))

HTML = """<!doctype html><html><head><title>US envoy in Seoul | Example Wire</title>
<meta property="og:site_name" content="Example Wire"><link rel="canonical" href="https://wire.example/envoy"></head>
<body><nav>Home | World | Sport</nav><article><h1>US envoy in Seoul</h1>
<p>Deputy Secretary of State Christopher Landau met First Vice Foreign Minister Park Yoon-joo in Seoul on Sunday.</p>
<p>About 500 South Korean workers were detained in the raid in Georgia, and they were released on Friday.</p></article>
<footer>Follow us on Telegram</footer><script>alert(1)</script></body></html>"""


def add(root: Path, *args: str, stdin: str | None = None):
    return subprocess.run([EXE, "add", *args, "--root", str(root)], capture_output=True, text=True, input=stdin)


@pytest.fixture
def project(tmp_path):
    return copy_seeds(tmp_path / "p")


def test_html_round_trip_and_preview(project, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(HTML)
    r = add(project, str(page), "--published", "2025-09-15")
    assert r.returncode == 0, r.stderr
    # 500 detained and released is at odds with both the detained and the returned figures of the seeds.
    assert "joins story" in r.stdout and "(4 → 5 sources;" in r.stdout and "2 new conflicts" in r.stdout
    articles, problems = read_articles(project)
    new = next(a for a in articles if a.path == "content/articles/us-envoy-in-seoul.md")
    assert (new.title, new.source, new.url) == ("US envoy in Seoul", "Example Wire", "https://wire.example/envoy")
    assert str(new.published) == "2025-09-15"
    assert "alert" not in new.text and "Telegram" not in new.text and "Home | World" not in new.text
    assert new.text.startswith("Deputy Secretary of State Christopher Landau met")


def test_plain_text_and_markdown_round_trip(project, tmp_path):
    txt = tmp_path / "note.txt"
    txt.write_text("Flood Leaves Town Under Water\nPublished: 2024-04-02 | Category: weather\n"
                   "More than 200 homes were flooded on Monday in Ohio, officials said.\n")
    r = add(project, str(txt), "--source", "Daily One")
    assert r.returncode == 0, r.stderr
    assert "starts a new story" in r.stdout
    md = "---\ntitle: Town flooded again\nsource: Two Times\n---\nAbout 250 homes were flooded on Monday in Ohio.\n"
    r = add(project, "-", stdin=md)
    assert r.returncode == 0, r.stderr
    articles, _ = read_articles(project)
    by_path = {a.path: a for a in articles}
    one = by_path["content/articles/flood-leaves-town-under-water.md"]
    assert (one.source, str(one.published), one.category) == ("Daily One", "2024-04-02", "weather")
    two = by_path["content/articles/town-flooded-again.md"]
    assert (two.source, two.text) == ("Two Times", "About 250 homes were flooded on Monday in Ohio.")


def test_refuses_to_overwrite_and_to_add_twice(project, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(HTML)
    assert add(project, str(page)).returncode == 0
    again = add(project, str(page))
    assert again.returncode == 1 and "refusing to overwrite" in again.stderr
    renamed = add(project, str(page), "--title", "Another name")
    assert renamed.returncode == 1 and "same URL is already in content/articles/us-envoy-in-seoul.md" in renamed.stderr
    seed = (project / "seeds" / "003_f1b8e4ce33d9b67c.txt").read_text()
    copy = add(project, "-", "--title", "Copied wire story", stdin=seed.replace("Yonhap", "Yonhap news agency"))
    assert copy.returncode == 1 and "near-identical text" in copy.stderr and "seeds/003_f1b8e4ce33d9b67c.txt" in copy.stderr


def test_bad_url_and_empty_input_are_refused(project):
    r = add(project, "-", "--url", "javascript:alert(1)", stdin="Some text here.\n")
    assert r.returncode == 1 and "--url" in r.stderr
    r = add(project, "-", stdin="<html><body><script>x()</script></body></html>")
    assert r.returncode == 1 and "no article text" in r.stderr


def test_preview_counts_match_the_build_that_follows(project, tmp_path):
    import re

    from coverage_site.build import build
    from coverage_site.config import load_config

    page = tmp_path / "page.html"
    page.write_text(HTML)
    r = add(project, str(page), "--published", "2025-09-15")
    assert r.returncode == 0, r.stderr
    m = re.search(r"→ (\d+) sources; \d+ → (\d+) conflicts?\)", r.stdout)
    assert m, r.stdout
    sources, conflicts = int(m.group(1)), int(m.group(2))
    site = re.search(r"Site: (\d+) articles? in (\d+) stor", r.stdout)
    out = tmp_path / "site"
    result = build(load_config(project, out))
    assert (result.articles, result.stories) == (int(site.group(1)), int(site.group(2)))
    story = next(p for p in (out / "stories").iterdir() if "us-envoy-in-seoul" in p.read_text(encoding="utf-8"))
    summary = re.search(r'<p class="summary">(.*?)</p>', story.read_text(encoding="utf-8"), re.S).group(1)
    assert f"{sources} sources" in summary
    shown = re.search(r"(\d+) conflicts?\b", summary)
    assert (int(shown.group(1)) if shown else 0) == conflicts, (summary, r.stdout)


WIRE = """South Korea says 316 workers are home after Georgia raid
SEOUL, Sept 13 (Example Wire) - South Korea said on Saturday that 316 of its workers detained in an immigration raid in Georgia had returned home on Friday.

The workers were held for about a week, the foreign ministry said.
"""


def test_plain_text_headline_and_wire_dateline(project, tmp_path):
    txt = tmp_path / "wire.txt"
    txt.write_text(WIRE)
    r = add(project, str(txt))
    assert r.returncode == 0, r.stderr
    articles, _ = read_articles(project)
    new = next(a for a in articles if a.path.startswith("content/articles/south-korea-says-316"))
    assert new.title == "South Korea says 316 workers are home after Georgia raid"
    assert new.source == "Example Wire"
    assert new.dateline and new.dateline.place == "Seoul" and (new.dateline.month, new.dateline.day) == (9, 13)
    assert not new.text.startswith("South Korea says 316")  # the headline is not read as body text


def test_make_add_runs_the_command(project, tmp_path):
    from tests.conftest import ROOT

    txt = tmp_path / "wire.txt"
    txt.write_text(WIRE)
    r = subprocess.run(["make", "-s", "-o", ".venv/.installed", "add", f"FILE={txt}", f"ARGS=--root {project}"],
                       cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "Added content/articles/south-korea-says-316" in r.stdout and "Next build:" in r.stdout
    usage = subprocess.run(["make", "-s", "-o", ".venv/.installed", "add"], cwd=ROOT, capture_output=True, text=True)
    assert usage.returncode != 0 and "usage: make add FILE=" in usage.stderr
