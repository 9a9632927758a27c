"""Read one input file as clean text, or say exactly why not."""

from __future__ import annotations

from pathlib import Path

from coverage_site.errors import ContentError, Problem

MAX_BYTES = 2 * 1024 * 1024  # larger files are refused: no news article is 2 MiB of text


def read_text(path: Path, rel: str) -> str:
    """Return the file as text: UTF-8, BOM dropped, CRLF/CR normalised to LF."""
    data = path.read_bytes()
    if len(data) > MAX_BYTES:
        raise ContentError([Problem(rel, None, None, f"file is {len(data)} bytes; the limit is {MAX_BYTES}")])
    if b"\x00" in data:
        line = data.count(b"\n", 0, data.index(b"\x00")) + 1
        raise ContentError([Problem(rel, line, None, "file contains NUL bytes: binary files are not articles")])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ContentError([Problem(rel, line, col, f"not valid UTF-8 (byte 0x{data[exc.start]:02x}); save the file as UTF-8")]) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")
