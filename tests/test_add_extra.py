"""trafilatura is the optional extra `coverage-site[add]`: without it, adding HTML says what to install."""

from __future__ import annotations

import sys

import pytest

from coverage_site import add
from coverage_site.errors import ContentError


def test_missing_extra_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import now raises ImportError
    with pytest.raises(ContentError) as exc:
        add.from_html("<html><body><p>Text.</p></body></html>")
    assert "pip install 'coverage-site[add]'" in str(exc.value)
