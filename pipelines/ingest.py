"""Read files from the input folder: sniff, decode, hash, or reject with a reason a person understands.

Pure functions over bytes and paths; the Dagster asset decides what is new and writes the rows.
"""
from __future__ import annotations

import hashlib
import os
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
DEFAULT_MAX_BYTES = 5 * 1024 * 1024

# Magic numbers of the binary files that most often land in a news folder by mistake.
_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
    b"RIFF": "a RIFF media file",
    b"\x7fELF": "an executable",
}

# Letters that only the legacy code pages below can produce in our languages; used to choose among them.
_CP1250_MARKERS = set("čšžćđČŠŽĆĐőűŐŰ")
_CP1252_MARKERS = set("øæåØÆÅéèêüöäß")


@dataclass(frozen=True)
class FileFacts:
    """What the scan knows about one file before reading it."""

    path: str  # relative to the input folder, posix separators
    abs_path: str
    size: int
    mtime_ns: int


@dataclass(frozen=True)
class Decoded:
    text: str | None
    encoding: str | None
    kind: str | None  # "text" | "html"
    reason: str | None  # set when the file is rejected


def scan(root: str | os.PathLike) -> Iterator[FileFacts]:
    """Every regular file under root, recursively, in a stable order.

    Symlinks are followed only when they resolve inside root: a link out of the input folder is not read.
    """
    root_path = Path(root).resolve()
    for dirpath, dirnames, filenames in os.walk(root_path, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            full = Path(dirpath) / name
            rel = full.relative_to(root_path).as_posix()
            try:
                if full.is_symlink():
                    target = full.resolve()
                    if not target.is_relative_to(root_path) or not target.is_file():
                        yield FileFacts(rel, str(full), -1, 0)
                        continue
                st = full.stat()
            except OSError:
                yield FileFacts(rel, str(full), -1, 0)
                continue
            yield FileFacts(rel, str(full), st.st_size, st.st_mtime_ns)


def kind_of(path: str) -> str | None:
    suffix = Path(path).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES or suffix == "":
        return "text"
    return None


def decode(data: bytes, path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Decoded:
    """Bytes to text, or a reason why not."""
    kind = kind_of(path)
    if len(data) > max_bytes:
        return Decoded(None, None, kind, f"too large: {len(data)} bytes, the limit is {max_bytes}")
    if not data.strip():
        return Decoded(None, None, kind, "empty file")
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            return Decoded(None, None, kind, f"binary file: {what}, not an article")
    if kind is None:
        return Decoded(None, None, None, f"unsupported file type '{Path(path).suffix}': expected .txt or .html")

    text, encoding = _to_text(data)
    if text is None:
        return Decoded(None, None, kind, "not decodable as text (not UTF-8, UTF-16 or a Central/Western European code page)")
    controls = sum(1 for c in text[:20000] if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f")
    if controls > max(8, len(text[:20000]) // 50):
        return Decoded(None, None, kind, "binary content: too many control characters for text")
    if kind == "text" and text.lstrip().lower().startswith(("<!doctype html", "<html")):
        kind = "html"
    return Decoded(text, encoding, kind, None)


def _to_text(data: bytes) -> tuple[str | None, str | None]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            return None, None
    if b"\x00" in data[:4096]:
        return None, None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Legacy single-byte code pages: pick the one whose decoding yields letters our languages use.
    best, best_score = None, -1
    for enc in ("cp1250", "iso-8859-2", "cp1252"):
        try:
            candidate = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = _legacy_score(candidate, enc)
        if score > best_score:
            best, best_score = (candidate, enc), score
    return best if best else (None, None)


def _legacy_score(text: str, enc: str) -> int:
    letters = sum(c.isalpha() for c in text)
    odd = sum(1 for c in text if unicodedata.category(c) in ("Cc", "So", "Sk", "Co") and c not in "\n\r\t")
    markers = _CP1250_MARKERS if enc != "cp1252" else _CP1252_MARKERS
    hits = sum(1 for c in text if c in markers)
    # cp1250 and iso-8859-2 differ mainly in 0x8A/0x9A/0x8E/0x9E (š/ž) and 0xB9/0xBE: prefer the one
    # that turns them into letters.
    return letters + 3 * hits - 5 * odd


def content_key(text: str) -> str:
    """The article's identity: its text with line endings, trailing blanks and the BOM made uniform."""
    body = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    body = "\n".join(line.rstrip() for line in body.split("\n")).strip()
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def article_id(text: str) -> str:
    return content_key(text)[:16]


def file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
