"""Benchmark corpora, written as ordinary projects (Markdown with front matter).

- `ecb`: the 982 real ECB+ articles (Cybulska & Vossen 2014, CC BY 3.0), one
  file each, titled by their first sentence, sourced by their URL's host.
- `ecb10k`: about 10,000 articles in about 1,000 stories, built from ECB+ text
  deterministically: replica k of an article keeps every sentence with
  probability 0.85 (seeded by article and k), shuffles nothing, and renames
  the story's people, places and numbers consistently within the replica
  story, so replicas are never exact duplicates and story clustering and copy
  detection see a realistic shape.
"""

from __future__ import annotations

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


def _markdown(title: str, source: str, url: str | None, sentences: list[str]) -> str:
    title = title.replace('"', "'")[:120]
    front = [f'title: "{title}"', f'source: "{source}"']
    if url:
        front.append(f'url: "{url}"')
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


_NAMES = ["Alvarez", "Brennan", "Castillo", "Dubois", "Eriksen", "Fontaine", "Gallagher", "Haddad", "Ivanova", "Jansen"]


def ecb10k(folder: Path | None = None, replicas: int = 10, target: int = 10_000) -> Path:
    """About `target` articles: each gold story of ECB+ replicated until the corpus is big enough."""
    root = folder or WORK / "ecb10k"
    if (root / "content" / "articles").is_dir():
        return root
    (root / "content" / "articles").mkdir(parents=True)
    docs = load()
    by_story: dict[str, list[dict]] = {}
    for d in docs:
        by_story.setdefault(d["story"], []).append(d)
    count = 0
    k = 0
    while count < target:
        for story, members in sorted(by_story.items()):
            rng = random.Random(f"{story}/{k}")
            swap = {name: rng.choice(_NAMES) + str(k) for name in _capitalised(members)[:12]}
            shift = rng.randint(1, 97)
            for d in members[:replicas]:
                keep = [s for s in d["sentences"] if rng.random() < 0.85] or d["sentences"][:1]
                keep = [_rewrite(s, swap, shift) for s in keep]
                text = _markdown(keep[0], _host(d["url"], d["doc_id"]) + f" {k}", None, keep)
                (root / "content" / "articles" / f"{d['doc_id']}-r{k}.md").write_text(text, encoding="utf-8")
                count += 1
                if count >= target:
                    return root
        k += 1
    return root


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
