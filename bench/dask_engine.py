"""Local processes against a 2-worker Dask LocalCluster (issue #19): time, peak memory per process, cost per article.

Each build is a cold one (--clean) in a fresh Python process, local, Dask and Dask with --stage-dir one after
the other on the same corpus, so the ratios are of one run on one (shared) machine. Corpora: the seeds, and `ecb<n>k`, n thousand
generated articles (bench/corpus.py: ECB+ replicas filed over one year, with names of their own). Writes
bench/dask-latest.json and prints a table, with each engine's cost per article against its cost at the smallest
generated corpus of the run (issue #19's target: within 1.3x).

    .venv/bin/python bench/dask_engine.py [seeds ecb1k ecb10k ecb100k]     # the default; ecb100k takes long
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

WORKERS = 2
# Local processes; Dask with the pages sent back to the client; Dask with the workers writing them to --stage-dir,
# the last on the small corpora only (STAGED), so that the large ones do not take half as long again.
ENGINES = ("local", "dask", "dask-stage")
STAGED = ("seeds", "ecb1k")


def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def one(root: Path, out: Path, engine: str) -> dict:
    """One cold build in this process; its time and the peak memory of each process that took part."""
    from coverage_site.build import build
    from coverage_site.config import load_config

    if engine == "local":
        started = time.perf_counter()
        result = build(load_config(root, out, clean=True, jobs=WORKERS))
        seconds = time.perf_counter() - started
        children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        return {"seconds": seconds, "start": 0.0, "articles": result.articles, "client_mb": _maxrss_mb(),
                "workers_mb": [children], "stages": result.stages}
    import distributed

    started = time.perf_counter()
    with distributed.LocalCluster(n_workers=WORKERS, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address="127.0.0.1:0") as cluster, \
            distributed.Client(cluster, set_as_default=False) as client:
        up = time.perf_counter()
        stage = out.parent / f"{out.name}-stage" if engine == "dask-stage" else None  # --stage-dir: workers write pages
        result = build(load_config(root, out, clean=True, engine="dask", scheduler=cluster.scheduler_address,
                                   stage_dir=stage))
        seconds = time.perf_counter() - up
        workers = sorted(client.run(_maxrss_mb).values())
    return {"seconds": seconds, "start": up - started, "articles": result.articles, "client_mb": _maxrss_mb(),
            "workers_mb": workers, "stages": result.stages}


def project(name: str) -> Path:
    """The project folder of a corpus name: "seeds", or "ecb<n>k" (n thousand generated articles)."""
    if name == "seeds":
        return corpus.ROOT
    return corpus.sized(int(name.removeprefix("ecb").removesuffix("k")) * 1000)


def main(names: list[str]) -> None:
    results = {}
    for name in names:
        root = project(name)
        for engine in ENGINES if name in STAGED else ENGINES[:2]:
            out = corpus.WORK / f"out-{name}-{engine}"
            r = subprocess.run([sys.executable, __file__, "--one", str(root), str(out), engine],
                               capture_output=True, text=True, check=True)
            results[f"{name}/{engine}"] = json.loads(r.stdout.strip().splitlines()[-1])
            same = subprocess.run(["diff", "-rq", str(corpus.WORK / f"out-{name}-local"), str(out)],
                                  capture_output=True).returncode == 0
            results[f"{name}/{engine}"]["identical_to_local"] = same
            print(name, engine, results[f"{name}/{engine}"], flush=True)
    latest = HERE / "dask-latest.json"
    kept = json.loads(latest.read_text(encoding="utf-8")) if latest.is_file() else {}
    latest.write_text(json.dumps({**kept, **results}, indent=1) + "\n", encoding="utf-8")
    generated = sorted((r["articles"], key.split("/")[1], r["seconds"] / r["articles"]) for key, r in results.items()
                       if key.startswith("ecb"))
    first = {}
    for _, engine, cost in generated:
        first.setdefault(engine, cost)
    print("\n| corpus | engine | build | cluster start | ms/article | vs smallest | Dask / local | client MB "
          "| workers MB | identical |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for key, r in results.items():
        name, engine = key.split("/")
        cost = r["seconds"] / r["articles"]
        flat = f"{cost / first[engine]:.2f}x" if name.startswith("ecb") and engine in first else ""
        local = results.get(f"{name}/local")
        ratio = f"{r['seconds'] / local['seconds']:.2f}x" if local and engine != "local" else ""
        print(f"| {name} ({r['articles']:,}) | {engine} | {r['seconds']:.1f} s | {r['start']:.1f} s | "
              f"{1000 * cost:.1f} | {flat} | {ratio} | {r['client_mb']:.0f} | "
              f"{' + '.join(f'{m:.0f}' for m in r['workers_mb'])} | {r['identical_to_local']} |")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--one"]:
        print(json.dumps(one(Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4])))
    else:
        main(sys.argv[1:] or ["seeds", "ecb1k", "ecb10k", "ecb100k"])
