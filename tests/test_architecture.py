"""Issue #18: the pipeline reads one way. Shared helpers import no stage, each stage imports only earlier
ones (imports inside functions count too), and build.py stays a list of short named steps."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "src" / "coverage_site"

# Layers, bottom to top: a module may import its own layer and the ones below it, never one above.
LAYERS = [
    ("helpers", {"text", "errors", "model", "usercache", "cache", "parallel", "partition", "gazetteer", "__init__",
                 "dask_engine", "progress"}),  # where and how visibly the map stages run (issue #19)
    ("input", {"config", "read", "pages"}),  # the project's files and settings
    ("claims", {"claims"}),
    ("align", {"align"}),
    ("site", {"site"}),
    ("write", {"write"}),
    ("orchestration", {"extract", "story", "previous", "build", "add", "serve", "cli", "__main__"}),
]
LAYER_OF = {name: n for n, (_, names) in enumerate(LAYERS) for name in names}


def _top(module: str) -> str:
    """The first component under coverage_site: "coverage_site.read.files" -> "read"."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("coverage_site"):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("coverage_site"))
    return found


def test_every_module_has_a_layer():
    tops = {p.relative_to(PACKAGE).parts[0].removesuffix(".py") for p in PACKAGE.rglob("*.py")}
    assert tops - {"theme"} <= LAYER_OF.keys(), tops - LAYER_OF.keys()


def test_imports_run_one_way():
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        own = path.relative_to(PACKAGE).parts[0].removesuffix(".py")
        for module in _imports(path):
            if LAYER_OF[_top(module)] > LAYER_OF[own]:
                wrong.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert not wrong, "\n".join(wrong)


def test_no_function_in_build_py_is_over_80_lines():
    tree = ast.parse((PACKAGE / "build.py").read_text(encoding="utf-8"))
    long = [f"{f.name}: {f.end_lineno - f.lineno + 1} lines" for f in ast.walk(tree)
            if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef)) and f.end_lineno - f.lineno + 1 > 80]
    assert not long, long


def test_story_workers_get_everything_in_their_job():
    """make_story is a top-level function of its own module, and build.py keeps no module global for workers."""
    import pickle

    from coverage_site import build, story

    assert story.make_story.__module__ == "coverage_site.story"
    assert pickle.loads(pickle.dumps(story.make_story)) is story.make_story
    tree = ast.parse((PACKAGE / "build.py").read_text(encoding="utf-8"))
    assert not [n for n in ast.walk(tree) if isinstance(n, ast.Global)]
    assert not hasattr(build, "_story_files")


def test_claims_align_and_site_take_articles_not_the_readers_code():
    """They get `model.Article` records; a helper they share (slugify, month names) lives in text.py, not read/."""
    wrong = [f"{p.relative_to(PACKAGE)} imports {m}" for stage in ("claims", "align", "site")
             for p in sorted((PACKAGE / stage).rglob("*.py")) for m in _imports(p)
             if _top(m) in ("read", "pages")]
    assert not wrong, "\n".join(wrong)
