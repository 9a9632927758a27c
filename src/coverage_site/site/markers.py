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


def icon(verdict: str) -> str:
    return MARKERS[verdict][0]


def label(verdict: str) -> str:
    return MARKERS[verdict][1]


def describe(verdict: str) -> str:
    return MARKERS[verdict][2]
