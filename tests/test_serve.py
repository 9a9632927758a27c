"""The real dev server on a free loopback port: rebuilds, error banner, refusal of escapes."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ROOT

EXE = str(Path(sys.executable).with_name("coverage-site"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, root: Path):
        self.port = free_port()
        self.lines: list[str] = []
        self.proc = subprocess.Popen([EXE, "serve", "--root", str(root), "--port", str(self.port)],
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        threading.Thread(target=self._read, daemon=True).start()
        # A cold first build (gazetteer, word lists, every reader) while the rest of the suite runs on both
        # cores took over 20 s once: a timeout, not a speed target (those are in `make bench`).
        self.wait(lambda: self.status("index.html") == 200, "server start", 60)

    def _read(self):
        for line in self.proc.stdout:
            self.lines.append(line.rstrip())

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}/{path}"

    def get(self, path: str) -> str:
        with urllib.request.urlopen(self.url(path), timeout=5) as r:
            return r.read().decode("utf-8")

    def status(self, path: str) -> int:
        try:
            with urllib.request.urlopen(self.url(path), timeout=5) as r:
                return r.status
        except urllib.error.HTTPError as exc:
            return exc.code
        except OSError:
            return 0

    def builds(self) -> int:
        return sum(line.startswith(("Built ", "Build failed")) for line in self.lines)

    @staticmethod
    def wait(check, what: str, seconds: float = 20.0):
        end = time.time() + seconds
        while time.time() < end:
            if check():
                return
            time.sleep(0.2)
        raise AssertionError(f"timed out waiting for {what}")

    def stop(self):
        self.proc.terminate()
        self.proc.wait(timeout=10)


@pytest.fixture
def project(tmp_path):
    root = tmp_path / "project"
    root.mkdir()
    for name in ("seeds", "content", "templates", "static"):
        shutil.copytree(ROOT / name, root / name)
    return root


@pytest.fixture
def server(project):
    s = Server(project)
    yield s
    s.stop()


ARTICLE = "articles/002-7184003ba85ee682.html"


def test_pages_load_the_reload_client_by_src(server):
    html = server.get("index.html")
    assert f'<script src="/livereload.js?port={server.port}" defer></script>' in html
    assert server.status(f"livereload.js?port={server.port}") == 200


def test_an_edit_to_a_seed_rebuilds_once_and_changes_the_page(server, project):
    before = server.builds()
    with open(project / "seeds" / "002_7184003ba85ee682.txt", "a", encoding="utf-8") as f:
        f.write("\nA spokesman added that the Zanzibar-bound charter left on Monday.\n")
    server.wait(lambda: "Zanzibar-bound" in server.get(ARTICLE), "the seed edit")
    time.sleep(2.0)
    assert server.builds() == before + 1, server.lines


def test_an_edit_to_a_template_and_to_the_config_rebuild(server, project):
    base = project / "templates" / "base.html"
    base.write_text(base.read_text().replace("Built with coverage-site", "Made with care by coverage-site"))
    server.wait(lambda: "Made with care" in server.get("index.html"), "the template edit")
    (project / "coverage-site.yaml").write_text("title: Raid coverage desk\n")
    server.wait(lambda: "Raid coverage desk" in server.get("index.html"), "the config edit")


def test_a_file_copied_with_an_old_mtime_still_rebuilds(server, project, tmp_path):
    src = tmp_path / "new.md"
    src.write_text("---\ntitle: Late arrival\nsource: Wire\n---\nMore than 300 workers returned on Friday.\n")
    os.utime(src, (1_000_000_000, 1_000_000_000))  # 2001: older than the server
    (project / "content" / "articles").mkdir(exist_ok=True)
    subprocess.run(["cp", "-p", str(src), str(project / "content" / "articles" / "new.md")], check=True)
    server.wait(lambda: server.status("articles/new.html") == 200, "the copied article")


def test_broken_front_matter_keeps_the_old_site_and_shows_the_error(server, project):
    (project / "content" / "articles").mkdir(exist_ok=True)
    bad = project / "content" / "articles" / "bad.md"
    bad.write_text("---\ntitle: [oops\n---\nText.\n")
    server.wait(lambda: server.status("__coverage_site_error__.txt") == 200, "the error file")
    error = server.get("__coverage_site_error__.txt")
    assert error.startswith("content/articles/bad.md:2:")
    assert server.status(ARTICLE) == 200  # the last good site is still served
    assert 'src="static/dev.js"' in server.get("index.html") or "static/dev.js" in server.get("index.html")
    assert server.proc.poll() is None  # and the server lives on
    bad.write_text("---\ntitle: Fixed\n---\nAbout 40 people came.\n")
    server.wait(lambda: server.status("__coverage_site_error__.txt") == 404, "recovery")
    assert server.status("articles/bad.html") == 200


@pytest.mark.parametrize("path", ["../project/seeds/002_7184003ba85ee682.txt", "%2e%2e/project/coverage-site.yaml",
                                  "static/../../project/seeds/002_7184003ba85ee682.txt"])
def test_paths_out_of_the_site_are_refused(server, path):
    assert server.status(path) in (400, 403, 404)


def test_a_symlink_out_of_the_site_is_refused(server, project):
    os.symlink(project / "seeds", project / "_site" / "leak")
    assert server.status("leak/002_7184003ba85ee682.txt") in (403, 404)


def test_the_project_folder_is_never_served(server):
    for path in ("seeds/002_7184003ba85ee682.txt", "content/seeds.yaml", "templates/base.html"):
        assert server.status(path) == 404


# --- Issue #17: dev server and build state ---

def test_only_loopback_host_names_are_served(server):
    def status(host: str) -> int:
        request = urllib.request.Request(server.url("index.html"), headers={"Host": host})
        try:
            with urllib.request.urlopen(request, timeout=5) as r:
                return r.status
        except urllib.error.HTTPError as exc:
            return exc.code

    assert status(f"127.0.0.1:{server.port}") == 200 and status(f"localhost:{server.port}") == 200
    assert status(f"attacker.example:{server.port}") == 403  # DNS rebinding: the page's own name comes along
    assert status("attacker.example") == 403


def test_pages_are_served_while_a_slow_build_runs(server, project):
    # About 15 s of building here: the server must go on answering from the last good site meanwhile.
    (project / "content" / "articles").mkdir(exist_ok=True)
    before = server.builds()
    (project / "content" / "articles" / "slow.txt").write_text("Slow\n\n" + "1 " * 250_000 + "\n", encoding="utf-8")
    time.sleep(2.0)  # noticed (0.8 s polling), settled, building
    slowest = 0.0
    for _ in range(6):
        start = time.perf_counter()
        assert server.status(ARTICLE) == 200
        slowest = max(slowest, time.perf_counter() - start)
        time.sleep(0.3)
    assert slowest < 2.0, f"a request waited {slowest:.1f} s for the build"
    assert server.builds() == before  # and the build was indeed still running


def test_a_failed_first_build_does_not_lock_the_output_folder(tmp_path):
    from coverage_site.config import load_config
    from coverage_site.serve import Builder

    root = tmp_path / "project"
    (root / "content" / "articles").mkdir(parents=True)
    bad = root / "content" / "articles" / "a.md"
    bad.write_text("---\ntitle: [oops\n---\nText.\n")
    builder = Builder(load_config(root))
    try:
        assert builder() is False  # the first build fails: a placeholder page and the error are served
        bad.write_text("---\ntitle: Fixed\n---\nAbout 40 people came.\n")
        assert builder() is True, "the placeholder locked the folder"
    finally:
        getattr(builder, "close", lambda: None)()
    assert "Fixed" in (root / "_site" / "articles" / "a.html").read_text(encoding="utf-8")


def test_stopping_the_server_stops_its_build_worker(server):
    children = subprocess.run(["pgrep", "-P", str(server.proc.pid)], capture_output=True, text=True).stdout.split()
    assert children  # the build worker (and multiprocessing's resource tracker)
    server.stop()

    def alive(pid: str) -> bool:
        try:
            return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
        except OSError:
            return False

    server.wait(lambda: not any(alive(pid) for pid in children), "the worker to exit", 10)
