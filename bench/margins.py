"""`make eval`, stories: how close each seed story came to joining or splitting.

Groups the seeds, then the seeds plus each article of tests/data/raid_additions/
(one at a time), and prints every story's margin (`stories.margins`): its
nearest story's average similarity against the join threshold, and
across/within against the share below which a join is undone. A thin margin
is a story that one more article could move. Then the stories each is linked
to as related (`align.related`).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from coverage_site.align import doc, group_articles, relate, stories
from coverage_site.claims import extract_claims
from coverage_site.read import read_articles

ROOT = Path(__file__).resolve().parents[1]
ADDITIONS = sorted(p for p in (ROOT / "tests" / "data" / "raid_additions").glob("*.md") if p.stem != "README")


def report(project: Path, label: str) -> None:
    arts, _ = read_articles(project)
    graph = stories.update(None, {a.id: doc(a, extract_claims(a), a.id) for a in arts})
    groups = group_articles(arts, graph)
    links = relate(groups, graph, {})
    for (sid, members), m in zip(groups, stories.margins(graph, [[a.id for a in g] for _, g in groups])):
        related = "".join(f"; {r.relation}: {r.id[:24]}" for r in links.get(sid, ()))
        print(f"  {label:14} {len(members)} articles  {sid[:40]:40}  {m.describe()}{related}")


def main() -> None:
    print("Story margins, seeds and seeds plus one more raid article:")
    with tempfile.TemporaryDirectory() as tmp:
        for extra in [None, *ADDITIONS]:
            project = Path(tmp) / (extra.stem if extra else "seeds")
            shutil.copytree(ROOT / "seeds", project / "seeds")
            shutil.copytree(ROOT / "content", project / "content")
            if extra:
                (project / "content" / "articles").mkdir(exist_ok=True)
                shutil.copy(extra, project / "content" / "articles" / extra.name)
            report(project, f"+{extra.stem}" if extra else "seeds")


if __name__ == "__main__":
    main()
