"""Corpora of any size for the scale benchmark: N articles written as files, varied from seeds/ (and the six
dev articles of ../shared/dev when present, for English and more Norwegian), deterministically.

Each article takes a template, keeps its language, and gets, consistently within the article, other people
(surname spellings from pipelines/lexicon/people.yaml), other venues (non-actor cities of places.yaml;
Ukrainian cities swap among Ukrainian cities so attacks move between regions), other months (same language),
other day numbers and counts, another publication date (the ` date YYYY-MM-DD` header), and a random subset of
its paragraphs. So meetings happen in many cities on many dates, and the cross-article merge has real work.

Fast: every template is parsed once into literal segments and slots; an article is a join of segments with
its own substitutions (no regex per article). Article i depends only on (seed, i), so the corpus of 10,000 is
the first 10,000 articles of the corpus of 100,000, and articles N..N+99 are "the next day's" articles.

    python -m bench.scale_corpus 100000 /tmp/parley-bench/corpus-100000
"""

from __future__ import annotations

import datetime as dt
import os
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DEV = ROOT.parent / "shared" / "dev"
GENERATOR_VERSION = "1"

_HEADER = re.compile(r"\A\s*date\s+(\d{4})-(\d{2})-(\d{2})[ \t]*\n?")

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "hu": ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
           "október", "november", "december"],
    "sl": ["januar", "februar", "marc", "april", "maj", "junij", "julij", "avgust", "septemb", "oktob",
           "novemb", "decemb"],
    "no": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "desember"],
}


@dataclass(frozen=True)
class Slot:
    kind: str  # person | place | month | number
    key: str  # person id, place group/name, language, or the digits
    idx: int  # index of the spelling in the lexicon entry (to pick the same "style" of spelling)


@dataclass
class Template:
    name: str
    language: str
    date: dt.date | None
    paragraphs: list[list[str | Slot]]


def _language(name: str, text: str) -> str:
    m = re.search(r"_(hu|sl|no|en)\.txt$", name)
    if m:
        return m.group(1)
    words = set(re.findall(r"\w+", text.lower()))
    votes = {
        "hu": len(words & {"és", "hogy", "az", "egy", "nem", "elnök"}),
        "sl": len(words & {"je", "in", "so", "da", "se", "za"}),
        "no": len(words & {"og", "det", "som", "på", "til", "er"}),
        "en": len(words & {"the", "and", "of", "to", "in", "was"}),
    }
    return max(votes, key=votes.get)


class Vocabulary:
    """Spellings of people and places the generator can swap, from the lexicon."""

    def __init__(self) -> None:
        sys.path.insert(0, str(ROOT))
        from pipelines.lexicon import load

        self.people = {p["id"]: (p.get("first") or [""], p["names"]) for p in load("people")}
        self.place_groups: dict[str, list[str]] = {"ua": [], "world": []}
        self.places: dict[str, list[str]] = {}
        for pl in load("places"):
            if pl["kind"] != "city" or pl.get("actor") or pl["name"] in self.places:
                continue
            self.places[pl["name"]] = pl["names"]
            self.place_groups["ua" if pl.get("ua_region") else "world"].append(pl["name"])
        spellings: dict[str, Slot] = {}
        for pid, (_, names) in self.people.items():
            for i, s in enumerate(names):
                spellings.setdefault(s, Slot("person", pid, i))
        for name, names in self.places.items():
            for i, s in enumerate(names):
                spellings.setdefault(s, Slot("place", name, i))
        self.spellings = spellings
        alternation = "|".join(re.escape(s) for s in sorted(spellings, key=len, reverse=True) if len(s) >= 3)
        self.pattern = re.compile(rf"(?<!\w)(?:(?P<name>{alternation})|(?P<num>\d+))")

    def group_of(self, place: str) -> str:
        return "ua" if place in self.place_groups["ua"] else "world"


def _parse(name: str, text: str, vocab: Vocabulary) -> Template:
    m = _HEADER.match(text)
    date = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
    body = text[m.end():] if m else text
    language = _language(name, body)
    months = MONTHS[language]
    flags = 0 if language == "en" else re.IGNORECASE
    month_re = re.compile(r"(?<!\w)(" + "|".join(re.escape(x) for x in months) + ")", flags)
    paragraphs = []
    for line in body.split("\n"):
        if not line.strip():
            continue
        hits: list[tuple[int, int, Slot]] = []
        for mm in vocab.pattern.finditer(line):
            if mm.group("name"):
                hits.append((mm.start(), mm.end(), vocab.spellings[mm.group("name")]))
            else:
                hits.append((mm.start(), mm.end(), Slot("number", mm.group("num"), 0)))
        for mm in month_re.finditer(line):
            lower = [x.lower() for x in months]
            hits.append((mm.start(), mm.end(), Slot("month", language, lower.index(mm.group(1).lower()))))
        hits.sort(key=lambda h: h[0])
        parts: list[str | Slot] = []
        pos = 0
        for start, end, slot in hits:
            if start < pos:
                continue
            parts.append(line[pos:start])
            parts.append(slot)
            pos = end
        parts.append(line[pos:])
        paragraphs.append(parts)
    return Template(name, language, date, paragraphs)


def templates(vocab: Vocabulary | None = None) -> list[Template]:
    vocab = vocab or Vocabulary()
    files = sorted(SEEDS.glob("*.txt")) + (sorted(DEV.glob("*.txt")) if DEV.is_dir() else [])
    return [_parse(p.name, p.read_text(encoding="utf-8"), vocab) for p in files]


class Generator:
    def __init__(self, seed: int = 2026) -> None:
        self.seed = seed
        self.vocab = Vocabulary()
        self.templates = templates(self.vocab)
        self.person_ids = sorted(self.vocab.people)
        self.start = dt.date(2025, 1, 1)

    def article(self, i: int) -> tuple[str, str]:
        """(relative path, text) of article i."""
        rng = random.Random(self.seed * 1_000_003 + i)
        t = self.templates[rng.randrange(len(self.templates))]
        v = self.vocab
        people: dict[str, str] = {}
        places: dict[str, str] = {}
        shift = rng.randrange(12)
        day_of: dict[str, str] = {}
        published = self.start + dt.timedelta(days=rng.randrange(456))  # 2025-01-01 .. 2026-03-31

        def fill(slot: Slot) -> str:
            if slot.kind == "person":
                if slot.key not in people:
                    people[slot.key] = rng.choice(self.person_ids) if rng.random() < 0.6 else slot.key
                names = v.people[people[slot.key]][1]
                return names[min(slot.idx, len(names) - 1)]
            if slot.kind == "place":
                if slot.key not in places:
                    places[slot.key] = rng.choice(v.place_groups[v.group_of(slot.key)])
                names = v.places[places[slot.key]]
                return names[min(slot.idx, len(names) - 1)]
            if slot.kind == "month":
                word = MONTHS[slot.key][(slot.idx + shift) % 12]
                return word
            digits = slot.key
            n = int(digits)
            if 1900 <= n <= 2100:
                return digits
            if n <= 31:
                if digits not in day_of:
                    day_of[digits] = str(rng.randint(1, 28))
                return day_of[digits]
            return str(max(2, int(n * rng.uniform(0.3, 2.0))))

        keep = [t.paragraphs[0]] + [p for p in t.paragraphs[1:] if rng.random() > 0.25]
        body = "\n".join("".join(x if isinstance(x, str) else fill(x) for x in para) for para in keep)
        header = f" date {published.isoformat()}\n" if t.date is not None or rng.random() < 0.8 else ""
        rel = f"{published:%Y-%m}/{t.language}-{i:06d}.txt"
        return rel, header + body + "\n"


def write(folder: str | os.PathLike, start: int, stop: int, seed: int = 2026) -> int:
    """Write articles start..stop-1 under ``folder`` (subfolders by publication month). Returns bytes written."""
    folder = Path(folder)
    gen = Generator(seed)
    made: set[Path] = set()
    total = 0
    for i in range(start, stop):
        rel, text = gen.article(i)
        path = folder / rel
        if path.parent not in made:
            path.parent.mkdir(parents=True, exist_ok=True)
            made.add(path.parent)
        data = text.encode("utf-8")
        path.write_bytes(data)
        total += len(data)
    return total


def ensure(folder: str | os.PathLike, n: int, seed: int = 2026) -> Path:
    """The corpus of n articles in ``folder``, generated once (a stamp file records n, seed and version)."""
    folder = Path(folder)
    stamp = folder / ".parley-bench-corpus"
    want = f"{n} {seed} {GENERATOR_VERSION}\n"
    if stamp.exists() and stamp.read_text() == want:
        return folder
    if folder.exists():
        import shutil

        shutil.rmtree(folder)
    write(folder, 0, n, seed)
    stamp.write_text(want)
    return folder


def sample(n: int, seed: int = 2026, start: int = 0) -> list[str]:
    """The texts of articles start..start+n-1, in memory (for the single-core speed measurement)."""
    gen = Generator(seed)
    return [gen.article(i)[1] for i in range(start, start + n)]


if __name__ == "__main__":
    count, out = int(sys.argv[1]), sys.argv[2]
    import time

    t0 = time.perf_counter()
    ensure(out, count)
    print(f"{count} articles in {out} ({time.perf_counter() - t0:.1f} s)")
