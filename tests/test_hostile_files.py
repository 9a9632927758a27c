"""Issue #17, one bad file never stops the site: every hostile file is `path:line:col: message`,
--keep-going skips it, and nothing outside the project is ever read."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from coverage_site.build import build
from coverage_site.config import load_config
from coverage_site.errors import ContentError
from tests.conftest import make_project

GOOD = "---\ntitle: Good\nsource: Wire\npublished: 2025-09-12\n---\nAbout 40 people came on Monday.\n"


def cli(root: Path, out: Path, *options: str, timeout: float = 90) -> tuple[int, str]:
    """Run `coverage-site build` in its own process, bounded in time and memory: (exit code, stderr).

    A process, not a call: a build that hangs (on a FIFO) or blows up (billion laughs) fails the
    test instead of hanging or exhausting the machine.
    """
    def limits():
        resource.setrlimit(resource.RLIMIT_AS, (3 * 1024 ** 3, 3 * 1024 ** 3))

    try:
        done = subprocess.run([sys.executable, "-m", "coverage_site", "build", "--root", str(root), "--out", str(out),
                               "--jobs", "1", *options], capture_output=True, text=True, timeout=timeout,
                              preexec_fn=limits)
    except subprocess.TimeoutExpired:
        raise AssertionError(f"the build was still running after {timeout:g} s") from None
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    return done.returncode, done.stderr


def messages(root: Path, out: Path, **options) -> list[str]:
    """Every problem and warning of one build, as printed."""
    try:
        result = build(load_config(root, out, **options))
    except ContentError as exc:
        return [str(p) for p in exc.problems]
    return [str(w) for w in result.warnings]


BILLION_LAUGHS = ('a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
                  + "".join(f'{chr(98 + i)}: &{chr(98 + i)} [{",".join(["*" + chr(97 + i)] * 9)}]\n' for i in range(8)))

BAD_FILES = {
    # name: (text, the start of the expected message)
    "laughs.md": ("---\ntitle: T\n" + BILLION_LAUGHS + "---\nText.\n", "content/articles/laughs.md:4:8: invalid YAML: aliases"),
    "nested.md": ("---\ntitle: " + "[" * 5000 + "]" * 5000 + "\n---\nText.\n",
                  "content/articles/nested.md:2:57: invalid YAML: nested more than 50"),
    "twice.md": ("---\ntitle: One\nsource: Wire\ntitle: Two\n---\nText.\n",
                 "content/articles/twice.md:4:1: invalid YAML: key 'title' is given twice (first on line 2)"),
    "early.md": ("---\npublished: 0001-01-01\n---\nThey met on Friday.\n", "content/articles/early.md:2:12: published year 1"),
    "late.md": ("---\npublished: 9999-12-31\n---\nThey will meet next year.\n", "content/articles/late.md:2:12: published year 9999"),
}


@pytest.mark.parametrize("name", BAD_FILES)
def test_a_hostile_file_is_one_located_error_and_keep_going_skips_it(tmp_path, name):
    text, expected = BAD_FILES[name]
    root = make_project(tmp_path, {"good.md": GOOD, name: text})
    out = tmp_path / "site"
    code, err = cli(root, out)
    assert code == 1 and expected in err.splitlines()[0], err[-2000:]
    assert not out.exists()
    code, err = cli(root, out, "--keep-going")
    assert code == 0 and expected.split(": ")[0] in err and "skipped" in err, err[-2000:]
    assert (out / "articles" / "good.html").is_file() and not (out / "articles" / name.replace(".md", ".html")).exists()


def test_aliases_in_stories_yaml_are_refused_with_their_place(tmp_path):
    root = make_project(tmp_path, {"good.md": GOOD})
    (root / "content" / "stories.yaml").write_text(BILLION_LAUGHS, encoding="utf-8")
    code, err = cli(root, tmp_path / "site")
    assert code == 1 and err.startswith("content/stories.yaml:2:8: invalid YAML: aliases (*a) are not allowed"), err[-2000:]


@pytest.mark.parametrize("text", ["SEOUL, Dec. 31, 9999 — They will meet next year.\n",
                                  "SEOUL, Jan. 1, 0001 (Yonhap) — They met on Friday.\n"])
def test_a_dateline_year_out_of_range_is_not_counted_from(text):
    from coverage_site.claims import extract_claims
    from coverage_site.read import parse_article

    article, _ = parse_article(text, "a.txt")
    assert article.dateline is not None and article.dateline.place == "Seoul" and article.dateline.year is None
    extract_claims(article)  # raised ValueError / OverflowError counting from year 9999 or 0001


def test_extract_with_an_impossible_anchor_is_one_line(tmp_path):
    (tmp_path / "a.txt").write_text("They met on Friday.\n")
    done = subprocess.run([sys.executable, "-m", "coverage_site", "extract", str(tmp_path / "a.txt"),
                           "--published", "0001-01-01"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith(f"{tmp_path / 'a.txt'}: claims could not be read (OverflowError"), done.stderr


def test_a_lone_surrogate_or_control_character_in_yaml_is_replaced_and_located(tmp_path):
    root = make_project(tmp_path, {"s.md": '---\ntitle: "Bad \\ud800 title"\nsource: "Esc\\x1b Wire"\n---\nAbout 40 people came.\n'})
    out = tmp_path / "site"
    found = messages(root, out)
    assert "content/articles/s.md:2:8: warning: character U+D800 cannot appear in a web page or feed; replaced by U+FFFD" in found
    assert any(m.startswith("content/articles/s.md:3:9: warning: character U+001B") for m in found), found
    page = (out / "articles" / "s.html").read_text(encoding="utf-8")
    assert "Bad \ufffd title" in page


def test_markdown_nested_too_deeply_is_read_as_plain_text(tmp_path):
    root = make_project(tmp_path, {"list.md": "---\ntitle: L\n---\n" + "- " * 500 + "x\n", "good.md": GOOD})
    pages = root / "content" / "pages"
    pages.mkdir()
    (pages / "deep.md").write_text("> " * 500 + "x\n" + "- " * 500 + "x\n", encoding="utf-8")
    out = tmp_path / "site"
    found = messages(root, out)
    assert "content/articles/list.md:4: warning: Markdown nested too deeply to parse; the body is read as plain text" in found
    assert (out / "articles" / "list.html").is_file() and (out / "deep.html").is_file()


@pytest.mark.parametrize("where", ["content/pages/fifo.md", "content/articles/fifo.md", "seeds/fifo.txt"])
def test_a_fifo_among_the_inputs_is_refused_not_waited_for(tmp_path, where):
    root = make_project(tmp_path, {"good.md": GOOD})
    (root / where).parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(root / where)
    code, err = cli(root, tmp_path / "site", timeout=60)
    assert code == 1 and f"{where}: not a regular file (a pipe, socket or device); refusing to read it" in err, err
    code, err = cli(root, tmp_path / "site", "--keep-going", timeout=60)
    assert code == 0 and (tmp_path / "site" / "articles" / "good.html").is_file()


def test_a_fifo_in_static_is_left_out(tmp_path):
    root = make_project(tmp_path, {"good.md": GOOD})
    (root / "static").mkdir()
    (root / "static" / "extra.css").write_text("p{}\n")
    os.mkfifo(root / "static" / "pipe.css")
    out = tmp_path / "site"
    code, err = cli(root, out, timeout=60)
    assert code == 0, err
    assert (out / "static" / "extra.css").is_file() and not (out / "static" / "pipe.css").exists()
    assert "static/pipe.css: warning: not a regular file; not copied" in err


def test_the_size_is_checked_before_the_file_is_read(tmp_path):
    root = make_project(tmp_path, {"good.md": GOOD})
    big = root / "content" / "articles" / "big.txt"
    with open(big, "wb") as f:
        f.truncate(64 * 1024 * 1024)  # sparse: 64 MiB that cost no disk
    tracemalloc.start()
    try:
        found = messages(root, tmp_path / "site")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert f"content/articles/big.txt: file is {64 * 1024 * 1024} bytes; the limit is 2097152" in found
    assert peak < 16 * 1024 * 1024, f"{peak} bytes allocated: the file was read"


def test_a_pin_naming_no_file_is_a_warning_and_an_error_when_strict(tmp_path):
    root = make_project(tmp_path, {"good.md": GOOD})
    (root / "content" / "stories.yaml").write_text("raid:\n  title: Raid\n  articles: [good.md, gone.md]\n")
    out = tmp_path / "site"
    warning = "content/stories.yaml:2:3: warning: raid: no article file or id 'gone.md'; the pin does nothing"
    assert warning in [str(w) for w in build(load_config(root, out)).warnings]
    with pytest.raises(ContentError) as exc:
        build(load_config(root, out, strict=True))
    assert warning in [str(p) for p in exc.value.problems]


# --- Containment: one rule for every input path, files and folders, after resolving links ---

def outside(tmp_path: Path) -> Path:
    """A folder outside the project holding files an attacker would like published."""
    secret = tmp_path / "secret"
    (secret / "articles").mkdir(parents=True)
    for folder in (secret, secret / "articles"):
        (folder / "passwd.md").write_text("---\ntitle: Secret\n---\nroot:x:0:0 and 300 secret people.\n")
        (folder / "passwd.txt").write_text("Secret\n\nroot:x:0:0 and 300 secret people.\n")
    (secret / "stories.yaml").write_text("secret:\n  title: Secret\n  articles: [good.md]\n")
    (secret / "leak.css").write_text("/* root:x:0:0 */\n")
    return secret


LINKS = {
    # link inside the project -> what it points to (relative to the secret folder)
    "content/pages/passwd.md": "passwd.md",
    "content/articles/leak.md": "passwd.md",
    "seeds/leak.txt": "passwd.txt",
    "content/stories.yaml": "stories.yaml",
}


@pytest.mark.parametrize("link", LINKS)
def test_nothing_outside_the_project_is_read_or_published(tmp_path, link):
    secret = outside(tmp_path)
    root = make_project(tmp_path, {"good.md": GOOD})
    (root / link).parent.mkdir(parents=True, exist_ok=True)
    os.symlink(secret / LINKS[link], root / link)
    out = tmp_path / "site"
    found = messages(root, out, keep_going=True)
    published = [p for p in out.rglob("*") if p.is_file() and b"root:x:0:0" in p.read_bytes()] if out.exists() else []
    assert published == []
    assert any("symlink points outside the project" in m for m in found), found


@pytest.mark.parametrize("folder", ["content", "content/articles", "seeds", "static"])
def test_a_linked_input_folder_is_not_followed_out_of_the_project(tmp_path, folder):
    secret = outside(tmp_path)
    root = tmp_path / "project"
    root.mkdir()
    (root / folder).parent.mkdir(parents=True, exist_ok=True)
    os.symlink(secret if folder != "content" else tmp_path / "secret-content", root / folder)
    if folder == "content":
        (tmp_path / "secret-content").mkdir()
        os.symlink(secret / "articles", tmp_path / "secret-content" / "articles")
    out = tmp_path / "site"
    messages(root, out, keep_going=True)
    published = [p for p in out.rglob("*") if p.is_file() and b"root:x:0:0" in p.read_bytes()] if out.exists() else []
    assert published == []


# --- No input of any shape produces a traceback (property-based) ---

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

YAMLISH = st.lists(st.sampled_from([
    "title: ", "published: ", "source: ", "story: ", "url: ", "&a ", "*a", "[", "]", "{", "}", "- ", ": ", "\n", "  ",
    '"\\ud800"', '"\\x1b"', "!!python/object:os.system", "0001-01-01", "9999-12-31", "2025-02-30", "1e999", "~", "NO",
    "? ", "|", ">", "#", "'", '"', ",", "<<: *a", "\ufffe", "\x00", "\x1b", "\r", "\t", "2025-09-12T25:00:00",
]) | st.text(max_size=8), max_size=40).map("".join)
BODY = st.lists(st.sampled_from([
    "- ", "> ", "[", "](", "`", "```", "#", "*", "_", "<script>", "</div>", "\n\n", "1 ", "on Friday ", "next year ",
    "“", "”", "More than 300 workers in Seoul. ", "&#0;", "&#xd800;", "\x0b", "\ud7ff", "|", "---",
]) | st.text(max_size=8), max_size=80).map("".join)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(front=YAMLISH, body=BODY, text=st.text(max_size=300), page=BODY)
def test_any_file_is_a_located_problem_or_a_page_never_a_traceback(tmp_path_factory, front, body, text, page):
    tmp = tmp_path_factory.mktemp("prop")
    root = make_project(tmp, {"good.md": GOOD})
    arts = root / "content" / "articles"
    (arts / "front.md").write_bytes(f"---\n{front}\n---\n{body}\n".encode("utf-8", "surrogatepass"))
    (arts / "plain.txt").write_bytes(text.encode("utf-8", "surrogatepass"))
    (root / "content" / "pages").mkdir()
    (root / "content" / "pages" / "p.md").write_bytes(page.encode("utf-8", "surrogatepass"))
    for name in ("content/stories.yaml", "content/seeds.yaml", "coverage-site.yaml"):
        (root / name).write_bytes(front.encode("utf-8", "surrogatepass"))
    out = tmp / "site"
    try:
        build(load_config(root, out, keep_going=True, jobs=1))
    except ContentError as exc:  # only the project's own files may stop a keep-going build, and they say where
        assert {p.path for p in exc.problems} <= {"content/stories.yaml", "content/seeds.yaml", "coverage-site.yaml"}
        return
    assert (out / "articles" / "good.html").is_file()


@pytest.mark.parametrize("link", ["templates", "templates/base.html"])
def test_a_template_linked_out_of_the_project_is_refused(tmp_path, link):
    secret = outside(tmp_path)
    (secret / "base.html").write_text("root:x:0:0 {{ page }}\n")
    root = make_project(tmp_path, {"good.md": GOOD})
    if link != "templates":
        (root / "templates").mkdir()
    os.symlink(secret / "base.html" if link.endswith(".html") else secret, root / link)
    with pytest.raises(ContentError) as exc:
        build(load_config(root, tmp_path / "site"))
    assert f"{link}: symlink points outside the project; refusing to read it" in str(exc.value)
    assert not (tmp_path / "site").exists()
