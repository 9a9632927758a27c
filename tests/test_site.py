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
    assert data["version"] == 5
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
    assert "https://example.github.io/coverage-site/index.html" in [l.find("{http://www.sitemaps.org/schemas/sitemap/0.9}loc").text for l in ET.parse(out / "sitemap.xml").getroot()]
    story = next(s for s in data["stories"] if len(s["articles"]) == 4)
    html = (out / "stories" / f"{story['id']}.html").read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="https://example.github.io/coverage-site/stories/{story["id"]}.html">' in html
    assert '"@type": "Claim"' in html and "ClaimReview" not in html


# --- Pages a reader trusts (issue #16, page part of #13). Assert behaviour, never today's facet labels. ---

def _story_html(out: Path, data: dict, sources: int | None = None, single: bool = False) -> tuple[dict, str]:
    stories = [s for s in data["stories"] if (len(s["articles"]) == 1) == single]
    story = max(stories, key=lambda s: len(s["articles"])) if sources is None else next(
        s for s in stories if len(s["articles"]) == sources)
    return story, (out / "stories" / f"{story['id']}.html").read_text(encoding="utf-8")


def _visible_text(html: str) -> str:
    html = re.sub(r"<script\b.*?</script>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_story_sections_come_in_the_order_a_reader_wants(seed_build):
    out, data = seed_build
    _, html = _story_html(out, data)
    marks = ['<h1>', 'class="lede"', 'id="disagree"', 'id="grid-title"', 'id="copies"', 'id="side-title"']
    where = [html.index(m) for m in marks]
    assert where == sorted(where), dict(zip(marks, where))
    # The summary quotes the sources' own words and names them.
    lede = re.search(r'<p class="lede">(.*?)</p>', html, re.S).group(1)
    assert lede.count("“") >= 1 and ("outlet" in lede or "unnamed" in lede)


def test_every_column_and_cell_names_its_outlet_and_date(seed_build):
    out, data = seed_build
    story, html = _story_html(out, data)
    arts = {a["id"]: a for a in data["articles"]}
    head = re.search(r"<thead>(.*?)</thead>", html, re.S).group(1)
    cols = re.findall(r'<th scope="col"><a [^>]*>(.*?)</a></th>', head, re.S)
    assert len(cols) == len(story["articles"])
    for aid, col in zip(story["articles"], cols):
        a = arts[aid]
        date = a["published"][:10] if a["published"] else "undated"
        assert date in col, col
        if re.fullmatch(r"Source \d+", a["source"]):  # the reader's fallback: no outlet is known
            assert "unnamed source" in col and Path(a["path"]).name in col and "Source " not in col
        else:
            assert a["source"] in col
    # Every cell of the grid carries its source's name for the phone layout.
    rows = re.findall(r'<tr id="[^"]+" class="facet v-\w+">(.*?)</tr>', html, re.S)
    assert rows
    for row in rows:
        assert row.count('<span class="cell-who">') == len(story["articles"])
    # "Source 000" never reads as an outlet anywhere on the site's pages.
    for page in out.rglob("*.html"):
        assert not re.search(r"Source \d{3}\b", _visible_text(page.read_text(encoding="utf-8"))), page
    assert not any(re.search(r"source-\d{3}", p.name) for p in (out / "sources").iterdir())


def test_an_undated_article_says_undated_never_a_borrowed_date(seed_build):
    out, data = seed_build
    undated = [a for a in data["articles"] if not a["published"]]
    assert undated
    for a in undated:
        html = (out / "articles" / f"{a['id']}.html").read_text(encoding="utf-8")
        assert re.search(r"<dt>Published</dt><dd>.*?undated", html)
        story = (out / "stories" / f"{a['story']}.html").read_text(encoding="utf-8")
        col = re.search(rf'<section class="column" id="col-{re.escape(a["id"])}".*?</h3>\s*<p class="meta">(.*?)</p>', story, re.S)
        assert col and col.group(1).rstrip().endswith("undated"), col and col.group(1)


def test_dates_covered_leave_out_findings(seed_build):
    out, data = seed_build
    found = {c["value"]["start"] for f in data["findings"] for c in f["claims"] if c["kind"] == "date"}
    assert found  # the seeds' stray "Last updated" line
    for s in data["stories"]:
        html = (out / "stories" / f"{s['id']}.html").read_text(encoding="utf-8")
        covered = re.search(r"Dates covered: ([\d-]+)(?: to ([\d-]+))?", html)
        if covered:
            assert not found & set(covered.groups()), covered.group(0)
        tl = re.search(r'<svg class="timeline".*?</svg>', html, re.S)
        if tl:
            assert not any(d in tl.group(0) for d in found)


def test_no_raw_json_doubled_quotes_or_bad_plurals(seed_build):
    out, _ = seed_build
    for page in list(out.glob("stories/*.html")) + list(out.glob("facets/*.html")) + list(out.glob("articles/*.html")) \
            + [out / "index.html"] + list(out.glob("sources/*.html")):
        text = _visible_text(page.read_text(encoding="utf-8"))
        assert not re.search(r'[{\[]\s*"\w+"\s*:', text), page  # no JSON objects
        assert '(300,)' not in text and '"low"' not in text
        assert not re.search(r"“[“\"]|[”\"]”", text), (page, re.search(r".{30}“[“\"].{30}|.{30}[”\"]”.{30}", text))
        assert not re.search(r"\b1 (sources|times|conflicts|passages|facts|agreements|stories|articles)\b", text), page
        assert not re.search(r"\b([02-9]|\d\d+) (source|time|conflict|passage|fact|agreement|story|article)\b(?![-’'])", text), page
        assert "(what happened)" not in text and "s's " not in text
        assert not re.search(r"“[^”]*\s”", text), page  # no trailing spaces inside quoted claims


def test_the_precision_ladder_appears_only_where_values_differ(seed_build):
    out, _ = seed_build
    for page in out.glob("facets/*.html"):
        html = page.read_text(encoding="utf-8")
        ladder = re.search(r'<ol class="ladder">(.*?)</ol>', html, re.S)
        if ladder:
            readings = re.findall(r'<span class="reading">(.*?)</span>', ladder.group(1))
            assert len(set(readings)) > 1, (page, readings)
        assert "Read as: " in html and "<code>{" not in html


def test_single_source_story_says_so_without_verdicts(seed_build):
    out, data = seed_build
    story, html = _story_html(out, data, single=True)
    assert "covers this story so far" in html
    assert '<svg class="bar"' not in html and "No conflicts" not in html and 'id="disagree"' not in html
    assert '<table class="grid">' not in html
    assert "Only " not in _visible_text(re.search(r'<details class="fold" id="single-sources".*?</details>', html, re.S).group(0)).replace("Only one", "")
    index = (out / "index.html").read_text(encoding="utf-8")
    card = re.search(rf'<li class="story-card">\s*<h2><a href="stories/{story["id"]}.html">.*?</li>', index, re.S).group(0)
    assert '<svg class="bar"' not in card and "covers this story so far" in card


def test_single_source_rows_and_background_are_folded_and_not_counted(seed_build):
    out, data = seed_build
    story, html = _story_html(out, data)
    grid = re.search(r'<table class="grid">.*?</table>', html, re.S).group(0)
    assert "v-single" not in grid  # one source's facts are not grid rows
    fold = re.search(r'<details class="fold" id="single-sources">(.*?)</details>', html, re.S).group(1)
    assert re.search(r'<h3 class="fold-head">Only .*? reports</h3>', fold)
    background = re.search(r'<details class="fold" id="background">(.*?)</details>', html, re.S).group(1)
    mentions = [f for f in story["facets"] if f["kind"] in ("org", "place") and not any(c.get("event") for c in f["claims"])]
    events = [f for f in story["facets"] if f["kind"] == "event" and f["verdict"] not in ("conflict", "framing")
              and "statement" not in f["claims"][0]["value"]]
    for f in mentions + events:
        assert f'id="{f["id"]}"' in background
        assert f'<tr id="{f["id"]}"' not in grid
    # The counts in the summary are the grid's rows, verdict by verdict.
    rows = re.findall(r'<tr id="[^"]+" class="facet v-(\w+)">', grid)
    summary = re.search(r'<p class="summary">(.*?)</p>', html, re.S).group(1)
    n = rows.count("agree")
    if n:
        assert f"{n} agreement" in summary, summary


def _framing_story():
    """The seeds' biggest story with one compared facet turned into `framing`, planned and rendered."""
    import dataclasses

    from coverage_site.align import build_stories
    from coverage_site.claims import extract_claims
    from coverage_site.read import read_articles
    from coverage_site.site import export, plan, render, sections

    articles, _ = read_articles(ROOT)
    claims = {a.id: extract_claims(a) for a in articles}
    stories, found, claims = build_stories(articles, claims)
    s = max(stories, key=lambda s: len(s.articles))
    target = next(f for f in s.facets if f.verdict in ("agree", "compatible") and len(f.articles) > 1
                  and not sections.is_background(f))
    framed = dataclasses.replace(target, verdict="framing", explanation="One source calls it a raid, another a crackdown.")
    s = dataclasses.replace(s, facets=tuple(framed if f.id == target.id else f for f in s.facets))
    arts = [a for a in articles if a.id in s.articles]
    config = load_config(ROOT)
    p = plan.plan_story(config, "k", "a", s, export.story_json(s), arts, claims, [f for f in found if f.article in s.articles], [])
    env = render.environment(config, [])
    files, _ = render.render(env, p.pages, config, "k")
    framing = sum(f.verdict == "framing" and not sections.is_background(f) for f in s.facets)
    return framed, files[plan.story_path(s.id)].decode(), framing


def test_framing_is_its_own_section_never_red():
    framed, html, framing = _framing_story()
    section = re.search(r'<h3 id="framing-title">.*?</ul>', html, re.S)
    assert section and "One source calls it a raid" in section.group(0)
    item = re.search(rf'<li class="v-framing"><a href="../facets/{re.escape(framed.id)}.html">', section.group(0))
    assert item and "◐</span> worded differently" in section.group(0)
    conflicts = re.search(r'<ul class="conflicts">.*?</ul>\s*</li>\s*</ul>', html, re.S)
    assert not conflicts or framed.id not in conflicts.group(0)
    assert f'<tr id="{framed.id}" class="facet v-framing">' in html
    # In the text too, its claims carry the framing marker, never the conflict one.
    marks = re.findall(rf'<a class="claim v-(\w+)" [^>]*data-facet="{re.escape(framed.id)}"', html)
    assert marks and set(marks) == {"framing"}
    # The seeds' own "released" / "deported" is framing too.
    assert f"{framing} worded differently" in re.search(r'<p class="summary">(.*?)</p>', html, re.S).group(1)
    css = (ROOT / "static" / "style.css").read_text(encoding="utf-8")
    assert re.search(r"\.v-framing \{ --c: var\(--framing\)", css)


def test_verdict_bar_labels_every_segment_and_has_no_sliver():
    from coverage_site.site.charts import verdict_bar

    bar = verdict_bar([("conflict", 1), ("framing", 0), ("compatible", 2), ("agree", 60)])
    assert [s.verdict for s in bar] == ["conflict", "compatible", "agree"]
    assert all(s.width >= 12 for s in bar) and abs(sum(s.width for s in bar) - 100) < 0.1
    assert verdict_bar([("agree", 0)]) == []


def test_wording():
    from coverage_site.site import wording

    assert wording.label("Return (what happened)") == "What happened: the return"
    assert wording.label("Key Takeaways's title") == "Key Takeaways’ title"
    assert wording.label("When: raid") == "When: the raid" and wording.label("Date: Nov. 30") == "Date: Nov. 30"
    assert wording.plural(1, "source") == "1 source" and wording.plural(5, "conflict") == "5 conflicts"
    assert wording.plural(2, "story", "stories") == "2 stories"
    assert wording.reading("count", {"low": 300, "high": None, "interval": "(300,)"}) == "more than 300 (an open range)"
    assert wording.reading("count", {"low": 316, "high": 316, "interval": "[316,316]"}) == "exactly 316"
    assert wording.words('“timely” ') == "timely" and wording.words('"It\'s time,"') == "It's time"


def test_change_history_never_links_to_a_deleted_article(tmp_path):
    root = copy_seeds(tmp_path / "p")
    out = tmp_path / "out"
    extra = root / "content" / "articles"
    extra.mkdir(parents=True)
    build(load_config(root, out))
    seed = (root / "seeds" / "002_7184003ba85ee682.txt").read_text(encoding="utf-8")
    (extra / "extra.md").write_text("---\ntitle: Envoy regrets raid\nsource: Example Wire\npublished: 2025-09-15\n---\n"
                                    + seed.split("\n\n")[0] + "\n", encoding="utf-8")
    build(load_config(root, out))  # the change log now names the new article, with a link
    log = json.loads((out / "data" / "changes.json").read_text(encoding="utf-8"))["changes"]
    assert any(a["title"] == "Envoy regrets raid" for c in log for a in c["new_articles"])
    (extra / "extra.md").unlink()
    build(load_config(root, out))
    pages = list(out.rglob("*.html"))
    assert any("Envoy regrets raid (since removed)" in p.read_text(encoding="utf-8") for p in pages)
    for page in pages:
        for link in parse(page).links:
            target, _, anchor = link.partition("#")
            if target and not link.startswith(("http:", "https:", "mailto:")) and page.name != "404.html":
                dest = (page.parent / target).resolve()
                assert dest.is_file(), (page, link)
                if anchor and dest.suffix == ".html":
                    assert anchor in parse(dest).ids, (page, link)


def test_red_only_for_a_conflict_verdict(seed_build):
    """Mentions, one-source facts, framing and close calls are never styled as a conflict."""
    out, data = seed_build
    verdict = {f["id"]: f["verdict"] for s in data["stories"] for f in s["facets"]}
    for s in data["stories"]:
        html = (out / "stories" / f"{s['id']}.html").read_text(encoding="utf-8")
        for fid in re.findall(r'class="claim v-conflict"[^>]*data-facet="([^"]+)"', html):
            assert verdict[fid] == "conflict", fid
        for fid in re.findall(r'<tr id="([^"]+)" class="facet v-conflict">', html):
            assert verdict[fid] == "conflict", fid
        folds = "".join(re.findall(r'<details class="fold".*?</details>', html, re.S))
        assert "v-conflict" not in folds


def test_an_unknown_verdict_renders_neutral_not_red():
    from coverage_site.site import markers, wording

    assert markers.icon("not_compared") == "·" and markers.label("not_compared") == "not compared"
    assert markers.rank("not_compared") == len(markers.ORDER)
    assert wording.count_words("conflict", 2) == "2 conflicts"


def test_one_source_background_rows_of_one_label_are_one_line(seed_build):
    """25 one-source "What happened: the detention" rows are one line of the folded list, each row's anchor kept."""
    out, data = seed_build
    story, html = _story_html(out, data)
    background = re.search(r'<details class="fold" id="background">(.*?)</details>', html, re.S).group(1)
    lines = re.findall(r"<li id=[^>]*>(.*?)</li>", background, re.S)
    labels = [re.sub(r"<[^>]+>", "", line).split(" · ")[0] for line in lines]
    assert len(labels) == len(set(labels)), "a label listed twice"
    singles = [f for f in story["facets"] if f["label"] == "Detention (what happened)" and len({c["article"] for c in f["claims"]}) == 1]
    assert len(singles) > 1 and all(f'id="{f["id"]}"' in background for f in singles)
