"""Benchmark corpora, written as ordinary projects (Markdown with front matter).

- `ecb`: the 982 real ECB+ articles (Cybulska & Vossen 2014, CC BY 3.0), one
  file each, titled by their first sentence, sourced by their URL's host.
- `ecb10k`: about 10,000 articles (or any `target`: 100,000 for the Dask
  benchmark) in stories of about 10, built from ECB+ text deterministically:
  replica k of an article keeps every sentence with probability 0.85 (seeded
  by article and k), shuffles nothing, renames the story's twelve commonest
  capitalised words (its people and places) to made-up names of its own and
  shifts its two- and three-digit numbers, consistently within the replica
  story, and is published on a date of its own: each replica story on a day of
  one year (`YEAR`), its articles within two days of it. So replicas are never
  exact duplicates, a replica story's names are (almost always) its own, as a
  real story's are, and story grouping and copy detection see a realistic shape:
  a year of coverage, the same kinds of events again and again.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = ROOT.parent / "shared" / "data" / "ecbplus" / "ecbplus.jsonl"
WORK = HERE / ".work"


def load() -> list[dict]:
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]


def _markdown(title: str, source: str, url: str | None, sentences: list[str], published: dt.date | None = None) -> str:
    title = title.replace('"', "'")[:120]
    front = [f'title: "{title}"', f'source: "{source}"']
    if url:
        front.append(f'url: "{url}"')
    if published:
        front.append(f"published: {published.isoformat()}")
    return "---\n" + "\n".join(front) + "\n---\n" + "\n\n".join(sentences) + "\n"


def _host(url: str | None, doc_id: str) -> str:
    if url and "//" in url:
        return re.sub(r"^www\.", "", url.split("/")[2])
    return f"ECB {doc_id.split('_')[0]}"


def ecb(folder: Path | None = None) -> Path:
    """The 982 ECB+ articles as a project; returns its root."""
    root = folder or WORK / "ecb"
    if (root / "content" / "articles").is_dir():
        return root
    (root / "content" / "articles").mkdir(parents=True)
    for d in load():
        text = _markdown(d["sentences"][0], _host(d["url"], d["doc_id"]), d["url"], d["sentences"])
        (root / "content" / "articles" / f"{d['doc_id']}.md").write_text(text, encoding="utf-8")
    return root


# Made-up names of four syllables (24**4, about 330,000 names): at 100,000 articles (8,600 replica stories of
# twelve names each) a name is used by a third of a replica story on average, as a real story's names are its own.
_SYLLABLES = ("ka lo mir dan bre zo vi tor sen mal ri nu fe gar pol dis ven ro tal be shu kor ane lix").split()
YEAR = 2019  # replica stories are spread over this year's days
GENERATOR = "ecb-replicas/2"  # bumped when the replicas change: a corpus made by another version is made again


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(4)).capitalize()


def ecb10k(folder: Path | None = None, replicas: int = 10, target: int = 10_000) -> Path:
    """About `target` articles: each gold story of ECB+ replicated until the corpus is big enough.

    The gold story of a replica article is its ECB+ story and k (`gold`).
    """
    root = folder or WORK / "ecb10k"
    articles, marker = root / "content" / "articles", root / ".generator"
    if articles.is_dir() and marker.is_file() and marker.read_text(encoding="utf-8") == f"{GENERATOR} {target}\n":
        return root
    shutil.rmtree(articles, ignore_errors=True)  # made by another version of this generator, or cut short
    articles.mkdir(parents=True)
    root.joinpath(".generator").unlink(missing_ok=True)
    docs = load()
    by_story: dict[str, list[dict]] = {}
    for d in docs:
        by_story.setdefault(d["story"], []).append(d)
    count = 0
    k = 0
    while count < target:
        for story, members in sorted(by_story.items()):
            rng = random.Random(f"{story}/{k}")
            swap = {name: _name(rng) for name in _capitalised(members)[:12]}
            shift = rng.randint(1, 97)
            day = dt.date(YEAR, 1, 1) + dt.timedelta(days=rng.randrange(365))
            for d in members[:replicas]:
                keep = [s for s in d["sentences"] if rng.random() < 0.85] or d["sentences"][:1]
                keep = [_rewrite(s, swap, shift) for s in keep]
                published = day + dt.timedelta(days=rng.randint(0, 2))
                text = _markdown(keep[0], _host(d["url"], d["doc_id"]) + f" {k % 10}", None, keep, published)
                (articles / f"{d['doc_id']}-r{k}.md").write_text(text, encoding="utf-8")
                count += 1
                if count >= target:
                    marker.write_text(f"{GENERATOR} {target}\n", encoding="utf-8")
                    return root
        k += 1
    return root


def sized(target: int) -> Path:
    """The generated corpus of `target` articles (a multiple of 1,000), made once: bench/.work/ecb<n>k."""
    return ecb10k(WORK / f"ecb{target // 1000}k", target=target)


def gold(path: str, stories: dict[str, str]) -> str:
    """The gold story of a replica article, from its file's path (`<doc_id>-r<k>.md`) and ECB+'s doc id -> story."""
    doc_id, k = Path(path).stem.rsplit("-r", 1)
    return f"{stories[doc_id]}/{k}"


def _capitalised(members: list[dict]) -> list[str]:
    seen: dict[str, int] = {}
    for d in members:
        for w in re.findall(r"\b[A-Z][a-z]{3,}\b", " ".join(d["sentences"])):
            seen[w] = seen.get(w, 0) + 1
    return sorted(seen, key=lambda w: (-seen[w], w))


def _rewrite(sentence: str, swap: dict[str, str], shift: int) -> str:
    sentence = re.sub(r"\b[A-Z][a-z]{3,}\b", lambda m: swap.get(m.group(), m.group()), sentence)
    return re.sub(r"\b\d{2,3}\b", lambda m: str(int(m.group()) + shift), sentence)


def clear() -> None:
    shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    print(ecb(), ecb10k())
