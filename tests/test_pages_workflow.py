"""The GitHub Pages workflow follows the standard shape (parsed, not just grepped)."""

from __future__ import annotations

import yaml

from tests.conftest import ROOT


def workflow() -> dict:
    return yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))


def test_permissions_and_concurrency():
    w = workflow()
    assert w["permissions"]["pages"] == "write" and w["permissions"]["id-token"] == "write"
    assert w["concurrency"]["group"] == "pages"


def test_standard_steps_in_order():
    w = workflow()
    build = [s.get("uses", "").split("@")[0] or s.get("name") for s in w["jobs"]["build"]["steps"]]
    order = [build.index("actions/checkout"), build.index("actions/configure-pages"), build.index("Build the site"),
             build.index("actions/upload-pages-artifact")]
    assert order == sorted(order)
    deploy = w["jobs"]["deploy"]
    assert deploy["needs"] == "build" and deploy["environment"]["name"] == "github-pages"
    assert deploy["steps"][0]["uses"].startswith("actions/deploy-pages@")


def test_build_uses_the_pages_base_path_and_url():
    step = next(s for s in workflow()["jobs"]["build"]["steps"] if s.get("name") == "Build the site")
    assert '--base-path "${{ steps.pages.outputs.base_path }}/"' in step["run"]
    assert '--site-url "${{ steps.pages.outputs.base_url }}/"' in step["run"]
    upload = next(s for s in workflow()["jobs"]["build"]["steps"] if "upload-pages-artifact" in s.get("uses", ""))
    assert upload["with"]["path"] == "_site"
