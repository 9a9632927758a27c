"""Story grouping with blocking against scoring every pair (issue #19): the same stories, or what is lost.

For each corpus: the grouping documents, then the graph of a clean build (`stories.update`, blocked) and the
graph with every pair sharing a rare feature scored (`stories.exhaustive`), one after the other in this
process: pairs scored, edges, seconds, whether the edges and the stories are the same, the article pairs each
grouping joins into one story, and its B-cubed scores against the gold stories.

- `ecb`: the 982 ECB+ articles as `make eval` reads them (bench/eval.py), gold: ECB+'s stories;
  look-alike pairs are of one topic and two stories.
- `seeds`: the repository's own project, as a build reads it (no gold).
- `gen1k`, `gen10k`, `gen30k`, `gen100k`: ECB+ replicas (bench/corpus.py), as a build reads them, through
  the corpus' own build cache (a corpus built by bench/dask_engine.py is not extracted again); gold: the
  ECB+ story and the replica; look-alike pairs are replicas of one ECB+ story (the same text, other names,
  another date).

Writes bench/blocking-latest.json and prints a table.

    .venv/bin/python bench/blocking.py [ecb seeds gen1k gen10k gen30k gen100k]
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

JOBS = 2
SIZES = {"gen1k": 1_000, "gen10k": 10_000, "gen30k": 30_000, "gen100k": 100_000}


def ecb_docs() -> tuple[dict, dict, dict]:
    """(docs, gold story, look-alike group) of ECB+ as `make eval` groups it."""
    import eval as ev

    from coverage_site.align import doc
    from coverage_site.claims import extract_claims

    raw = ev.load()
    articles = [ev.article(d) for d in raw]
    docs = {a.id: doc(a, extract_claims(a), "") for a in articles}
    return docs, {a.id: d["story"] for a, d in zip(articles, raw)}, {a.id: d["topic"] for a, d in zip(articles, raw)}


def project_docs(root: Path) -> tuple[dict, list]:
    """The grouping documents of a project as its clean build makes them (pinned articles are not grouped)."""
    from coverage_site.build import extract_docs, read_inputs
    from coverage_site.cache import Cache
    from coverage_site.config import CACHE, load_config
    from coverage_site.previous import Previous

    config = load_config(root, corpus.WORK / "blocking-out", jobs=JOBS)
    cache = Cache(root / CACHE)
    nothing = Previous(config.out, None, [], None)
    inputs = read_inputs(config, cache, nothing)
    return extract_docs(config, inputs, cache, nothing), inputs.articles


def generated_docs(target: int) -> tuple[dict, dict, dict]:
    root = corpus.sized(target)
    docs, articles = project_docs(root)
    ecb_story = {d["doc_id"]: d["story"] for d in corpus.load()}
    gold = {a.id: corpus.gold(a.path, ecb_story) for a in articles}
    return docs, gold, {i: g.rsplit("/", 1)[0] for i, g in gold.items()}


def scores(clusters: list[list[str]], gold: dict[str, str], group: dict[str, str]) -> dict[str, float]:
    """B-cubed precision, recall, F1 and the share of look-alike pairs (one group, two gold stories) merged."""
    where = {a: n for n, c in enumerate(clusters) for a in c}
    size = Counter(where.values())
    truth = Counter(gold.values())
    both = Counter((where[a], gold[a]) for a in gold)
    p = sum(both[(where[a], gold[a])] / size[where[a]] for a in gold) / len(gold)
    r = sum(both[(where[a], gold[a])] / truth[gold[a]] for a in gold) / len(gold)

    def pairs_apart(counts_group: Counter, counts_story: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counts_group.values()) - sum(n * (n - 1) // 2 for n in counts_story.values())

    look_alike = pairs_apart(Counter(group.values()), truth)
    merged = pairs_apart(Counter((where[a], group[a]) for a in gold), both)
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r), "lookalike_merged": merged / look_alike if look_alike else 0.0}


def measure(docs: dict, gold: dict | None, group: dict | None) -> dict:
    from coverage_site.align import stories

    scored: list[int] = []
    factor = stories._year_factor

    def counted(a, b, w):  # every pair scored goes through the time factor once, blocked or not
        scored.append(1)
        return factor(a, b, w)

    stories._year_factor = counted
    try:
        out: dict = {"articles": len(docs), "dated": sum(d.day is not None for d in docs.values())}
        started = time.perf_counter()
        blocked = stories.update(None, docs)
        out["blocked_seconds"], out["blocked_pairs"] = time.perf_counter() - started, len(scored)
        scored.clear()
        started = time.perf_counter()
        every = stories.exhaustive(docs)
        out["exhaustive_seconds"], out["exhaustive_pairs"] = time.perf_counter() - started, len(scored)
    finally:
        stories._year_factor = factor
    out["edges"], out["exhaustive_edges"] = len(blocked.edges), len(every.edges)
    out["missed_edges"] = sum(1 for p in every.edges if p not in blocked.edges)
    out["same_edges"] = blocked.edges == every.edges
    mine, theirs = stories.cluster(blocked), stories.cluster(every)
    out["same_stories"] = mine == theirs
    out["stories"], out["exhaustive_stories"] = len(mine), len(theirs)
    out["joined"] = sum(len(c) * (len(c) - 1) // 2 for c in mine)
    out["exhaustive_joined"] = sum(len(c) * (len(c) - 1) // 2 for c in theirs)
    if gold:
        out["scores"], out["exhaustive_scores"] = scores(mine, gold, group), scores(theirs, gold, group)
    return out


def main(names: list[str]) -> None:
    results = {}
    for name in names:
        if name == "ecb":
            docs, gold, group = ecb_docs()
        elif name == "seeds":
            docs, gold, group = project_docs(corpus.ROOT)[0], None, None
        else:
            docs, gold, group = generated_docs(SIZES[name])
        results[name] = measure(docs, gold, group)
        print(name, results[name], flush=True)
        del docs
    latest = HERE / "blocking-latest.json"
    kept = json.loads(latest.read_text(encoding="utf-8")) if latest.is_file() else {}
    latest.write_text(json.dumps({**kept, **results}, indent=1) + "\n", encoding="utf-8")
    print("\n| corpus | dated | pairs scored: blocked / every pair | seconds: blocked / every pair | same edges "
          "| same stories | article pairs joined | B3 P / R / F1, look-alikes merged (blocked; every pair) |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for name, r in results.items():
        s, e = r.get("scores"), r.get("exhaustive_scores")
        quality = (f"{s['precision']:.3f} / {s['recall']:.3f} / {s['f1']:.3f}, {100 * s['lookalike_merged']:.1f} %; "
                   f"{e['precision']:.3f} / {e['recall']:.3f} / {e['f1']:.3f}, {100 * e['lookalike_merged']:.1f} %"
                   if s else "no gold")
        print(f"| {name} ({r['articles']:,}) | {r['dated']:,} | {r['blocked_pairs']:,} / {r['exhaustive_pairs']:,} "
              f"| {r['blocked_seconds']:.1f} / {r['exhaustive_seconds']:.1f} | {r['same_edges']} "
              f"({r['missed_edges']} missed) | {r['same_stories']} ({r['stories']:,}) "
              f"| {r['joined']:,} / {r['exhaustive_joined']:,} | {quality} |")


if __name__ == "__main__":
    main(sys.argv[1:] or ["ecb", "seeds", "gen1k", "gen10k"])
