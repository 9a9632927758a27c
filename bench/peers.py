"""`make bench`: our full build beside Hugo's and Pelican's plain render of the same articles.

Each tool gets the same articles in its own format and a minimal theme that
renders one page per article plus an index. Every run is a fresh process timed
by /usr/bin/time -v (wall time, peak resident memory); figures are medians of
several runs, and ratios are taken within this one run of the harness. Ours is
a cold build (--clean) with extraction, clustering, alignment and every page,
and reports its stages. Prints the tables and writes bench/results-latest.json;
bench/results.md is the record kept from them, with the targets and the gaps.
"""

from __future__ import annotations

import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import ecb, ecb10k  # noqa: E402

ROOT = HERE.parent
PY = sys.executable
HUGO = Path(sysconfig.get_paths()["purelib"]) / "hugo" / "binaries" / "hugo"
PELICAN = Path(PY).with_name("pelican")
OURS = """
import json, sys
from pathlib import Path
from coverage_site.build import build
from coverage_site.config import load_config
r = build(load_config(Path(sys.argv[1]), Path(sys.argv[2]), clean=True))
print("STAGES " + json.dumps({"pages": r.pages, **r.stages}))
"""


def timed(cmd: list[str], cwd: Path | None = None) -> dict:
    """Run once under /usr/bin/time -v: wall seconds, peak MB, and our stage line if any."""
    run = subprocess.run(["/usr/bin/time", "-v", *cmd], cwd=cwd, capture_output=True, text=True)
    if run.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed:\n{run.stdout[-2000:]}\n{run.stderr[-2000:]}")
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", run.stderr)
    seconds = int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", run.stderr).group(1)) / 1024
    stages = re.search(r"^STAGES (.*)$", run.stdout, re.M)
    return {"seconds": seconds, "mb": rss, "stages": json.loads(stages.group(1)) if stages else None}


def articles_of(project: Path) -> list[tuple[str, str, str]]:
    """(name, title, body) of every Markdown article of a project."""
    out = []
    for path in sorted((project / "content" / "articles").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        m = re.match(r"---\n(.*?)\n---\n(.*)", text, re.S)
        title = re.search(r'^title: "?(.*?)"?$', m.group(1), re.M).group(1)
        out.append((path.stem, title, m.group(2)))
    return out


def hugo_site(project: Path, work: Path) -> Path:
    site = work / "hugo"
    (site / "content" / "posts").mkdir(parents=True)
    (site / "layouts" / "_default").mkdir(parents=True)
    (site / "hugo.toml").write_text('baseURL = "/"\ntitle = "bench"\n'
                                    'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n')
    (site / "layouts" / "_default" / "baseof.html").write_text(
        "<!doctype html><html><head><meta charset=utf-8><title>{{ .Title }}</title></head>"
        "<body>{{ block \"main\" . }}{{ end }}</body></html>\n")
    (site / "layouts" / "_default" / "single.html").write_text(
        '{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}\n')
    (site / "layouts" / "_default" / "list.html").write_text(
        '{{ define "main" }}<ul>{{ range .Site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n')
    (site / "layouts" / "index.html").write_text(
        '{{ define "main" }}<ul>{{ range .Site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n')
    for name, title, body in articles_of(project):
        safe = title.replace('"', "'")
        (site / "content" / "posts" / f"{name}.md").write_text(f'---\ntitle: "{safe}"\n---\n{body}', encoding="utf-8")
    return site


def pelican_site(project: Path, work: Path) -> Path:
    site = work / "pelican"
    (site / "content").mkdir(parents=True)
    theme = site / "theme" / "templates"
    theme.mkdir(parents=True)
    (theme / "base.html").write_text("<!doctype html><html><head><meta charset=utf-8><title>{% block title %}{{ SITENAME }}{% endblock %}</title></head>"
                                     "<body>{% block content %}{% endblock %}</body></html>\n")
    (theme / "index.html").write_text('{% extends "base.html" %}{% block content %}<ul>{% for a in articles %}'
                                      '<li><a href="{{ SITEURL }}/{{ a.url }}">{{ a.title }}</a></li>{% endfor %}</ul>{% endblock %}\n')
    (theme / "article.html").write_text('{% extends "base.html" %}{% block title %}{{ article.title }}{% endblock %}'
                                        '{% block content %}<h1>{{ article.title }}</h1>{{ article.content }}{% endblock %}\n')
    (theme / "page.html").write_text('{% extends "base.html" %}{% block content %}{{ page.content }}{% endblock %}\n')
    (site / "pelicanconf.py").write_text(
        "SITENAME = 'bench'\nSITEURL = ''\nTHEME = 'theme'\nPATH = 'content'\nTIMEZONE = 'UTC'\n"
        "DEFAULT_DATE = (2024, 1, 1)\nDEFAULT_LANG = 'en'\nDIRECT_TEMPLATES = ['index']\nDEFAULT_PAGINATION = False\n"
        "FEED_ALL_ATOM = None\nCATEGORY_FEED_ATOM = None\nTRANSLATION_FEED_ATOM = None\nAUTHOR_FEED_ATOM = None\n"
        "AUTHOR_FEED_RSS = None\nCATEGORY_SAVE_AS = ''\nTAG_SAVE_AS = ''\nAUTHOR_SAVE_AS = ''\nARCHIVES_SAVE_AS = ''\n"
        "CATEGORIES_SAVE_AS = ''\nTAGS_SAVE_AS = ''\nAUTHORS_SAVE_AS = ''\nARTICLE_URL = '{slug}.html'\n"
        "ARTICLE_SAVE_AS = '{slug}.html'\nSLUGIFY_SOURCE = 'basename'\nCACHE_CONTENT = False\nLOAD_CONTENT_CACHE = False\n")
    for name, title, body in articles_of(project):
        (site / "content" / f"{name}.md").write_text(f"Title: {title}\nSlug: {name}\n\n{body}", encoding="utf-8")
    return site


def seeds_project(work: Path) -> Path:
    """The seeds as Markdown, so the peers can read them too (ours reads the .txt files as they are)."""
    from coverage_site.read import read_articles

    root = work / "seeds-md"
    (root / "content" / "articles").mkdir(parents=True)
    for a in read_articles(ROOT)[0]:
        title = a.title.replace('"', "'")
        (root / "content" / "articles" / f"{a.id}.md").write_text(f'---\ntitle: "{title}"\n---\n{a.text}\n', encoding="utf-8")
    return root


def measure(name: str, project: Path, runs: int, ours_root: Path | None = None) -> dict:
    work = Path(tempfile.mkdtemp(prefix=f"bench-{name}-"))
    hugo = hugo_site(project, work)
    pelican = pelican_site(project, work)
    results: dict[str, list[dict]] = {"ours": [], "hugo": [], "pelican": []}
    for n in range(runs):
        out = work / f"ours-{n}"
        results["ours"].append(timed([PY, "-c", OURS, str(ours_root or project), str(out)]))
        results["hugo"].append(timed([str(HUGO), "--quiet", "-d", str(work / f"hugo-{n}")], cwd=hugo))
        results["pelican"].append(timed([str(PELICAN), "-q", "-s", "pelicanconf.py", "content", "-o", str(work / f"pel-{n}")], cwd=pelican))
    shutil.rmtree(work, ignore_errors=True)
    summary = {"name": name, "articles": len(articles_of(project)), "runs": runs}
    for tool, rs in results.items():
        summary[tool] = {"seconds": statistics.median(r["seconds"] for r in rs), "mb": statistics.median(r["mb"] for r in rs)}
    stages = [r["stages"] for r in results["ours"]]
    summary["stages"] = {k: statistics.median(s[k] for s in stages) for k in stages[0]}
    return summary


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem = int(next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal"))) / 1024 / 1024
    hugo = subprocess.run([str(HUGO), "version"], capture_output=True, text=True).stdout.split()[1]
    pelican = subprocess.run([str(PELICAN), "--version"], capture_output=True, text=True).stdout.strip()
    return (f"{os.cpu_count()} cores ({cpu}), {mem:.0f} GiB, Python {platform.python_version()}, "
            f"Hugo {hugo}, Pelican {pelican}")


def table(rows: list[dict]) -> str:
    lines = ["| corpus | articles | ours (s) | Hugo (s) | Pelican (s) | ours / Hugo | ours / Pelican | ours MB | Hugo MB | Pelican MB | runs |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for r in rows:
        o, h, p = r["ours"], r["hugo"], r["pelican"]
        lines.append(f"| {r['name']} | {r['articles']} | {o['seconds']:.2f} | {h['seconds']:.2f} | {p['seconds']:.2f} | "
                     f"{o['seconds'] / h['seconds']:.1f}× | {o['seconds'] / p['seconds']:.2f}× | {o['mb']:.0f} | {h['mb']:.0f} | "
                     f"{p['mb']:.0f} | {r['runs']} |")
    lines += ["", "Our stages (median seconds): ", "",
              "| corpus | pages | " + " | ".join(STAGES) + " |", "| --- | --- | " + " | ".join("---" for _ in STAGES) + " |"]
    for r in rows:
        s = r["stages"]
        lines.append(f"| {r['name']} | {s['pages']:.0f} | " + " | ".join(f"{s.get(k, 0):.2f}" for k in STAGES) + " |")
    per = {r["name"]: r["ours"]["seconds"] / r["articles"] for r in rows}
    if len(rows) > 2:
        big, mid = rows[2], rows[1]
        lines += ["", f"Time per article: {per[big['name']] * 1000:.1f} ms at {big['articles']:,} articles, "
                      f"{per[mid['name']] * 1000:.1f} ms at {mid['articles']:,} "
                      f"(ratio {per[big['name']] / per[mid['name']]:.2f}; target ≤ 1.3)."]
    return "\n".join(lines)


STAGES = ("read", "extract", "cluster", "align", "plan", "render", "write")


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="bench-"))
    rows = [measure("seeds", seeds_project(work), 5, ours_root=ROOT)]
    rows.append(measure("ECB+", ecb(), 3))
    if "--quick" not in sys.argv:
        rows.append(measure("ECB+ ×10 (replicas)", ecb10k(), 1))
    text = table(rows)
    print(text)
    (HERE / "results-latest.json").write_text(json.dumps({"machine": machine(), "rows": rows}, indent=1))
    print(f"\nmachine: {machine()}")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
