"""Group articles into stories by what they are about, not by topic words alone.

Each article becomes a vector of its content words, its numbers (scores,
magnitudes, amounts tell two look-alike events apart) and its named people,
places and organisations, each weighted by how rare it is in general English
(wordfreq's frequencies), not in the corpus. So an article's vector never
depends on the other articles: adding one article adds its own similarities
and changes no others, and the rebuild redoes only its neighbourhood
(`update`). Weights are integers, so a similarity is the same exact sum in
whatever order it is added up, and an incremental build gives the bytes of a
clean one.

Articles join by average-link clustering above a low threshold, which
gathers each kind of event (every navy capture of pirates); then each merge
is undone where its two sides are much less alike across than each is within:
two look-alike events (`_settle`; stragglers joined last never hide such a
split). Two articles clearly dated to
different years count as much less similar (a 2008 rehab check-in and a 2013
one), and two articles whose filing dates are known count as less similar the
further apart they were filed (`time_factor`): episodes of one topic a week
apart are separate stories. Where nothing dates an article, time says nothing.
Measured on ECB+ by `make eval`. A story pinned in metadata always wins.

A clean build scores only the pairs of articles that can be linked, never
every pair of the archive, and loses no link by it (`blocking`, issue #19).
"""

from __future__ import annotations

import bisect
import functools
import heapq
import math
import re
from collections import Counter
from dataclasses import dataclass, field

from coverage_site.align import blocking
from coverage_site.partition import Partition

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being below between both
    but by can could did do does doing down during each few for from further had has have having he her here hers herself
    him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours ourselves out over own same she should so some such than that the their theirs them themselves then
    there these they this those through to too under until up very was we were what when where which while who whom why
    will with would you your yours yourself said says say told according also new one two first last year years week
    time people would could may might many much like even still well back made make get got since""".split()
)
NUMBER_WEIGHT = 2.0
COMMON = 1e-6  # words at least this frequent are looked up (29,000: loaded in 10 ms; rarer ones all count as rare)
RARE_WORD = 3e-8  # frequency given to rarer words and to words wordfreq has never seen
ENTITY_IDF = 8.0  # a named entity weighs like a word seen once in 3,000
NUMBER_IDF = 4.0  # a number, like a word seen once in 55
SCALE = 2**20  # vector entries are integers: unit length is SCALE
OTHER_YEAR = 0.5  # similarity kept between two articles dated to different years
# Time: articles filed within SAME_NEWS_DAYS of each other compare on their words alone; further
# apart, their similarity decays by half every HALF_LIFE_DAYS, so a topic's episodes a week apart
# (weekly figures, successive votes) need far stronger evidence to be one story. Never below
# the year rule's OTHER_YEAR... times TIME_FLOOR: a story may gather a follow-up a year on.
SAME_NEWS_DAYS = 2
HALF_LIFE_DAYS = 2.0
TIME_FLOOR = 0.1
MIN_SIM = 0.05  # weaker similarities are not kept (no loss on ECB+, a tenth of the pairs)
# Blocking (`blocking`): two articles filed more than WINDOW days apart keep TIME_FLOOR of their similarity
# (WINDOW is the last day apart at which time_factor is above its floor: 8), so they are an edge only when
# their similarity before time is at least FAR (0.5): near-copies, found by their prefixes.
WINDOW = SAME_NEWS_DAYS + math.floor(HALF_LIFE_DAYS * math.log2(1 / TIME_FLOOR))
FAR = MIN_SIM / TIME_FLOOR
# A story has a few dozen articles at most: only features found in at most this
# many documents propose pairs and add to similarity, which keeps the
# similarity step linear in the corpus (10,000 articles) at no cost on ECB+.
BLOCK = 60
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass(frozen=True)
class Rule:
    """When clusters join, and when a join is undone: when the average similarity
    across its two sides is below a share of the looser side's average within
    (a single article has no "within")."""

    threshold: float = 0.10  # average similarity at which two clusters join
    split_ratio: float = 0.8  # the share, when both sides have `split_size` articles or more
    split_size: int = 5
    split_few: float = 0.4  # the share for a smaller side: a story keeps its stragglers


@dataclass(frozen=True)
class Doc:
    """One article as clustering sees it."""

    key: str  # changes whenever the article's text or metadata does
    vector: dict[str, int]
    year: int | None
    day: int | None = None  # the date it was filed (proleptic ordinal), when known


@dataclass
class Graph:
    """The similarity graph of a corpus, kept between builds to be updated."""

    docs: dict[str, Doc] = field(default_factory=dict)
    edges: dict[tuple[str, str], int] = field(default_factory=dict)  # (a, b), a < b: weight sum ≥ MIN_SIM
    index: dict[str, list[str]] = field(default_factory=dict)  # feature -> sorted ids of the docs that have it


@dataclass(frozen=True)
class Merge:
    """One step of average-link: two clusters joined, with their summed similarities."""

    left: Merge | int
    right: Merge | int
    left_size: int
    right_size: int
    left_inner: int
    right_inner: int
    cross: int


def features(text: str, entities: list[tuple[str, float]]) -> Counter:
    """Bag of lower-cased content words and numbers, with named entities as heavier features."""
    bag: Counter = Counter()
    for w in _WORD.findall(text):
        w = w.lower().strip("'’-")
        if len(w) > 2 and w not in STOPWORDS:
            bag[w] += 1
    for n in _NUMBER.findall(text):
        if len(n) >= 2 or "." in n:
            bag["#" + n] += NUMBER_WEIGHT
    for name, weight in entities:
        bag["@" + name.lower()] += weight
    return bag


@functools.cache
def _frequencies() -> dict[str, float]:
    from coverage_site.usercache import cached

    def load() -> dict[str, float]:
        from wordfreq import get_frequency_dict

        word = re.compile(r"[a-z][a-z'’-]+")
        return {w: f for w, f in get_frequency_dict("en").items() if f >= COMMON and word.fullmatch(w)}

    return cached(f"word-frequencies-{COMMON:g}", ("wordfreq",), load)


def _idf(feature: str, frequencies: dict[str, float]) -> float:
    if feature[0] == "@":
        return ENTITY_IDF
    if feature[0] == "#":
        return NUMBER_IDF
    return -math.log(max(frequencies.get(feature, 0.0), RARE_WORD))


def vector(bag: Counter) -> dict[str, int]:
    """Unit-length vector (scaled to integers) of a feature bag, weighted by general rarity."""
    frequencies = _frequencies()
    vec = {t: (1 + math.log(c)) * _idf(t, frequencies) for t, c in bag.items() if c > 0}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {t: round(v / norm * SCALE) for t, v in vec.items()}


def update(previous: Graph | None, docs: dict[str, Doc]) -> Graph:
    """The graph of `docs`, reusing every similarity of `previous` that cannot have changed.

    A pair's similarity depends on the two vectors and on which of their shared
    features are rare enough (found in at most BLOCK documents). So only pairs
    with a new or edited article, or sharing a feature that crossed BLOCK, are
    (re)computed (each new article against every article sharing a rare feature
    with it); with no previous graph, every pair the blocking rules propose is.
    """
    before = previous.docs if previous else {}
    kept = {i for i, d in docs.items() if i in before and before[i].key == d.key}
    fresh = sorted(set(docs) - kept)
    gone = {i: before[i] for i in before if i not in kept}
    index = _index(previous.index if previous else {}, gone, {i: docs[i] for i in fresh})
    if not kept:  # a clean build: nothing to reuse
        return Graph(dict(docs), _all_pairs(docs, index), index)
    edges = {p: w for p, w in previous.edges.items() if p[0] in kept and p[1] in kept}
    # Features whose rarity changed with the new and vanished documents.
    delta: Counter = Counter()
    for i in fresh:
        delta.update(docs[i].vector.keys())
    for d in gone.values():
        delta.subtract(d.vector.keys())
    for t, change in delta.items():
        now = len(index.get(t, ()))
        if change and (now <= BLOCK) != (now - change <= BLOCK):
            old = [i for i in index.get(t, ()) if i in kept]
            for x, a in enumerate(old):
                for b in old[x + 1:]:
                    _set(edges, a, b, _similarity(docs[a], docs[b], index))
    is_fresh = set(fresh)
    for a in fresh:
        partners = {b for t in docs[a].vector if len(index[t]) <= BLOCK for b in index[t]}
        for b in partners:
            if b != a and (b not in is_fresh or a < b):
                _set(edges, a, b, _similarity(docs[a], docs[b], index))
    return Graph(dict(docs), edges, index)


def _index(previous: dict[str, list[str]], gone: dict[str, Doc], fresh: dict[str, Doc]) -> dict[str, list[str]]:
    """The inverted index with `gone` taken out and `fresh` put in; lists stay sorted (as if built afresh)."""
    if not previous:  # a clean build: ids in order, so appending keeps every list sorted
        index = {}
        for i in sorted(fresh):
            for t in fresh[i].vector:
                index.setdefault(t, []).append(i)
        return index
    index = dict(previous)
    touched = {t for d in gone.values() for t in d.vector}
    for t in touched:
        ids = [i for i in index[t] if i not in gone]
        if ids:
            index[t] = ids
        else:
            del index[t]
    for i in sorted(fresh):
        for t in fresh[i].vector:
            if t not in touched:  # the previous graph's lists are never changed in place
                index[t] = list(index.get(t, ()))
                touched.add(t)
            bisect.insort(index.setdefault(t, []), i)
    return index


def _all_pairs(docs: dict[str, Doc], index: dict[str, list[str]]) -> dict[tuple[str, str], int]:
    """Every edge of a clean build, from the pairs `blocking` proposes: near in time, summed feature by feature
    through the inverted index; far apart, the near-copy candidates, scored."""
    day = {i: d.day for i, d in docs.items()}
    vectors = {i: d.vector for i, d in docs.items()}
    postings = [(t, ids) for t, ids in index.items() if len(ids) <= BLOCK]
    out = {}
    sums, apart = blocking.near_sums(postings, vectors, day, WINDOW)
    for (a, b), w in sums.items():
        w = _year_factor(docs[a], docs[b], w)
        if w >= MIN_SIM * SCALE * SCALE:
            out[(a, b)] = w
    rare: dict[str, dict[str, int]] = {i: {} for i in sorted(apart)}  # their rare features
    for t, ids in postings:
        for i in ids:
            if i in rare:
                rare[i][t] = vectors[i][t]
    for a, b in sorted(blocking.far_candidates(rare, day, WINDOW, FAR * SCALE * SCALE)):
        va, vb = rare[a], rare[b]
        w = _year_factor(docs[a], docs[b], sum(va[t] * vb[t] for t in va.keys() & vb.keys()))
        if w >= MIN_SIM * SCALE * SCALE:
            out[(a, b)] = w
    return out


def exhaustive(docs: dict[str, Doc]) -> Graph:
    """The graph of `docs` with every pair that shares a rare feature scored, no blocking: what `update`'s
    blocking must give (tests and bench/blocking.py compare them)."""
    index = _index({}, {}, docs)
    sums: dict[tuple[str, str], int] = {}
    for t, ids in index.items():
        if len(ids) <= BLOCK:
            for x, a in enumerate(ids):
                for b in ids[x + 1:]:
                    sums[(a, b)] = sums.get((a, b), 0) + docs[a].vector[t] * docs[b].vector[t]
    edges = {pair: w for pair, w in ((p, _year_factor(docs[p[0]], docs[p[1]], w)) for p, w in sums.items())
             if w >= MIN_SIM * SCALE * SCALE}
    return Graph(dict(docs), edges, index)


def _similarity(a: Doc, b: Doc, index: dict[str, list[str]]) -> int:
    small, large = (a.vector, b.vector) if len(a.vector) <= len(b.vector) else (b.vector, a.vector)
    w = sum(v * large[t] for t, v in small.items() if t in large and len(index[t]) <= BLOCK)
    return _year_factor(a, b, w)


def _year_factor(a: Doc, b: Doc, w: int) -> int:
    """Similarity weighed by time: days apart when both filing dates are known, else years apart."""
    factor = discount(a, b)
    return w if factor == 1.0 else int(w * factor)


def discount(a: Doc, b: Doc) -> float:
    """The share of two articles' similarity that time leaves (`time_factor`, else `OTHER_YEAR`)."""
    if a.day is not None and b.day is not None:
        return time_factor(abs(a.day - b.day))
    if a.year and b.year and a.year != b.year:
        return OTHER_YEAR
    return 1.0


def time_factor(days: int) -> float:
    """How much of two articles' similarity counts when they were filed `days` apart."""
    if days <= SAME_NEWS_DAYS:
        return 1.0
    return max(TIME_FLOOR, 0.5 ** ((days - SAME_NEWS_DAYS) / HALF_LIFE_DAYS))


def _set(edges: dict[tuple[str, str], int], a: str, b: str, w: int) -> None:
    pair = (a, b) if a < b else (b, a)
    if w >= MIN_SIM * SCALE * SCALE:
        edges[pair] = w
    else:
        edges.pop(pair, None)


def cluster(graph: Graph, rule: Rule = Rule()) -> list[list[str]]:
    """Average-link clusters of the graph's documents, look-alike merges undone (`_settle`),
    each sorted, ordered by first member.

    Clusters never cross a connected component of the edges above the
    threshold (an average above it needs one pair above it), so each component
    is clustered on its own.
    """
    ids = sorted(graph.docs)
    position = {i: n for n, i in enumerate(ids)}
    joined = Partition(range(len(ids)))
    root = joined.find

    limit = rule.threshold * SCALE * SCALE
    for (a, b), w in graph.edges.items():
        if w > limit:
            joined.join(position[b], position[a])
    components: dict[int, list[int]] = {}
    for n in range(len(ids)):
        components.setdefault(root(n), []).append(n)
    inside: dict[int, dict[tuple[int, int], int]] = {}
    for (a, b), w in graph.edges.items():
        x, y = position[a], position[b]
        if root(x) == root(y):
            inside.setdefault(root(x), {})[(x, y)] = w
    out = []
    for top, members in components.items():
        if len(members) == 1:
            out.append([ids[members[0]]])
            continue
        local = {n: k for k, n in enumerate(members)}
        sim = {(local[x], local[y]): w for (x, y), w in inside.get(top, {}).items()}
        out += [[ids[members[k]] for k in c] for c in _average_link(len(members), sim, limit, rule)]
    return sorted(out)


def _average_link(n: int, sim: dict[tuple[int, int], int], limit: float, rule: Rule) -> list[list[int]]:
    """Merge the closest pair of clusters until no pair's average is above `limit`, then
    undo the merges that joined two clearly apart groups (`_settle`).

    `links[x][y]` is the summed (integer) similarity between clusters x and y; a heap with
    version numbers finds the best pair without rescanning all pairs per merge.
    """
    size = {i: 1 for i in range(n)}  # articles in each cluster
    tree: dict[int, Merge | int] = {i: i for i in range(n)}
    inner = [0] * n  # summed similarity inside each cluster
    links: dict[int, dict[int, int]] = {i: {} for i in range(n)}
    for (a, b), total in sorted(sim.items()):
        links[a][b] = links[b][a] = total
    version = [0] * n
    heap: list[tuple[float, int, int, int, int]] = []

    def push(x: int, y: int) -> None:
        score = links[x][y] / (size[x] * size[y])
        if score > limit:
            heapq.heappush(heap, (-score, x, y, version[x], version[y]))

    for (a, b) in sorted(sim):
        push(min(a, b), max(a, b))
    while heap:
        _, x, y, vx, vy = heapq.heappop(heap)
        if x not in size or y not in size or version[x] != vx or version[y] != vy:
            continue
        cross = links[x][y]
        tree[x] = Merge(tree[x], tree.pop(y), size[x], size[y], inner[x], inner[y], cross)
        inner[x] += inner[y] + cross
        size[x] += size.pop(y)
        version[x] += 1
        for z, total in links.pop(y).items():
            if z == x:
                continue
            links[x][z] = links[x].get(z, 0) + total
            links[z][x] = links[x][z]
            del links[z][y]
        links[x].pop(y, None)
        for z in links[x]:
            push(min(x, z), max(x, z))
    return sorted((sorted(c) for t in tree.values() for c in _settle(t, rule, sim)), key=lambda c: c[0])


def _settle(top: Merge | int, rule: Rule, sim: dict[tuple[int, int], int]) -> list[list[int]]:
    """The clusters under a merge tree: merges undone where the two sides are much
    less alike across than each is within.

    Two look-alike events (two navy captures of pirates, two heavyweight title
    fights) pass the threshold together on the words of their kind; what tells
    them apart is that each side is far closer within itself than to the other.
    A side of a few articles splits off only when clearly apart, so a story
    keeps its stragglers. But stragglers never hide a split below them: when a
    join is kept because one side is small, the larger side is settled on its
    own, and if it splits, each straggler goes to the group it is most similar
    to on average. (Two Klitschko title fights five years apart, joined last by
    two short reports of the older one: the fights split, the two reports go
    with theirs.) Worked bottom-up, so no recursion however deep the tree.
    """
    groups: dict[tuple[str, int], list[list[int]]] = {}  # _key(node) -> its settled clusters
    todo: list[tuple[Merge | int, bool]] = [(top, False)]
    while todo:
        node, ready = todo.pop()
        if isinstance(node, int):
            groups[_key(node)] = [[node]]
            continue
        if not ready:
            todo += [(node, True), (node.right, False), (node.left, False)]
            continue
        left, right = groups.pop(_key(node.left)), groups.pop(_key(node.right))
        if _apart(node, rule):
            groups[_key(node)] = left + right
        elif min(node.left_size, node.right_size) < rule.split_size:
            body, stragglers = (left, right) if node.left_size >= node.right_size else (right, left)
            if len(body) > 1:
                body = [list(g) for g in body]
                for x in (x for g in stragglers for x in g):
                    best = max(range(len(body)), key=lambda g: (_average(x, body[g], sim), -g))
                    body[best].append(x)
            else:
                body = [body[0] + [x for g in stragglers for x in g]]
            groups[_key(node)] = body
        else:
            groups[_key(node)] = [[x for g in left + right for x in g]]
    return groups[_key(top)]


def _key(node: Merge | int) -> tuple[str, int]:
    return ("leaf", node) if isinstance(node, int) else ("merge", id(node))


def _average(x: int, group: list[int], sim: dict[tuple[int, int], int]) -> float:
    """x's average similarity to the articles of `group` (`sim` is keyed by ordered pairs)."""
    return sum(sim.get((min(x, y), max(x, y)), 0) for y in group) / len(group)


def _apart(node: Merge, rule: Rule) -> bool:
    sides = ((node.left_inner, node.left_size), (node.right_inner, node.right_size))
    cohesion = [inner / (size * (size - 1) / 2) for inner, size in sides if size > 1]
    if not cohesion or min(cohesion) <= 0:
        return False  # two single articles: the threshold alone decides
    ratio = node.cross / (node.left_size * node.right_size) / min(cohesion)
    return ratio < (rule.split_ratio if min(node.left_size, node.right_size) >= rule.split_size else rule.split_few)


def _leaves(top: Merge | int) -> list[int]:
    out, todo = [], [top]
    while todo:
        node = todo.pop()
        if isinstance(node, int):
            out.append(node)
        else:
            todo += [node.right, node.left]
    return out


@dataclass(frozen=True)
class Margin:
    """How close a story came to another: their average similarity across, against the
    join threshold, and across/within, against the share below which a join is undone."""

    story: int  # index of the cluster in the list given to `margins`
    nearest: int | None
    across: float  # average similarity between the two stories' articles
    ratio: float  # across / the looser story's average within (1.0 when a side is one article)
    share: float  # the rule's share for this pair's sizes

    def describe(self, rule: Rule = Rule()) -> str:
        if self.nearest is None:
            return "no other story shares a rare word with it"
        if self.across <= rule.threshold:
            return f"nearest story at {self.across:.2f} average similarity (joins above {rule.threshold:.2f})"
        return (f"nearest story at {self.across:.2f} average similarity, {self.ratio:.2f} of its own cohesion "
                f"(kept apart below {self.share:.2f})")


def margins(graph: Graph, clusters: list[list[str]], rule: Rule = Rule()) -> list[Margin]:
    """For each cluster, the other cluster it came closest to joining (see `Margin`)."""
    where = {i: n for n, c in enumerate(clusters) for i in c}
    within: Counter = Counter()
    across: Counter = Counter()
    for (a, b), w in graph.edges.items():
        x, y = where.get(a), where.get(b)
        if x is None or y is None:
            continue
        if x == y:
            within[x] += w
        else:
            across[(min(x, y), max(x, y))] += w
    unit = SCALE * SCALE

    def cohesion(x: int) -> float | None:
        n = len(clusters[x])
        return within[x] / unit / (n * (n - 1) / 2) if n > 1 else None

    neighbours: dict[int, list[tuple[int, int]]] = {}  # story -> (other story, summed similarity), in edge order
    for (p, q), w in across.items():
        neighbours.setdefault(p, []).append((q, w))
        neighbours.setdefault(q, []).append((p, w))
    out = []
    for x, members in enumerate(clusters):
        best = None
        for y, w in neighbours.get(x, ()):
            avg = w / unit / (len(members) * len(clusters[y]))
            inner = [c for c in (cohesion(x), cohesion(y)) if c]
            ratio = avg / min(inner) if inner else 1.0
            share = rule.split_ratio if min(len(members), len(clusters[y])) >= rule.split_size else rule.split_few
            score = (avg > rule.threshold, -abs(ratio - share) if avg > rule.threshold else avg)
            if best is None or score > best[0]:
                best = (score, Margin(x, y, avg, ratio, share))
        out.append(best[1] if best else Margin(x, None, 0.0, 0.0, rule.split_few))
    return out
