"""The only writer: write the whole site into a sibling folder, then swap it in.

Every byte of the new site is written here: pages, data files, the big JSON
exports assembled from story pieces (this build's, spooled to a scratch file,
and the previous site's, copied out of its files), files taken over from the
previous site (hard links), the static folders. A failure at any point leaves
the previous site byte-identical and removes the temporary folder; paths are
checked to stay inside the output folder.

With `--stage-dir` (issue #19), story workers put their pages in a stage
folder of this build's own (`staging`, `stage_files`) instead of sending
them back; the writer moves them from there into the new site (`take`), so
the site still appears all at once, or not at all.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import socket
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from coverage_site.config import INPUT_FOLDERS, STATIC
from coverage_site.errors import ContentError, Problem
from coverage_site.read.files import contained
from coverage_site.site.export import SPOOL, Piece, fragment

log = logging.getLogger(__name__)

MARKER = ".coverage-site"  # marks a folder as ours, so we never replace someone else's


def check_out_dir(out: Path, root: Path, stage_dir: Path | None = None) -> None:
    """Refuse an output folder that would overwrite the project or a stranger's folder, and a stage folder
    inside the output folder (it would be published, or swapped away mid-build).

    First, what a killed build left beside it is cleaned up (see `recover`).
    """
    out = out.resolve()
    root = root.resolve()
    recover(out)
    protected = [root / name for name in (*INPUT_FOLDERS, "src", "tests", ".git", ".cache")]
    if out == root or root.is_relative_to(out) or any(out.is_relative_to(p) for p in protected):
        raise ContentError([Problem(str(out), None, None, "refusing to write the site over the project itself; choose another --out")])
    if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not (out / MARKER).exists())):
        raise ContentError([Problem(str(out), None, None, "folder exists and was not made by coverage-site; refusing to replace it")])
    if stage_dir is not None and stage_dir.resolve().is_relative_to(out):
        raise ContentError([Problem(str(stage_dir), None, None, "--stage-dir must lie outside the output folder")])


STAGE_PREFIX = ".coverage-site-stage-"  # + host-pid-: one build's stage folder, inside --stage-dir


def make_stage(parent: Path) -> str:
    """A new, empty stage folder for this build inside `parent` (--stage-dir); first, the stage folders that
    killed builds of this host left there are removed (a shared folder: other hosts' builds are not judged)."""
    parent.mkdir(parents=True, exist_ok=True)
    host = socket.gethostname().replace("-", "_")
    mine = f"{STAGE_PREFIX}{host}-"
    for path in parent.iterdir():
        if path.name.startswith(mine) and path.is_dir() and not path.is_symlink():
            pid = path.name[len(mine):].split("-")[0]
            if not (pid.isdigit() and _alive(int(pid))):
                shutil.rmtree(path, ignore_errors=True)
    return tempfile.mkdtemp(prefix=f"{mine}{os.getpid()}-", dir=parent)


@contextmanager
def staging(parent: Path | None) -> Iterator[str | None]:
    """This build's stage folder inside `parent` (--stage-dir; None: no stage), which every worker must see;
    removed at the end, whatever happens."""
    from coverage_site.parallel import check_shared

    if parent is None:
        yield None
        return
    stage = make_stage(parent)
    try:
        check_shared(stage, "the stage folder (--stage-dir)")  # a new folder of a random name: seen only if shared
        yield stage
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def stage_files(stage: str, files: dict[str, bytes]) -> tuple[str, ...]:
    """Write one story's files under `stage` (in a worker), each to a temporary name renamed into place (a
    task run again after its worker died rewrites them whole); return their output paths.

    The stage folder itself is never made here: a task still running after its build failed finds it gone
    and fails, instead of leaving a stage folder nobody removes."""
    for rel, data in files.items():
        norm = _relative(rel)
        target = os.path.join(stage, norm)
        folder = stage
        for part in os.path.dirname(norm).split(os.sep) if os.path.dirname(norm) else ():
            folder = os.path.join(folder, part)
            try:
                os.mkdir(folder)  # FileNotFoundError once the stage folder is gone
            except FileExistsError:
                pass
        tmp = f"{target}.tmp-{os.getpid()}"
        with open(tmp, "wb") as f:
            f.write(data)
        os.replace(tmp, target)
    return tuple(files)


def _relative(rel: str) -> str:
    """`rel` normalised; refused when it would leave the folder it is relative to."""
    norm = os.path.normpath(rel)
    if os.path.isabs(norm) or norm == ".." or norm.startswith("../"):
        raise ContentError([Problem(rel, None, None, "output path escapes the output folder")])
    return norm


class SiteWriter:
    """Writes a new site into a temporary sibling of `out`, page by page, and swaps it in at the end.

    Used as a context manager: leaving it by an exception removes the temporary
    folder and leaves the previous site byte-identical. Pages kept from the
    previous site are hard links to its files (same bytes, no copying); the
    previous site is removed only once the new one is in place.
    """

    def __init__(self, out: Path) -> None:
        self.out = out.resolve()
        self.out.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = Path(tempfile.mkdtemp(prefix=f".{self.out.name}.tmp-{os.getpid()}-", dir=self.out.parent))
        self._made: set[str] = set()
        self._spool = tempfile.TemporaryFile(dir=self.tmp)  # this build's export pieces
        self._spooled = 0
        self.written = 0
        self.kept = 0

    def __enter__(self) -> SiteWriter:
        return self

    def __exit__(self, kind, value, tb) -> None:
        self._spool.close()
        if kind is not None:
            shutil.rmtree(self.tmp, ignore_errors=True)

    def path(self, rel: str) -> str:
        """Where `rel` goes in the new site (its folder made); refuses paths that leave it."""
        norm = _relative(rel)  # the temporary folder holds no symlinks: a normalised path stays inside
        folder = os.path.dirname(norm)
        if folder not in self._made:
            os.makedirs(os.path.join(self.tmp, folder), exist_ok=True)
            self._made.add(folder)
        return os.path.join(self.tmp, norm)

    def write(self, rel: str, data: bytes) -> None:
        with open(self.path(rel), "wb") as f:
            f.write(data)
        self.written += 1

    def take(self, rel: str, stage: str) -> None:
        """Move `rel` from the stage folder (`stage_files`) into the new site; copied when the stage folder is
        on another file system."""
        source, target = os.path.join(stage, _relative(rel)), self.path(rel)
        try:
            os.replace(source, target)
        except OSError as e:
            if e.errno != errno.EXDEV:
                raise
            shutil.copyfile(source, target)
        self.written += 1

    def keep(self, rel: str) -> None:
        """Take `rel` over from the previous site unchanged (`previous.Previous` checked that it is there)."""
        target = self.path(rel)
        try:
            os.link(os.path.join(self.out, rel), target)
        except OSError as e:
            if isinstance(e, FileNotFoundError):
                raise
            shutil.copyfile(os.path.join(self.out, rel), target)  # a file system without hard links
        self.kept += 1

    def write_or_keep(self, rel: str, data: bytes, previous) -> None:
        """Write `data`, or take the previous site's file over when it holds the same bytes (a small file)."""
        try:
            same = previous.state is not None and (self.out / rel).read_bytes() == data
        except OSError:
            same = False
        if same:
            self.keep(rel)
        else:
            self.write(rel, data)

    def spool(self, raw: bytes) -> Piece:
        """Put aside one piece of a big export (a story's entry in data/coverage.json) until the list is written."""
        if self._spooled:
            self._spooled += self._spool.write(b",")  # separated as in a list, so runs copy in one go
        self._spool.write(raw)
        self._spooled += len(raw)
        return Piece(SPOOL, self._spooled - len(raw), self._spooled)

    def _piece(self, file: str, start: int, end: int, previous) -> bytes:
        if file != SPOOL:
            return previous.piece(file, start, end)
        self._spool.flush()
        return os.pread(self._spool.fileno(), end - start, start)

    def write_list(self, rel: str, head: dict, lists: dict[str, list[Piece]], previous) -> dict[Piece, Piece]:
        """Write `dumps(head | lists)` as `rel`, each list item a piece; return where each piece now lies.

        Pieces that lay side by side before (a kept story's, one new story's) are copied in one read. When
        every piece lies where it lay in the previous site's `rel`, the file is the same: it is kept.
        """
        chunks = _layout(head, lists)
        if previous.state is not None and _unchanged(rel, chunks, previous):
            self.keep(rel)
            return {p: p for chunk in chunks if isinstance(chunk, list) for p in chunk}
        moved: dict[Piece, Piece] = {}
        with open(self.path(rel), "wb") as f:
            pos = 0
            for chunk in chunks:
                if isinstance(chunk, bytes):
                    pos += f.write(chunk)
                    continue
                shift = pos - chunk[0].start
                pos += f.write(self._piece(chunk[0].file, chunk[0].start, chunk[-1].end, previous))
                moved.update((p, Piece(rel, p.start + shift, p.end + shift)) for p in chunk)
        self.written += 1
        return moved

    def commit(self, static_dirs: list[Path]) -> None:
        """Add the static folders, then put the new site in place of the old one.

        A static folder is the theme's or the project's: like every input, it must
        lie inside its owner once links are resolved (a linked `static/` is not copied).
        """
        for src in static_dirs:
            if not contained(src, src.parent):
                log.warning("%s: warning: symlink points outside the project; not copied", src)
            elif src.is_dir():
                _copy_tree(src, self.tmp / STATIC)
        (self.tmp / MARKER).write_text("This folder is generated by coverage-site; it is replaced on every build.\n")
        (self.tmp / ".nojekyll").write_bytes(b"")
        _permissions(self.tmp)
        _swap(self.tmp, self.out)


def _layout(head: dict, lists: dict[str, list[Piece]]) -> list[bytes | list[Piece]]:
    """A list file as literal bytes and runs of adjacent pieces, in order."""
    chunks: list[bytes | list[Piece]] = [fragment(head)[:-1]]
    for name, items in lists.items():
        chunks.append(b"," + fragment(name) + b":[")
        run: list[Piece] = []
        for piece in items:
            if run and piece.file == run[-1].file and piece.start == run[-1].end + 1:
                run.append(piece)
                continue
            if run:
                chunks += [run, b","]
            run = [piece]
        if run:
            chunks.append(run)
        chunks.append(b"]")
    chunks.append(b"}\n")
    return chunks


def _unchanged(rel: str, chunks: list[bytes | list[Piece]], previous) -> bool:
    """Whether the list file would be the previous site's `rel`, byte for byte: every piece where it was."""
    pos = 0
    try:
        for chunk in chunks:
            if isinstance(chunk, bytes):
                if previous.piece(rel, pos, pos + len(chunk)) != chunk:
                    return False
                pos += len(chunk)
            elif chunk[0].file != rel or chunk[0].start != pos:
                return False
            else:
                pos += chunk[-1].end - chunk[0].start
        return (previous.out / rel).stat().st_size == pos
    except OSError:  # shorter than that: not the same file
        return False


def _copy_tree(src: Path, dst: Path) -> None:
    for path in sorted(src.rglob("*")):
        if path.is_symlink() or path.name.startswith(".") or "__pycache__" in path.parts:
            continue  # the output never carries symlinks or hidden files
        target = dst / path.relative_to(src)
        if path.is_dir():
            target.mkdir(parents=True, exist_ok=True)
        elif path.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
        else:  # a pipe, socket or device: copying it would hang or fail
            log.warning("%s: warning: not a regular file; not copied", path)


def _permissions(top: Path) -> None:
    """GitHub Pages wants files 0644 and folders 0755 (mkdtemp makes 0700)."""
    os.chmod(top, 0o755)
    for dirpath, dirnames, filenames in os.walk(top):
        for d in dirnames:
            os.chmod(os.path.join(dirpath, d), 0o755)
        for f in filenames:
            os.chmod(os.path.join(dirpath, f), 0o644)


def _swap(tmp: Path, out: Path) -> None:
    """Replace `out` with `tmp`: rename out aside, rename tmp in, delete the old one."""
    if not out.exists():
        os.replace(tmp, out)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-{os.getpid()}-", dir=out.parent))
    os.rmdir(old)
    os.replace(out, old)
    try:
        os.replace(tmp, out)
    except BaseException:
        os.replace(old, out)
        raise
    shutil.rmtree(old, ignore_errors=True)


def recover(out: Path) -> None:
    """Clean up after a build that was killed: its temporary folders, and a swap cut between its two renames.

    Leftovers are `.<out>.tmp-<pid>-*` (a site being written) and `.<out>.old-<pid>-*`
    (the previous site, renamed aside by `_swap`). Those of a running build (its
    process is alive) are left alone. If `out` is missing and a previous site
    was renamed aside, it is put back: the site a reader sees is the old one
    until the next build completes.
    """
    if not out.parent.is_dir():
        return
    leftovers = []
    for path in out.parent.iterdir():
        for kind in ("tmp", "old"):
            prefix = f".{out.name}.{kind}-"
            if path.name.startswith(prefix) and path.is_dir() and not path.is_symlink():
                pid = path.name[len(prefix):].split("-")[0]
                if not (pid.isdigit() and _alive(int(pid))):
                    leftovers.append((kind, path))
    if not out.exists():
        old = [p for kind, p in leftovers if kind == "old" and (p / MARKER).is_file()]
        if old:
            newest = max(old, key=lambda p: p.stat().st_mtime_ns)
            os.replace(newest, out)
            leftovers = [(k, p) for k, p in leftovers if p != newest]
    for _, path in leftovers:
        shutil.rmtree(path, ignore_errors=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # this process is not building yet: anything of its pid is a leftover
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
