"""Reading articles: titles, metadata lines, datelines, boilerplate, sentences, front matter."""

from __future__ import annotations

import datetime as dt

import pytest

from coverage_site.errors import ContentError
from coverage_site.read import parse_article, read_articles
from coverage_site.read.boilerplate import is_boilerplate
from coverage_site.read.files import read_text
from coverage_site.read.sentences import split
from tests.conftest import ROOT, make_project


def test_seed_titles_and_metadata(seed_articles, gold):
    meta = gold["metadata"]
    assert seed_articles["000"].title == meta["000"]["title"]
    assert seed_articles["001"].title == meta["001"]["title"]
    assert seed_articles["000"].published == dt.datetime.fromisoformat(meta["000"]["published"])
    assert seed_articles["000"].category == meta["000"]["category"]
    # A headline printed twice is kept once, and never stays in the body.
    assert meta["001"]["title"] not in seed_articles["001"].text
    # Articles without a headline get a readable one made from their text, marked as derived.
    for key in ("002", "004"):
        a = seed_articles[key]
        assert a.title_derived and 10 < len(a.title) <= 100
        assert a.title.rstrip("…") in a.text
    assert not seed_articles["000"].title_derived


def test_published_line_is_metadata_not_body(seed_articles):
    text = seed_articles["000"].text
    assert "Published:" not in text and "Category:" not in text
    assert text.startswith("The recent U.S. immigration raid")


def test_datelines(seed_articles, gold):
    d1 = seed_articles["001"].dateline
    assert d1 and d1.place == gold["metadata"]["001"]["dateline"]
    d3 = seed_articles["003"].dateline
    assert d3.place == "Seoul" and d3.region == "South Korea"
    assert (d3.month, d3.day, d3.year) == (9, 14, None)
    assert seed_articles["002"].dateline is None


def test_no_boilerplate_in_any_text(seed_articles, gold):
    for a in seed_articles.values():
        for phrase in gold["boilerplate_not_claims"]:
            assert phrase.lower() not in a.text.lower(), (a.id, phrase)
        assert "https://" not in a.text


@pytest.mark.parametrize("line", [
    "Read More: Ten Things You Did Not Know About The Budget",
    "ALSO READ: Floods Leave Thousands Homeless In Assam",
    "Related: Court Blocks New Visa Rule",
    "Follow us on Telegram for the latest updates",
    "Join our WhatsApp channel for breaking news",
    "https://t.me/somechannel",
    "Advertisement",
    "(This story has not been edited by Example staff and is auto-generated from a syndicated feed.)",
    "Comments are moderated; please refrain from abusive language.",
])
def test_boilerplate_shapes_never_seen_in_seeds(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "Date of Raid: The raid occurred on a weekday, targeting various locations.",
    "Understanding the Incident: A Timeline",
    "Seoul: The United States has moved to ease tensions with South Korea.",
    "Read the full statement below, the ministry said on Monday.",
    "The minister said comments made by the envoy were helpful.",
])
def test_reporting_is_not_boilerplate(line):
    assert not is_boilerplate(line)


@pytest.mark.parametrize("text,expected", [
    ("The U.S. Embassy in Seoul did not comment. Officials left.", 2),
    ("Since Sept. 30, the ministry has acted. It will go on.", 2),
    ("Rep. Cha Gyu-geun spoke. Others did not.", 2),
    ("She lives in Los Angeles, Calif. with her family.", 1),
    ("It happened in the U.S. The embassy said nothing.", 2),
    ("A senior U.S. diplomat spoke at 10 a.m. on Friday.", 1),
    # "a.m." ends a sentence before a capital, unless a day, month or time zone goes on with it.
    ("Crews put the fire out by 6 a.m. Damage was put at $2 million.", 2),
    ("Polls close at 8 p.m. Tuesday in most states.", 1),
    ("The launch is set for 9:30 a.m. EDT from the Cape.", 1),
    ('"We will go," he said. "Now."', 2),
])
def test_sentences_respect_news_abbreviations(text, expected):
    spans = split(text)
    assert len(spans) == expected, [text[s.start:s.end] for s in spans]
    assert all(text[s.start:s.end].strip() == text[s.start:s.end] for s in spans)


def test_every_sentence_is_inside_its_article(seed_articles):
    for a in seed_articles.values():
        for s in a.sentences:
            assert a.text[s.start:s.end].strip()
        covered = "".join(a.text[s.start:s.end] for s in a.sentences)
        assert len(covered) > 0.9 * len(a.text.replace("\n", "").replace(" ", "")) * 0.8


def test_markdown_front_matter_is_typed():
    text = "---\ntitle: Quake hits city\nsource: Example Times\npublished: 2024-03-02\nurl: https://example.org/a\n---\nAt least 12 people died on Friday.\n"
    a, problems = parse_article(text, "content/articles/quake.md")
    assert not problems
    assert (a.title, a.source, a.published, a.url) == ("Quake hits city", "Example Times", dt.date(2024, 3, 2), "https://example.org/a")
    assert a.text == "At least 12 people died on Friday."


@pytest.mark.parametrize("front,line,needle", [
    ("title: ok\npublished: 2024-13-45\n", 3, "published"),
    ("title: ok\nurl: javascript:alert(1)\n", 3, "url must start with http"),
    ("title: [unclosed\n", 2, "invalid YAML"),
    ("title: !!python/object/apply:os.system ['echo hi']\n", 2, "cannot read value"),
    ("title: 1.0\n", 2, "title must be text"),
])
def test_front_matter_errors_name_the_line(front, line, needle):
    text = f"---\n{front}---\nBody text here.\n"
    with pytest.raises(ContentError) as exc:
        parse_article(text, "content/articles/bad.md")
    p = exc.value.problems[0]
    assert p.path == "content/articles/bad.md" and p.line == line and needle in p.message, str(p)
    assert str(p).startswith(f"content/articles/bad.md:{line}:")


def test_unknown_front_matter_key_is_a_warning():
    a, problems = parse_article("---\ntitle: T\ncolour: red\n---\nText.\n", "x.md")
    assert a.title == "T"
    assert [p.severity for p in problems] == ["warning"] and "colour" in problems[0].message


def test_files_are_normalised_and_bad_bytes_reported(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("\ufeffLine one\r\nLine two\rLine three".encode("utf-8"))
    assert read_text(p, "a.txt") == "Line one\nLine two\nLine three"
    p.write_bytes(b"fine line\nsecond \xff line\n")
    with pytest.raises(ContentError) as exc:
        read_text(p, "a.txt")
    assert str(exc.value.problems[0]).startswith("a.txt:2:8:")
    p.write_bytes(b"text\x00more")
    with pytest.raises(ContentError, match="NUL"):
        read_text(p, "a.txt")


def test_duplicate_ids_are_an_error_naming_both(tmp_path):
    root = make_project(tmp_path, {"Story One.md": "Text one.", "story-one.md": "Text two."})
    _, problems = read_articles(root)
    assert any("story-one" in p.message and "Story One.md" in p.message for p in problems)


def test_sidecar_metadata_names_the_outlet(seed_articles):
    assert seed_articles["001"].source == "CNews Live"
    assert seed_articles["002"].source == "Source 002"
    assert (ROOT / "content" / "seeds.yaml").is_file()


@pytest.mark.parametrize("front, where, says", [
    ("title: Seoul: talks resume\n", ":2:", "quote the value: it contains a colon"),
    ("title: ok\n\tsource: X\n", ":3:", "indent with spaces, not tabs"),
    ("title: @handle\n", ":2:", "quote the value: it starts with @"),
])
def test_a_yaml_error_says_what_to_do(front, where, says):
    from coverage_site.read import parse_article

    with pytest.raises(ContentError) as err:
        parse_article(f"---\n{front}---\nBody.\n", "content/articles/a.md")
    text = str(err.value.problems[0])
    assert text.startswith("content/articles/a.md" + where) and says in text, text


# Date stamps a web page prints above its story (read.stamp): sentences of our own, in the shapes sites print.
@pytest.mark.parametrize("line, day", [
    ("Posted: March 3, 2021 4:15 PM EST", dt.date(2021, 3, 3)),
    ("PUBLISHED: MONDAY, OCTOBER 4, 2021, 6:05 PM", dt.date(2021, 10, 4)),
    ("18 January 2022 Last updated at 09:14 GMT", dt.date(2022, 1, 18)),
    ("Thu 7 Apr 2022 14.31 BST", dt.date(2022, 4, 7)),
    ("Published on: Sat, 12 Feb 2022 at 10: 05 IST", dt.date(2022, 2, 12)),
    ("POSTED: 1205 GMT (2005 HKT), June 9, 2021", dt.date(2021, 6, 9)),
    ("on Aug 30 2021, 7: 41p", dt.date(2021, 8, 30)),
    ("Posted May 5, 2020 - 9:12am | Updated May 6, 2020 - 8:00am", dt.date(2020, 5, 5)),
    ("Wednesday, November 17, 2021", dt.date(2021, 11, 17)),
    ("5 October 2020, 14: 20 (GMT+03: 00)", dt.date(2020, 10, 5)),
])
def test_date_stamps_are_read(line, day):
    from coverage_site.read import stamp
    assert stamp.read(line)[0] == day


@pytest.mark.parametrize("line", [
    "She died on Friday, June 7, 2013.",
    "End of Shift: Friday, May 6, 2022",
    "Polls close November 8, 2022 at 8 p.m. in most states",
    "The plant was opened on April 2, 1990 by the mayor",
    "LONDON, March 3, 2021",
    "March 2021",
])
def test_reporting_and_datelines_are_not_stamps(line):
    from coverage_site.read import stamp
    assert stamp.read(line) is None


def test_a_stamp_dates_an_undated_article_and_leaves_its_text():
    md = ("---\ntitle: Council votes\nsource: Daily\n---\nUpdated: March 3, 2021, 4:15 PM EST\n\n"
          "The council voted on the budget yesterday, officials said.\n")
    a = parse_article(md, "content/articles/a.md")[0]
    assert a.stamped == dt.date(2021, 3, 3) and a.published is None
    assert "2021" not in a.text and a.text.startswith("The council")
    from coverage_site.claims import extract_claims
    day = next(c for c in extract_claims(a) if c.text == "yesterday")
    assert day.value["start"] == "2021-03-02" and day.value["anchor"]["kind"] == "stamp"


def test_a_stamp_stays_in_the_text_when_the_metadata_dates_the_article():
    md = ("---\ntitle: Council votes\nsource: Daily\npublished: 2021-03-05\n---\nLast updated: March 3, 2019\n\n"
          "The council voted on the budget yesterday.\n")
    a = parse_article(md, "content/articles/a.md")[0]
    assert a.stamped is None and a.published == dt.date(2021, 3, 5) and "March 3, 2019" in a.text


def test_a_headline_and_the_paragraph_after_it_do_not_run_together():
    """A Title Case headline's last word is not a given name, a model name or what the next paragraph counts."""
    from coverage_site.claims import extract_claims
    md = ("---\ntitle: x\nsource: Daily\n---\nFlood Waters Reach Riverside\n\n"
          "Maria Lopez, the mayor, said three bridges were closed.\n\n"
          "Storm Hits Coastal Town Harder Than Forecast\n\nFive fishing boats were lost in the harbour.\n")
    claims = extract_claims(parse_article(md, "content/articles/a.md")[0])
    names = {c.value["name"] for c in claims if c.kind == "person"}
    assert "Maria Lopez" in names and not any("Riverside" in n for n in names)
    counts = {c.text: c.about for c in claims if c.kind == "count"}
    assert counts.get("Five") == "fishing boats"


def test_a_published_line_in_a_pasted_page_may_print_its_date_in_words():
    text = ("Council Approves New Budget After Long Debate\nPublished: May 2, 2013, 1:32 PM EDT | Category: politics\n"
            "The council voted on the budget yesterday after a long debate, officials said.\n")
    a = parse_article(text, "content/articles/pasted.txt")[0]
    assert a.published == dt.date(2013, 5, 2) and a.category == "politics" and "Published" not in a.text
