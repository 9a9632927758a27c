"""`make eval`: how well the readers and the story grouping do on ECB+ (CC BY 3.0).

Readers: precision and recall of dates, places and named people against the
ECB+ mentions of the annotated sentences (TIME_DATE; LOC_GEO mentions holding a
capitalised name; HUMAN_PART_PER mentions that are proper names), matched by
token overlap. Stories: B-cubed precision, recall and F1 of the grouping
against the gold `story` field, and the share of look-alike pairs (two events
of one topic) merged into one story; the related-story links against the gold
topics (`related_scores`); then the grouping rule checked on topics it was not
chosen on (`held_out`). Then, per family, the readers on a public
suite of English expressions that is not ECB+ (Duckling's, BSD-3: `suite.py`).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import astuple
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "ecbplus" / "ecbplus.jsonl"
_TOKEN = re.compile(r"[A-Za-z0-9]+")
_NOT_NAMES = frozenset("he she they i we it his her him them their the a an this that who mr mrs ms dr".split())


def tokens(text: str) -> set[str]:
    return {t.lower() for t in _TOKEN.findall(text)}


def is_name(text: str, sentence: str = "") -> bool:
    """A proper name: its last word is capitalised (not an all-caps headline word),
    and it is more than one capitalised word opening the sentence ("Police")."""
    words = re.findall(r"[A-Za-z][\w'’.-]*", text)
    if not words or not words[-1][0].isupper() or words[-1].isupper() or words[-1].lower() in _NOT_NAMES:
        return False
    caps = [w for w in words if w[0].isupper()]
    return len(caps) > 1 or not sentence.startswith(text.strip())


def load(path: Path = DATA) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def article(doc: dict):
    from coverage_site.read import assemble

    return assemble(f"ecb/{doc['doc_id']}.md", {"source": doc["doc_id"]}, None, [("p", s) for s in doc["sentences"]])


def sentence_spans(doc: dict, art) -> list[tuple[int, int, int]]:
    """(sentence id, start, end) of each corpus sentence that survived reading."""
    by_text: dict[str, list[int]] = {}
    for sid, sentence in zip(doc["sentence_ids"], doc["sentences"]):
        by_text.setdefault(sentence.strip(), []).append(sid)
    out = []
    for b in art.blocks:
        ids = by_text.get(art.text[b.start:b.end])
        if ids:
            out.append((ids.pop(0), b.start, b.end))
    return out


def predict(art) -> dict[str, list[tuple[int, int]]]:
    """What the product reads: the claims of the article, by kind."""
    from coverage_site.claims import extract_claims

    out: dict[str, list[tuple[int, int]]] = {"date": [], "place": [], "person": []}
    for c in extract_claims(art):
        if c.kind in out:
            out[c.kind].append((c.start, c.end))
    return out


GOLD = {
    "date": lambda m, s: m["type"] == "TIME_DATE",
    "place": lambda m, s: m["type"] == "LOC_GEO" and is_name(m["text"], s),
    "person": lambda m, s: m["type"] == "HUMAN_PART_PER" and is_name(m["text"], s),
}


def reader_scores(docs: list[dict]) -> dict[str, dict[str, float]]:
    counts = {k: Counter() for k in GOLD}
    for doc in docs:
        art = article(doc)
        text = art.text
        spans = sentence_spans(doc, art)
        annotated = set(doc["annotated_sentences"])
        found = predict(art)
        for kind, pick in GOLD.items():
            for sid, a, b in spans:
                if sid not in annotated:
                    continue
                gold = [tokens(m["text"]) for m in doc["mentions"] if m["sent"] == sid and pick(m, text[a:b])]
                pred = [tokens(text[s:e]) for s, e in found[kind] if a <= s < b]
                counts[kind]["gold"] += len(gold)
                counts[kind]["pred"] += len(pred)
                counts[kind]["gold_hit"] += sum(any(g & p for p in pred) for g in gold)
                counts[kind]["pred_hit"] += sum(any(g & p for g in gold) for p in pred)
    out = {}
    for kind, c in counts.items():
        out[kind] = {
            "precision": c["pred_hit"] / c["pred"] if c["pred"] else 0.0,
            "recall": c["gold_hit"] / c["gold"] if c["gold"] else 0.0,
            "gold": c["gold"], "predicted": c["pred"],
        }
    return out


ALIGN_TYPES = {"date": ("TIME_DATE",), "place": ("LOC_GEO", "LOC_FAC", "LOC_OTHER"), "person": ("HUMAN_PART_PER",)}


def build(docs: list[dict]):
    from coverage_site.align import build_stories
    from coverage_site.claims import extract_claims

    articles = [article(d) for d in docs]
    claims = {a.id: extract_claims(a) for a in articles}
    stories, _, _ = build_stories(articles, claims)
    return articles, claims, stories


def alignment_scores(docs: list[dict], articles, stories) -> dict[str, dict[str, float]]:
    """Cross-document links: do claims in one facet refer to one ECB+ instance, and vice versa?

    A claim stands for the gold mention it overlaps (same sentence, shared token).
    Precision: of claim pairs from two articles in one facet that both stand for
    linked-type mentions, the share whose mentions have the same cross_doc_instance.
    Recall: of gold pairs (same instance, two articles) whose mentions both have a
    claim, the share whose claims share a facet.
    """
    by_doc = {a.id: d for a, d in zip(articles, docs)}
    instance: dict[str, str | None] = {}  # claim id -> gold instance (None: stands for an unlinked mention)
    kind_of: dict[str, str] = {}
    for a in articles:
        doc = by_doc[a.id]
        spans = {sid: (s, e) for sid, s, e in sentence_spans(doc, a)}
        annotated = set(doc["annotated_sentences"])
        for story in stories:
            if a.id not in story.articles:
                continue
            for f in story.facets:
                for c in f.claims:
                    if c.article != a.id or c.kind not in ALIGN_TYPES:
                        continue
                    for m in doc["mentions"]:
                        if m["type"] in ALIGN_TYPES[c.kind] and m["sent"] in annotated and m["sent"] in spans:
                            s, e = spans[m["sent"]]
                            if s <= c.start < e and tokens(m["text"]) & tokens(c.text):
                                instance[c.id] = m["cross_doc_instance"]
                                kind_of[c.id] = c.kind
                                break
    out = {}
    for kind in ALIGN_TYPES:
        same = pairs = 0
        for story in stories:
            for f in story.facets:
                mine = [c for c in f.claims if kind_of.get(c.id) == kind]
                for i, x in enumerate(mine):
                    for y in mine[i + 1:]:
                        if x.article != y.article:
                            pairs += 1
                            same += instance[x.id] is not None and instance[x.id] == instance[y.id]
        facet_of = {c.id: f.id for s in stories for f in s.facets for c in f.claims}
        by_instance: dict[str, list] = {}
        for cid, inst in instance.items():
            if inst and kind_of[cid] == kind:
                by_instance.setdefault(inst, []).append(cid)
        gold_pairs = linked = 0
        for cids in by_instance.values():
            for i, x in enumerate(cids):
                for y in cids[i + 1:]:
                    if x.rsplit("-", 1)[0] != y.rsplit("-", 1)[0]:
                        gold_pairs += 1
                        linked += facet_of[x] == facet_of[y]
        out[kind] = {"precision": same / pairs if pairs else 0.0, "recall": linked / gold_pairs if gold_pairs else 0.0,
                     "pairs": pairs, "gold_pairs": gold_pairs}
    return out


def story_scores(docs: list[dict], articles, clusters: list[list[str]]) -> dict[str, float]:
    """B-cubed scores of `clusters` (lists of article ids) over the `articles` they hold."""
    gold = {a.id: d["story"] for a, d in zip(articles, docs)}
    topic = {a.id: d["topic"] for a, d in zip(articles, docs)}
    cluster_of = {a: n for n, c in enumerate(clusters) for a in c}
    members: dict[str, list[str]] = {}
    for a, s in cluster_of.items():
        members.setdefault(s, []).append(a)
    gold_members: dict[str, list[str]] = {}
    for a, g in gold.items():
        gold_members.setdefault(g, []).append(a)
    p = r = 0.0
    for a in gold:
        mine = set(members[cluster_of[a]])
        truth = set(gold_members[gold[a]])
        p += len(mine & truth) / len(mine)
        r += len(mine & truth) / len(truth)
    p, r = p / len(gold), r / len(gold)
    # Look-alike pairs: same topic, different story. Lower is better.
    ids = list(gold)
    pairs = merged = 0
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            if topic[a] == topic[b] and gold[a] != gold[b]:
                pairs += 1
                merged += cluster_of[a] == cluster_of[b]
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r), "stories": len(clusters),
            "gold_stories": len(gold_members), "lookalike_merged": merged / pairs if pairs else 0.0}


def related_scores(docs: list[dict], articles, stories) -> dict[str, float]:
    """The related-story links (`align.related`) against the gold topics.

    A link is right when both stories are mostly of one topic; coverage is the
    share of look-alike pairs (one topic, two gold stories) that grouping kept
    apart whose stories are linked.
    """
    topic = {a.id: d["topic"] for a, d in zip(articles, docs)}
    main = {s.id: Counter(topic[a] for a in s.articles).most_common(1)[0][0] for s in stories}
    story_of = {a: s.id for s in stories for a in s.articles}
    links = {tuple(sorted((s.id, r.id))) for s in stories for r in s.related}
    right = sum(main[x] == main[y] for x, y in links)
    gold = {a.id: d["story"] for a, d in zip(articles, docs)}
    ids = list(gold)
    apart = linked = 0
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            if topic[a] == topic[b] and gold[a] != gold[b] and story_of[a] != story_of[b]:
                apart += 1
                linked += tuple(sorted((story_of[a], story_of[b]))) in links
    return {"links": len(links), "within_topic": right / len(links) if links else 0.0,
            "lookalikes_linked": linked / apart if apart else 0.0}


RULES = [(t, r, n, f) for t in (0.08, 0.10, 0.12) for r in (0.7, 0.8) for n in (4, 5, 6) for f in (0.3, 0.4, 0.5)]


def held_out(docs: list[dict], articles, claims) -> list[tuple[tuple, float, float, float]]:
    """How the grouping rule does on topics it was not chosen on.

    The topics are split in two halves (odd and even numbers), each grouped as
    a corpus of its own; for each half, the rule (threshold and split shares,
    from a grid around the shipped one) that scores best on it is scored on the
    other half. Returns, per half, the rule, its F1 there and on the other
    half, and the shipped rule's F1 on the other half.
    """
    from coverage_site.align import doc, stories

    halves = []
    for parity in (0, 1):
        pick = [(d, a) for d, a in zip(docs, articles) if int(d["topic"]) % 2 == parity]
        graph = stories.update(None, {a.id: doc(a, claims[a.id], "") for _, a in pick})
        halves.append(([d for d, _ in pick], [a for _, a in pick], graph))

    def f1(half, rule) -> float:
        half_docs, half_articles, graph = half
        return story_scores(half_docs, half_articles, stories.cluster(graph, stories.Rule(*rule)))["f1"]

    out = []
    for chosen, other in ((halves[0], halves[1]), (halves[1], halves[0])):
        best = max(RULES, key=lambda rule: f1(chosen, rule))
        out.append((best, f1(chosen, best), f1(other, best), f1(other, astuple(stories.Rule()))))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["readers", "suite", "stories"], default=None)
    args = parser.parse_args(argv)
    docs = load()
    print(f"ECB+: {len(docs)} articles, {len({d['story'] for d in docs})} stories (Cybulska & Vossen 2014, CC BY 3.0)\n")
    if args.only in (None, "readers"):
        started = time.perf_counter()
        scores = reader_scores(docs)
        print("| reader | precision | recall | gold mentions | predicted |")
        print("| --- | --- | --- | --- | --- |")
        for kind, s in scores.items():
            print(f"| {kind} | {s['precision']:.3f} | {s['recall']:.3f} | {s['gold']} | {s['predicted']} |")
        print(f"\n(readers: {time.perf_counter() - started:.1f} s)\n")
    if args.only in (None, "suite"):
        import suite

        suite.report()
        print()
    if args.only in (None, "stories"):
        started = time.perf_counter()
        articles, claims, stories = build(docs)
        s = story_scores(docs, articles, [list(story.articles) for story in stories])
        print("| stories | B3 precision | B3 recall | B3 F1 | stories found / gold | look-alike pairs merged |")
        print("| --- | --- | --- | --- | --- | --- |")
        print(f"| ECB+ | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {s['stories']} / {s['gold_stories']} | {s['lookalike_merged']:.3f} |")
        r = related_scores(docs, articles, stories)
        print("\n| related stories | links | links within one topic | look-alike pairs kept apart and linked |")
        print("| --- | --- | --- | --- |")
        print(f"| ECB+ | {r['links']} | {r['within_topic']:.3f} | {r['lookalikes_linked']:.3f} |")
        markers = Counter(f.kind for story in stories for f in story.facets if f.verdict == "conflict")
        print(f"\nConflict markers on the whole corpus (not labelled; real disagreements between outlets are "
              f"rare, fewer than one a story): {sum(markers.values())} in {len(stories)} stories "
              f"({sum(markers.values()) / max(1, len(stories)):.2f} a story); by kind: "
              + ", ".join(f"{k} {n}" for k, n in markers.most_common()))
        print("\n| alignment | precision | recall | claim pairs in facets | gold linked pairs with claims |")
        print("| --- | --- | --- | --- | --- |")
        for kind, a in alignment_scores(docs, articles, stories).items():
            print(f"| {kind} | {a['precision']:.3f} | {a['recall']:.3f} | {a['pairs']} | {a['gold_pairs']} |")
        print("\n| stories: rule chosen on | threshold; split share (sides ≥ n); for fewer | F1 there "
              "| F1 on the other half | shipped rule on the other half |")
        print("| --- | --- | --- | --- | --- |")
        for half, ((t, r, n, f), mine, other, shipped) in zip(("even topics", "odd topics"), held_out(docs, articles, claims)):
            print(f"| {half} | {t:.2f}; {r} (n = {n}); {f} | {mine:.3f} | {other:.3f} | {shipped:.3f} |")
        print(f"\n(stories and alignment: {time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
