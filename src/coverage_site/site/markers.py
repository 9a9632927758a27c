"""Verdict markers: an icon, a text label and a colour class, never colour alone."""

from __future__ import annotations

MARKERS = {
    "agree": ("✓", "agree", "Sources agree"),
    "compatible": ("≈", "compatible", "Compatible: one source is more precise"),
    "framing": ("◐", "worded differently", "The same fact, worded with a different meaning"),
    "conflict": ("✗", "conflict", "Sources conflict"),
    "single": ("○", "single source", "Only one source says this"),
    "finding": ("!", "finding", "A problem inside one article"),
}
ORDER = ("conflict", "framing", "compatible", "agree", "single")


def _marker(verdict: str) -> tuple[str, str, str]:
    # A verdict the engine adds before the pages know it reads as itself, in neutral grey, never red.
    return MARKERS.get(verdict, ("·", verdict.replace("_", " "), verdict.replace("_", " ").capitalize()))


def rank(verdict: str) -> int:
    """Position in ORDER; an unknown verdict goes after the known ones."""
    return ORDER.index(verdict) if verdict in ORDER else len(ORDER)


def icon(verdict: str) -> str:
    return _marker(verdict)[0]


def label(verdict: str) -> str:
    return _marker(verdict)[1]


def describe(verdict: str) -> str:
    return _marker(verdict)[2]
