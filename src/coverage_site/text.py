"""Text helpers every stage may use: slugs, month and weekday names, the kinds of street. They import nothing of ours.

They sit at the bottom of the import graph (issue #18): the readers, story
grouping, the site plan and author pages all need them, and none of those
stages should have to import another to get them.
"""

from __future__ import annotations

import hashlib
import re

MONTHS: dict[str, int] = {
    m: i + 1
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
         ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
         ("november", "nov"), ("december", "dec")]
    )
    for m in names
}  # a month's English name or abbreviation, lower case -> its number
# The months' and weekdays' full English names, capitalised as written (not `calendar`'s, which follow the locale).
CALENDAR_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                  "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# The word that says a name is a street's: "Newton Street", "10 Downing Street" (places, and house numbers).
STREET_KINDS = ("Street", "St.", "Avenue", "Ave.", "Road", "Rd.", "Boulevard", "Blvd.", "Lane", "Drive", "Highway",
                "Parkway", "Place")


SLUG_LENGTH = 80  # characters: room for a headline's first dozen words, short enough for any file system
HASH_LENGTH = 10  # hex digits of the hash that names a slug with no Latin letter or digit (40 bits)


def slugify(text: str) -> str:
    """Return a URL-safe slug of `[a-z0-9-]`."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if not slug and text.strip():
        # A name with no Latin letter or digit ("Новости"): a short hash keeps two such names apart.
        return "u-" + hashlib.sha1(text.strip().encode("utf-8", "replace")).hexdigest()[:HASH_LENGTH]
    return slug[:SLUG_LENGTH].strip("-") or "article"
