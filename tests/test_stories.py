"""Story grouping: look-alike events apart, and an updated graph equal to one built from scratch."""

from __future__ import annotations

import random

import pytest

from coverage_site.align import doc, stories
from coverage_site.claims import extract_claims
from coverage_site.read import parse_article


@pytest.fixture(scope="module")
def ecb_graph_docs(ecb_docs):
    """ECB+ topics 1-6, as clustering sees them (doc ids stand in for content hashes)."""
    topics = {"1", "2", "3", "4", "5", "6"}
    out = {}
    for d in ecb_docs:
        if d["topic"] in topics:
            a, _ = parse_article("\n\n".join(d["sentences"]) + "\n", f"content/articles/{d['doc_id']}.md")
            out[a.id] = (doc(a, extract_claims(a), d["doc_id"]), d["story"])
    return out


def test_an_article_vector_does_not_depend_on_the_corpus(ecb_graph_docs):
    first = next(iter(ecb_graph_docs.values()))[0]
    a, _ = parse_article("Tara Reid checked into Promises Treatment Center in Malibu.\n", "content/articles/x.md")
    alone = doc(a, extract_claims(a), "x").vector
    assert alone == doc(a, extract_claims(a), "x").vector
    assert all(isinstance(v, int) for v in first.vector.values())
    assert alone["@p:tara reid"] > alone["checked"]  # a named person outweighs a common verb


def test_look_alike_events_are_different_stories(ecb_graph_docs):
    docs = {i: d for i, (d, _) in ecb_graph_docs.items()}
    gold = {i: s for i, (_, s) in ecb_graph_docs.items()}
    clusters = stories.cluster(stories.update(None, docs))
    # Each topic holds two look-alike events (two arrests of one actress, two rehab
    # check-ins years apart); at most two of the clusters mix events.
    mixed = [c for c in clusters if len({gold[i] for i in c}) > 1]
    assert len(mixed) <= 2
    pure = sum(max(sum(gold[i] == g for i in c) for g in {gold[i] for i in c}) for c in clusters)
    assert pure / len(docs) > 0.9


@pytest.mark.parametrize("block", [stories.BLOCK, 3])
def test_updating_the_graph_equals_building_it_afresh(ecb_graph_docs, monkeypatch, block):
    """Add, remove and edit articles in steps; every step's graph equals a clean one.

    With a tiny BLOCK, features keep crossing it, the case where old pairs change.
    """
    monkeypatch.setattr(stories, "BLOCK", block)
    all_docs = {i: d for i, (d, _) in ecb_graph_docs.items()}
    ids = sorted(all_docs)
    rng = random.Random(7)
    present = set(rng.sample(ids, len(ids) // 2))
    graph = stories.update(None, {i: all_docs[i] for i in present})
    for step in range(6):
        present |= set(rng.sample(sorted(set(ids) - present), 5))
        present -= set(rng.sample(sorted(present), 3))
        edited = rng.choice(sorted(present))
        docs = {i: all_docs[i] for i in present}
        other = all_docs[rng.choice(ids)]
        docs[edited] = stories.Doc(f"edited-{step}", other.vector, other.year)  # its text replaced
        graph = stories.update(graph, docs)
        clean = stories.update(None, docs)
        assert graph.edges == clean.edges
        assert graph.index == clean.index
        assert stories.cluster(graph) == stories.cluster(clean)
