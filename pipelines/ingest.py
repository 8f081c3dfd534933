"""Read files from the input folder: sniff, decode, hash, or reject with a reason a person understands.

Pure functions over bytes and paths; the Dagster asset decides what is new and writes the rows.
"""
from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Not .md: a README or notes file dropped among the articles would be read as an article (CONTRACT.md: .txt, .html)
TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
MAX_BYTES_ENV = "PARLEY_MAX_FILE_BYTES"

# Why scan() will not read a file (FileFacts.problem): the run records the file as rejected with this reason.
LINK_OUTSIDE = "a symbolic link to something outside the input folder: not followed"
LINK_BROKEN = "a broken symbolic link: its target does not exist"
LINK_TO_FOLDER = "a symbolic link to a folder outside the input folder: not followed"
NOT_REGULAR = "not a regular file (a pipe, socket or device): not read"

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

# The letters beyond ASCII of the languages parley reads (hu, sl, no, en; French/German accents of names):
# a legacy code page is chosen by how many of these its decoding yields and how few other letters.
_OUR_LETTERS = set("áéíóöőúüűčšžæøåèêàäëïôçÁÉÍÓÖŐÚÜŰČŠŽÆØÅÈÊÀÄËÏÔÇß")


@dataclass(frozen=True)
class FileFacts:
    """What the scan knows about one file before reading it."""

    path: str  # relative to the input folder, posix separators
    abs_path: str
    size: int
    mtime_ns: int
    problem: str | None = None  # set when the file must not be read (a link out of the folder, ...)


@dataclass(frozen=True)
class Decoded:
    text: str | None
    encoding: str | None
    kind: str | None  # "text" | "html"
    reason: str | None  # set when the file is rejected


def max_file_bytes(environ=None) -> int:
    """The size limit of one input file: ``PARLEY_MAX_FILE_BYTES`` (bytes), default 5 MiB."""
    value = (os.environ if environ is None else environ).get(MAX_BYTES_ENV, "").strip()
    if not value:
        return DEFAULT_MAX_BYTES
    try:
        limit = int(value)
    except ValueError:
        raise ValueError(f"{MAX_BYTES_ENV} must be a number of bytes, got {value!r}") from None
    if limit <= 0:
        raise ValueError(f"{MAX_BYTES_ENV} must be positive, got {limit}")
    return limit


def scan(root: str | os.PathLike) -> Iterator[FileFacts]:
    """Every file under root, recursively, in a stable order; hidden files and folders are skipped.

    Symbolic links are followed only when they resolve to a regular file inside root. A link out of the input
    folder (to a file or a folder), a broken link and a pipe or device are yielded with ``problem`` set and
    never opened, so that the run records them as rejected instead of losing them silently.

    Order: in each folder, links to outside folders, then its files, then its subfolders, each sorted by name
    (the order of a top-down ``os.walk``). Built on ``os.scandir`` and plain strings: the run scans every file
    of the input folder each time, and at 100,000 files pathlib and a second ``lstat`` per file cost more than
    the stat itself.
    """
    root_path = Path(root).resolve()
    yield from _scan_folder(root_path, str(root_path), "")


def _scan_folder(root_path: Path, folder: str, rel_prefix: str) -> Iterator[FileFacts]:
    try:
        with os.scandir(folder) as listing:
            entries = list(listing)
    except OSError:
        return  # as os.walk: a folder that cannot be listed is passed over
    folders, files = [], []
    for entry in entries:
        try:
            is_folder = entry.is_dir()  # follows links, as os.walk does
        except OSError:
            is_folder = False
        (folders if is_folder else files).append(entry)
    folders.sort(key=lambda e: e.name)
    files.sort(key=lambda e: e.name)
    kept = []
    for entry in folders:
        if entry.name.startswith("."):
            continue
        if entry.is_symlink():
            # not descended into; a link to a folder inside root is read through its real path anyway, one
            # that leads out is recorded.
            if not Path(entry.path).resolve().is_relative_to(root_path):
                yield FileFacts(rel_prefix + entry.name, entry.path, -1, 0, LINK_TO_FOLDER)
            continue
        kept.append(entry)
    for entry in files:
        name = entry.name
        if name.startswith("."):
            continue
        rel, full = rel_prefix + name, entry.path
        try:
            if entry.is_symlink():
                target = Path(full).resolve()
                if not target.exists():
                    yield FileFacts(rel, full, -1, 0, LINK_BROKEN)
                    continue
                if not target.is_relative_to(root_path):
                    yield FileFacts(rel, full, -1, 0, LINK_OUTSIDE)
                    continue
            st = entry.stat()
        except OSError as exc:
            yield FileFacts(rel, full, -1, 0, f"not readable: {exc.strerror or exc}")
            continue
        if not stat.S_ISREG(st.st_mode):
            yield FileFacts(rel, full, -1, 0, NOT_REGULAR)
            continue
        yield FileFacts(rel, full, st.st_size, st.st_mtime_ns)
    for entry in kept:
        yield from _scan_folder(root_path, entry.path, rel_prefix + entry.name + "/")


def too_large(size: int, max_bytes: int) -> str:
    return (
        f"too large: {size:,} bytes, over the limit of {max_bytes:,} bytes "
        f"({MAX_BYTES_ENV}); not an article, or raise the limit"
    )


def kind_of(path: str) -> str | None:
    suffix = Path(path).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES or suffix == "":
        return "text"
    return None


# Control characters (Unicode category Cc: U+0000-U+001F, U+007F-U+009F) other than \t \n \f \r; one regex
# pass instead of a unicodedata lookup per character (that was most of the raw step's time at scale).
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_C1 = re.compile("[\x80-\x9f]")


def decode(data: bytes, path: str, max_bytes: int | None = None) -> Decoded:
    """Bytes to text, or a reason why not."""
    kind = kind_of(path)
    max_bytes = max_file_bytes() if max_bytes is None else max_bytes
    if len(data) > max_bytes:
        return Decoded(None, None, kind, too_large(len(data), max_bytes))
    if not data.strip():
        return Decoded(None, None, kind, "empty file")
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            return Decoded(None, None, kind, f"binary file: {what}, not an article")
    if kind is None:
        return Decoded(None, None, None, f"unsupported file type '{Path(path).suffix}': expected .txt or .html")

    broken = _broken_utf8(data)
    if broken:
        return Decoded(None, None, kind, broken)
    looks_html = kind == "html" or data.lstrip()[:5].lower() in (b"<!doc", b"<html")
    text, encoding = _to_text(data, _declared_charset(data) if looks_html else None)
    if text is None:
        return Decoded(None, None, kind,
                       "not decodable as text (not UTF-8, UTF-16 or a Central/Western European code page)")
    controls = len(_CONTROLS.findall(text, 0, 20000))
    if controls > max(8, len(text[:20000]) // 50):
        return Decoded(None, None, kind, "binary content: too many control characters for text")
    if kind == "text" and text.lstrip()[:16].lower().startswith(("<!doctype html", "<html")):
        kind = "html"
    return Decoded(text, encoding, kind, None)


# A web page names its code page: <meta charset="...">, <meta http-equiv="Content-Type" content="...;
# charset=...">, or an XML declaration. Labels are read as browsers read them (WHATWG): ISO-8859-1 and ASCII
# mean Windows-1252.
_DECLARED = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]{2,30})|"""
                       rb"""<\?xml[^>]{0,100}?encoding\s*=\s*["']([a-zA-Z0-9_.:-]{2,30})""", re.I)
_CHARSET_ALIASES = {"iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
                    "l1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252", "windows-1252": "cp1252",
                    "x-cp1250": "cp1250", "windows-1250": "cp1250", "iso-8859-15": "iso-8859-15"}


def _declared_charset(data: bytes) -> str | None:
    """The code page a web page declares in its head (its first 32 KiB: scripts and styles may come before
    an http-equiv meta), as a Python codec name, or None."""
    m = _DECLARED.search(data, 0, 32768)
    if not m:
        return None
    label = (m.group(1) or m.group(2)).decode("ascii").lower()
    label = _CHARSET_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _to_text(data: bytes, declared: str | None = None) -> tuple[str | None, str | None]:
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
    # A page's own declaration of a legacy code page is believed, as browsers believe it, when the bytes
    # decode in it to text without control characters: è in ISO-8859-1 is č in Windows-1250 and both are
    # letters parley reads, so letters alone cannot tell "Genève" from "Genčve".
    if declared and declared not in ("utf-8", "utf-16", "utf-32"):
        try:
            text = data.decode(declared)
        except UnicodeDecodeError:
            text = None
        if text is not None and not _C1.search(text):
            return text, declared
    # Otherwise the legacy single-byte code page whose decoding yields letters our languages use.
    scored = [(_legacy_score(text, enc), enc, text) for enc, text in _legacy_decodings(data)]
    best, best_score = None, -1
    for score, enc, text in scored:
        if score > best_score:
            best, best_score = (text, enc), score
    return best if best else (None, None)


def _legacy_decodings(data: bytes) -> Iterator[tuple[str, str]]:
    for enc in ("cp1250", "iso-8859-2", "cp1252"):
        try:
            yield enc, data.decode(enc)
        except UnicodeDecodeError:
            continue


def _broken_utf8(data: bytes) -> str | None:
    """A reason when the bytes are UTF-8 with invalid sequences in it (a damaged or mixed file), else None.

    Text in a legacy code page has (almost) no valid multi-byte UTF-8 sequences; broken UTF-8 has mostly
    valid ones and a few invalid bytes. Decoding it as a code page would turn every accent into garbage.
    """
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return None
    try:
        data.decode("utf-8")
        return None
    except UnicodeDecodeError as exc:
        first = exc.start
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd")
    valid_multibyte = sum(1 for c in text if ord(c) > 0x7F and c != "\ufffd")
    if valid_multibyte and valid_multibyte >= invalid:
        return (
            f"invalid UTF-8: {invalid} byte sequence(s) are not valid UTF-8 (the first at byte {first}) "
            f"in a file that is otherwise UTF-8; the file is damaged or mixes encodings. Re-save it as UTF-8"
        )
    return None


def _legacy_score(text: str, enc: str) -> int:
    """How plausible a decoding is: letters of our languages count for it, other non-ASCII letters (ő read as
    õ, ø read as ř) and control or odd symbols against it. cp1250 and iso-8859-2 differ mainly in where they
    put š/ž (0x8A-0x9E versus 0xA9-0xBE): the wrong one yields control characters or ą/ľ there."""
    ours = foreign = odd = 0
    for c in text:
        if c < "\x80":
            continue
        if c in _OUR_LETTERS:
            ours += 1
        elif c.isalpha():
            foreign += 1
        elif unicodedata.category(c) in ("Cc", "So", "Sk", "Co"):
            odd += 1
    return 2 * ours - 3 * foreign - 5 * odd


def content_key(text: str) -> str:
    """The article's identity: its text with line endings, trailing blanks and the BOM made uniform."""
    body = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    body = "\n".join(line.rstrip() for line in body.split("\n")).strip()
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def article_id(text: str) -> str:
    return content_key(text)[:16]


def file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
