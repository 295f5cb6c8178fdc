"""Reading articles: files, folders of .txt files, or standard input.

Text is decoded as UTF-8 exactly as stored (no newline translation, a BOM
kept as a character), so record offsets index what a reader of the file sees.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterator


@dataclass(frozen=True, slots=True)
class Document:
    doc_id: str
    text: str
    source: str  # path, or "-" for standard input
    date: str  # ISO date: the file's modification day, or today for stdin


@dataclass(frozen=True, slots=True)
class InputError:
    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def decode(data: bytes, source: str, warn) -> str | InputError:
    """UTF-8 text of a file's bytes; binary data is an error, bad bytes a warning."""
    if b"\0" in data:
        return InputError(source, "binary file (contains NUL bytes), skipped")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        warn(f"{source}: invalid UTF-8 at byte {exc.start}, bad bytes replaced with U+FFFD")
        return data.decode("utf-8", errors="replace")


def expand(paths: list[str]) -> Iterator[str | InputError]:
    """Input paths in order: a folder becomes its .txt files, sorted."""
    for p in paths:
        path = Path(p)
        if p == "-":
            yield p
        elif path.is_dir():
            files = sorted(f for f in path.rglob("*.txt") if f.is_file())
            if not files:
                yield InputError(p, "folder has no .txt files")
            yield from (str(f) for f in files)
        elif path.is_file():
            yield p
        else:
            yield InputError(p, "no such file or folder")


def read_documents(paths: list[str], stdin_id: str = "stdin", warn=print) -> Iterator[Document | InputError]:
    """Documents (or one-line errors) for each input, in input order."""
    for item in expand(paths):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            data = sys.stdin.buffer.read() if item == "-" else Path(item).read_bytes()
        except OSError as exc:
            yield InputError(item, f"cannot read ({exc.strerror or exc})")
            continue
        text = decode(data, item, warn)
        if isinstance(text, InputError):
            yield text
            continue
        if item == "-":
            yield Document(stdin_id, text, item, date.today().isoformat())
        else:
            day = date.fromtimestamp(Path(item).stat().st_mtime).isoformat()
            yield Document(Path(item).stem, text, item, day)
