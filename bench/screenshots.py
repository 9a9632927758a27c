"""`make screenshots`: the story page at 1280 and 390 px, into docs/ for the README."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from coverage_site.build import build
from coverage_site.config import load_config

ROOT = Path(__file__).resolve().parents[1]
SHOTS = (  # file, width, height, where on the page
    ("story-wide.png", 1280, 1500, ""),
    ("story-narrow.png", 390, 1400, ""),
    ("story-narrow-grid.png", 390, 1400, "#grid-title"),
)


def main() -> int:
    out = Path(tempfile.mkdtemp()) / "_site"
    build(load_config(ROOT, out))
    story = max((out / "stories").iterdir(), key=lambda p: p.stat().st_size)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
        for name, width, height, anchor in SHOTS:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.goto(story.as_uri() + anchor)
            page.screenshot(path=str(ROOT / "docs" / name))
            page.close()
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(story.as_uri() + "#side-title")
        page.locator(".column a.claim.v-compatible").first.click()
        page.screenshot(path=str(ROOT / "docs" / "story-columns.png"))
        browser.close()
    print("wrote " + ", ".join(f"docs/{name}" for name, *_ in SHOTS) + ", docs/story-columns.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
