"""The built site: pages, the data contract, relative links, escaping, atomic writes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from coverage_site.build import build
from coverage_site.config import load_config
from coverage_site.errors import ContentError
from tests.conftest import ROOT, copy_seeds, make_project


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.scripts: list[dict] = []
        self.attrs: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for k, v in attrs:
            self.attrs.append((tag, k, v or ""))
        if "id" in a:
            self.ids.add(a["id"])
        for key in ("href", "src"):
            if a.get(key):
                self.links.append(a[key])
        if tag == "script":
            self.scripts.append(a)


def parse(path: Path) -> Links:
    p = Links()
    p.feed(path.read_text(encoding="utf-8"))
    return p


def test_pages_exist_for_every_story_and_article(seed_build):
    out, data = seed_build
    assert (out / "index.html").is_file() and (out / "about.html").is_file()
    for s in data["stories"]:
        assert (out / "stories" / f"{s['id']}.html").is_file()
    for a in data["articles"]:
        assert (out / "articles" / f"{a['id']}.html").is_file()
    assert len(data["stories"]) == 2 and len(data["articles"]) == 5


def test_coverage_json_contract(seed_build):
    _, data = seed_build
    assert data["version"] == 1
    arts = {a["id"]: a for a in data["articles"]}
    for a in arts.values():
        assert set(a) >= {"id", "path", "title", "source", "published", "url", "dateline", "story", "text"}
        assert a["story"] in {s["id"] for s in data["stories"]}
    for s in data["stories"]:
        assert set(s) >= {"id", "title", "articles", "facets"}
        for f in s["facets"]:
            assert set(f) >= {"id", "label", "kind", "verdict", "explanation", "claims"}
            assert f["verdict"] in ("agree", "compatible", "framing", "conflict", "single")
            assert f["explanation"]
            for c in f["claims"]:
                assert set(c) >= {"id", "article", "kind", "text", "sentence", "start", "end", "value"}
                text = arts[c["article"]]["text"]
                assert text[c["start"]:c["end"]] == c["text"]
                assert c["sentence"] in text
                if c["kind"] == "count":
                    assert set(c["value"]) >= {"low", "high", "interval"}
                if c["kind"] == "date":
                    assert set(c["value"]) >= {"start", "end", "anchor"}
                if c["kind"] == "person":
                    assert set(c["value"]) >= {"name", "role"}
                if c["kind"] == "place":
                    assert set(c["value"]) >= {"name", "within"}
    for f in data["findings"]:
        assert set(f) >= {"article", "kind", "verdict", "explanation", "claims"}


def test_links_are_relative_and_resolve(seed_build):
    out, _ = seed_build
    for page in out.rglob("*.html"):
        if page.name == "404.html":
            continue  # served at any depth: its links start at the base path (tested below)
        parsed = parse(page)
        for link in parsed.links:
            assert not link.startswith("/"), (page, link)
            if link.startswith(("http:", "https:", "mailto:")):
                continue
            target, _, anchor = link.partition("#")
            dest = (page.parent / target).resolve() if target else page
            assert dest.is_file(), (page, link)
            if anchor and dest.suffix == ".html":
                assert anchor in parse(dest).ids, (page, link)


def test_markers_have_icon_and_text(seed_build):
    out, data = seed_build
    story = next(s for s in data["stories"] if len(s["articles"]) == 4)
    html = (out / "stories" / f"{story['id']}.html").read_text(encoding="utf-8")
    assert 'class="badge v-compatible"' in html and "≈</span> compatible" in html
    # Every claim in the text carries an icon and a label for screen readers.
    marks = re.findall(r'<a class="claim v-(\w+)"[^>]*>.*?</a>', html)
    assert len(marks) > 20
    assert html.count('class="visually-hidden"> (') >= len(marks)
    # Columns: one per source, claims highlighted in place, and the grid.
    assert html.count('<section class="column"') == 4
    assert '<table class="grid">' in html


def test_no_inline_script_or_style_and_a_csp(seed_build):
    out, _ = seed_build
    for page in out.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "Content-Security-Policy" in html and "default-src 'self'" in html
        parsed = parse(page)
        assert all(s.get("src") or s.get("type") == "application/ld+json" for s in parsed.scripts), page
        assert not any(k == "style" or k.startswith("on") for _, k, _ in parsed.attrs), page
        assert "<style" not in html


def test_article_text_is_escaped(tmp_path):
    body = 'The mayor said <script>alert("x")</script> and <img src=x onerror=alert(1)> 12 people left on Monday.'
    root = make_project(tmp_path, {"a.md": f"---\ntitle: <b>Bold</b> & co\nsource: Evil <i>News</i>\n---\n{body}\n",
                                   "b.txt": f"{body}\n"})
    out = tmp_path / "out"
    build(load_config(root, out))
    for page in out.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "<script>alert" not in html and "<img src=x" not in html and "<b>Bold" not in html
    # Plain text keeps the characters, escaped; Markdown's raw HTML never reaches the text.
    assert "&lt;script&gt;alert" in (out / "articles" / "b.html").read_text(encoding="utf-8")
    assert "alert(&#34;x&#34;)" not in (out / "articles" / "a.html").read_text(encoding="utf-8")
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; co" in (out / "articles" / "a.html").read_text(encoding="utf-8")


def test_a_folder_with_only_content_builds_with_the_stock_theme(tmp_path):
    """Run the installed command in a folder that has no templates/ or static/."""
    root = make_project(tmp_path, {
        "one.md": "---\ntitle: Flood in town\nsource: Daily One\npublished: 2024-04-02\n---\nMore than 200 homes were flooded on Monday in Ohio.\n",
        "two.md": "---\ntitle: Town flooded\nsource: Two Times\npublished: 2024-04-02\n---\nAbout 250 homes were flooded on Monday in Ohio.\n",
    })
    exe = Path(sys.executable).with_name("coverage-site")
    run = subprocess.run([str(exe), "build"], cwd=root, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": ""})
    assert run.returncode == 0, run.stderr
    assert "_site" in run.stdout and "index.html" in run.stdout
    site = root / "_site"
    assert (site / "static" / "style.css").is_file() and (site / "static" / "app.js").is_file()
    data = json.loads((site / "data" / "coverage.json").read_text(encoding="utf-8"))
    facet = next(f for s in data["stories"] for f in s["facets"] if f["kind"] == "count")
    assert facet["verdict"] == "compatible"


def test_a_failed_build_leaves_the_previous_site_untouched(tmp_path):
    root = copy_seeds(tmp_path / "p")
    out = tmp_path / "out"
    build(load_config(root, out))
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    bad = root / "content" / "articles"
    bad.mkdir(parents=True)
    (bad / "bad.md").write_text("---\ntitle: [oops\n---\nText.\n", encoding="utf-8")
    with pytest.raises(ContentError) as exc:
        build(load_config(root, out))
    assert str(exc.value.problems[0]).startswith("content/articles/bad.md:2:")
    after = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []


def test_output_permissions_and_no_symlinks(seed_build):
    out, _ = seed_build
    for p in out.rglob("*"):
        assert not p.is_symlink()
        assert (p.stat().st_mode & 0o777) == (0o755 if p.is_dir() else 0o644), p


def test_refuses_to_overwrite_the_project_or_a_stranger(tmp_path):
    root = copy_seeds(tmp_path / "p")
    with pytest.raises(ContentError, match="over the project"):
        build(load_config(root, root))
    with pytest.raises(ContentError, match="over the project"):
        build(load_config(root, root / "seeds"))
    stranger = tmp_path / "notes"
    stranger.mkdir()
    (stranger / "mine.txt").write_text("keep me")
    with pytest.raises(ContentError, match="not made by coverage-site"):
        build(load_config(root, stranger))
    assert (stranger / "mine.txt").read_text() == "keep me"


def test_404_links_start_at_the_base_path(tmp_path):
    root = copy_seeds(tmp_path / "p")
    out = tmp_path / "site"
    build(load_config(root, out, base_path="/coverage-site/"))
    links = parse(out / "404.html").links
    assert links and all(link.startswith(("/coverage-site/", "#")) for link in links), links


def test_exports_feeds_and_sitemap(tmp_path):
    import csv
    import io
    import xml.etree.ElementTree as ET

    root = copy_seeds(tmp_path / "p")
    out = tmp_path / "site"
    build(load_config(root, out, base_path="/coverage-site/", site_url="https://example.github.io/coverage-site/"))
    data = json.loads((out / "data" / "coverage.json").read_text(encoding="utf-8"))
    for s in data["stories"]:
        one = json.loads((out / "data" / f"{s['id']}.json").read_text(encoding="utf-8"))
        assert [x["id"] for x in one["story"]["stories"]] == [s["id"]]
        rows = list(csv.DictReader(io.StringIO((out / "data" / f"{s['id']}.csv").read_text(encoding="utf-8"))))
        assert len(rows) == sum(len(f["claims"]) for f in s["facets"])
        assert {r["verdict"] for r in rows} <= {"agree", "compatible", "framing", "conflict", "single"}
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.parse(out / "feed.xml").getroot()
    entries = feed.findall(f"{atom}entry")
    assert len(entries) == len(data["stories"])
    assert all(e.find(f"{atom}link").get("href").startswith("https://example.github.io/coverage-site/stories/") for e in entries)
    conflicts = ET.parse(out / "conflicts.xml").getroot().findall(f"{atom}entry")
    assert len(conflicts) == sum(1 for s in data["stories"] if any(f["verdict"] == "conflict" for f in s["facets"]))
    locs = [e.text for e in ET.parse(out / "sitemap.xml").getroot()]
    assert "https://example.github.io/coverage-site/index.html" in [l.find("{http://www.sitemaps.org/schemas/sitemap/0.9}loc").text for l in ET.parse(out / "sitemap.xml").getroot()]
    story = next(s for s in data["stories"] if len(s["articles"]) == 4)
    html = (out / "stories" / f"{story['id']}.html").read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="https://example.github.io/coverage-site/stories/{story["id"]}.html">' in html
    assert '"@type": "Claim"' in html and "ClaimReview" not in html
