"""Dates in text, per language, resolved against the publication date.

One compiled regular expression per language finds every absolute date (17 February, február 17-én,
17. februarja, 17.02.2026, 2026. 02. 17.), month, year, weekday (on Sunday, szerdán, v nedeljo, natt til
søndag) and relative phrase (yesterday, jövő héten, pretekli konec tedna) in a single pass over the article.
Resolution is separate, because a weekday points backwards for a held meeting and forwards for a planned
one. What cannot be placed resolves to None: never a guess.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from pipelines.extract.patterns import plain_latin, start_filter
from pipelines.lexicon import load_lang

PAST, NEAREST, FUTURE = -1, 0, 1
CLOSEST = 2  # a weekday on whichever side of the publication date is nearer (a called-off meeting)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    kind: str  # day | month | year | weekday | relative
    year: int | None = None
    month: int | None = None
    day: int | None = None
    day2: int | None = None
    weekday: int | None = None  # 0 = Monday
    night: bool = False  # "the night to <weekday>": the event is on the night ending that day
    rel: tuple | None = None  # ("days", n) | ("week", n) | ("weekend", n) | ("month", n) | ("unknown", 0)
    position: str | None = None  # early | mid | late (of a month)
    towards: int | None = None  # "next Thursday" (FUTURE), "last Thursday" (PAST): the word, not the tense
    next_week: bool = False  # "jövő szerdán": the weekday of next week, not the coming one (dates.yaml)

    @property
    def has_year(self) -> bool:
        return self.year is not None


@dataclass(frozen=True)
class Resolved:
    start: dt.date
    end: dt.date
    precision: str  # day | month | year


WORD_CACHE_SIZE = 10_000


class _Lang:
    def __init__(self, lang: str):
        data = load_lang("dates", lang)
        if not data:
            raise KeyError(lang)
        self.lang = lang
        self.month_stems = [[s.lower() for s in stems] for stems in data["months"]]
        self.weekday_stems = [[s.lower() for s in stems] for stems in data["weekdays"]]
        self.month_words: dict[str, int | None] = {}  # memo of month_of(), per lower-cased word
        self.weekday_words: dict[str, int | None] = {}  # memo of weekday_of()
        months = "|".join(sorted({s for stems in data["months"] for s in stems}, key=len, reverse=True))
        weekdays = "|".join(sorted({s for stems in data["weekdays"] for s in stems}, key=len, reverse=True))
        month = rf"(?:{months})[^\W\d_]*"
        wd = rf"(?:{weekdays})[^\W\d_]*"
        dsuf = data.get("day_suffix", "")
        sep = r"\s*(?:-|–|—|/|és|in|og|and|to|do|til)\s*"
        night = "|".join(data.get("night_to", [])) or "(?!)"
        w_next = "|".join(data.get("weekday_next", [])) or "(?!)"
        w_last = "|".join(data.get("weekday_last", [])) or "(?!)"
        positions = "|".join(re.escape(p) for p in data.get("month_position", {})) or "(?!)"
        self.positions = {k.lower(): v for k, v in data.get("month_position", {}).items()}
        self.next_week = bool(data.get("weekday_next_is_next_week"))
        # relative phrases come first in the one pattern: "jövő héten" must not be read as a weekday
        self.relative = [(f"rel{i}", next(iter(spec.items())))
                         for i, spec in enumerate(data.get("relative", {}).values())]
        rel_parts = [f"(?P<rel{i}>{p})" for i, p in enumerate(data.get("relative", {}))]
        year_alts = "|".join(f"(?:{y})" for y in data.get("year_words", []))
        parts = rel_parts + _numeric(data) + [
            # 2025. augusztus 15-én / August 15, 2025 / február 17-én és 18-án
            rf"(?P<mdy>(?:(?P<y1>(?:19|20)\d\d)\.?,?\s+)?(?P<m1>{month})\s+(?P<d1>\d{{1,2}}){dsuf}"
            rf"(?:{sep}(?P<e1>\d{{1,2}}){dsuf}(?!\d))?(?:,?\s+(?P<y1b>(?:19|20)\d\d)\b)?)",
            # 17. februarja 2026 / 17–18 February / 17. og 18. februar
            rf"(?P<dmy>(?P<d2>\d{{1,2}})(?:\.|st|nd|rd|th)?(?:{sep}(?P<e2>\d{{1,2}})(?:\.|st|nd|rd|th)?)?"
            rf"(?:\s+of)?\s+(?P<m2>{month})(?:\s+(?P<y2>(?:19|20)\d\d)\b)?)",
            # 2025 augusztusi / 2025. december / December 2025 / decembra 2025
            rf"(?P<ym>(?P<y3>(?:19|20)\d\d)\.?\s+(?P<m3>{month}))",
            rf"(?P<my>(?P<m4>{month})\s+(?:of\s+)?(?P<y4>(?:19|20)\d\d)\b)",
            # (early) January, január elején
            rf"(?P<mon>(?P<m5>{month})(?:\s+(?P<pos>{positions}))?)",
            # natt til søndag, v noči na torek, péntekre virradóra, on Sunday
            # neste torsdag, next Tuesday, last Friday: the word places the weekday, whatever the tense
            rf"(?P<wkd>(?:(?P<night>{night})\s+|(?P<wnext>{w_next})\s+|(?P<wlast>{w_last})\s+)?(?P<w>{wd}))",
        ]
        if year_alts:
            parts.append(rf"(?P<yr>{year_alts.replace('(?P<y>', '(?P<y5>', 1)})")
            # the other alternatives of year_words reuse the name: give each its own group
        pattern = "|".join(parts)
        pattern = _dedupe_year_groups(pattern)
        # the stdlib engine is several times faster on this alternation; it spells letters [^\W\d_]
        pattern = pattern.replace(r"\p{L}", r"[^\W\d_]")
        self.pattern = re.compile(rf"(?:{pattern})(?!\d)", re.I)
        # Trying the whole alternation at every word costs more than the rest of extraction: a lookahead of
        # the first characters a date can begin with, read from the parsed pattern, spares it most words.
        first = start_filter(pattern, re.I)
        first = f"(?={first})" if first else ""
        self.search = re.compile(rf"(?<!\w){first}(?:{pattern})(?!\d)", re.I)
        # Faster still on plain Latin text (patterns.py), which lower() keeps the same length: the article is
        # lowered once and scanned case-sensitively, and each match also takes the character before the date
        # (a non-letter, as (?<!\w) requires), so the engine skips from one such character to the next
        # instead of trying every position; a case-folding match takes none of these shortcuts.
        low = _lower_literals(pattern)
        first = start_filter(low, 0, k=8)
        first = f"(?={first})" if first else ""
        self.scan = re.compile(rf"\W{first}(?:{low})(?!\d)")

    def month_of(self, word: str) -> int | None:
        return self._memo(self.month_words, word, self.month_stems, 1)

    def weekday_of(self, word: str) -> int | None:
        return self._memo(self.weekday_words, word, self.weekday_stems, 0)

    @staticmethod
    def _memo(seen: dict, word: str, stems_of: list[list[str]], first: int) -> int | None:
        """The number of the first of stems_of whose stem matches the word (counted from `first`), memoised per
        word: a dozen stems tried with re.match cost more than the rest of reading a date."""
        w = word.lower()
        if w in seen:
            return seen[w]
        if len(seen) >= WORD_CACHE_SIZE:
            seen.clear()
        seen[w] = next((i + first for i, stems in enumerate(stems_of) for s in stems if re.match(s, w)), None)
        return seen[w]


def _numeric(data: dict) -> list[str]:
    """Dates in digits, in the order of the language (dates.yaml `numeric_dates`):
    dmy: 17.02.2026, 17.2., 17. 2. 2026, a range of days 17.–18. 2. or 17. in 18. 2., and 17.02 (day and month of
         two digits when no dot ends them, so that 7.5 and 1.200 are not dates; a month above 12 or a day above 31
         is no date: 17.30 is a time);
    ymd: 2026. 02. 17. and 2026.02.17-én (the day ends with a dot or a case ending).
    Never after a digit, a dot or a comma (version numbers, decimals), nor after a time word
    (`numeric_not_after`: "kl. 10.05"); 17.02 without a dot is no date before an amount (`numeric_not_before`:
    "12.10 prosent", "12.10 %")."""
    order = data.get("numeric_dates")
    if not order:
        return []
    guard = r"(?<![\d.,])" + "".join(rf"(?<!{w}\s)" for w in data.get("numeric_not_after", []))
    amount = "|".join(["%", *data.get("numeric_not_before", [])])
    if order == "dmy":
        # Slovenian and Norwegian also space the parts (17. 2. 2026, 17. 2.); spaced, the month ends with a dot.
        # a range of days before the month: 9.–10. 5., 17–18. 2., 20. in 21. 5.
        days = r"(?P<nd>\d{1,2})(?:(?:\.?\s?[-–]\s?|\.\s(?:in|og|do|til)\s)(?P<nd2>\d{1,2}))?"
        return [rf"(?P<num>{guard}{days}\.\s?(?P<nm>\d{{1,2}})"
                rf"(?:\.\s?(?P<ny>(?:19|20)\d\d)|\.(?!\d)|(?<=\d\d\.\d\d)(?![\d.,]|\s*(?:{amount}))))"]
    if order == "ymd":
        return [rf"(?P<num>{guard}(?P<ny>(?:19|20)\d\d)\.\s?(?P<nm>\d{{1,2}})\.\s?(?P<nd>\d{{1,2}})"
                rf"(?:\.|-[^\W\d_]+))"]
    raise ValueError(f"numeric_dates: {order!r} is neither dmy nor ymd")


def _lower_literals(pattern: str) -> str:
    """The pattern for lowered text: its letters in lower case, but not escapes (\\W) or group names."""
    return re.sub(r"(\\.|\(\?P<\w+>)|([^\\(]+|\()", lambda m: m.group(1) or m.group(2).lower(), pattern)


def _dedupe_year_groups(pattern: str) -> str:
    """Every `(?P<y>` left in year_words becomes a unique group name y5, y6, ..."""
    n = 6
    while "(?P<y>" in pattern:
        pattern = pattern.replace("(?P<y>", f"(?P<y{n}>", 1)
        n += 1
    return pattern


@cache
def _lang(lang: str) -> _Lang | None:
    try:
        return _Lang(lang)
    except KeyError:
        return None


def find_dates(text: str, lang: str) -> list[DateMention]:
    """Every date expression in text, in order, non-overlapping."""
    spec = _lang(lang)
    if spec is None:
        return []
    found: list[DateMention] = []
    if plain_latin(text):
        # the lowered text behind one space, so that a date at the very start has a character before it
        search, padded = spec.scan.search, " " + text.lower()
        pos = 0
        while (m := search(padded, pos)) is not None:
            mention = _from_match(m, spec, lang, text, 1)
            if mention is None:
                pos = m.start() + 1  # not a date: on from the next position, as below
                continue
            found.append(mention)
            pos = m.end() - 1  # the next date may follow the last character of this one
        return found
    # Where a match turns out not to be a date (day 35), the search goes on from the next position, as a
    # scan of every word start would; after a date, from its end.
    pos = 0
    while True:
        for m in spec.search.finditer(text, pos):
            mention = _from_match(m, spec, lang, text, 0)
            if mention is None:
                pos = m.start() + 1
                break
            found.append(mention)
        else:
            return found


def _int(v: str | None) -> int | None:
    return int(v) if v else None


def _from_match(m: re.Match, spec: _Lang, lang: str, text: str, pad: int) -> DateMention | None:
    """The mention of a match; a match of the scan over padded lowered text (pad 1) begins with the character
    before the date, so its start is the date's start in text, and the words come from text."""
    g = m.groupdict()
    s, e = m.start(), m.end() - pad
    t = text[s:e]
    for name, (kind, n) in spec.relative:
        if g[name]:
            return DateMention(s, e, t, "relative", rel=(kind, int(n)))
    if g.get("num"):
        day, month, day2 = int(g["nd"]), int(g["nm"]), _int(g.get("nd2"))
        if not (1 <= day <= 31 and 1 <= month <= 12) or (day2 is not None and not day < day2 <= 31):
            return None
        return DateMention(s, e, t, "day", year=_int(g["ny"]), month=month, day=day, day2=day2)
    if g["mdy"] or g["dmy"]:
        month = spec.month_of(g["m1"] or g["m2"])
        day = _int(g["d1"] or g["d2"])
        day2 = _int(g["e1"] or g["e2"])
        year = _int(g["y1"] or g["y1b"] or g["y2"])
        if month is None or not day or day > 31 or (day2 is not None and not day < day2 <= 31):
            return None
        return DateMention(s, e, t, "day", year=year, month=month, day=day, day2=day2)
    if g["ym"] or g["my"]:
        month = spec.month_of(g["m3"] or g["m4"])
        return DateMention(s, e, t, "month", year=_int(g["y3"] or g["y4"]), month=month) if month else None
    if g["mon"]:
        word = text[m.start("m5") - pad:m.end("m5") - pad]
        # A bare month is written capitalised in English ("may" is a verb) and in lower case in our
        # other languages ("Marco" is a name, not marec).
        if (lang == "en") != word[0].isupper():
            return None
        month = spec.month_of(word)
        pos = spec.positions.get((g["pos"] or "").lower())
        return DateMention(s, e, t, "month", month=month, position=pos) if month else None
    if g["wkd"]:
        wd = spec.weekday_of(g["w"])
        if wd is None:
            return None
        night = bool(g["night"]) or "virrad" in g["w"].lower()
        towards = FUTURE if g["wnext"] else PAST if g["wlast"] else None
        return DateMention(s, e, t, "weekday", weekday=wd, night=night, towards=towards,
                           next_week=bool(g["wnext"]) and spec.next_week)
    if g["yr"]:
        year = next((int(v) for k, v in g.items() if k.startswith("y") and k[1:].isdigit()
                     and int(k[1:]) >= 5 and v), None)
        return DateMention(s, e, t, "year", year=year) if year else None
    return None


def anchor_of(mentions: list[DateMention]) -> dt.date | None:
    """For an article without a publication date: the latest date it states with a year, which bounds
    when it was written; a day/month without a year is then placed nearest to it."""
    best = None
    for d in mentions:
        if d.year and d.kind in ("day", "month"):
            month = d.month or 1
            day = d.day or 15
            try:
                candidate = dt.date(d.year, month, min(day, calendar.monthrange(d.year, month)[1]))
            except ValueError:
                continue
            best = candidate if best is None or candidate > best else best
    return best


def _nearest_year(month: int, day: int, ref: dt.date, direction: int = NEAREST) -> int:
    """The year of a date written without one: nearest to the reference date, or - when the tense says
    the event is past (future) - the last (first) such date on or before (after) it."""
    def when(y: int) -> dt.date:
        return dt.date(y, month, min(day, calendar.monthrange(y, month)[1]))

    years = (ref.year - 1, ref.year, ref.year + 1)
    slack = dt.timedelta(days=1)
    if direction == PAST:
        return max(y for y in years if when(y) <= ref + slack)
    if direction == FUTURE:
        return min(y for y in years if when(y) >= ref - slack)
    return min(years, key=lambda y: abs((when(y) - ref).days))


def resolve(d: DateMention, published: dt.date | None, anchor: dt.date | None = None,
            direction: int = NEAREST) -> Resolved | None:
    ref = published or anchor
    # an anchor only bounds when an undated article was written: only the publication date has a tense
    towards = direction if published else NEAREST
    if d.kind == "day":
        year = d.year or (_nearest_year(d.month, d.day, ref, towards) if ref else None)
        if year is None:
            return None
        try:
            start = dt.date(year, d.month, d.day)
            end = dt.date(year, d.month, d.day2) if d.day2 else start
        except ValueError:
            return None
        return Resolved(start, end, "day")
    if d.kind == "month":
        year = d.year or (_nearest_year(d.month, 15, ref, towards) if ref else None)
        if year is None:
            return None
        last = calendar.monthrange(year, d.month)[1]
        return Resolved(dt.date(year, d.month, 1), dt.date(year, d.month, last), "month")
    if d.kind == "year":
        return Resolved(dt.date(d.year, 1, 1), dt.date(d.year, 12, 31), "year")
    if published is None:
        return None  # weekdays and relative words need the publication date itself
    if d.kind == "weekday":
        direction = d.towards or direction
        # "last Wednesday", "prejšnjo sredo" told on a Wednesday: a week ago
        delta = (published.weekday() - d.weekday) % 7 or (7 if d.towards == PAST else 0)
        if d.next_week:
            day = published + dt.timedelta(days=7 - published.weekday() + d.weekday)
        elif direction == FUTURE:
            ahead = (d.weekday - published.weekday()) % 7 or 7
            day = published + dt.timedelta(days=ahead)
        elif direction == CLOSEST and (d.weekday - published.weekday()) % 7 < delta:
            day = published + dt.timedelta(days=(d.weekday - published.weekday()) % 7)
        else:
            day = published - dt.timedelta(days=delta)
        return Resolved(day, day, "day")
    kind, n = d.rel
    if kind == "days":
        day = published + dt.timedelta(days=n)
        return Resolved(day, day, "day")
    if kind == "month":  # "next month", "neste måned", "jövő hónapban": the calendar month, month precision
        y, m = divmod(published.year * 12 + published.month - 1 + n, 12)
        return Resolved(dt.date(y, m + 1, 1), dt.date(y, m + 1, calendar.monthrange(y, m + 1)[1]), "month")
    monday = published - dt.timedelta(days=published.weekday())
    if kind == "week":
        start = monday + dt.timedelta(weeks=n)
        return Resolved(start, start + dt.timedelta(days=6), "day")
    if kind == "weekend":
        if n == 0 and direction == PAST and published.weekday() < 5:
            n = -1  # "talks at the weekend", told on a weekday in the past tense: the one just gone
        sat = monday + dt.timedelta(weeks=n, days=5)
        return Resolved(sat, sat + dt.timedelta(days=1), "day")
    return None
