"""The site in a real browser (Debian Chromium driven by Playwright), the Nu HTML Checker,
axe-core, and a crawl of every link, all served under a GitHub Pages project path."""

from __future__ import annotations

import functools
import re
import http.server
import subprocess
import threading
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit
from urllib.request import urlopen
from urllib.error import HTTPError

import pytest
from playwright.sync_api import sync_playwright

from coverage_site.build import build
from coverage_site.config import load_config
from tests.conftest import ROOT

BASE = "/coverage-site/"
CHROMIUM = "/usr/bin/chromium"
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


class PagesHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site under BASE only, like GitHub Pages serves a project site."""

    def translate_path(self, path):
        path = urlsplit(path).path
        if not path.startswith(BASE):
            return str(Path(self.directory) / "__nowhere__")
        return super().translate_path("/" + path[len(BASE):])

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code == 404 and page.is_file():
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().send_error(code, message, explain)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    out = tmp_path_factory.mktemp("pages") / "_site"
    build(load_config(ROOT, out, base_path=BASE))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(PagesHandler, directory=str(out)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}{BASE}", out
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    assert Path(CHROMIUM).is_file(), "Debian chromium is required (make test installs it)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def story_url(out: Path, base: str) -> str:
    story = max((out / "stories").iterdir(), key=lambda p: p.stat().st_size)
    return base + "stories/" + story.name


def open_page(browser, url, width=1280, height=900):
    page = browser.new_page(viewport={"width": width, "height": height})
    problems: list[str] = []
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.add_init_script("""document.addEventListener('securitypolicyviolation',
        e => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));""")
    page.goto(url, wait_until="networkidle")
    return page, problems


def test_columns_side_by_side_when_wide_and_stacked_when_narrow(served, browser):
    base, out = served
    page, _ = open_page(browser, story_url(out, base), 1280)
    boxes = [page.locator(".column").nth(i).bounding_box() for i in range(page.locator(".column").count())]
    assert len(boxes) == 4
    assert len({round(b["y"]) for b in boxes}) == 1 and len({round(b["x"]) for b in boxes}) == 4
    page.close()
    page, _ = open_page(browser, story_url(out, base), 390, 844)
    boxes = [page.locator(".column").nth(i).bounding_box() for i in range(4)]
    assert len({round(b["x"]) for b in boxes}) == 1
    assert all(boxes[i]["y"] < boxes[i + 1]["y"] for i in range(3))
    assert page.evaluate("document.documentElement.scrollWidth") <= 390 + 1  # no sideways scrolling
    page.close()


def test_choosing_a_claim_highlights_the_aligned_claims(served, browser):
    base, out = served
    page, problems = open_page(browser, story_url(out, base))
    claim = page.locator(".column a.claim.v-compatible").first
    facet = claim.get_attribute("data-facet")
    claim.click()
    active = page.locator(f'.column a.claim.is-active[data-facet="{facet}"]')
    columns = {active.nth(i).evaluate("e => e.closest('.column').getAttribute('aria-label')") for i in range(active.count())}
    assert len(columns) >= 3, columns
    assert page.locator(f'.grid [data-facet="{facet}"].is-active').count() >= 3
    assert not problems, problems
    page.close()


def test_search_finds_landau(served, browser):
    base, _ = served
    page, problems = open_page(browser, base + "search.html")
    page.fill("#q", "Landau")
    page.wait_for_function("document.querySelectorAll('#search-results li').length > 0")
    titles = page.locator("#search-results li a").all_inner_texts()
    assert any("Landau" in t for t in titles), titles
    assert "result" in page.inner_text("#search-status")
    assert not problems, problems
    page.close()


@pytest.mark.parametrize("which", ["index.html", "story", "facet", "article", "source", "search.html", "about.html"])
def test_no_console_errors_csp_violations_or_axe_violations(served, browser, which):
    from axe_playwright_python.sync_playwright import Axe

    base, out = served
    paths = {
        "story": story_url(out, base),
        "facet": base + "facets/" + sorted(p.name for p in (out / "facets").iterdir())[0],
        "article": base + "articles/" + sorted(p.name for p in (out / "articles").iterdir())[0],
        "source": base + "sources/" + sorted(p.name for p in (out / "sources").iterdir())[0],
    }
    page, problems = open_page(browser, paths.get(which, base + which))
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}})
    violations = [(v["id"], v["help"], len(v["nodes"])) for v in results.response["violations"]]
    assert violations == [], violations
    assert not problems, problems
    page.close()


def test_dark_mode_has_no_contrast_violations(served, browser):
    from axe_playwright_python.sync_playwright import Axe

    base, out = served
    page = browser.new_page(viewport={"width": 1280, "height": 900}, color_scheme="dark")
    page.goto(story_url(out, base), wait_until="networkidle")
    results = Axe().run(page, options={"runOnly": {"type": "rule", "values": ["color-contrast"]}})
    assert [v["id"] for v in results.response["violations"]] == []
    page.close()


def _load_slowly(browser, url: str) -> tuple[float, int]:
    """Load `url` over a slow connection (40 kB/s): (cumulative layout shift, bytes transferred).

    At that speed the browser paints the page while it streams in, as a phone on a weak
    network does: a table that re-flows its columns as rows arrive, or a line whose
    boxes move when its next words arrive, shifts here every time.
    """
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions",
             {"offline": False, "latency": 20, "downloadThroughput": 40_000, "uploadThroughput": 40_000})
    sizes: dict[str, int] = {}
    page.on("response", lambda r: sizes.__setitem__(r.url, len(r.body())) if r.ok else None)
    page.add_init_script("""window.__cls = 0; new PerformanceObserver(l => { for (const e of l.getEntries())
        if (!e.hadRecentInput) window.__cls += e.value; }).observe({type: 'layout-shift', buffered: true});""")
    page.goto(url, wait_until="networkidle")
    page.wait_for_timeout(300)
    shift = page.evaluate("window.__cls")
    page.close()
    return shift, sum(sizes.values())


def test_story_page_is_light_and_does_not_shift(served, browser):
    base, out = served
    shift, size = _load_slowly(browser, story_url(out, base))
    assert size < 200_000
    assert shift == 0


def test_article_pages_do_not_shift(served, browser):
    base, out = served
    shifts = {p.name: _load_slowly(browser, base + "articles/" + p.name)[0] for p in sorted((out / "articles").iterdir())}
    assert shifts and all(v == 0 for v in shifts.values()), shifts


def test_the_nu_html_checker_finds_no_errors(served):
    _, out = served
    assert VNU.is_file(), "vnu.jar is required (make test installs it with npm)"
    run = subprocess.run(["java", "-jar", str(VNU), "--errors-only", "--skip-non-html", str(out)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[:3000]


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"])
        for key in ("href", "src"):
            if a.get(key):
                self.links.append(a[key])


def test_every_link_and_anchor_resolves_under_the_project_path(served):
    base, _ = served
    origin = base.split(BASE)[0]
    seen: dict[str, _Links] = {}
    queue = [base + "index.html", base + "404.html"]
    checked: set[str] = set()
    broken: list[str] = []
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        try:
            body = urlopen(url).read().decode("utf-8")
        except HTTPError as exc:
            broken.append(f"{url}: {exc.code}")
            continue
        parser = _Links()
        parser.feed(body)
        seen[url] = parser
        for link in parser.links:
            target = urljoin(url, link)
            if not target.startswith(origin):
                continue
            page, frag = urldefrag(target)
            checked.add(target)
            if page.endswith(".html"):
                queue.append(page)
            elif page not in seen:
                try:
                    urlopen(page).read()
                except HTTPError as exc:
                    broken.append(f"{url} -> {link}: {exc.code}")
    for target in checked:
        page, frag = urldefrag(target)
        if frag and page in seen and frag not in seen[page].ids:
            broken.append(f"missing anchor {target}")
    assert len(seen) > 20
    assert broken == []


def test_unknown_address_gets_the_404_page_with_working_links(served, browser):
    base, _ = served
    page, _ = open_page(browser, base + "stories/no/such/page.html")
    assert "Page not found" in page.inner_text("h1")
    page.click("text=All stories")
    page.wait_for_load_state()
    assert page.url == base + "index.html"
    page.close()


def test_claim_tooltips_are_reachable_by_keyboard(served, browser):
    base, out = served
    page, _ = open_page(browser, story_url(out, base))
    page.keyboard.press("Tab")  # keyboard modality: focus rings and tooltips appear
    claim = page.locator(".column a.claim").first
    claim.focus()
    tip = claim.evaluate("e => getComputedStyle(e, '::after').content")
    assert claim.get_attribute("data-tip") in tip and ":" in tip
    outline = claim.evaluate("e => getComputedStyle(e).outlineStyle")
    assert outline != "none"
    page.close()


# --- Pages a reader trusts in 30 seconds, on a laptop and on a phone (issue #16) ---

SECTIONS = ["h1", ".lede", "#disagree", "#grid-title", "#copies", "#side-title"]


@pytest.mark.parametrize("width", [1280, 390])
def test_story_sections_in_reading_order(served, browser, width):
    base, out = served
    page, problems = open_page(browser, story_url(out, base), width, 844)
    ys = [page.locator(sel).first.bounding_box()["y"] for sel in SECTIONS]
    assert ys == sorted(ys), dict(zip(SECTIONS, ys))
    assert not problems, problems
    page.close()


def test_every_grid_column_names_its_outlet_and_date(served, browser):
    base, out = served
    page, _ = open_page(browser, story_url(out, base), 1280)
    heads = page.locator(".grid thead th").all_inner_texts()[1:]
    assert len(heads) == page.locator(".column").count() >= 2
    for head in heads:
        assert re.search(r"\d{4}-\d{2}-\d{2}|undated", head), head
        assert not re.search(r"Source \d+", head), head
    assert not re.search(r"Source \d{3}\b", page.inner_text("main"))
    page.close()


def test_phone_grid_is_cards_with_nothing_clipped(served, browser):
    base, out = served
    page, problems = open_page(browser, story_url(out, base), 390, 844)
    assert page.evaluate("document.documentElement.scrollWidth") <= 391
    cells = page.evaluate("""() => [...document.querySelectorAll('.grid tbody tr')].flatMap(tr => {
        const card = tr.getBoundingClientRect();
        return [...tr.children].map(td => { const r = td.getBoundingClientRect();
            return {left: r.left, right: r.right, cardLeft: card.left, cardRight: card.right, text: td.innerText}; }); })""")
    assert len(cells) > 10
    for c in cells:
        assert c["left"] >= 0 and c["right"] <= 390, c
        assert c["cardLeft"] - 1 <= c["left"] and c["right"] <= c["cardRight"] + 1, c
    # Each source's words sit under the claim with the source named.
    who = page.locator(".grid tbody td .cell-who").first
    assert who.is_visible() and re.search(r"\d{4}-\d{2}-\d{2}|undated", who.inner_text())
    assert not problems, problems
    page.close()


def test_phone_switcher_shows_one_source_at_a_time(served, browser):
    base, out = served
    page, _ = open_page(browser, story_url(out, base), 390, 844)
    links = page.locator(".switcher a")
    assert links.count() == page.locator(".column").count() + 1
    links.nth(1).click()
    visible = [page.locator(".column").nth(i).is_visible() for i in range(page.locator(".column").count())]
    assert visible.count(True) == 1 and visible[1]
    links.last.click()  # "all"
    assert all(page.locator(".column").nth(i).is_visible() for i in range(page.locator(".column").count()))
    page.close()
    page, _ = open_page(browser, story_url(out, base), 1280)
    assert not page.locator(".switcher").is_visible()
    page.close()


def test_tapping_a_claim_in_the_grid_keeps_a_way_back(served, browser):
    base, out = served
    page, problems = open_page(browser, story_url(out, base), 390, 844)
    claim = page.locator(".grid a.cell-claim").first
    row = claim.evaluate("e => e.closest('tr').id")
    claim.scroll_into_view_if_needed()
    before = page.evaluate("scrollY")
    claim.click()
    page.wait_for_timeout(200)
    assert page.evaluate("scrollY") > before + 500  # it went to the article text
    back = page.locator("a.back-to-grid")
    assert back.is_visible() and back.get_attribute("href") == f"#{row}"
    back.click()
    page.wait_for_timeout(200)
    top = page.locator(f"[id='{row}']").bounding_box()["y"]
    assert -2 <= top < 844, top  # the row is back in view (its top edge, to the pixel)
    assert not problems, problems
    page.close()


@pytest.mark.parametrize("width", [1280, 390])
def test_verdict_bar_scales_and_labels_every_segment(served, browser, width):
    base, out = served
    page, _ = open_page(browser, story_url(out, base), width, 844)
    bar = page.locator("svg.bar").first
    box = bar.bounding_box()
    assert box["width"] <= width - 20 and box["width"] > min(width - 60, 300)
    rects = bar.locator("rect")
    labels = bar.locator("text")
    assert rects.count() == labels.count() >= 1
    for i in range(rects.count()):
        r, t = rects.nth(i).bounding_box(), labels.nth(i).bounding_box()
        assert r["width"] >= 24, r  # never an unlabelled sliver
        assert r["x"] <= t["x"] and t["x"] + t["width"] <= r["x"] + r["width"] + 1, (r, t)
    page.close()


def test_facet_pages_show_no_json(served, browser):
    base, out = served
    for name in sorted(p.name for p in (out / "facets").iterdir())[:6]:
        page, problems = open_page(browser, base + "facets/" + name)
        text = page.inner_text("main")
        assert "Read as: " in text and not re.search(r'[{\[]\s*"\w+"\s*:', text), text[:500]
        assert not problems, problems
        page.close()


def test_search_316_shows_the_claim_sentence_with_the_match_marked(served, browser):
    base, _ = served
    page, problems = open_page(browser, base + "search.html")
    page.fill("#q", "316")
    page.wait_for_function("document.querySelectorAll('#search-results mark').length > 0")
    groups = page.locator("#search-results > li.result-group")
    assert groups.count() >= 1 and groups.first.locator("h2 a").count() == 1
    kinds = page.locator("#search-results .meta").all_inner_texts()
    assert any(k.startswith("Claim") for k in kinds) and any(k.startswith("Article") for k in kinds), kinds
    marks = page.locator("#search-results .snippet mark").all_inner_texts()
    assert marks and all(m == "316" for m in marks), marks
    snippet = page.locator("#search-results .snippet").first.inner_text()
    assert len(snippet.split()) > 3  # a sentence, not just the number
    assert not problems, problems
    page.close()


def test_favicon_and_dark_controls(served, browser):
    from axe_playwright_python.sync_playwright import Axe

    base, _ = served
    page = browser.new_page(viewport={"width": 1280, "height": 900}, color_scheme="dark")
    failed: list[str] = []
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
    page.goto(base + "search.html", wait_until="networkidle")
    icon = page.locator("link[rel=icon]").get_attribute("href")
    assert page.evaluate("u => fetch(u).then(r => r.status)", icon) == 200
    assert not failed, failed
    for sel in ("#q", "button"):
        bg = page.locator(sel).first.evaluate("e => getComputedStyle(e).backgroundColor")
        channels = [int(x) for x in re.findall(r"\d+", bg)[:3]]
        assert sum(channels) / 3 < 90, (sel, bg)  # dark, like the page
    results = Axe().run(page, options={"runOnly": {"type": "rule", "values": ["color-contrast"]}})
    assert [v["id"] for v in results.response["violations"]] == []
    page.close()


def test_phone_story_page_is_axe_clean(served, browser):
    from axe_playwright_python.sync_playwright import Axe

    base, out = served
    page, problems = open_page(browser, story_url(out, base), 390, 844)
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}})
    assert [(v["id"], len(v["nodes"])) for v in results.response["violations"]] == []
    assert not problems, problems
    page.close()


def test_a_claim_in_the_text_opens_its_folded_row(served, browser):
    base, out = served
    page, problems = open_page(browser, story_url(out, base), 390, 844)
    single = page.locator(".column a.claim.v-single").first
    target = single.get_attribute("href").split("#")[1]
    assert not page.locator("#single-sources").evaluate("d => d.open")
    page.goto(story_url(out, base) + "#" + target)  # no-JS path: the fragment; app.js opens the fold
    page.wait_for_timeout(200)
    assert page.locator("#single-sources").evaluate("d => d.open")
    assert page.locator(f"[id='{target}']").is_visible()
    assert not problems, problems
    page.close()
