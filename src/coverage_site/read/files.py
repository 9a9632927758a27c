"""Read one input file as clean text, or say exactly why not.

Every input path goes through here: one containment rule (after resolving
links, the file must lie inside the project), one bounded reader (regular
files only, size checked before reading, never more than the limit read), one
decoding, and one character clean-up so that no input can put a character into
a page or feed that XML forbids.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from coverage_site.errors import ContentError, Problem, line_col

MAX_BYTES = 2 * 1024 * 1024  # larger files are refused: no news article is 2 MiB of text

# Characters XML 1.0 forbids (C0 controls but tab and newline, lone surrogates, U+FFFE/U+FFFF), and the C1
# controls and DEL, which the HTML standard calls errors: in a feed one of them makes the whole feed unreadable.
FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def contained(path: Path, root: Path) -> bool:
    """Whether `path`, with every link in it resolved, lies inside `root`: the one rule for every input."""
    try:
        return path.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):  # a link loop
        return False


def outside_problem(rel: str) -> Problem:
    return Problem(rel, None, None, "symlink points outside the project; refusing to read it")


def read_bytes(path: Path, rel: str, root: Path | None = None) -> bytes:
    """Return the bytes of a regular file of at most MAX_BYTES; its size is checked before reading.

    With `root`, the file must lie inside it once links are resolved.
    """
    if root is not None and not contained(path, root):
        raise ContentError([outside_problem(rel)])
    try:
        # O_NONBLOCK: opening a FIFO with no writer must not hang; fstat then refuses it.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise ContentError([Problem(rel, None, None, f"cannot read: {exc.strerror or exc}")]) from None
    with os.fdopen(fd, "rb") as f:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise ContentError([Problem(rel, None, None, "not a regular file (a pipe, socket or device); refusing to read it")])
        if st.st_size > MAX_BYTES:
            raise ContentError([Problem(rel, None, None, f"file is {st.st_size} bytes; the limit is {MAX_BYTES}")])
        data = f.read(MAX_BYTES + 1)  # the file may have grown since fstat
    if len(data) > MAX_BYTES:
        raise ContentError([Problem(rel, None, None, f"file is over {MAX_BYTES} bytes; the limit is {MAX_BYTES}")])
    return data


def read_text(path: Path, rel: str, root: Path | None = None, warnings: list[Problem] | None = None) -> str:
    """Return the file as text: UTF-8, BOM dropped, CRLF/CR normalised to LF, forbidden characters replaced."""
    return decode(read_bytes(path, rel, root), rel, warnings)


def decode(data: bytes, rel: str, warnings: list[Problem] | None = None) -> str:
    """Decode the bytes of an input file (see `read_text`)."""
    if b"\x00" in data:
        line = data.count(b"\n", 0, data.index(b"\x00")) + 1
        raise ContentError([Problem(rel, line, None, "file contains NUL bytes: binary files are not articles")])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ContentError([Problem(rel, line, col, f"not valid UTF-8 (byte 0x{data[exc.start]:02x}); save the file as UTF-8")]) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text, first = clean(text)
    if first is not None and warnings is not None:
        line, col = line_col(text, first[0])
        warnings.append(Problem(rel, line, col, f"character U+{ord(first[1]):04X} cannot appear in a web page or feed; "
                                                "replaced by U+FFFD (and any others like it)", "warning"))
    return text


def clean(text: str) -> tuple[str, tuple[int, str] | None]:
    """Replace characters XML forbids by U+FFFD; return the text and (offset, character) of the first one."""
    m = FORBIDDEN.search(text)
    if m is None:
        return text, None
    return FORBIDDEN.sub("\ufffd", text), (m.start(), m.group())
