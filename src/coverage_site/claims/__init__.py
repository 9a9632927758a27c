"""Extract stage: an Article in, its claim records out.

Each reader is a pure function from text to located mentions (see the modules
beside this one); this module turns mentions into `Claim` records, ties each to
the predicate nearest to it and resolves dates against the article's anchor.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, replace

from coverage_site.claims import attribution, dates, events, orgs, people, places, quotes, status, times, weapons
from coverage_site.claims.quantities import scan
from coverage_site.model import Article, Claim, Span, SpanIndex


@dataclass(frozen=True)
class Anchor:
    """The date relative expressions are resolved against, and where it came from."""

    date: dt.date
    kind: str  # published | stamp | dateline | story
    source: str | None = None  # for "story": the article whose date was lent

    def to_json(self) -> dict:
        out = {"kind": self.kind, "date": self.date.isoformat()}
        if self.source:
            out["from"] = self.source
        return out


# A decade as the time of a clause, after a preposition: "built in the 1930s", "by the mid-1980s" (not "the 1950s star").
_ERA_OF = re.compile(r"(?:in|since|until|by|during|from|through)\s", re.IGNORECASE)

def article_anchor(article: Article) -> Anchor | None:
    """The article's own anchor: its publication date, else the date its page printed, else a full dateline date."""
    if article.published_date:
        return Anchor(article.published_date, "published")
    if article.stamped:
        return Anchor(article.stamped, "stamp")
    d = article.dateline
    if d and d.month and d.day and d.year:
        try:
            return Anchor(dt.date(d.year, d.month, d.day), "dateline")
        except ValueError:
            return None
    return None


def extract_claims(article: Article, anchor: Anchor | None = None) -> list[Claim]:
    """Return every claim of an article, in reading order.

    Each reader runs once over the whole text; claims are then tied to the
    sentence they stand in, and to the predicate nearest them in that sentence.
    """
    anchor = anchor or article_anchor(article)
    text = article.text
    sentences = article.sentences
    starts = [s.start for s in sentences]

    def sentence_of(offset: int) -> Span:
        i = bisect.bisect_right(starts, offset) - 1
        return sentences[i] if i >= 0 and offset < sentences[i].end else Span(offset, offset)

    all_events = events.find(text)
    by_sentence: dict[int, list[events.EventMention]] = {}  # the predicates figures, days and places belong to
    for e in all_events:
        if e.predicate not in events.NOT_ANCHORS:
            by_sentence.setdefault(sentence_of(e.start).start, []).append(e)
    sources: dict[int, str | None] = {}

    def source_of(sent: Span) -> str | None:
        if sent.start not in sources:
            sources[sent.start] = attribution.reported_by(text[sent.start:sent.end])
        return sources[sent.start]

    found: list[dict] = []
    date_mentions = [m for m in dates.find(text) if sentence_of(m.start).end >= m.end]
    dateline_end = len(article.dateline.text) if article.dateline else -1
    for m in date_mentions:
        sent = sentence_of(m.start)
        in_sentence = by_sentence.get(sent.start, [])
        ev = events.governing_verb(in_sentence, text, m.start, events.in_clause(in_sentence, text, m.start, m.end))
        if m.end <= dateline_end + 1:
            event = "report"  # the article's own date
        elif m.form == "decade" and not _ERA_OF.match(text, m.start):
            event = None  # "the 1950s pin-up queen died Thursday": an era, not the day of what the clause tells
        elif _REPORTED_ON.search(text, sent.start, m.start):
            event = None  # "it was reported Wednesday", "police said Tuesday": a day, not the day of what is reported
        else:
            event = ev and ev.predicate
        found.append(dict(kind="date", start=m.start, end=m.end, sent=sent, mention=m, reported_by=source_of(sent),
                          event=event))
    clock = [t for t in times.find(text) if sentence_of(t.start).end >= t.end]
    for t in clock:
        sent = sentence_of(t.start)
        ev = events.in_clause(by_sentence.get(sent.start, []), text, t.start, t.end)
        predicate = ev.predicate if ev else events.verb_near(text[:sent.end], t.start, t.end)
        found.append(dict(kind="time", start=t.start, end=t.end, sent=sent, value=t.value(), event=predicate,
                          reported_by=source_of(sent)))
    exclude = tuple((m.start, m.end) for m in date_mentions) + tuple((t.start, t.end) for t in clock)
    for q in scan(text, exclude):
        sent = sentence_of(q.start)
        if q.end > sent.end:
            continue  # a phrase that runs across a sentence break is not one quantity
        in_sentence = by_sentence.get(sent.start, [])
        toll = events.toll_reached(in_sentence, text, q.start)  # "the death toll rose to 27": 27 dead
        own = events.own_verb(in_sentence, text, q.end) or toll
        ev = own or events.nearest(in_sentence, q.start, q.end, events.NEAR)
        predicate = ev.predicate if ev else events.verb_near(text[:sent.end], q.start, q.end)
        governing = None if own else events.verb_before(text[:q.start], q.start)
        if governing and governing != predicate:
            # "shooting three people, killing one": the verb the figure is the object of, not the nearest one.
            ev, predicate = None, governing
        also = events.coordinated(in_sentence, text, q.end, ev) if ev else ()
        about = q.about or (_duration_of(text, q.end, sent.end) if q.kind == "duration" else None) \
            or ("dead" if toll and toll.predicate == "die" and q.kind == "count" else None)
        found.append(dict(kind=q.kind, start=q.start, end=q.end, sent=sent, value=q.value(), about=about,
                          event=predicate, reported_by=source_of(sent), **({"also": also} if also else {})))
    all_orgs = orgs.find(text)
    # A name inside an organisation's name is the organisation's ("Mercy General Hospital", "Harry Winston Inc."):
    # an organisation that starts where a person does and runs past it wins.
    org_starts = {o.start: o.end for o in all_orgs}
    # So is a name inside a place named by its kind ("White House Rose Garden", "Newton Street"): not a person.
    all_places = places.find(text)
    kind_named = [(p.start, p.end) for p in all_places if p.place.type in ("feature", "street")]
    found_people = [p for p in people.find(text) if org_starts.get(p.start, 0) <= p.end
                    and not any(a <= p.start and p.end <= b for a, b in kind_named)]
    person_spans = SpanIndex((p.start, p.end) for p in found_people)
    for p in found_people:
        value = {"name": p.name, "role": p.role}
        if p.qualifier:
            value["of"] = p.qualifier
        found.append(dict(kind="person", start=p.start, end=p.end, sent=sentence_of(p.start), value=value, about=p.name))
    org_list = [o for o in all_orgs if not person_spans.overlaps(o.start, o.end)]
    org_spans = SpanIndex((o.start, o.end) for o in org_list)
    for o in org_list:
        sent = sentence_of(o.start)
        lead = text[max(sent.start, o.start - 12):o.start]
        if _LOCATIVE.search(lead) or _FACILITY.search(o.name):
            # "treated at Beaumont Hospital", "a shooting at Acme Corp": a facility where something happened.
            # A hospital or a court is one referent as a body and as a building ("Beaumont Hospital
            # spokeswoman"), so it is always a place; it is where something happened only after a locative.
            located = _LOCATIVE.search(lead) or re.search(r"\b(?:to|from)\s+(?:the\s+)?$", lead)
            ev = _place_event(by_sentence.get(sent.start, []), text, o.start) if located else None
            value = {"name": o.name, "type": "facility", "within": []}
            found.append(dict(kind="place", start=o.start, end=o.end, sent=sent, value=value, about=o.name,
                              event=ev and ev.predicate))
            continue
        value = {"name": o.name, "acronym": o.acronym}
        found.append(dict(kind="org", start=o.start, end=o.end, sent=sent, value=value, about=o.name))
    for p in all_places:
        if person_spans.overlaps(p.start, p.end) or org_spans.overlaps(p.start, p.end):
            continue
        sent = sentence_of(p.start)
        ev = _place_event(by_sentence.get(sent.start, []), text, p.start)
        found.append(dict(kind="place", start=p.start, end=p.end, sent=sent, value=p.place.to_json(),
                          about=p.place.name, event=ev and ev.predicate))
    for q in quotes.find(text, found_people):
        found.append(dict(kind="quote", start=q.start, end=q.end, sent=_sentence_around(sentence_of, q.start, q.end),
                          value={"quote": q.quote, "speaker": q.speaker, "partial": q.partial, "speaker_is_person": q.person}, about=q.speaker))
    for w in weapons.find(text):
        sent = sentence_of(w.start)
        found.append(dict(kind="event", start=w.start, end=w.end, sent=sent, about="weapon", reported_by=source_of(sent),
                          value={"weapon": w.kind}))
    for s in status.find(text, [(s.start, s.end) for s in sentences]):
        sent = sentence_of(s.start)
        found.append(dict(kind="event", start=s.start, end=s.end, sent=sent, about=s.topic, reported_by=source_of(sent),
                          value={"status": s.topic, "state": s.state}))
    for e in all_events:
        sent = sentence_of(e.start)
        found.append(dict(kind="event", start=e.start, end=e.end, sent=sent, event=e.predicate, reported_by=source_of(sent),
                          value={"predicate": e.predicate, "polarity": e.polarity, "modality": e.modality}))
    found.sort(key=lambda f: (f["start"], -f["end"], f["kind"]))
    claims = []
    # One string per sentence, shared by its claims (and pickled once): a sentence of a thousand
    # numbers is held once, not a thousand times.
    sentence_texts: dict[tuple[int, int], str] = {}
    for n, f in enumerate(found, 1):
        sent = f["sent"]
        sentence = sentence_texts.setdefault((sent.start, sent.end), text[sent.start:sent.end])
        claims.append(Claim(
            id=f"{article.id}-{n}",
            article=article.id,
            kind=f["kind"],
            text=text[f["start"]:f["end"]],
            start=f["start"],
            end=f["end"],
            sentence=sentence,
            value=f.get("value", {}),
            about=f.get("about"),
            event=f.get("event"),
            context=text[max(sent.start, f["start"] - 60):min(sent.end, f["end"] + 60)],
            reported_by=f.get("reported_by"),
            extra={k: f[k] for k in ("mention", "also") if k in f},
        ))
    return resolve_dates(claims, anchor)


# "the 12 days of the offensive", "after 11 days of a punishing offensive against ...": what lasted.
_OF_WHAT = re.compile(r"\s+of\s+(?:(?:the|a|an|its|their|his|her|this)\s+)?(?P<np>(?:[A-Za-z][\w'’-]*\s+){0,3}?[a-z][\w-]*)"
                      r"(?=\s+(?:into|against|in|on|at|by|of|with|for|from|to|that|which|and|over)\b|\s*[,.;:)]|\s*$)")


def _duration_of(text: str, end: int, sentence_end: int) -> str | None:
    """What a duration is the length of, when "of" names it right after: "offensive", "talks"."""
    m = _OF_WHAT.match(text, end, sentence_end)
    return m.group("np") if m else None


def _sentence_around(sentence_of, start: int, end: int) -> Span:
    """The sentence, or run of sentences, a quote stands in."""
    first = sentence_of(start)
    last = sentence_of(max(start, end - 1))
    return Span(min(first.start, start), max(last.end, end))


def resolve_dates(claims: list[Claim], anchor: Anchor | None) -> list[Claim]:
    """Return the claims with every date resolved against `anchor` (None leaves relative ones open)."""
    out = []
    for c in claims:
        if c.kind != "date":
            out.append(c)
            continue
        m: dates.DateMention = c.extra["mention"]
        span = dates.resolve(m, anchor.date if anchor else None)
        used = anchor.to_json() if anchor and m.needs_anchor and span else None
        value = {"start": span[0].isoformat() if span else None, "end": span[1].isoformat() if span else None,
                 "anchor": used}
        out.append(replace(c, value=value))
    return out


_REPORTED_ON = re.compile(r"\b(?:said|says|reported|stated|added|told\s+(?:\w+\s+){0,2}?(?:reporters|police|the\s+\w+))\s+(?:on\s+)?$",
                          re.IGNORECASE)
_LOCATIVE = re.compile(r"\b(?:at|in|inside|outside|near|into)\s+(?:the\s+)?$", re.IGNORECASE)
# Bodies that are also buildings: one is taken "to" a hospital, not to a ministry.
_FACILITY = re.compile(r"\b(?:Hospital|School|College|University|Court|Church|Center|Centre|Embassy|Hotel|Station|Airport)\b")

# Event, then at most five words ("held", "earlier this month", "the Acme Corp plant") or an
# "of" phrase ("detention of 300 workers"), then a locative that leads to the place.
_LOCUS = re.compile(
    r"\s*(?:(?:[\w'’.-]+\s+){0,5}|of\s+(?:[\w'’.-]+\s+){1,6})(?:in|at|near|outside|inside|to|from|into|across)\s+[^,;:()]*$",
    re.IGNORECASE,
)


# Words that start another clause: a place after them belongs to it ("detention and said the public in Seoul").
_CLAUSE_BREAK = re.compile(r"[;]|\b(?:said|says|told|added|urged|asked|while|who|which|whose)\b")


def _place_event(evs: list[events.EventMention], text: str, start: int) -> events.EventMention | None:
    """The predicate a place is the location of, or None for a mere mention.

    A place is tied to an event it directly follows ("visited Seoul") or that
    leads to it through a locative ("a raid at a plant in Georgia", "detention
    of 300 workers in America"); "unsettled Seoul" or "talks on visas for
    workers in the US" tie it to nothing.
    """
    before = [e for e in evs if e.end <= start]
    if not before:
        return None
    last = before[-1]
    between = text[last.end:start]
    if re.fullmatch(r"\s+", between) or (len(between) < 200 and _LOCUS.match(between) and not _CLAUSE_BREAK.search(between)):
        return last
    return None
