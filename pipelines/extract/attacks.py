"""Strikes as one article reports them: date, attacker, target, weapons, counts, casualties, regions.

A sentence with an attack word, a weapon or casualties starts or continues a strike; the strike becomes a
row only with specifics (a count, casualties, a date or a region): "they answer us with drones and
missiles" is a remark, not an attack. A strike in other regions, told in its own sentence, is another attack
unless it details a counted wave. Numbers bind to the nearest weapon or casualty word, each number once.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from itertools import compress, repeat

from pipelines.extract import dates as D
from pipelines.extract import numbers
from pipelines.extract.actors import actor_country
from pipelines.extract.analysis import _DATELINE, ArticleAnalysis, Sent
from pipelines.extract.names import Mention

WEAPONS = ("drone", "missile", "artillery", "glide_bomb")
TARGETS = ("energy", "civilian", "military", "infrastructure")
_CASUALTY = frozenset({"killed", "injured"})
_COUNT_FIELDS = {"drone": "n_drones", "missile": "n_missiles", "killed": "killed", "injured": "injured"}


@dataclass
class AttackMention:
    sent: Sent
    date: dt.date | None = None
    precision: str | None = None
    attacker: str | None = None
    target: str | None = None
    target_hits: dict[str, int] = field(default_factory=dict)
    weapons: set[str] = field(default_factory=set)
    counts: dict[str, int] = field(default_factory=dict)
    regions: list[str] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)
    lead: bool = False  # a dated sentence of weapons only, that dates the wave told next

    @property
    def specific(self) -> bool:
        return bool(self.counts or self.date or self.regions)

    @property
    def target_type(self) -> str | None:
        if not self.target_hits:
            return None
        return max(TARGETS, key=lambda t: (self.target_hits.get(t, 0), t == "energy"))


def find(a: ArticleAnalysis) -> list[AttackMention]:
    out: list[AttackMention] = []
    current: AttackMention | None = None
    for sent in a.sentences:
        cats = sent.cats
        truce = sent.has("ceasefire")
        if (truce and not _weapons_beside_truce(sent)) or (
                _halt(sent) and not any(c & {"killed", "injured"} for c in cats)):
            continue  # "a halt of strikes on energy" is a proposal, not a strike
        has_attack = sent.has("attack")
        weapons = {w for w in WEAPONS if sent.has(w)}
        casualties = sent.has("killed") or sent.has("injured")
        if not (has_attack or weapons or casualties):
            continue
        m = AttackMention(sent, sentences=[sent.idx])
        m.weapons = weapons
        _counts(a, sent, m)
        _date(a, sent, m)
        _sides(sent, m)
        if truce and (m.date is None or not m.counts.keys() & {"n_drones", "n_missiles"}):
            continue  # a truce told with weapons but no dated, counted wave: the truce, not a strike
        # "a regionális katonai közigazgatás szerint": a word right before an authority names it, not a target
        kinds = [c for k, c in enumerate(cats) if k + 1 == len(cats) or "authorities" not in cats[k + 1]] if (
            sent.has("authorities")) else cats
        for t in TARGETS:
            n = sum(1 for c in kinds if t in c)
            if n:
                m.target_hits[t] = n
        m.regions = _regions(sent, m.target)
        if sent.has("habitual") and not m.counts and m.date is None:
            continue  # "Rusi nam vsak dan odgovarjajo z droni": what happens every day is no strike, nor part of one
        if sent.has("period_total") and not _a_day(sent) and not m.regions:
            # "since the start of the year Russia has launched 20,000 drones at Ukraine": a tally, no strike
            # ("Overnight ..., the largest attack since the start of the year" is one, as is a strike on a region)
            continue
        # the next sentences of a strike ("the strikes hit power plants in Odesa", "five were killed")
        # continue it unless they bring their own date or their own weapon counts
        if current is not None and _intercepted_of(current, m):
            # "A légvédelem 391 drónt és 29 rakétát semmisített meg": what was shot down of the wave just
            # counted is not its size; of a strike told without a count ("Ukrainian drones hit a refinery ... the
            # ministry says 87 drones were shot down", "hevder å ha skutt ned 96 droner") it is the only figure of its
            # size, and no strike of its own
            if {"n_drones", "n_missiles"} & current.counts.keys():
                m.counts.pop("n_drones", None)
                m.counts.pop("n_missiles", None)
            _merge(current, m)
            continue
        if current is not None and _continues(current, m):
            _merge(current, m)
            continue
        if sent.has("repeated") and not m.counts and m.date is None:
            continue  # "the refinery has been struck several times before": strikes told as many, none of its own
        if current is not None and m.date is None and _elsewhere(current, m) and m.target == current.target:
            # told as the next strike of the same report: its day and its attacker, unless it names them
            m.date, m.precision = current.date, current.precision
            m.attacker = m.attacker or current.attacker
        elif current is not None and m.date is None and sent.has("same_time"):
            # "Samme natt angrep Ukraina et oljeraffineri", "the same night": the day of the strike before
            m.date, m.precision = current.date, current.precision
        if has_attack or m.counts:
            current = m
            out.append(m)
        elif weapons and m.date is not None:
            # "Overnight, Ukrainian drones flew deep into Russia.": no strike of its own, but the day of the wave
            # the next sentence counts
            m.lead, current = True, m
            out.append(m)
    return [m for m in out if m.specific and (m.weapons or m.counts.keys() & {"killed", "injured"})
            and not (m.lead and not m.counts)]


_TARGET_WORDS = frozenset(TARGETS)


def _weapons_beside_truce(sent: Sent) -> bool:
    """"Moscow accuses Kyiv of breaking the truce: overnight 47 drones were shot down over Krasnodar": a weapon and a
    date in clauses without the ceasefire word may be a strike of its own (find() then wants it counted); weapons
    or a date in the truce's own clause ("a truce on drone strikes", "proposed a truce on Monday") are the truce's."""
    truce = {sent.clause_of[i] for i in sent.positions("ceasefire")}
    return (any(sent.clause_of[j] not in truce for w in ("drone", "missile") for j in sent.positions(w))
            and any(sent.clause_of[j] not in truce for _, j in sent.dates))


def _halt(sent: Sent) -> bool:
    """A word of halting ("stop", "halt", "pause"), unless it names a place after a target word ("a bus stop")."""
    cats = sent.cats
    return any(i == 0 or not cats[i - 1] & _TARGET_WORDS for i in sent.positions("halt"))


def _continues(cur: AttackMention, m: AttackMention) -> bool:
    if m.sent.idx - max(cur.sentences) > 2:
        return False
    if m.date and cur.date and abs((m.date - cur.date).days) > 1:
        return False
    if m.date and cur.date and m.date != cur.date and m.weapons and cur.weapons and not m.weapons & cur.weapons:
        # "glide bombs hit Sumy on Monday. Overnight, Russia launched 60 drones": another day, other weapons; also
        # without a word of attack ("I går slapp russiske fly glidebomber over ...", "dropped glide bombs")
        return False
    if m.date and cur.date and m.date != cur.date and m.weapons and _own_day(m.sent) and (
            m.sent.has("attack") or m.sent.has("killed") or m.sent.has("injured")):
        # "Hétfőre virradóra 150 drónnal és rakétákkal támadták Harkivot ... keddre virradóra újabb hullám
        # érkezett drónokkal és rakétákkal": a wave on a day of its own, with its own weapons, is another strike
        return False
    if {"n_drones", "n_missiles"} & m.counts.keys() & cur.counts.keys():
        return False
    if m.target and cur.target and m.target != cur.target:
        return False  # "the same night Ukraine struck a refinery in Saratov": the other side's strike
    return not _elsewhere(cur, m)


def _own_day(sent: Sent) -> bool:
    """The sentence names a day ("keddre virradóra", "v noči na četrtek", "on Monday"), not only "at night"."""
    return any(d.kind in ("weekday", "day") for d, _ in sent.dates)


def _a_day(sent: Sent) -> bool:
    """The sentence names one day: a weekday, a date, or a day counted from today ("overnight", "yesterday")."""
    return _own_day(sent) or any(d.kind == "relative" and d.rel and d.rel[0] == "days" for d, _ in sent.dates)


def _intercepted_of(cur: AttackMention, m: AttackMention) -> bool:
    """A sentence of air defence (events.yaml `intercepted`: shot down, lelőtt, sestrelila) right after a
    strike, of no other attacker and no other day, details that strike: an interception claim is a figure of the
    strike it reports, not an attack of its own. The nationality of the air defence ("Ukrajinska protizračna
    obramba", "az ukrán légvédelem") or of the authorities reporting it ("Russia's defence ministry") is the side
    attacked, not another attacker."""
    if not m.sent.has("intercepted") or m.sent.idx - max(cur.sentences) > 2:
        return False
    if not {"n_drones", "n_missiles"} & cur.counts.keys():
        # "Ukrainian drones struck the Saratov refinery ... The Russian ministry says 48 Ukrainian drones were
        # destroyed at night": the same side's drones shot down, on no day of their own, are of that strike
        if m.attacker and m.attacker == cur.attacker and _undated_night(m.sent):
            return True
        # otherwise only a sentence that reports nothing but the interception, of the weapons of that strike
        # ("Russia launched 89 drones ..., adding that 61 had been shot down" after a glide-bomb attack is a wave
        # of its own)
        if not cur.weapons or not m.weapons <= cur.weapons or m.sent.has("separate"):
            return False
        if any("intercepted" not in m.sent.cats[i] for i in m.sent.positions("attack")):
            return False
    if m.attacker and cur.attacker and m.attacker != cur.attacker and not (
            m.attacker == cur.target and m.attacker in _defenders(m.sent)):
        return False
    return not (m.date and cur.date and abs((m.date - cur.date).days) > 1)


def _undated_night(sent: Sent) -> bool:
    """Only "at night" ("éjszaka", "az éjjel") dates the sentence: no day of its own."""
    return all(d.kind == "relative" and d.rel == ("days", 0) for d, _ in sent.dates)


def _defenders(sent: Sent) -> set[str]:
    """The nationality right before an air-defence word ("Ukrajinska protizračna obramba", "az ukrán
    légvédelem"): the side that shoots down, unlike "112 ukrán drónt lőttek le", the drones' side."""
    cats = sent.cats
    return {m.entry.country for m in sent.mentions if (m.adjective or m.group == "poss") and m.entry.etype == "country"
            and m.end < len(cats) and ("intercepted" in cats[m.end] or any(
                "authorities" in cats[k] for k in range(m.end, min(m.end + 2, len(cats)))))}


def _elsewhere(cur: AttackMention, m: AttackMention) -> bool:
    """"A missile hit Dnipro, killing three. In Odesa, a drone strike injured five.": a strike of its own (an
    attack word, a weapon or casualties) in other places only is another attack - unless the first is a
    counted wave ("400 drones") that the sentence goes on to detail, and it says nothing like "in a separate
    attack". A sentence of weapons the wave had none of details no wave: "a missile hit Kryvyi Rih ... Kherson
    was shelled by artillery" are two strikes."""
    return bool(m.regions and cur.regions and not set(m.regions) & set(cur.regions) and m.sent.has("attack")
                and (m.weapons or m.counts)
                and (m.sent.has("separate") or not {"n_drones", "n_missiles"} & cur.counts.keys()
                     or (m.weapons and cur.weapons and not m.weapons & cur.weapons)))


def _merge(cur: AttackMention, m: AttackMention) -> None:
    if not (cur.weapons or cur.counts or cur.date or cur.regions) and (m.weapons or m.counts):
        # "Samtidig fortsetter angrepene. Natt til lørdag angrep Russland havnen i Odesa med 45 droner": a word of
        # attack alone opened the strike; the sentence that tells it is its evidence
        cur.sent = m.sent
    cur.sentences.append(m.sent.idx)
    cur.weapons |= m.weapons
    for k, v in m.counts.items():
        cur.counts.setdefault(k, v)
    cur.date = cur.date or m.date
    cur.precision = cur.precision or m.precision
    cur.attacker = cur.attacker or m.attacker
    cur.target = cur.target or m.target
    for t, n in m.target_hits.items():
        cur.target_hits[t] = cur.target_hits.get(t, 0) + n
    for r in m.regions:
        if r not in cur.regions:
            cur.regions.append(r)


def _counts(a: ArticleAnalysis, sent: Sent, m: AttackMention) -> None:
    toks, cats = sent.tokens, sent.cats
    found = [(i, v) for i, v in _numbers(a, sent) if v < 100000]
    # "A woman was killed": an indefinite article before a word for one person (numbers.yaml `one_person`) counts one
    one_person, articles = numbers.listed("one_person", a.lang), numbers.listed("articles", a.lang)
    partitive = numbers.listed("partitive", a.lang)
    alone = numbers.listed("one_alone_before", a.lang)  # "en ble drept": "en" is one person, no article
    age = numbers.listed("age", a.lang)
    if age and not age.isdisjoint(w.rsplit("-", 1)[-1] for w in toks.lowers):
        # "a 10-year-old boy", "en ti år gammel gutt": the number of an age is no count, and a number before an
        # age counts from its end ("to 15 år gamle gutter ble skadd", "two 15-year-old boys were injured")
        found = [(_age_end(toks.lowers, i, age, a.lang), v) for i, v in found
                 if not (i + 1 < len(toks) and toks.lowers[i + 1] in age)]
    if one_person and not one_person.isdisjoint(toks.lowers):  # a C-level test before the loop
        taken = {i for i, _ in found}
        found += [(i, 1) for i in range(1, len(toks)) if toks[i].lower in one_person
                  and (k := _before_age(toks.lowers, i, age, a.lang)) and toks[k - 1].lower in articles
                  and k - 1 not in taken]
    heads = []
    for i in compress(range(len(cats)), cats):  # tokens with a category
        c = cats[i]
        for kind in ("drone", "missile", "killed", "injured"):
            if kind in c:
                heads.append((i, kind))
    pairs = []
    # "127 Ukrainian drones": a nationality adjective may stand between a number and its weapon
    adjectives = {j for men in sent.mentions if men.adjective for j in range(men.start, men.end)}
    for hi, kind in heads:
        for ni, v in found:
            d = hi - ni  # weapons take the number before them: "183 drónnal", "96 dronov"
            if kind in ("drone", "missile"):
                if toks[ni].lower in articles:
                    continue  # "da en drone traff": the article, not a count of the wave
                if any(toks[j].lower in partitive for j in range(ni + 1, hi)):
                    continue  # "one of the missiles", "41 av dronene": a part of the weapons told before
                if 1 <= d <= 3 and all(toks[j].text.isalpha() and (not toks[j].text[:1].isupper() or j in adjectives)
                                       for j in range(ni + 1, hi)) and "conjunction" not in cats[hi - 1]:
                    pairs.append((d, hi, ni, kind, v))
            elif toks[ni].lower in articles and ni + 1 < len(toks) and toks[ni + 1].text.isalpha() and not (
                    toks[ni + 1].lower in one_person or toks[ni + 1].lower in alone or cats[ni + 1] & _CASUALTY):
                continue  # "En tanker ble skadet": the article (Norwegian "en" is also one) before a thing: no one
            elif abs(d) <= 4 and sent.clause_of[ni] == sent.clause_of[hi] and not (d < 0 and any(
                    "conjunction" in cats[j] for j in range(hi + 1, ni))):
                # "four were killed and 27 wounded": a number does not reach back across "and"
                pairs.append((abs(d) + (0.5 if d < 0 else 0), hi, ni, kind, v))
    used_h, used_n = set(), set()
    for _, hi, ni, kind, v in sorted(pairs):
        if hi in used_h or ni in used_n:
            continue
        field_name = _COUNT_FIELDS[kind]
        if field_name in m.counts:
            continue
        used_h.add(hi)
        used_n.add(ni)
        m.counts[field_name] = v
        if kind in ("drone", "missile"):
            m.weapons.add(kind)


AGE_REACH = 4  # tokens of an age between an article and a person: "a 10-year - old boy", "en ti år gammel gutt"


def _age_at(lowers: list[str], i: int, age: frozenset[str]) -> bool:
    """An age word at token i ("år", "year" or the "10-year" of "10-year-old")."""
    return i < len(lowers) and lowers[i].rsplit("-", 1)[-1] in age


def _age_end(lowers: list[str], j: int, age: frozenset[str], lang: str) -> int:
    """The last token of the age right after token j ("to [15 år gamle] gutter"), or j if none follows."""
    k = j + 1
    while k < len(lowers) and k - j <= AGE_REACH and (_age_at(lowers, k, age) or (k > j + 1 and lowers[k] == "-") or (
            numbers.value(lowers[k], lang) is not None and _age_at(lowers, k + 1, age))):
        k += 1
    return k - 1 if any(_age_at(lowers, x, age) for x in range(j + 1, k)) else j


def _before_age(lowers: list[str], i: int, age: frozenset[str], lang: str) -> int:
    """The index where the words of an age before token i begin ("en [ti år gammel] gutt"), or i if none."""
    k = i
    while k > 1 and i - k < AGE_REACH and (_age_at(lowers, k - 1, age) or lowers[k - 1] == "-" or (
            _age_at(lowers, k, age) and numbers.value(lowers[k - 1], lang) is not None)):
        k -= 1
    return k if k == i or any(_age_at(lowers, j, age) for j in range(k, i)) else i


_MULTIPLIERS = (100, 1000)  # the values of "hundred", "thousand", "hundre", "tusen", "száz", "sto" (numbers.yaml)
_GROUP_GAPS = (" ", "\u00a0", "\u202f")  # a space, a no-break space, a narrow no-break space


def _numbers(a: ArticleAnalysis, sent: Sent) -> list[tuple[int, int]]:
    """(token index, value) of every number of a sentence outside its dates. Digits grouped by thousands with
    a space ("1 200 droner", "1\u00a0200 drones", as Norwegian, Slovenian and Hungarian set them) are one
    number, at the index of its last group: a group of one to three digits, then groups of exactly three,
    each after a single space ("17. 200" and "2025 200" are two numbers)."""
    toks, text, lang = sent.tokens, a.text, a.lang
    texts, starts, ends = toks.texts, toks.starts, toks.ends
    spans = [(d.start, d.end) for d, _ in sent.dates]
    vague = numbers.listed("vague", lang)
    found: list[tuple[int, int]] = []
    for i, (w, v) in enumerate(zip(texts, map(numbers.value, texts, repeat(lang)), strict=True)):
        if v is None or (spans and any(s <= starts[i] < e for s, e in spans)):
            continue
        if v in _MULTIPLIERS and i and toks.lowers[i - 1] in vague:
            continue  # "a few hundred drones", "több száz drón": a number left untold is no count
        if (found and found[-1][0] == i - 1 and len(w) == 3 and w.isdigit()
                and len(prev := texts[i - 1]) <= 3 and prev.isdigit() and text[ends[i - 1]:starts[i]] in _GROUP_GAPS):
            v += found.pop()[1] * 1000
        elif found and not w[:1].isdigit() and v in _MULTIPLIERS and found[-1][0] == i - 1 and found[-1][1] < v:
            v *= found.pop()[1]  # "two hundred", "to hundre": a number word before "hundred" multiplies it
        elif (found and not w[:1].isdigit() and v < 100 and found[-1][0] == i - 2 and found[-1][1] % 100 == 0
              and "conjunction" in sent.cats[i - 1] and not texts[i - 2][:1].isdigit()):
            v += found.pop()[1]  # "hundre og femti", "two hundred and fifty": one number
        found.append((i, v))
    return found


_STRIKE_WORDS = ("attack", *WEAPONS, "killed", "injured")


def _date(a: ArticleAnalysis, sent: Sent, m: AttackMention) -> None:
    """The day of the strike: a date in a clause of the strike (an attack, weapon or casualty word) first, then
    one of a clause of no meeting, then "overnight" alone (which names no day), then the date of a meeting's
    clause. "Rescue work ended on Nov. 18 in Kryvyi Rih, where a missile killed seven on the evening of Nov. 17":
    the 17th; "Delegations will meet in Istanbul on Thursday, Fidan said on Tuesday, hours after Russia pounded the
    grid": Thursday dates the talks, not the strike; "On Monday, the air force said Russia had launched 200 drones
    overnight": the night before Monday."""
    clause_of, cats = sent.clause_of, sent.cats
    strike = {clause_of[i] for w in _STRIKE_WORDS for i in sent.positions(w)}
    meeting = {clause_of[i] for i in sent.positions("meeting")} - strike
    found = []
    for d, ti in sent.dates:
        if d.kind == "year":
            continue
        r = D.resolve(d, a.published, a.anchor, D.PAST)
        if r is not None:
            c = clause_of[ti] if ti < len(cats) else -1
            rank = 3 if c in meeting else 2 if d.kind == "relative" and d.rel == ("days", 0) else 0 if (
                c in strike) else 1
            found.append((rank, r))
    if found:
        r = min(found, key=lambda f: f[0])[1]
        m.date, m.precision = r.start, r.precision


def _sides(sent: Sent, m: AttackMention) -> None:
    """Attacker: the country named nearest before the attack word ("Ukraine's air force said Russia
    launched"), never a possessive source. Target: a country after it or "against" it, or the country of
    the places hit."""
    attack_at = next(iter(sent.positions("attack")), None)
    rel = _relative_subject(sent)
    before, after = [], []
    subjects = []  # who may be the subject after a verb-second attack word: no place hit, same clause
    # ", opplyser ukrainske myndigheter", "according to Russian officials": a clause that only says who reports
    sources = {sent.clause_of[i] for i in (*sent.positions("speech"), *sent.positions("attribution"))} - {
        sent.clause_of[i] for i in (*sent.positions("attack"), *(j for w in WEAPONS for j in sent.positions(w)))}
    for men in sent.mentions:
        if men.entry.etype == "person" or men is rel or _source(sent, men):
            continue
        c = actor_country(men)
        if _hit_place(men):
            after.append(men.entry.country)
            continue
        if c is None:
            continue
        against = men.prep == "against" or (men.end < len(sent.cats) and "against_after" in sent.cats[men.end])
        if against or (attack_at is not None and men.start > attack_at):
            after.append(c)
            if attack_at is not None and sent.clause_of[men.start] == sent.clause_of[attack_at]:
                subjects.append(c)
        elif men.entry.etype == "country" and men.group != "poss" and sent.clause_of[men.start] not in sources:
            before.append(c)
    # "shot down 127 Ukrainian drones", "russiske droner traff": the nationality of the weapons is the attacker's
    weapon_at = {j for w in WEAPONS for j in sent.positions(w)}
    armed = next((men for men in sent.mentions if men.adjective and men.entry.etype == "country"
                  and men.end in weapon_at), None)
    if armed is not None:
        before = [armed.entry.country]
        after = [c for c in after if c != armed.entry.country]
    elif rel is not None:
        before = [actor_country(rel)]  # "the strike, which Russia launched": the relative clause's subject
    elif not before and attack_at is not None and subjects and not _against_first(sent, attack_at):
        # verb-second order: "Natt til søndag angrep Russland Ukraina" - the subject follows the verb; never
        # a place hit ("ble Odesa truffet") nor the source of a report in another clause
        before = subjects[:1]
        after.remove(subjects[0])
    m.attacker = before[-1] if before else None
    m.target = next((c for c in after if c != m.attacker), None)
    if m.target is None and m.attacker in ("RU", "UA"):
        m.target = "UA" if m.attacker == "RU" else "RU"


_FIRST_WORD = re.compile(r"\w{2,}")
DATELINE_REACH = 60  # characters from the start of a sentence to the end of a wire dateline's place and date
RELATIVE_REACH = 5  # tokens from a relative pronoun to the subject of its clause: "ki jih je izstrelila Rusija"
SOURCE_REACH = 3  # tokens between "according to" and its source: "po podatkih ukrajinskih zračnih sil"


def _source(sent: Sent, men: Mention) -> bool:
    """"Po podatkih ukrajinskih zračnih sil je šlo za 86 dronov", "az ukrán légierő adatai szerint": the
    country of the source of the figures is neither attacker nor target. The source stands right after the
    attribution words, or (hu "szerint") right before them; or it is the nation of the authorities (events.yaml
    `authorities`) in a sentence that reports ("Ruske oblasti so po napadu ukrajinskih dronov sporočile")."""
    # the authority right after the nation, or after one word of its name ("az orosz védelmi minisztérium")
    if men.adjective and sent.has("speech") and any(
            "authorities" in sent.cats[k] for k in range(men.end, min(men.end + 2, len(sent.cats)))):
        return True
    for i in sent.positions("attribution"):
        if 0 < men.start - i <= SOURCE_REACH and not sent.tokens.lowers[i].endswith("szerint"):
            return True
        if 0 <= i - men.end < SOURCE_REACH and sent.tokens.lowers[i] == "szerint":
            return True
    return False


def _relative_subject(sent: Sent) -> Mention | None:
    """"angrepet, som Russland sto bak", "the strike, which Russian forces launched", "a támadás, amelyet
    Oroszország indított": a country named (in the base form, no preposition) right after a relative pronoun
    that follows an attack word is the subject of the relative clause - the attacker. "the strike, which hit
    Ukraine": the pronoun is the subject there, and a verb stands between."""
    rels = sent.positions("relative_pronoun")
    if not rels:
        return None
    attacks = sent.positions("attack")
    heads = sorted({*attacks, *(j for w in WEAPONS for j in sent.positions(w))})
    for r in rels:
        after_attack = any(0 < r - a <= 2 for a in attacks)
        if not after_attack and not any(0 < r - h <= 2 for h in heads):
            continue
        for men in sent.mentions:
            if men.prep is not None or men.entry.etype == "person" or not actor_country(men):
                continue
            if after_attack and men.start == r + 1 and men.group in ("base", "adj"):
                return men
            # sl "droni, ki jih je izstrelila Rusija", "rakete, ki jih je Rusija izstrelila": the pronoun is the
            # object (an object pronoun follows it, events.yaml `object_pronoun`), the subject is in the
            # nominative within the relative clause, beside its verb of attack ("which hit Ukraine": no object)
            if (men.group == "base" and r < men.start <= r + RELATIVE_REACH and not _hit_place(men)
                    and any("object_pronoun" in sent.cats[j] for j in range(r + 1, min(r + 3, len(sent.cats))))
                    and sent.clause_of[men.start] == sent.clause_of[r]
                    and any(r < a <= men.end for a in attacks)):
                return men
    return None


def _against_first(sent: Sent, attack_at: int) -> bool:
    """The first country after the attack word is its target ("attacks on Ukraine", "napad na Kijev")."""
    first = next((m for m in sent.mentions if m.start > attack_at and m.entry.etype != "person"), None)
    return first is None or first.prep == "against" or first.entry.region is not None or first.start - attack_at > 2


def _hit_place(men: Mention) -> bool:
    """A Ukrainian region or city, or a Russian town that is no seat of government (Novorossiysk, Belgorod):
    a place where strikes land, whose country is the target."""
    e = men.entry
    if e.region and e.country:
        return True
    return e.etype == "place" and not e.actor and e.country == "RU"


def _regions(sent: Sent, target: str | None = None) -> list[str]:
    """The Ukrainian regions and the struck places named in the sentence. A strike on Russia has no Ukrainian
    region: "Moscow accuses Kyiv ...: 47 drones were shot down over Krasnodar" names Kyiv as the accused."""
    out = []
    # "ISTANBUL/KYIV, Nov 3 (Reuters) -", "KYIV (AP) —": the places of a wire dateline (in capitals, at the start
    # of a sentence) are where the report was written, not where strikes landed
    dateline = _DATELINE.search(sent.text, 0, DATELINE_REACH) if (
        (w := _FIRST_WORD.match(sent.text)) and w.group().isupper()) else None
    before = sent.start + dateline.start() if dateline else sent.start
    for men in sent.mentions:
        if sent.tokens.starts[men.start] < before:
            continue
        if target == "RU" and men.entry.country == "UA":
            continue
        r = men.entry.region if men.entry.country == "UA" else men.entry.name if _hit_place(men) else None
        if r and r not in out:
            out.append(r)
    return out
