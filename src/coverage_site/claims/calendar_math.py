"""Calendar arithmetic for the date reader: months added as months, weeks from Monday, parts of periods.

Kept apart from `dates` (what the words say) so each stays short. Every
function returns the first and last day of what it names, or None for a day
the calendar does not have ("Feb. 30").
"""

from __future__ import annotations

import calendar
import datetime as dt

WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
ORDINALS = {w: n for n, w in enumerate(
    """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth
    fifteenth sixteenth seventeenth eighteenth nineteenth twentieth""".split(), 1)}
ORDINALS.update({f"twenty-{w}": 20 + n for w, n in list(ORDINALS.items())[:9]})
ORDINALS.update({"thirtieth": 30, "thirty-first": 31})
_ONE = dt.timedelta(days=1)
Span = tuple[dt.date, dt.date]


def day_range(d: dt.date | None) -> Span | None:
    return (d, d) if d else None


def day(y: int, mo: int, d: int) -> Span | None:
    try:
        return day_range(dt.date(y, mo, d))
    except ValueError:
        return None


def span(y: int, mo: int, d: int, mo2: int, d2: int) -> Span | None:
    a, b = day(y, mo, d), day(y + (mo2 < mo), mo2, d2)
    return (a[0], b[0]) if a and b else None


def month(y: int, mo: int) -> Span:
    return dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1])


def quarter(y: int, n: int) -> Span:
    return month(y, 3 * n - 2)[0], month(y, 3 * n)[1]


def add_months(d: dt.date, n: int) -> dt.date:
    """Calendar months, the day kept or clamped to the month's last: Jan 31 + 1 month = Feb 28."""
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    return dt.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def shift(d: dt.date, amount: float, unit: str, sign: int) -> dt.date:
    if unit == "year":
        return add_months(d, sign * round(12 * amount))
    if unit == "month":
        return add_months(d, sign * round(amount))
    days = {"day": 1, "week": 7, "fortnight": 14}[unit]
    return d + dt.timedelta(days=sign * round(amount * days))


def part(y: int, mo: int | None, unit: str, which: str) -> Span:
    """Early, mid, late: thirds of a month (1–10, 11–20, 21–end) or of a year (four months each)."""
    if unit == "month":
        first, last = month(y, mo)
        return {"early": (first, first.replace(day=10)), "mid": (first.replace(day=11), first.replace(day=20)),
                "late": (first.replace(day=21), last)}[which]
    k = {"early": 1, "mid": 5, "late": 9}[which]
    return month(y, k)[0], month(y, k + 3)[1]


def week_part(monday: dt.date, which: str) -> Span:
    """Beginning of a week is Monday–Wednesday, its middle Wednesday–Thursday, its end Friday–Sunday."""
    a, b = {"early": (0, 2), "mid": (2, 3), "late": (4, 6)}[which]
    return monday + dt.timedelta(days=a), monday + dt.timedelta(days=b)


def nth_weekday(y: int, mo: int, weekday: int, n: int) -> dt.date | None:
    """The n-th (or with n = -1 the last) given weekday of a month."""
    days = [d for d in range(1, calendar.monthrange(y, mo)[1] + 1) if dt.date(y, mo, d).weekday() == weekday]
    if not -len(days) <= n <= len(days) or n == 0:
        return None
    return dt.date(y, mo, days[n - 1 if n > 0 else n])


def nth_weekday_from(d: dt.date, weekday: int, n: int) -> dt.date:
    """The n-th given weekday after `d` (before it when n < 0), `d` itself not counted: "the third Tuesday after"."""
    step = 1 if n > 0 else -1
    first = d + dt.timedelta(days=step * (((weekday - d.weekday()) * step) % 7 or 7))
    return first + dt.timedelta(days=7 * (n - step))


def closest_weekday(d: dt.date, weekday: int, n: int) -> dt.date:
    """The n-th nearest given weekday to `d` (itself when it is that weekday); of two as near, the earlier first."""
    days = [d + dt.timedelta(days=k) for k in range(-7 * n - 7, 7 * n + 8) if (d + dt.timedelta(days=k)).weekday() == weekday]
    return sorted(days, key=lambda x: (abs((x - d).days), x))[n - 1]


def within_month(m, y: int) -> Span | None:
    """ "the first week of October" (Monday–Sunday weeks wholly inside the month), "the last day of May",
    "the week of October 7" (the Monday–Sunday week holding it; a week is named by its first day, so a Sunday
    opens the week that follows it, as on calendars that start on Sunday: "the week of Sunday, Oct. 6" is the
    7th–13th). Counted from the end with a negative n:
    "the second-to-last week of October" is n = -2. With no month, the period is the year: "the third last
    week of 2018" is the third of its whole weeks from the end."""
    if m.form == "week" and m.day:
        d = day(y, m.month, m.day)
        if not d:
            return None
        monday = d[0] - dt.timedelta(days=d[0].weekday()) if d[0].weekday() < 6 else d[0] + _ONE
        return monday, monday + dt.timedelta(days=6)
    first, last = month(y, m.month) if m.month else (dt.date(y, 1, 1), dt.date(y, 12, 31))
    if m.form == "nthday":
        d = first + dt.timedelta(days=m.n - 1) if m.n > 0 else last + dt.timedelta(days=m.n + 1)
        return (d, d) if first <= d <= last else None
    mondays = [first + dt.timedelta(days=k) for k in range((last - first).days - 5) if (first + dt.timedelta(days=k)).weekday() == 0]
    if not -len(mondays) <= m.n <= len(mondays) or m.n == 0:
        return None
    monday = mondays[m.n - 1 if m.n > 0 else m.n]
    return monday, monday + dt.timedelta(days=6)


# Astronomical seasons of the northern hemisphere, to the day most years give them.
_SEASONS = {"spring": ((3, 20), (6, 20), 0), "summer": ((6, 21), (9, 22), 0), "autumn": ((9, 23), (12, 20), 0),
            "winter": ((12, 21), (3, 19), 1)}


def season(name: str, year: int | None, relation: str | None, anchor: dt.date | None, ahead: bool) -> Span | None:
    """ "last summer", "the winter of 2009" (the one that begins that year), "this spring"."""
    (m1, d1), (m2, d2), wraps = _SEASONS[name]
    span_of = lambda y: (dt.date(y, m1, d1), dt.date(y + wraps, m2, d2))  # noqa: E731
    if year:
        return span_of(year)
    if anchor is None:
        return None
    spans = [span_of(y) for y in range(anchor.year - 2, anchor.year + 2)]
    if relation == "this":
        inside = [s for s in spans if s[0] <= anchor <= s[1]]
        if inside:
            return inside[0]
        relation = "next" if ahead else "last"
    if relation == "next" or (relation is None and ahead):
        return min(s for s in spans if s[0] > anchor) if relation == "next" else min(s for s in spans if s[1] >= anchor)
    if relation == "last":
        return max(s for s in spans if s[1] < anchor)
    return max(s for s in spans if s[0] <= anchor)


def _weekday(anchor: dt.date, weekday: int, relation: str | None, ahead: bool) -> dt.date:
    monday = anchor - dt.timedelta(days=anchor.weekday())
    if relation == "next":
        return monday + dt.timedelta(days=7 + weekday)
    if relation == "after next":
        return anchor + dt.timedelta(days=((weekday - anchor.weekday()) % 7 or 7) + 7)
    back = (anchor.weekday() - weekday) % 7
    if relation == "last":
        return anchor - dt.timedelta(days=back or 7)
    if ahead:
        return anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    return anchor - dt.timedelta(days=back)


def _yearless(mo: int, d: int, weekday: int | None, anchor: dt.date, ahead: bool) -> dt.date | None:
    candidates = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            date = dt.date(y, mo, d)
        except ValueError:
            continue
        weekday_ok = weekday is None or date.weekday() == weekday
        if ahead:  # the first one on or after the anchor
            candidates.append((not weekday_ok, date < anchor, abs((date - anchor).days), date))
        else:  # the weekday match, then the nearest, then the past over the future
            candidates.append((not weekday_ok, abs((date - anchor).days), date > anchor, date))
    return min(candidates)[3] if candidates else None


def _dom(anchor: dt.date, d: int, weekday: int | None, ahead: bool) -> dt.date | None:
    """ "the 27th", "Friday the 15th": the nearest such day of a month (on that weekday)."""
    options = []
    for k in range(-12, 13):
        first = add_months(anchor.replace(day=1), k)
        try:
            date = first.replace(day=d)
        except ValueError:
            continue
        if weekday is not None and date.weekday() != weekday:
            continue
        if (date >= anchor) == ahead or date == anchor:
            options.append((abs((date - anchor).days), date))
    return min(options)[1] if options else None


def relative(m, anchor: dt.date, ahead: bool) -> Span | None:
    """Resolve a mention whose meaning depends on the anchor."""
    form = m.form
    if form == "md":
        return day_range(_yearless(m.month, m.day, m.weekday, anchor, ahead))
    if form == "range":
        d = _yearless(m.month, m.day, None, anchor, ahead)
        return span(d.year, m.month, m.day, m.month2 or m.month, m.day2) if d else None
    if form == "dom" and m.relation:
        first = add_months(anchor.replace(day=1), {"next": 1, "last": -1}.get(m.relation, 0))
        return day(first.year, first.month, m.day)
    if form == "dom":
        return day_range(_dom(anchor, m.day, m.weekday, ahead))
    if form in ("week", "nthday"):
        y = anchor.year + ((m.month < anchor.month) if ahead else -(m.month > anchor.month))
        return within_month(m, y)
    if form == "my":
        if m.relation in ("after next", "before last"):  # "March after next": the one after the next March
            nxt = m.relation == "after next"
            y = anchor.year + (m.month <= anchor.month if nxt else -(m.month >= anchor.month))
            return month(y + (1 if nxt else -1), m.month)
        if m.relation == "next" or m.relation is None and ahead:
            y = anchor.year + (m.month <= anchor.month if m.relation == "next" else m.month < anchor.month)
        elif m.relation == "last":
            y = anchor.year - (m.month >= anchor.month)
        elif m.relation == "this":
            y = anchor.year
        else:
            y = anchor.year - (m.month > anchor.month)
        return month(y, m.month)
    if form == "weekday":
        return day_range(_weekday(anchor, m.weekday, m.relation, ahead))
    if form == "wdoffset":  # "two Sundays ago": the second Sunday before the anchor, the anchor's own day not counted
        if m.relation == "ago":
            return day_range(anchor - dt.timedelta(days=((anchor.weekday() - m.weekday) % 7 or 7) + 7 * (m.n - 1)))
        return day_range(anchor + dt.timedelta(days=((m.weekday - anchor.weekday()) % 7 or 7) + 7 * (m.n - 1)))
    if form == "wdweek":
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(days={"next": 7, "last": -7}.get(m.relation, 0))
        return day_range(monday + dt.timedelta(days=m.weekday))
    if form == "nth":
        if m.month:
            y = anchor.year
            if ahead and m.month < anchor.month:
                y += 1
            elif not ahead and m.month > anchor.month:
                y -= 1
            return day_range(nth_weekday(y, m.month, m.weekday, m.n))
        first = add_months(anchor.replace(day=1), {"next": 1, "last": -1}.get(m.relation, 0))
        return day_range(nth_weekday(first.year, first.month, m.weekday, m.n))
    if form == "day":
        shift_days = {"yesterday": -1, "tomorrow": 1, "last night": -1, "day after tomorrow": 2, "day before yesterday": -2}.get(m.relation, 0)
        return day_range(anchor + dt.timedelta(days=shift_days))
    if form == "offset":
        sign = -1 if m.relation == "ago" else 1
        d = anchor
        for amount, unit in m.offsets:
            d = shift(d, amount, unit, sign)
        return d, d
    if form == "span":
        return _span(m.relation, m.unit, m.n, anchor)
    if form == "ahead":  # "two upcoming week": the week two on from this one
        return _unit_away(m.unit, m.n, anchor)
    if form == "quarter":
        if m.unit == "quarter":
            return _unit_away("quarter", {"next": 1, "last": -1}.get(m.relation, 0), anchor)
        if m.relation is None:  # "Q3" alone: the latest begun by the anchor; looking ahead, the first not yet over
            now = (anchor.month - 1) // 3 + 1
            return quarter(anchor.year + ((m.n < now) if ahead else -(m.n > now)), m.n)
        return quarter(anchor.year + {"next": 1, "last": -1}.get(m.relation, 0), m.n)
    if form == "part":
        if m.unit == "week":
            monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(days=7 * m.n)
            return week_part(monday, m.relation)
        if m.unit == "month" and m.month:
            y = anchor.year + ((m.month < anchor.month) if ahead else -(m.month > anchor.month))
            return part(y, m.month, "month", m.relation)
        if m.unit == "month":
            first = add_months(anchor.replace(day=1), m.n)
            return part(first.year, first.month, "month", m.relation)
        return part(anchor.year + m.n, None, "year", m.relation)
    if form == "relative" and m.relation == "nearest":  # "over the weekend": the last one, or the coming one
        saturday = anchor + dt.timedelta(days=5 - anchor.weekday())
        if not ahead and anchor < saturday:
            saturday -= dt.timedelta(days=7)
        return saturday, saturday + _ONE
    if form == "relative" and m.relation in ("before last", "after next"):  # two units back or on
        return _unit_away(m.unit, -2 if m.relation == "before last" else 2, anchor)
    if form == "relative":
        return _relative(m.relation, m.unit, anchor)
    if form == "halfyear":
        year = m.year or anchor.year + {"last": -1, "next": 1}.get(m.relation, 0)
        if m.unit == "first":
            return dt.date(year, 1, 1), month(year, m.n)[1]
        return month(year, 13 - m.n)[0], dt.date(year, 12, 31)
    return None


def _span(rel: str, unit: str, n: int, a: dt.date) -> Span:
    """ "the last 2 days", "the next three months": whole units before or after the current one."""
    if unit == "day":
        return (a - dt.timedelta(days=n), a - _ONE) if rel == "last" else (a + _ONE, a + dt.timedelta(days=n))
    if unit == "week":
        monday = a - dt.timedelta(days=a.weekday())
        return (monday - dt.timedelta(days=7 * n), monday - _ONE) if rel == "last" else (monday + dt.timedelta(days=7), monday + dt.timedelta(days=7 * n + 6))
    if unit == "month":
        first = a.replace(day=1)
        return (add_months(first, -n), first - _ONE) if rel == "last" else (add_months(first, 1), add_months(first, n + 1) - _ONE)
    return (dt.date(a.year - n, 1, 1), dt.date(a.year - 1, 12, 31)) if rel == "last" else (dt.date(a.year + 1, 1, 1), dt.date(a.year + n, 12, 31))


def _relative(rel: str, unit: str, a: dt.date) -> Span:
    """ "last week", "next month", "this year", "earlier this month" (its start to the anchor), "later this year"."""
    start, end = _unit_away("week" if unit == "weekend" and rel == "earlier this" else unit,
                            {"last": -1, "past": -1, "next": 1}.get(rel, 0), a)
    if rel == "earlier this":
        return start, a
    if rel == "later this" and unit not in ("week", "weekend"):
        return a, end
    return start, end


def _unit_away(unit: str, n: int, a: dt.date) -> Span:
    """The whole calendar unit n away from the one the anchor is in (n = 0: that one): a day, a Monday–Sunday
    week, its weekend, a month, a quarter or a year."""
    if unit == "day":
        return day_range(a + dt.timedelta(days=n))
    if unit in ("week", "weekend"):
        monday = a - dt.timedelta(days=a.weekday()) + dt.timedelta(days=7 * n)
        return (monday + dt.timedelta(days=5) if unit == "weekend" else monday), monday + dt.timedelta(days=6)
    if unit == "month":
        first = add_months(a.replace(day=1), n)
        return month(first.year, first.month)
    if unit == "quarter":
        q = (a.month - 1) // 3 + n
        return quarter(a.year + q // 4, q % 4 + 1)
    return dt.date(a.year + n, 1, 1), dt.date(a.year + n, 12, 31)


def holiday_weekend(d: dt.date, holiday: str) -> Span:
    """The weekend a holiday falls in or next to: Saturday to a Monday holiday ("Memorial Day weekend"), a
    Thursday or Friday holiday to Sunday ("the Thanksgiving weekend"), the Saturday before to a Tuesday or
    Wednesday one, and the Saturday and Sunday of one that falls on them; Easter's is Good Friday to Easter
    Monday, days off in much of the world."""
    if holiday.startswith("easter"):
        return d - dt.timedelta(days=2), d + _ONE
    wd = d.weekday()
    if wd in (3, 4):
        return d, d + dt.timedelta(days=6 - wd)
    if wd == 5:
        return d, d + _ONE
    if wd == 6:
        return d - _ONE, d
    return d - dt.timedelta(days=wd + 2), d
