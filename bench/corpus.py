"""Articles for the snapshot and the speed benchmark: the seeds, the dev set, the sentences of the
language tests, and articles varied from them (names, dates, numbers, venues, sentences cut and joined,
typography), generated from a fixed random seed so every run sees the same text."""

from __future__ import annotations

import ast
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DEV = (
    ROOT.parent / "shared" / "dev" if (ROOT.parent / "shared" / "dev").exists() else Path("/work/shared/dev")
)

_HEADER = re.compile(r"\A\s*date\s+\d{4}-\d{2}-\d{2}[ \t]*")
_CAPS = re.compile(r"\b[A-ZÁÉÍÓÖŐÚÜŰČŠŽÆØÅ][\w'-]+")
_NUM = re.compile(r"\d+")
_SENT = re.compile(r"(?<=[.!?])\s+")


def base_articles() -> list[tuple[str, str]]:
    out = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    out += [(p.name, p.read_text(encoding="utf-8")) for p in sorted(DEV.glob("*.txt"))]
    return out


def test_texts() -> list[tuple[str, str]]:
    """Every longer string literal of tests/test_lang_*.py: sentences and whole articles."""
    out = []
    for path in sorted((ROOT / "tests").glob("test_lang_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        n = 0
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) >= 6:
                out.append((f"{path.stem}:{n}", node.value))
                n += 1
    return out


def _lexicon_names() -> list[str]:
    from pipelines.lexicon import load

    names = []
    for p in load("people"):
        names += p["names"] + [f"{f} {n}" for f in (p.get("first") or [])[:1] for n in p["names"][:2]]
    for pl in load("places"):
        names += pl["names"]
    for c in load("countries").values():
        names += c["names"]
    return names


def _date_line(rng: random.Random, first_year: int) -> str:
    year, month, day = rng.randint(first_year, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return f" date {year:04d}-{month:02d}-{day:02d}\n"


def _split(text: str) -> tuple[str, list[str]]:
    m = _HEADER.match(text)
    header = m.group(0) if m else ""
    body = text[len(header) :]
    return header, [s for s in _SENT.split(body.replace("\n", " \n ")) if s.strip()]


def vary(text: str, pool: list[str], rng: random.Random, caps: list[str], names: list[str]) -> str:
    header, sents = _split(text)
    ops = rng.sample(
        [
            "names",
            "numbers",
            "date",
            "cut",
            "join",
            "shuffle",
            "typo",
            "case",
            "noheader",
            "furniture",
            "drop",
        ],
        k=rng.randint(1, 4),
    )
    if "join" in ops:
        other = _split(rng.choice(pool))[1]
        at = rng.randint(0, len(sents))
        sents[at:at] = other[: rng.randint(1, max(1, len(other)))]
    if "shuffle" in ops:
        rng.shuffle(sents)
    if "drop" in ops and len(sents) > 2:
        sents = [s for s in sents if rng.random() > 0.3] or sents[:1]
    body = " ".join(sents).replace(" \n ", "\n")
    if "cut" in ops and len(body) > 40:
        a = rng.randint(0, len(body) // 2)
        b = rng.randint(a + 20, len(body))
        body = body[a:b]
    if "names" in ops:
        body = _CAPS.sub(lambda m: rng.choice(names + caps) if rng.random() < 0.35 else m.group(0), body)
    if "numbers" in ops:
        body = _NUM.sub(
            lambda m: (
                str(
                    rng.choice(
                        [
                            rng.randint(1, 31),
                            rng.randint(2, 400),
                            rng.randint(1990, 2030),
                            rng.randint(1000, 200000),
                        ]
                    )
                )
                if rng.random() < 0.6
                else m.group(0)
            ),
            body,
        )
    if "typo" in ops:
        chars = list(body)
        for _ in range(rng.randint(1, 8)):
            i = rng.randrange(len(chars) + 1)
            chars.insert(
                i,
                rng.choice(
                    [
                        ",",
                        ";",
                        " – ",
                        "(",
                        ")",
                        '"',
                        "„",
                        "”",
                        "  ",
                        "\t",
                        "\u00a0",
                        "\u200b",
                        ".",
                        "\n",
                        "\n\n",
                        " - ",
                        "'",
                        "’s",
                        "...",
                        ":",
                        "!",
                        "?",
                        "\u00ad",
                        "\r\n",
                    ]
                ),
            )
        body = "".join(chars)
    if "case" in ops:
        body = body.lower() if rng.random() < 0.5 else body.upper()
    if "furniture" in ops:
        body = (
            rng.choice(["Foto: Reuters\n", "MTI\n", "@parley\n", "Világ\n", "(AP)\n", ""])
            + body
            + rng.choice(["\nFoto: AP", "\nNTB", "\nKilde: NRK", "\n@someone", "\n\nSTA", ""])
        )
    if "date" in ops:
        header = _date_line(rng, 2024)
    if "noheader" in ops:
        header = ""
    return header + body


def varied(n: int, seed: int = 7) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    base = [t for _, t in base_articles()]
    pool = base + [t for _, t in test_texts() if len(t) > 200]
    caps = sorted({m.group(0) for t in pool for m in _CAPS.finditer(t)})
    names = _lexicon_names()
    return [(f"var{i:04d}", vary(rng.choice(pool), pool, rng, caps, names)) for i in range(n)]


def snapshot_corpus(n_varied: int = 600) -> list[tuple[str, str, str]]:
    """(id, raw, kind) for every article the snapshot compares."""
    out = [(i, t, "text") for i, t in base_articles()]
    out += [(i, t, "text") for i, t in test_texts()]
    out += [(i, t, "text") for i, t in varied(n_varied)]
    return out


def seed_variants(n: int, seed: int = 11) -> list[str]:
    """n articles of the size of the seeds: the seeds themselves, then copies with other names, numbers and
    publication dates (text varies, length stays about the same)."""
    rng = random.Random(seed)
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    caps = sorted({m.group(0) for t in seeds for m in _CAPS.finditer(t)})
    names = _lexicon_names()
    out = list(seeds)
    while len(out) < n:
        text = rng.choice(seeds)
        text = _CAPS.sub(lambda m: rng.choice(names + caps) if rng.random() < 0.3 else m.group(0), text)
        text = _NUM.sub(lambda m: str(rng.randint(1, 28)) if rng.random() < 0.5 else m.group(0), text)
        text = _HEADER.sub(
            _date_line(rng, 2025),
            text,
            count=1,
        )
        out.append(text)
    return out[:n]
