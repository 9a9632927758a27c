"""`--engine dask` (issue #19): the same site, byte for byte, as local processes, on a real LocalCluster.

No mock of Dask: a LocalCluster of 2 worker processes (1 thread each) on 127.0.0.1. The suite needs
`coverage-site[dask]` (`make test` installs it): without it these tests fail, they are not skipped.
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
from pathlib import Path

import dask
import distributed
import pytest

from coverage_site.build import build
from coverage_site.config import load_config
from coverage_site.errors import EngineError
from tests.conftest import ECBPLUS, ROOT, copy_seeds

EXE = str(Path(sys.executable).with_name("coverage-site"))


@pytest.fixture(scope="module")
def cluster():
    """(scheduler address, a client of it): 2 workers, 1 thread each, loopback only."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address="127.0.0.1:0") as c, distributed.Client(c, set_as_default=False) as client:
        yield c.scheduler_address, client


def tree(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def same_site(a: Path, b: Path) -> None:
    """Byte-identical trees (the `diff -r` of two output folders), with a readable failure."""
    ta, tb = tree(a), tree(b)
    assert sorted(ta) == sorted(tb)
    assert [rel for rel in ta if ta[rel] != tb[rel]] == []


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([EXE, "build", *args], capture_output=True, text=True)


def test_seeds_on_a_local_cluster_are_byte_identical_to_local_processes(tmp_path):
    """`--engine dask` alone starts a LocalCluster of --jobs workers; no progress lines when not a terminal."""
    local, on_dask = copy_seeds(tmp_path / "a"), copy_seeds(tmp_path / "b")
    r = cli("--root", str(local), "--out", str(tmp_path / "local"), "--jobs", "2")
    assert r.returncode == 0, r.stderr
    r = cli("--root", str(on_dask), "--out", str(tmp_path / "dask"), "--jobs", "2", "--engine", "dask")
    assert r.returncode == 0, r.stderr
    assert "/s" not in r.stderr and "\r" not in r.stderr
    same_site(tmp_path / "local", tmp_path / "dask")


def test_workers_run_the_map_stages_and_never_recompute_what_is_cached(tmp_path, cluster):
    address, client = cluster
    root = copy_seeds(tmp_path / "p")
    build(load_config(root, tmp_path / "local"))
    with distributed.get_task_stream(client) as clean:
        first = build(load_config(root, tmp_path / "clean", clean=True, engine="dask", scheduler=address))
    with distributed.get_task_stream(client) as cached:
        result = build(load_config(root, tmp_path / "cached", engine="dask", scheduler=address))
    # --clean: every file read, its claims extracted and every story made on the workers (a task each at this size).
    assert len(clean.data) == 2 * first.articles + first.stories
    # From the cache: nothing to read or extract; stories rendered on the workers from cached alignments.
    assert len(cached.data) == result.stories == result.made
    # The same cache hits and misses as local processes in the same position (the one miss: no state for this out).
    again = build(load_config(root, tmp_path / "again"))
    assert (result.cache_hits, result.cache_misses) == (again.cache_hits, again.cache_misses) == (again.cache_hits, 1)
    same_site(tmp_path / "local", tmp_path / "clean")
    same_site(tmp_path / "local", tmp_path / "cached")


def test_1000_articles_on_two_workers_are_byte_identical_to_local_processes(tmp_path, cluster):
    """The costliest test of this file: two clean builds of 1,000 ECB+ replicas, about 25 s each here."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import corpus
    finally:
        sys.path.remove(str(ROOT / "bench"))
    assert ECBPLUS.is_file(), f"the shared ECB+ corpus is missing: {ECBPLUS}"
    roots = [corpus.ecb10k(tmp_path / name, target=1000) for name in ("a", "b")]
    assert len(list((roots[0] / "content" / "articles").iterdir())) == 1000
    local = build(load_config(roots[0], tmp_path / "local", jobs=2))
    on_dask = build(load_config(roots[1], tmp_path / "dask", engine="dask", scheduler=cluster[0]))
    assert (on_dask.pages, on_dask.stories) == (local.pages, local.stories) and local.articles == 1000
    same_site(tmp_path / "local", tmp_path / "dask")


@pytest.mark.parametrize("staged", [False, True], ids=["pages-sent-back", "stage-dir"])
def test_a_worker_killed_mid_build_is_retried_and_the_site_is_the_same(tmp_path, cluster, monkeypatch, staged):
    """Dask's default: a task whose worker died runs again elsewhere (the nanny restarts the dead worker)."""
    import coverage_site.build
    from tests import faults

    root = copy_seeds(tmp_path / "p")
    build(load_config(root, tmp_path / "local", clean=True))
    marker = tmp_path / "killed"
    monkeypatch.setattr(coverage_site.build, "make_story", functools.partial(faults.die_once, str(marker)))
    stage = tmp_path / "stage" if staged else None
    build(load_config(root, tmp_path / "dask", clean=True, engine="dask", scheduler=cluster[0], stage_dir=stage))
    assert marker.is_file() and int(marker.read_text()) != os.getpid()  # a worker process did die
    same_site(tmp_path / "local", tmp_path / "dask")
    assert not staged or list(stage.iterdir()) == []


def test_with_a_stage_dir_workers_write_the_pages_and_the_site_is_the_same(tmp_path, cluster, monkeypatch):
    """--stage-dir: the workers write each story's pages into the shared folder; the client only moves them
    into the new site (it cannot write them itself here: its `stage_files` fails), then the folder is gone."""
    import coverage_site.write
    from coverage_site.write import SiteWriter

    root = copy_seeds(tmp_path / "p")
    sent = build(load_config(root, tmp_path / "sent", clean=True, engine="dask", scheduler=cluster[0]))
    moved: list[str] = []
    take = SiteWriter.take
    monkeypatch.setattr(SiteWriter, "take", lambda self, rel, stage: moved.append(rel) or take(self, rel, stage))
    monkeypatch.setattr(coverage_site.write, "stage_files", lambda *a: pytest.fail("the client staged pages"))
    stage = tmp_path / "stage"
    result = build(load_config(root, tmp_path / "staged", clean=True, engine="dask", scheduler=cluster[0],
                               stage_dir=stage))
    same_site(tmp_path / "sent", tmp_path / "staged")
    assert result.made == sent.made > 0
    assert any(rel.endswith(".html") for rel in moved) and len(moved) == len(set(moved))
    assert list(stage.iterdir()) == []  # this build's stage folder was removed


def test_a_build_failing_after_the_pages_were_staged_leaves_the_previous_site(tmp_path, cluster, monkeypatch):
    import coverage_site.build
    from coverage_site.write import SiteWriter

    root = copy_seeds(tmp_path / "p")
    out, stage = tmp_path / "site", tmp_path / "stage"
    build(load_config(root, out))
    before = tree(out)
    moved: list[str] = []
    take = SiteWriter.take
    monkeypatch.setattr(SiteWriter, "take", lambda self, rel, stage: moved.append(rel) or take(self, rel, stage))

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(coverage_site.build, "write_site", disk_full)  # after every story's pages were moved in
    with pytest.raises(OSError, match="No space"):
        build(load_config(root, out, clean=True, engine="dask", scheduler=cluster[0], stage_dir=stage))
    assert moved
    assert tree(out) == before
    assert list(stage.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p", "site", "stage"]  # no half-built folder left


def test_a_stage_dir_inside_the_output_folder_is_refused(tmp_path):
    from coverage_site.errors import ContentError

    root = copy_seeds(tmp_path / "p")
    with pytest.raises(ContentError, match="--stage-dir must lie outside the output folder"):
        build(load_config(root, tmp_path / "site", stage_dir=tmp_path / "site" / "stage"))
    assert not (tmp_path / "site").exists()


def test_a_worker_killed_with_no_retries_allowed_fails_the_build_and_leaves_the_previous_site(tmp_path, monkeypatch):
    """With `distributed.scheduler.allowed-failures: 0` the death is final: EngineError, old site intact."""
    import coverage_site.build
    from tests import faults

    root = copy_seeds(tmp_path / "p")
    out = tmp_path / "site"
    build(load_config(root, out))
    before = tree(out)
    marker = tmp_path / "killed"
    monkeypatch.setattr(coverage_site.build, "make_story", functools.partial(faults.die_once, str(marker)))
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        with pytest.raises(EngineError, match="died"):
            build(load_config(root, out, clean=True, engine="dask", jobs=2))
    assert marker.is_file()
    assert tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["killed", "p", "site"]  # no half-built folder left


def test_workers_that_do_not_see_the_project_folder_stop_the_build_before_it_starts(tmp_path, cluster):
    from coverage_site.dask_engine import DaskEngine

    with pytest.raises(EngineError, match="do not see the project folder .*nowhere"):
        DaskEngine.start(cluster[0], root=tmp_path / "nowhere")
    with DaskEngine.start(cluster[0], root=tmp_path) as engine:
        assert engine.workers() == 2
        assert list(engine.map(str.upper, list("abc"))) == ["A", "B", "C"]


def test_workers_that_do_not_see_the_stage_folder_stop_the_build_and_leave_the_previous_site(tmp_path, cluster,
                                                                                              monkeypatch):
    """The check asks the workers for the build's new stage folder: here they are told another path, as
    workers on machines that do not share the folder would see none of it."""
    from coverage_site.dask_engine import DaskEngine

    root = copy_seeds(tmp_path / "p")
    out = tmp_path / "site"
    build(load_config(root, out))
    before = tree(out)
    check = DaskEngine.check_sees
    monkeypatch.setattr(DaskEngine, "check_sees", lambda self, folder, what:
                        check(self, folder + "-elsewhere" if folder.startswith(str(tmp_path / "stage")) else folder, what))
    with pytest.raises(EngineError, match="do not see the stage folder"):
        build(load_config(root, out, clean=True, engine="dask", scheduler=cluster[0], stage_dir=tmp_path / "stage"))
    assert tree(out) == before
    assert list((tmp_path / "stage").iterdir()) == []


def test_without_the_dask_extra_the_build_says_what_to_install(tmp_path):
    root = copy_seeds(tmp_path / "p")
    code = ("import sys; sys.modules['distributed'] = None; from coverage_site.cli import main; "
            f"sys.exit(main(['build', '--root', {str(root)!r}, '--engine', 'dask']))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 1
    assert "pip install 'coverage-site[dask]'" in r.stderr and "Traceback" not in r.stderr
    assert not (root / "_site").exists()


def test_an_unreachable_scheduler_is_a_clear_error(tmp_path):
    root = copy_seeds(tmp_path / "p")
    r = cli("--root", str(root), "--scheduler", "tcp://127.0.0.1:9")
    assert r.returncode == 1
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in r.stderr and "Traceback" not in r.stderr
    assert not (root / "_site").exists()
    r = cli("--root", str(root), "--scheduler", "tcp://127.0.0.1:9", "--engine", "local")
    assert r.returncode == 2


def test_a_task_staging_pages_after_its_stage_folder_was_removed_leaves_nothing(tmp_path):
    """A story task still running when its build failed must not re-create the stage folder the build removed."""
    from coverage_site.write import stage_files

    stage = tmp_path / "gone"
    with pytest.raises(FileNotFoundError):
        stage_files(str(stage), {"stories/a/index.html": b"<p>late</p>"})
    assert not stage.exists()
    stage.mkdir()
    assert stage_files(str(stage), {"stories/a/index.html": b"x", "top.json": b"{}"}) == ("stories/a/index.html", "top.json")
    assert (stage / "stories" / "a" / "index.html").read_bytes() == b"x"
