"""`coverage-site serve`: build, serve `_site/` on loopback, rebuild on change, reload the browser.

Built on livereload, with three changes its notes call for:
- its inline script injection is not used (the site's CSP blocks inline
  scripts); dev builds load `/livereload.js` by `src` instead;
- its mtime watcher misses files copied in with old mtimes (`cp -p`,
  `git checkout`): ours compares the set of files and their contents;
- a failed build never stops the server: the last good site stays up and the
  error is shown in the browser as a banner (and printed with `path:line`).
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import signal
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

from coverage_site.config import CONFIG_NAME, INPUT_FOLDERS, Config
from coverage_site.write import MARKER

log = logging.getLogger(__name__)

ERROR_FILE = "__coverage_site_error__.txt"  # read by static/dev.js in dev builds
WATCHED = INPUT_FOLDERS
SETTLE = 0.15  # seconds a tree must stay unchanged before it is built: one save, one build


def snapshot(root: Path) -> dict[str, tuple[int, int, int]]:
    """Size, mtime and inode of every watched file."""
    out: dict[str, tuple[int, int, int]] = {}
    paths = [root / name for name in WATCHED] + [root / CONFIG_NAME]
    for top in paths:
        if top.is_file():
            st = top.stat()
            out[str(top)] = (st.st_size, st.st_mtime_ns, st.st_ino)
        elif top.is_dir():
            for dirpath, dirnames, filenames in os.walk(top):
                dirnames[:] = [d for d in dirnames if not d.startswith(".")]
                for name in filenames:
                    if name.startswith(".") or name.endswith("~"):
                        continue
                    p = os.path.join(dirpath, name)
                    try:
                        st = os.stat(p)
                    except OSError:
                        continue
                    out[p] = (st.st_size, st.st_mtime_ns, st.st_ino)
    return out


def digest(path: str) -> str:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return ""


def _build_in_worker(config: Config):
    """One dev build, in the builder's worker process."""
    from coverage_site.build import build
    from coverage_site.config import load_config

    config = replace(load_config(config.root, config.out, base_path="/", strict=config.strict,
                                 keep_going=config.keep_going), dev_port=config.dev_port)
    return build(config)


class Builder:
    """Runs one build, never raises, and leaves the error where the browser can see it.

    Builds run in a worker process (kept between builds, so what it loaded stays
    warm): however long a build takes, and whatever it holds while it runs, the
    server's process stays free to serve the last good site. A worker that
    dies (out of memory) is replaced at the next build.
    """

    def __init__(self, config: Config) -> None:
        self.config = config
        self.builds = 0
        self.pool = None

    def close(self) -> None:
        """Stop the worker, even mid-build (its half-written folder is removed by the next build)."""
        if self.pool is not None:
            for process in list(getattr(self.pool, "_processes", {}).values()):
                process.terminate()
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None

    def __call__(self) -> bool:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool

        from coverage_site.errors import ContentError

        self.builds += 1
        error_file = self.config.out / ERROR_FILE
        try:
            if self.pool is None:
                # spawn: the worker starts from a clean process, not a fork of the server's threads, and it
                # exits by itself if the server is killed (its only pipe to the server closes).
                self.pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
            result = self.pool.submit(_build_in_worker, self.config).result()
        except ContentError as exc:
            message = "\n".join(str(p) for p in exc.problems)
        except BrokenProcessPool:
            self.close()
            message = "build crashed: the build process died (out of memory?)"
        except Exception as exc:  # the server must outlive any bug or bad input
            log.exception("build crashed")
            message = f"build crashed: {type(exc).__name__}: {exc}"
        else:
            for w in result.warnings:
                print(w, file=sys.stderr)
            print(f"Built {result.pages} pages from {result.articles} articles in {result.seconds:.2f} s.", flush=True)
            error_file.unlink(missing_ok=True)
            return True
        print(f"Build failed; still serving the last good site.\n{message}", file=sys.stderr, flush=True)
        try:
            self.config.out.mkdir(parents=True, exist_ok=True)
            if not (self.config.out / "index.html").exists():
                (self.config.out / "index.html").write_text(
                    "<!doctype html><title>Build failed</title><h1>Build failed</h1><p>See the terminal.</p>\n")
                # Marked as ours, or the next build would refuse to replace this placeholder.
                (self.config.out / MARKER).write_text("This folder is generated by coverage-site.\n")
            error_file.write_text(message + "\n", encoding="utf-8")
        except OSError as exc:
            print(f"{exc.filename or self.config.out}: {exc.strerror or exc}", file=sys.stderr, flush=True)
        return False


def make_watcher(config: Config, builder: Builder):
    """A livereload watcher that builds on content changes and reloads the browser itself."""
    from livereload.handlers import LiveReloadHandler
    from livereload.watcher import Watcher
    from tornado.ioloop import IOLoop

    class SiteWatcher(Watcher):
        def __init__(self) -> None:
            super().__init__()
            self.seen = snapshot(config.root)
            self.hashes = {p: digest(p) for p in self.seen}

        def start(self, callback) -> bool:
            return False  # livereload polls examine() every 0.8 s

        def examine(self):
            """Called on the server's event loop: it only notices a change; the build runs on a thread.

            Pages go on being served (the last good site: builds swap the folder
            in whole) while a build runs, however long it takes.
            """
            if self._changes:  # livereload's own start-up marker
                self._changes.pop()
                return None, None
            if self.building is not None and self.building.is_alive():
                return None, None  # changes made meanwhile are seen once it ends
            now = snapshot(config.root)
            if now == self.seen:
                return None, None
            loop = IOLoop.current()
            self.building = threading.Thread(target=self.settle_and_build, args=(now, loop), daemon=True)
            self.building.start()
            return None, None

        def settle_and_build(self, now, loop) -> None:
            while True:  # let the editor finish writing: build once per save
                time.sleep(SETTLE)
                later = snapshot(config.root)
                if later == now:
                    break
                now = later
            stale = [p for p in now if now[p] != self.seen.get(p)]
            hashes = {p: (digest(p) if p in stale else self.hashes.get(p, "")) for p in now}
            changed = set(now) != set(self.seen) or any(hashes[p] != self.hashes.get(p) for p in stale)
            self.seen, self.hashes = now, hashes
            if changed:
                builder()
                self.filepath = stale[0] if stale else str(config.root)
                loop.add_callback(LiveReloadHandler.reload_waiters)

    watcher = SiteWatcher()
    watcher.building = None
    return watcher


LOOPBACK = ("localhost", "127.0.0.1", "::1", "[::1]")


def host_pattern(host: str) -> str:
    """The Host header values served: loopback names (and `host` when it names this machine's address).

    A page on another site cannot read the preview through DNS rebinding: its requests carry that site's name.
    """
    names = set(LOOPBACK)
    if host not in ("0.0.0.0", "::", ""):
        names.add(host)
    return "(" + "|".join(re.escape(n) for n in sorted(names)) + ")"


def serve(config: Config, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Build, then serve `config.out` until interrupted."""
    from livereload import Server
    from livereload.handlers import LiveReloadHandler, LiveReloadJSHandler
    from tornado import web

    config = replace(config, dev_port=port)
    builder = Builder(config)
    builder()

    class DevServer(Server):
        def application(self, port, host, liveport=None, debug=None, live_css=True):
            # livereload's handlers without its inline-script injector.
            LiveReloadHandler.watcher = self.watcher
            LiveReloadHandler.live_css = live_css
            handlers = [(r"/livereload", LiveReloadHandler), (r"/livereload.js", LiveReloadJSHandler)]
            handlers += self.get_web_handlers(b"")
            app = web.Application(handlers=[(r".*", WrongHost)], debug=False)
            app.add_handlers(host_pattern(host), handlers)  # matched before the catch-all above
            app.listen(port, address=host)

        def _setup_logging(self):
            logging.getLogger("livereload").setLevel(logging.WARNING)  # we print our own build lines

    class WrongHost(web.RequestHandler):
        def prepare(self):
            raise web.HTTPError(403, reason="Host not allowed")

    server = DevServer(watcher=make_watcher(config, builder))
    print(f"Serving {config.out} at http://{host}:{port}/ (Ctrl-C to stop); watching {', '.join(WATCHED)}.", flush=True)
    def stop(signum, frame):
        raise SystemExit(0)  # so that the build worker is stopped too (below)

    signal.signal(signal.SIGTERM, stop)
    try:
        server.serve(port=port, host=host, root=str(config.out), restart_delay=0)
    finally:
        builder.close()
