"""The `coverage-site` command. Subcommands import only what they need."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from coverage_site import __version__


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="coverage-site", description="Compare news coverage claim by claim.")
    parser.add_argument("--version", action="version", version=f"coverage-site {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="build the site of a project folder")
    b.add_argument("--root", type=Path, default=Path("."), help="project folder (default: current folder)")
    b.add_argument("--out", type=Path, default=None, help="output folder (default: ROOT/_site)")
    b.add_argument("--base-path", default=None, help="path the site is served under, e.g. /my-repo/")
    b.add_argument("--site-url", default=None, help="absolute URL of the site, for canonical links")
    b.add_argument("--strict", action="store_true", help="treat warnings as errors")
    b.add_argument("--keep-going", action="store_true", help="report broken articles and build without them")
    b.add_argument("--clean", action="store_true", help="ignore the build cache (.cache/coverage-site)")
    b.add_argument("--jobs", type=int, default=None, help="processes for reading, claim extraction and story pages (default: all cores)")
    b.add_argument("--engine", choices=("local", "dask"), default=None,
                   help="where reading, extraction and stories run: local processes (default) or a Dask cluster "
                        "(a LocalCluster of --jobs workers on 127.0.0.1 unless --scheduler); needs coverage-site[dask]")
    b.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="with --engine dask: an existing Dask scheduler, e.g. tcp://10.0.0.5:8786 (implies --engine dask)")
    b.add_argument("--stage-dir", type=Path, default=None, metavar="PATH",
                   help="a folder every worker sees at this path (a shared file system): workers write story pages "
                        "there instead of sending them back; the build moves them into the new site")
    b.add_argument("--no-progress", action="store_true", help="no progress lines (shown only on a terminal anyway)")
    b.add_argument("--debug", action="store_true", help="print how the build decided: each story's margin, stage timings")
    b.set_defaults(func=_build)

    e = sub.add_parser("extract", help="print the claim records of one article")
    e.add_argument("file", help="a .txt or .md article, or - for standard input")
    e.add_argument("--published", default=None, help="publication date YYYY-MM-DD to resolve relative dates")
    e.add_argument("--json", action="store_true", help="print JSON instead of a table")
    e.set_defaults(func=_extract)

    v = sub.add_parser("serve", help="build, serve on loopback, rebuild and reload on every change")
    v.add_argument("--root", type=Path, default=Path("."), help="project folder (default: current folder)")
    v.add_argument("--out", type=Path, default=None, help="output folder (default: ROOT/_site)")
    v.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    v.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    v.set_defaults(func=_serve)

    a = sub.add_parser("add", help="add a text, Markdown or saved HTML article under content/articles/")
    a.add_argument("file", help="the article file, or - for standard input")
    a.add_argument("--root", type=Path, default=Path("."), help="project folder (default: current folder)")
    a.add_argument("--source", default=None, help="outlet name")
    a.add_argument("--url", default=None, help="address of the original")
    a.add_argument("--published", default=None, help="publication date, YYYY-MM-DD")
    a.add_argument("--title", default=None, help="headline (also names the file)")
    a.set_defaults(func=_add)

    args = parser.parse_args(argv)
    return args.func(args)


def _build(args: argparse.Namespace) -> int:
    from coverage_site.build import build
    from coverage_site.config import load_config
    from coverage_site.errors import ContentError, EngineError

    if args.debug:
        import logging

        logging.basicConfig(level=logging.DEBUG, format="%(name)s: %(message)s")
    root = args.root.resolve()
    if args.engine == "local" and args.scheduler:
        print("--scheduler runs the build on Dask: it cannot go with --engine local", file=sys.stderr)
        return 2
    engine = "dask" if args.scheduler else args.engine
    try:
        config = load_config(root, args.out.resolve() if args.out else None, base_path=args.base_path,
                             site_url=args.site_url, strict=args.strict or None,
                             keep_going=args.keep_going or None, clean=args.clean or None, jobs=args.jobs,
                             engine=engine, scheduler=args.scheduler, progress=not args.no_progress,
                             stage_dir=args.stage_dir.resolve() if args.stage_dir else None)
        result = build(config)
    except EngineError as exc:
        print(f"{exc}", file=sys.stderr)
        print("build failed; the previous site was left as it was", file=sys.stderr)
        return 1
    except ContentError as exc:
        _report(exc.problems)
        print(f"build failed: {len(exc.problems)} problem(s); the previous site was left as it was", file=sys.stderr)
        return 1
    except OSError as exc:  # disk full, a read-only folder: the system's words, with the path, not a traceback
        where = exc.filename or (args.out or args.root)
        print(f"{where}: {exc.strerror or exc}", file=sys.stderr)
        print("build failed; the previous site was left as it was", file=sys.stderr)
        return 1
    for w in result.warnings:
        print(w, file=sys.stderr)
    index = config.out / "index.html"
    print(f"Built {result.pages} pages from {result.articles} articles in {result.stories} stories "
          f"in {result.seconds:.2f} s.")
    print(f"Site: {config.out}")
    print(f"Open:  {index.as_uri()}")
    print(f"Serve: python3 -m http.server --directory {config.out} 8000  (then http://127.0.0.1:8000/)")
    return 0


def _add(args: argparse.Namespace) -> int:
    from coverage_site.add import add
    from coverage_site.errors import ContentError

    published = _date_option(args.published)
    if published is False:
        return 2
    overrides = {"source": args.source, "url": args.url, "title": args.title, "published": published}
    try:
        text, name = _read_input(args.file)
        path, preview = add(args.root.resolve(), text, name, overrides)
    except ContentError as exc:
        return _report(exc.problems)
    except OSError as exc:
        return _report([f"{args.file}: {exc.strerror}"])
    print(f"Added {path.relative_to(args.root.resolve())}.")
    print(f"Next build: {preview}.")
    return 0


def _read_input(file: str) -> tuple[str, str]:
    """The text of FILE or of standard input (-), and a name that tells its format."""
    from coverage_site.read.files import read_text

    if file == "-":
        text = sys.stdin.read().replace("\r\n", "\n").lstrip("\ufeff")
        return text, "stdin.md" if text.startswith("---\n") else "stdin.txt"
    return read_text(Path(file), file), Path(file).name


def _report(problems) -> int:
    for p in problems:
        print(p, file=sys.stderr)
    return 1


def _date_option(value: str | None):
    """--published as a date; None when absent; False (after saying why) when malformed."""
    import datetime as dt

    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        print(f"--published: {value!r} is not a date like 2025-09-14", file=sys.stderr)
        return False


def _serve(args: argparse.Namespace) -> int:
    import logging

    from coverage_site.config import load_config
    from coverage_site.errors import ContentError
    from coverage_site.serve import serve

    logging.basicConfig(level=logging.ERROR, format="%(message)s")
    root = args.root.resolve()
    try:
        config = load_config(root, args.out.resolve() if args.out else None)
    except ContentError as exc:
        return _report(exc.problems)
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"warning: serving on {args.host} exposes the preview beyond this machine", file=sys.stderr)
    try:
        serve(config, args.host, args.port)
    except KeyboardInterrupt:
        pass
    return 0


def _extract(args: argparse.Namespace) -> int:
    from coverage_site.claims import Anchor, extract_claims
    from coverage_site.errors import ContentError
    from coverage_site.read import parse_article
    from coverage_site.site.export import extract_json

    published = _date_option(args.published)
    if published is False:
        return 2
    try:
        text, name = _read_input(args.file)
        article, problems = parse_article(text, name)
    except ContentError as exc:
        return _report(exc.problems)
    except OSError as exc:
        return _report([f"{args.file}: {exc.strerror}"])
    _report(problems)
    try:
        claims = extract_claims(article, Anchor(published, "published") if published else None)
    except (ArithmeticError, LookupError, ValueError, RecursionError) as exc:  # as in a build: said, not a traceback
        return _report([f"{args.file}: claims could not be read ({type(exc).__name__}: {str(exc)[:200]})"])
    if args.json:
        print(json.dumps(extract_json(article, claims), ensure_ascii=False, indent=1))
        return 0
    print(f"{article.title}  [{article.source}]")
    for c in claims:
        print(f"{c.kind:9} {c.text!r:50} {_show(c.value)}{'  (' + c.event + ')' if c.event else ''}")
    return 0


def _show(value: dict) -> str:
    if "interval" in value:
        return value["interval"] + (" " + value["unit"] if value.get("unit") else "")
    if "start" in value:
        return f"{value['start']}..{value['end']}" if value["start"] != value["end"] else str(value["start"])
    if "role" in value:
        return f"{value['name']} — {value['role']}" if value["role"] else value["name"]
    if "within" in value:
        return " < ".join([value["name"], *value["within"]])
    return json.dumps(value, ensure_ascii=False)


if __name__ == "__main__":
    raise SystemExit(main())
