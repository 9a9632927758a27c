"""The one union-find: groups in first-seen order, the first item's representative kept."""

from coverage_site.partition import Partition


def test_groups_join_transitively_and_keep_first_seen_order():
    p = Partition(["a", "b", "c", "d", "e"])
    p.join("a", "c")
    p.join("d", "e")
    p.join("c", "e")
    assert p.groups() == [["a", "c", "d", "e"], ["b"]]
    assert p.find("e") == p.find("a") == "a"


def test_items_seen_first_through_join():
    p = Partition()
    p.join("x", "y")
    assert p.groups() == [["x", "y"]]
