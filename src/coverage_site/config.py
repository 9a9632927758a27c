"""One typed config, read once from `coverage-site.yaml` (optional) and the command line."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from coverage_site.errors import ContentError, Problem

CONFIG_NAME = "coverage-site.yaml"

# Where a project keeps its inputs, relative to its root: the one registry of input paths (issue #18).
SEEDS = "seeds"  # the seed articles, unchanged
ARTICLES = "content/articles"  # authored and added articles
PAGES = "content/pages"  # author pages such as About
SEEDS_META = "content/seeds.yaml"  # metadata for the seeds, keyed by file name
STORY_PINS = "content/stories.yaml"  # stories pinned, split and titled by hand
TEMPLATES = "templates"  # the project's own templates, before the stock theme's
STATIC = "static"  # copied into the site as static/
CACHE = ".cache/coverage-site"  # the build cache (pickles: never share it)
# What `serve` watches, and what the site may never be written over.
INPUT_FOLDERS = (SEEDS, "content", TEMPLATES, STATIC)
# Problems in these files are one article's or page's: --keep-going may skip them.
SKIPPABLE = (SEEDS + "/", ARTICLES + "/", PAGES + "/")

# key -> (type, docstring); the README documents the same keys (a test checks).
KEYS: dict[str, tuple[type, str]] = {
    "title": (str, "Site title shown in every page header."),
    "description": (str, "One sentence shown on the home page."),
    "base_path": (str, "Path the site is served under, e.g. /coverage-site/ on GitHub Pages."),
    "site_url": (str, "Absolute URL of the site, for canonical links and feeds."),
}


@dataclass(frozen=True)
class Config:
    root: Path
    out: Path
    title: str = "Coverage compared"
    description: str = "Several news articles about the same event, compared claim by claim."
    base_path: str = "/"
    site_url: str | None = None
    strict: bool = False
    keep_going: bool = False
    clean: bool = False  # ignore the build cache
    jobs: int | None = None  # processes for reading and claim extraction (default: the machine's cores)
    engine: str = "local"  # where the map stages run: "local" processes or "dask" (issue #19, dask_engine.py)
    scheduler: str | None = None  # with "dask": an existing scheduler's address (None: a LocalCluster of `jobs`)
    progress: bool = False  # show each stage's progress on standard error, when it is a terminal
    stage_dir: Path | None = None  # a folder every worker shares: story pages are written there, not sent back
    dev_port: int | None = None  # set by `serve`: pages load the live-reload client and the error banner
    warnings: tuple[Problem, ...] = field(default=(), compare=False)

    @property
    def config_path(self) -> Path:
        return self.root / CONFIG_NAME


def load_config(root: Path, out: Path | None = None, **overrides) -> Config:
    """Read the project's config file (if any) and apply command-line overrides."""
    root = root.resolve()
    values: dict = {}
    warnings: list[Problem] = []
    path = root / CONFIG_NAME
    if path.exists() or path.is_symlink():
        from coverage_site.read import frontmatter
        from coverage_site.read.files import read_text

        rel = CONFIG_NAME
        text = read_text(path, rel, root, warnings)
        data, problems = frontmatter.parse(text, rel, 1)
        if problems and problems[0].message.startswith("front matter must be"):
            raise ContentError([Problem(rel, problems[0].line, problems[0].col, "the config must be a mapping of keys to values")])
        warnings += [p for p in problems if p.severity == "warning"]
        problems = [p for p in problems if p.severity == "error"]
        for key, (value, line, col) in data.items():
            if key not in KEYS:
                warnings.append(Problem(rel, line, col, f"unknown config key {key!r}", "warning"))
                continue
            kind, _ = KEYS[key]
            if not isinstance(value, kind):
                problems.append(Problem(rel, line, col, f"{key} must be a {kind.__name__}, not {type(value).__name__}"))
                continue
            if key == "site_url" and not _http_url(value):
                problems.append(Problem(rel, line, col, f"site_url must start with http:// or https://, not {value[:60]!r}"))
                continue
            values[key] = value
        if problems:
            raise ContentError(problems)
    outside = _outside(root, TEMPLATES)
    if outside:
        raise ContentError(outside)
    config = Config(root=root, out=(out or root / "_site"), warnings=tuple(warnings), **values)
    overrides = {k: v for k, v in overrides.items() if v is not None}
    if "site_url" in overrides and not _http_url(overrides["site_url"]):
        raise ContentError([Problem("--site-url", None, None,
                                    f"must start with http:// or https://, not {overrides['site_url'][:60]!r}")])
    config = replace(config, **overrides)
    return replace(config, base_path=normalise_base_path(config.base_path))


def _outside(root: Path, folder: str) -> list[Problem]:
    """The project's templates obey the containment rule of every input (read/files.py): a template
    linked to a file outside the project would publish that file."""
    from coverage_site.read.files import contained, outside_problem

    top = root / folder
    if not (top.exists() or top.is_symlink()):
        return []
    if not contained(top, root):
        return [outside_problem(folder)]
    problems = []
    for path in sorted(top.rglob("*")):
        if not contained(path, root):
            problems.append(outside_problem(path.relative_to(root).as_posix()))
    return problems


def _http_url(value: str) -> bool:
    from coverage_site.read.frontmatter import _http_url as http_url

    return http_url(value.strip())


def normalise_base_path(base: str) -> str:
    """Return the base path with exactly one leading and one trailing slash."""
    base = "/" + base.strip("/")
    return base if base == "/" else base + "/"
