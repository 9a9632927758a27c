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
import sys
import time
from dataclasses import replace
from pathlib import Path

from coverage_site.config import CONFIG_NAME, Config

log = logging.getLogger(__name__)

ERROR_FILE = "__coverage_site_error__.txt"  # read by static/dev.js in dev builds
WATCHED = ("seeds", "content", "templates", "static")
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


class Builder:
    """Runs one build, never raises, and leaves the error where the browser can see it."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.builds = 0

    def __call__(self) -> bool:
        from coverage_site.build import build
        from coverage_site.config import load_config
        from coverage_site.errors import ContentError

        self.builds += 1
        error_file = self.config.out / ERROR_FILE
        try:
            config = replace(load_config(self.config.root, self.config.out, base_path="/", strict=self.config.strict,
                                         keep_going=self.config.keep_going), dev_port=self.config.dev_port)
            result = build(config)
        except ContentError as exc:
            message = "\n".join(str(p) for p in exc.problems)
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
        self.config.out.mkdir(parents=True, exist_ok=True)
        if not (self.config.out / "index.html").exists():
            (self.config.out / "index.html").write_text(
                "<!doctype html><title>Build failed</title><h1>Build failed</h1><p>See the terminal.</p>\n")
        error_file.write_text(message + "\n", encoding="utf-8")
        return False


def make_watcher(config: Config, builder: Builder):
    """A livereload watcher that builds on content changes and reloads the browser itself."""
    from livereload.handlers import LiveReloadHandler
    from livereload.watcher import Watcher

    class SiteWatcher(Watcher):
        def __init__(self) -> None:
            super().__init__()
            self.seen = snapshot(config.root)
            self.hashes = {p: digest(p) for p in self.seen}

        def start(self, callback) -> bool:
            return False  # livereload polls examine() every 0.8 s

        def examine(self):
            if self._changes:  # livereload's own start-up marker
                self._changes.pop()
                return None, None
            now = snapshot(config.root)
            if now == self.seen:
                return None, None
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
                LiveReloadHandler.reload_waiters()
            return None, None

    return SiteWatcher()


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
            web.Application(handlers=handlers, debug=False).listen(port, address=host)

        def _setup_logging(self):
            logging.getLogger("livereload").setLevel(logging.WARNING)  # we print our own build lines

    server = DevServer(watcher=make_watcher(config, builder))
    print(f"Serving {config.out} at http://{host}:{port}/ (Ctrl-C to stop); watching {', '.join(WATCHED)}.", flush=True)
    server.serve(port=port, host=host, root=str(config.out), restart_delay=0)
