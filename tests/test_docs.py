"""The README must document every command-line option, config key and front-matter key."""

from __future__ import annotations

import argparse

from coverage_site import cli
from coverage_site.config import KEYS
from coverage_site.read.frontmatter import FIELDS
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _options() -> list[str]:
    captured: dict[str, argparse.ArgumentParser] = {}
    original = argparse.ArgumentParser.parse_args

    def grab(self, *a, **k):
        captured["parser"] = self
        raise SystemExit(0)

    argparse.ArgumentParser.parse_args = grab
    try:
        try:
            cli.main([])
        except SystemExit:
            pass
    finally:
        argparse.ArgumentParser.parse_args = original
    parser = captured["parser"]
    out = []
    for action in parser._subparsers._group_actions:
        for name, sub in action.choices.items():
            out.append(f"coverage-site {name}")
            out += [opt for a in sub._actions for opt in a.option_strings if opt.startswith("--") and opt != "--help"]
    return out


def test_every_cli_option_is_documented():
    missing = [o for o in _options() if o not in README]
    assert not missing, missing


def test_every_config_key_is_documented():
    assert all(f"`{k}`" in README for k in KEYS)


def test_every_front_matter_key_is_documented():
    assert all(f"`{k}`" in README for k in FIELDS)


def test_readme_shows_the_two_commands():
    assert "make site" in README and "make test" in README
