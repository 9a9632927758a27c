"""The golden site: the seeds project built and compared, file by file, with `tests/output/seeds/`.

As Pelican's `tests/output/`: a change to what the site shows fails here with a
readable diff. When the change is intended, regenerate the expected tree and
commit it with the change:

    make golden        (runs `python -m tests.test_golden`)

The copied theme files (`static/`) and the build's hidden marker files are left
out: they are copies, not output.
"""

from __future__ import annotations

import difflib
import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = ROOT / "tests" / "output" / "seeds"


def site_files(folder: Path) -> dict[str, bytes]:
    """The files a build made, by path, without copies of the theme and hidden files."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.name.startswith(".") and p.relative_to(folder).parts[0] != "static"}


def _readable(path: str, data: bytes) -> list[str]:
    text = data.decode("utf-8", "replace")
    if path.endswith(".json"):  # one compact line: indent it so a diff points at the field
        text = json.dumps(json.loads(text), ensure_ascii=False, indent=1)
    return text.splitlines()


def differences(got: dict[str, bytes], expected: dict[str, bytes], context: int = 40) -> str:
    """A short report: files missing or extra, then a unified diff of the first few files that differ."""
    lines = [f"missing: {p}" for p in sorted(expected.keys() - got.keys())]
    lines += [f"unexpected: {p}" for p in sorted(got.keys() - expected.keys())]
    changed = [p for p in sorted(got.keys() & expected.keys()) if got[p] != expected[p]]
    lines += [f"differs: {p}" for p in changed]
    for p in changed[:3]:
        diff = difflib.unified_diff(_readable(p, expected[p]), _readable(p, got[p]), f"expected/{p}", f"built/{p}",
                                    lineterm="", n=2)
        lines += list(diff)[:context]
    return "\n".join(lines)


def test_the_seeds_site_matches_the_golden_tree(seed_build):
    out, _ = seed_build
    got, expected = site_files(out), site_files(EXPECTED)
    assert expected, f"{EXPECTED} is empty: run `make golden`"
    assert got == expected, ("the seeds site differs from tests/output/seeds/ (if intended, run `make golden` and "
                             "commit the new tree):\n" + differences(got, expected))


def regenerate() -> None:
    """Build the seeds project from scratch and store it as the expected tree."""
    from coverage_site.build import build
    from coverage_site.config import load_config

    with tempfile.TemporaryDirectory() as work:
        out = Path(work) / "_site"
        build(load_config(ROOT, out, clean=True))
        shutil.rmtree(EXPECTED, ignore_errors=True)
        for rel, data in site_files(out).items():
            (EXPECTED / rel).parent.mkdir(parents=True, exist_ok=True)
            (EXPECTED / rel).write_bytes(data)
    print(f"wrote {EXPECTED.relative_to(ROOT)}/", file=sys.stderr)


if __name__ == "__main__":
    regenerate()
