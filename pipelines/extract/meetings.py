"""Meetings as one article reports them: venue, dates, status, format, sides and participants.

Per sentence, meeting words (talks, találkozó, srečanje, samtaler) are the anchors; venues, dates and status
markers attach to the nearest anchor in the same clause. Mentions without a venue (the talks, a tárgyalás)
then join the meeting of the article they refer to, and mentions of one place and date merge. Phone calls
are never meetings.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import compress

from pipelines.extract import dates as D
from pipelines.extract.actors import actor_country, is_possessor, is_venue, person_country, with_case_on_title
from pipelines.extract.analysis import CLAUSE_PUNCT, ArticleAnalysis, Sent
from pipelines.extract.names import Mention, index_for, role_at
from pipelines.lexicon import load_lang

STRONG, MEDIUM, WEAK = 3, 2, 1
WINDOW_DAYS = 60
_STATUS_RANK = {"cancelled": 3, "held": 2, "planned": 1}


@dataclass
class Person:
    pid: str
    name: str
    country: str | None
    role: str | None
    sentence_idx: int


@dataclass
class MeetingMention:
    sent: Sent
    trigger: int  # token index
    city: str | None = None
    country: str | None = None
    region: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    precision: str | None = None
    status: str = "held"
    status_strength: int = WEAK
    fmt: str | None = None
    parties: set[str] = field(default_factory=set)
    people: dict[str, Person] = field(default_factory=dict)
    hedged: bool = False
    sentences: list[int] = field(default_factory=list)
    clauses: frozenset = frozenset()  # the clauses of its meeting words in its sentence

    @property
    def anchored(self) -> bool:
        return self.country is not None

    def location_key(self):
        return (self.city, self.country, self.region)


def find(a: ArticleAnalysis) -> list[MeetingMention]:
    mentions: list[MeetingMention] = []
    found: list[MeetingMention] = []
    for i, sent in enumerate(a.sentences):
        prev_found, found = found, _sentence_mentions(a, sent)
        if found and i > 0 and not prev_found and _after_a_call(a.sentences[i - 1], sent, found):
            found = []
        if not found and i > 0 and mentions:
            _continuation(a, sent, mentions)
        if found and i > 0 and (not any(m.anchored for m in mentions) or _there(sent)):
            _venue_of_previous_sentence(a, a.sentences[i - 1], found)
        if found and sent.has("sides"):
            _sides_told_before(found, mentions)
            _sides_told_before(found[1:], found[:1])  # "talks in Geneva ended, but the sides will meet again in ..."
        mentions.extend(found)
    return [m for m in _resolve_in_article(mentions) if m.country]


DOCUMENT_REACH = 4  # tokens between a document word and its year: "minska sporazuma iz let 2014", "1994-es budapesti"


def _document_names(sent: Sent) -> set[int]:
    """"a minszki megállapodások", "minska sporazuma", "the Minsk agreements", "a budapesti memorandum": a place
    right before a word of a document (triggers.yaml `document`), not in a case or after a preposition of place,
    names the document; no one meets there ("Genfben megállapodás született" still places a meeting). Returns the
    ids of those places."""
    docs = sent.positions("document")
    return {id(m) for m in sent.mentions if m.entry.etype != "person" and m.group not in ("loc", "ill")
            and m.prep not in ("loc", "ill") and any(0 <= j - m.end <= 1 for j in docs)}


def _document_year(sent: Sent, d: D.DateMention, ti: int) -> bool:
    """"minska sporazuma iz let 2014 in 2015", "the Minsk agreements of 2014 and 2015", "az 1994-es budapesti
    memorandum": a bare year beside a word of a document, in its clause with no meeting word between, dates the
    document, not a meeting."""
    if d.kind != "year" or d.month is not None or not sent.has("document"):
        return False
    clause = sent.clause_of[ti]
    for j in sent.positions("document"):
        lo, hi = min(j, ti), max(j, ti)
        if (hi - lo <= DOCUMENT_REACH + 1 and sent.clause_of[j] == clause
                and not any("meeting" in sent.cats[k] for k in range(lo + 1, hi))):
            return True
    return False


TOPIC_REACH = 3  # tokens from "about" to its meeting word: "o dunajskih pogovorih", "about the Vienna talks"


@cache
def _topic_marks(lang: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """The case endings (hu -ról/-ről) and prepositions (sl o, en about, no om) of a topic, from morphology.yaml."""
    rules = load_lang("morphology", lang)
    endings = tuple((rules.get("endings") or {}).get("about") or ())
    preps = frozenset(w for w in ((rules.get("prepositions") or {}).get("about") or ()) if " " not in w)
    return endings, preps


def _is_topic(sent: Sent, i: int, lang: str) -> bool:
    """"a bécsi fordulóról", "o dunajskih pogovorih", "about the Vienna talks", "om møtet i Wien": a meeting word
    in the case or after the preposition of a topic is what is talked about."""
    endings, preps = _topic_marks(lang)
    if endings and sent.tokens.lowers[i].endswith(endings):
        return True
    lowers, clause = sent.tokens.lowers, sent.clause_of[i]
    return any(lowers[j] in preps and sent.clause_of[j] == clause for j in range(max(0, i - TOPIC_REACH), i))


def _not_of_the_call(sent: Sent, triggers: list[int], phone_clauses: set[int], lang: str) -> list[int]:
    """"Orbán hétfő este telefonon beszélt Putyinnal, többek között a bécsi fordulóról is", "..., a kormányfő szerint
    a bécsi fordulóról egyeztettek", "po telefonu sta govorila, med drugim o dunajskih pogovorih": in a sentence
    that reports a call, a meeting word that is the call's topic is no meeting of the call's day or people, and a
    meeting word after the call's clause with no place or date in its clause ("egyeztettek", they discussed) is the
    call itself. Neither is a meeting here; the meeting talked about is reported elsewhere."""
    topics = {t for t in triggers if _is_topic(sent, t, lang)}
    if not topics:
        return triggers
    first_call = min(phone_clauses)
    # the place before a topic word is the topic's ("a bécsi fordulóról"), not a venue of the clause
    topic_places = {id(m) for m in sent.mentions for t in topics if 0 <= t - m.end <= 1}
    out = []
    for t in triggers:
        if t in topics:
            continue
        clause = sent.clause_of[t]
        own = any(sent.clause_of[ti] == clause for _, ti in sent.dates) or any(
            sent.clause_of[m.start] == clause and id(m) not in topic_places and is_venue(m) for m in sent.mentions)
        if clause > first_call and not own:
            continue
        out.append(t)
    return out


def _after_a_call(prev: Sent, sent: Sent, found: list[MeetingMention]) -> bool:
    """"Støre deltok i et videomøte ... Etter møtet sa Støre ...", "spoke by phone ... After the talks, ...": a
    meeting word with no place or date of its own right after a call, in its paragraph, is that call (a press
    conference, also a `speech` word, is no call)."""
    if prev.paragraph != sent.paragraph or any(m.anchored for m in found):
        return False
    return any("speech" not in prev.cats[i] for i in prev.positions("phone"))


# ---------------------------------------------------------------- one sentence

_ANCHOR_CATS = frozenset({"meeting", "visit", "participate", "receive", "motion"})
APPOSITION_REACH = 7  # tokens from a name to "szerint" across its apposition (", a Kreml szóvivője")
MOTION_REACH = 6  # tokens from a verb of motion to its destination: "flew from Miami on Monday to Moscow"


def _sentence_mentions(a: ArticleAnalysis, sent: Sent) -> list[MeetingMention]:
    if not sent.allcats & _ANCHOR_CATS:
        return []
    cats = sent.cats
    phone_clauses = {sent.clause_of[i] for i in sent.positions("phone")}
    dests = _destinations(sent)
    anchor_words = {*sent.positions("meeting"), *sent.positions("visit"), *_participate(sent),
                    *_receptions(sent, lang=a.lang), *dests}.difference(sent.positions("attributive"))
    not_visits, not_venues = _troop_visits(sent)
    if sent.allcats & _WEAPON_SET and sent.has("visit"):
        not_visits = not_visits | _weapon_arrivals(sent)
    if sent.has("represent") or sent.has("return"):
        not_venues = not_venues | _governments_and_homes(sent)
    not_venues = not_venues | _attack_targets(sent, a.lang) if sent.has("attack") else not_venues
    not_venues = not_venues | _facility_names(sent) if sent.has("energy") else not_venues
    if sent.has("prepare"):
        not_venues = not_venues | _preparers(sent)
    if (sent.has("speech") or sent.has("propose")) and sent.has("complementizer"):
        not_venues = not_venues | _places_of_saying(sent)
    setting = _statement_setting(sent) if sent.has("saying_participle") else frozenset()
    not_venues = not_venues | {id(m) for m in sent.mentions if m.start in setting}
    if sent.has("document"):
        not_venues = not_venues | _document_names(sent)
    past = _background(sent, a.lang) if sent.has("background") else frozenset()
    if past:
        not_venues = not_venues | {id(m) for m in sent.mentions if m.start in past}
    triggers = [i for i in sorted(anchor_words) if sent.clause_of[i] not in phone_clauses
                and i not in not_visits and not _negated(sent, i) and not _time_of_attack(sent, i)
                and not _bare_when(sent, i) and i not in past]
    if phone_clauses and triggers:
        triggers = _not_of_the_call(sent, triggers, phone_clauses, a.lang)
    if not triggers:
        return []
    # Anchors that are only "participate" cues (led, delegation) make a mention only beside a venue or
    # another trigger: "delegation" alone is no meeting.
    strong = [i for i in triggers if "meeting" in cats[i] or "visit" in cats[i] or "receive" in cats[i]
              or i in dests]
    # a journey's origin ("flew from Miami to Moscow") is no venue
    origins = {id(m) for t, d in dests.items() for m in sent.mentions if t < m.start < d.start and m.prep == "from"}
    dest_ids = {id(d) for d in dests.values()}
    # "v Kremlju so odgovorili", "a Kremlben azt válaszolták": a seat of government in a clause that only
    # speaks is the government speaking, not where a meeting is
    speaking = {sent.clause_of[i] for i in sent.positions("speech")} - {sent.clause_of[i] for i in anchor_words}
    venues = [m for m in sent.mentions if (is_venue(m) or id(m) in dest_ids)
              and sent.clause_of[m.start] not in phone_clauses and id(m) not in origins and id(m) not in not_venues
              and not (m.entry.actor and sent.clause_of[m.start] in speaking) and not _side_of_team(sent, m)]
    if not venues and _there(sent):
        venues = _speaker_pointed_back(sent)
    # "Voditelji so se povezali prek videokonference, ki sta jo vodila X in Y", "Starmer and Macron led the video
    # call": who leads or joins a call meets no one, so a participation cue beside a call makes no meeting
    if not strong and not venues and ((sent.has("speech") and not _named_by(sent)) or sent.has("phone")
                                      or not any(m.entry.etype == "person" for m in sent.mentions)):
        return []
    anchors = strong or triggers

    def nearest(pos: int, same_clause_only: bool) -> int | None:
        best, best_d = None, None
        for t in anchors:
            same = sent.clause_of[t] == sent.clause_of[pos]
            if same_clause_only and not same:
                continue
            d = abs(t - pos) + (0 if same else 100) - (0.5 if t > pos else 0)
            if best_d is None or d < best_d:
                best, best_d = t, d
        return best

    slots: dict[int, dict] = {t: {"venues": [], "dates": [], "markers": set(), "far": set(), "fmt": None}
                              for t in anchors}
    # the destination of a verb of motion is the venue of its journey, and comes first there
    destined = {id(d): t for t, d in dests.items() if t in slots}
    moved = _new_dates(sent)  # "utsatt til onsdag": the reschedule word and its new date
    for v in sorted(venues, key=lambda v: id(v) not in destined):
        t = destined.get(id(v)) or nearest(v.start, same_clause_only=False)
        if t is not None:
            slots[t]["venues"].append(v)
    prev = None  # the date before and the anchor it went to
    for d, ti in _apposed(sent.dates):
        if (_after_since(sent, ti, d) or _of_earlier_talks(sent, ti) or _dates_saying(sent, ti) or ti in setting
                or sent.clause_of[ti] in phone_clauses or _document_year(sent, d, ti)):
            # "Orbán hétfő este telefonon beszélt Putyinnal, ...": a date in a call's clause dates the call
            prev = None
            continue
        if prev is not None and _joined_dates(sent, prev[0], (d, ti)):
            # "on Thursday and Friday for a new round of talks": the second day goes where the first went
            t, across = prev[1], prev[2]
        else:
            t = nearest(ti, same_clause_only=True)
            across = t is None
            if across and (rel := _relative_of(sent, sent.clause_of[ti], anchors)) is not None:
                t, across = rel, False
            elif across and (_clause_is_free(sent, sent.clause_of[ti]) or ti in moved.values()):
                t = nearest(ti, same_clause_only=False)
                # "talks between Ukrainian, Russian and US delegations in Vienna ended on Thursday": the day of the
                # verb of holding is the meeting's own, whatever comma of a list stands between, when the meeting
                # word, its subject, comes before it (not a round told after: "..., da naj bi bil naslednji krog")
                across = t is None or not (t < ti and _day_of_holding(sent, ti))
        prev = ((d, ti), t, across) if t is not None else None
        if t is not None:
            slots[t]["dates"].append((d, across, _dates_act(sent, ti),
                                      ti in moved.values() or _new_date(sent, d, ti, a.lang)))
    loose = set(sent.positions("hedge")) - set(_hedges(sent))
    for i in compress(range(len(cats)), cats):  # tokens with a category
        if not cats[i] & _MARKER_CATS and i not in moved:
            continue  # (most words: nothing below reads them)
        c = cats[i] - {"hedge"} if i in loose else cats[i]
        for marker in ("cancelled", "planned", "held", "hedge"):
            if i in moved and marker == "cancelled":
                continue  # put off to a new date: still to come (the "planned" marker below)
            if marker in c or (i in moved and marker == "planned"):
                t = nearest(i, same_clause_only=True)
                far = False
                if t is None:
                    t = _relative_of(sent, sent.clause_of[i], anchors)
                if t is None and marker != "hedge" and _clause_is_free(sent, sent.clause_of[i]):
                    # "The round in Abu Dhabi, planned for Sunday, has been postponed"; "Jövő csütörtökön
                    # folytatódnak az amerikai, az orosz és az ukrán küldöttség tárgyalásai" (a list's comma)
                    t = nearest(i, same_clause_only=False)
                    far = marker != "cancelled"
                if t is not None and not _in_later_relative(sent, t, i, marker):
                    slots[t]["far" if far else "markers"].add(marker)
        if "none_ahead" in c:  # "Nem lesz ... találkozó": no meeting ahead, called off
            t = nearest(i, same_clause_only=True)
            if t is not None and t > i:
                slots[t]["markers"].add("cancelled")
        for fmt in ("trilateral", "bilateral", "multilateral"):
            if fmt in c:
                t = nearest(i, same_clause_only=False)
                if t is not None:
                    slots[t]["fmt"] = fmt

    # consecutive anchors describe one meeting unless each names its own venue or date
    groups: list[list[int]] = []
    for t in anchors:
        s = slots[t]
        if groups:
            g = groups[-1]
            has_v = any(slots[x]["venues"] for x in g)
            has_d = any(slots[x]["dates"] for x in g)
            # "X fogadta Y-t, jövő kedden folytatódnak a tárgyalások": a meeting held and one still to come, told
            # in clauses of their own, are two
            tense = set().union(*(slots[x]["markers"] for x in g)) & _TENSES
            two_times = tense and s["markers"] & _TENSES and not tense & s["markers"] and (
                sent.clause_of[t] != sent.clause_of[g[-1]])
            if not ((has_v and s["venues"]) or (has_d and s["dates"]) or two_times):
                g.append(t)
                continue
        groups.append([t])

    out = []
    hedged_clauses = _hedged_clauses(sent)
    for g in groups:
        mm = MeetingMention(sent, g[0], sentences=[sent.idx], clauses=frozenset(sent.clause_of[t] for t in g))
        venues_g = [v for t in g for v in slots[t]["venues"]]
        # a date in the meeting's own clause wins over one that reaches across a comma
        dates_g = [(d, across) for t in g for d, across, _, _ in slots[t]["dates"]]
        dates_g = [d for d, across in dates_g if not across] or [d for d, _ in dates_g]
        # "the Kremlin on Monday called off the talks planned for next week": Monday dates the calling off
        acts = {id(d) for t in g for d, _, act, _ in slots[t]["dates"] if act}
        dates_g = [d for d in dates_g if id(d) not in acts] or dates_g
        markers = set().union(*(slots[t]["markers"] for t in g))
        # a tense word of another clause counts only when the meeting's own clauses have none ("met ... on
        # Sunday to refine a plan": the plan is not the meeting's future)
        markers = markers if markers - {"hedge"} else markers | set().union(*(slots[t]["far"] for t in g))
        # "set for Sunday, has been pushed back to Wednesday", "a keddre tervezett tárgyalást csütörtökre
        # halasztották", "preložili na sredo": put off to a new date, the meeting is planned for that date, which
        # replaces the old one
        if _news_present(a, sent, g, markers, dates_g):
            markers = markers | {"planned"}
        elif not markers & _TENSES and not dates_g and any(_after_the_meeting(sent, t) for t in g):
            markers = markers | {"held"}
        new = [d for t in g for d, _, _, n in slots[t]["dates"] if n]
        if new:
            dates_g = new
            markers = (markers - {"cancelled"}) | {"planned"}
        mm.fmt = next((slots[t]["fmt"] for t in g if slots[t]["fmt"]), None)
        kept = [v for v in venues_g if sent.clause_of[v.start] not in hedged_clauses]
        if all(sent.clause_of[t] in hedged_clauses for t in g):
            # "klar til å møte Putin, men i Kreml svarte de ...": a readiness takes no venue from another clause
            kept = [v for v in kept if sent.clause_of[v.start] in {sent.clause_of[t] for t in g}]
        if venues_g and not kept:
            continue  # "there is a chance the talks are held in Abu Dhabi": a possibility, not a meeting
        mm.hedged = any(sent.clause_of[t] in hedged_clauses for t in g)
        _set_venue(mm, kept)
        _set_status_and_dates(a, mm, markers, dates_g)
        out.append(mm)
    _set_people_and_parties(a, sent, out, phone_clauses)
    return out


_TENSES = frozenset({"held", "planned"})
# the categories of status markers and formats _sentence_mentions() attaches to the anchors
_MARKER_CATS = frozenset({"cancelled", "planned", "held", "hedge", "none_ahead", "trilateral", "bilateral",
                          "multilateral"})


NAMED_BY_REACH = 4  # tokens from "represented by" to the name: "represented by special envoy Steve Witkoff"


def _named_by(sent: Sent) -> list[tuple[int, Mention]]:
    """"Russia would be represented by Kirill Dmitriev", "delegasjonen ledes av Rustem Umerov": a passive cue of
    taking part (triggers.yaml `named_by`) and the person it names right after it, in its clause. Who is named so
    takes part, even in a sentence that reports it ("Peskov told reporters that Russia would be represented by
    X"). Returns (cue token, person) pairs."""
    out = []
    for i in sent.positions("named_by"):
        p = next((m for m in sent.mentions if m.entry.etype == "person" and 0 < m.start - i <= NAMED_BY_REACH
                  and sent.clause_of[m.start] == sent.clause_of[i]), None)
        if p is not None:
            out.append((i, p))
    return out


def _pronoun_participant(a: ArticleAnalysis, sent: Sent, mms: list[MeetingMention], comitative: bool) -> Mention | None:
    """"Zelenskiy said Kyiv had not been consulted. '...,' he told reporters in Kyiv after talks with Merz", "Han møtte
    Stubb i Helsingfors": a subject pronoun (events.yaml `subject_pronoun`) before the meeting word, with no name
    before it, is the first person named in the sentence before, and takes part - unless it only speaks ("he said
    the talks were useful"), as a named speaker would not (a speaker of talks "with" someone, or "with him", does)."""
    first = min(mm.trigger for mm in mms)
    at = next((i for i in sent.positions("subject_pronoun") if i < first), None)
    if at is None or any(m.start < at and m.entry.etype == "person" for m in sent.mentions):
        return None
    said = any("speech" in sent.cats[j] for j in range(at + 1, min(at + 3, len(sent.cats))))
    if said and not (comitative or sent.has("with_speaker")):
        return None
    prev = a.sentences[sent.idx - 1]
    person = next((m for m in prev.mentions if m.entry.etype == "person" and m.entry.country
                   and not is_possessor(prev, m, a.lang)), None)
    if person is None:
        return None
    return replace(person, start=at, end=at + 1, group="base", prep=None, adjective=False, title_start=None)


def _took_part_too(sent: Sent, m: Mention) -> bool:
    """"Møtet varte i fire timer, opplyser rådgiver Jurij Usjakov, som selv deltok", "said Ushakov, who also
    attended": a speaker whose relative clause, right after the name, takes part (a participation cue) is a
    participant too."""
    j = m.end + (m.end < len(sent.cats) and sent.tokens.texts[m.end] == ",")
    if j >= len(sent.cats) or "relative_pronoun" not in sent.cats[j]:
        return False
    return any(sent.clause_of[i] == sent.clause_of[j] for i in _participate(sent))


def _reporters_of_named(sent: Sent, persons: list[Mention]) -> set[int]:
    """"Kremlin spokesman Dmitry Peskov told reporters that Russia would be represented by Kirill Dmitriev": the
    subject of a verb of saying, before it in the clause where the cue names the participants after it, reports
    who takes part and is no participant (unless a pronoun after the verb makes him the one named: "Zelensky said
    he would be accompanied by Budanov"). Returns the ids of those speakers."""
    if not sent.has("speech") or sent.has("subject_pronoun"):
        return set()
    out: set[int] = set()
    for cue, _ in _named_by(sent):
        clause = sent.clause_of[cue]
        said = [s for s in sent.positions("speech") if s < cue and sent.clause_of[s] == clause]
        if said:
            out |= {id(m) for m in persons if m.start < said[0] and sent.clause_of[m.start] == clause}
    return out


def _reporters_of_that(sent: Sent, persons: list[Mention], mms: list[MeetingMention]) -> set[int]:
    """"Kremlin aide Yuri Ushakov said on Tuesday that Witkoff is expected in Moscow to meet Putin", "Usjakov sa
    tirsdag at Witkoff skal møte Putin": the subject of a verb of saying whose "that" (triggers.yaml
    `complementizer`) opens what is said, before every meeting word of the sentence, reports the meeting and is no
    participant (unless a pronoun makes him the one who meets: "Witkoff said that he had met Putin", "Rubio
    confirmed that Sybiha met with him"), the meeting is "with" someone (the speaker's own: "Trump bejelentette,
    hogy lefújta a Putyinnal tervezett csúcsot", with no pronoun in Hungarian) or they are the two sides of the
    talks they report on (_negotiators_reporting). Returns the ids of those speakers."""
    if (sent.has("subject_pronoun") or sent.has("with_speaker") or not mms or _negotiators_reporting(sent, persons)
            or any(m.group == "com" or m.prep in ("com", "between") for m in persons)):
        return set()
    first_trigger = min(mm.trigger for mm in mms)
    texts = sent.tokens.texts
    # a colon right after the verb opens what is said as "that" does: "Peszkov úgy fogalmazott: az isztambuli
    # egyeztetés hasznos volt", "Peskov put it this way: the Istanbul talks were useful"
    openers = sorted({*sent.positions("complementizer"), *(j for j, t in enumerate(texts) if t == ":")})
    out: set[int] = set()
    # "Fidan azt javasolta, hogy a felek a bécsi fordulón ...": who proposes that reports it, as who says that
    verbs = sorted({*sent.positions("speech"), *_proposing_that(sent)}) if sent.has("propose") else sent.positions(
        "speech")
    for s in verbs:
        that = next((c for c in openers if s < c <= s + SAYING_REACH + 2), None)
        if that is None or that > first_trigger or _participate_between(sent, 0, s):
            continue
        colon = texts[that] == ":"
        out |= {id(m) for m in persons if m.end <= s and not _took_part_too(sent, m) and (
            sent.clause_of[m.start] == sent.clause_of[s]
            # "Dmitrij Peszkov, a Kreml szóvivője pénteken úgy fogalmazott:": the name before its apposition
            or (colon and s - m.end <= APPOSITION_REACH + SAYING_REACH and not any(
                sent.cats[j] & _ANCHOR_CATS for j in range(m.start, s))))}
    return out


def _participate_between(sent: Sent, i: int, j: int) -> bool:
    return any(i <= k < j for k in (*sent.positions("participate"), *sent.positions("meeting")))


def _side_of_team(sent: Sent, m: Mention) -> bool:
    """"V ameriški ekipi bo tudi X", "az amerikai delegációban": a nationality before a team or a delegation
    tells whose it is, not where anyone meets."""
    return m.adjective and m.end < len(sent.cats) and bool(sent.cats[m.end] & {"participate", "delegation"})


def _participate(sent: Sent) -> list[int]:
    """The participation cues of a sentence, less "között" in an idiom (triggers.yaml `between_idiom`: "a
    jelenlegi körülmények között" under the circumstances, "többek között" among others), a participle used
    as an adjective (`attributive`), and a word of receiving (`receive`: received, welcomed, tok imot) that
    receives no person ("welcomed the idea", "received the draft"): no one meets there."""
    cues = sent.positions("participate")
    if not (sent.has("between_idiom") or sent.has("attributive") or sent.has("receive") or sent.has("send")):
        return cues
    people = {*_receptions(sent), *_receptions(sent, "send")} if sent.has("receive") or sent.has("send") else set()
    return [i for i in cues
            if not (i > 0 and "between_idiom" in sent.cats[i - 1]) and "attributive" not in sent.cats[i]
            and not (sent.cats[i] & _OF_A_PERSON and i not in people)]


_OF_A_PERSON = frozenset({"receive", "send"})  # cues that take part only before a person's name


REPRESENT_REACH = 2  # tokens from "represent" to the government it names: "represent the Kremlin"


def _governments_and_homes(sent: Sent) -> set[int]:
    """"are expected to represent Washington", "representerte Washington": a capital right after a verb of
    representing (triggers.yaml `represent`) is the government represented; "take it back to Moscow", "reiste
    tilbake til Kyiv": a place right after a word of going back (`return`) is home, where no one meets. Neither is
    a venue. Returns the ids of those places."""
    out: set[int] = set()
    for cat in ("represent", "return"):
        for i in sent.positions(cat):
            out |= {id(m) for m in sent.mentions if 0 < m.start - i <= REPRESENT_REACH + (cat == "return")
                    and m.entry.etype != "person" and sent.clause_of[m.start] == sent.clause_of[i]}
    return out


def _destinations(sent: Sent) -> dict[int, Mention]:
    """"flew to Abu Dhabi", "travelled on Monday to Moscow", "flew from Miami to Geneva": a verb of motion
    (triggers.yaml `motion`) and the first place after it, in its clause and within MOTION_REACH tokens,
    that names a venue and is not where the journey starts. A verb with a destination is a visit."""
    out: dict[int, Mention] = {}
    for i in sent.positions("motion"):
        if "not_motion" in sent.cats[i]:
            continue  # "kommer til å": the future, no journey
        clause = sent.clause_of[i]
        for m in sent.mentions:
            if m.start <= i or m.start - i > MOTION_REACH or sent.clause_of[m.start] != clause:
                continue
            if m.prep == "from" or m.entry.etype == "person" or m.group == "poss":
                continue  # an origin, a traveller, or a traveller's nation ("kommer Ukrainas president ... til Oslo")
            if is_venue(m) or _destination_place(m):
                out[i] = m
            break
    return out


RESCHEDULE_REACH = 4  # tokens from "pushed back to" to its date: "pushed back to next Thursday"


def _new_dates(sent: Sent) -> dict[int, int]:
    """"er utsatt til onsdag", "has been pushed back to Thursday": a phrase that moves a meeting to another
    day (triggers.yaml `reschedule`, ending in its "to") followed by a date in its clause gives the meeting that
    new date; the old one ("originally set for Sunday") is no longer its date, and the meeting is still to
    come, not called off ("utsatt på ubestemt tid" has no new date and stays called off). Reschedule token ->
    token of the new date."""
    out: dict[int, int] = {}
    for i in sent.positions("reschedule"):
        for _, ti in sent.dates:
            if 0 < ti - i <= RESCHEDULE_REACH and sent.clause_of[ti] == sent.clause_of[i]:
                out[i] = ti
                break
    return out


APPOSED_GAP = 3  # characters between a weekday and its date: ", " or " "


def _apposed(dates: list) -> list:
    """"v torek, 9. junija", "szerdán, június 10-én", "on Tuesday, June 9": a weekday in apposition to a date
    names the same day. The date alone places it (the weekday resolved on its own may fall in another week),
    and it stands where the weekday stands, in the weekday's clause (the comma does not part them)."""
    out, skip = [], set()
    for k, (d, ti) in enumerate(dates):
        if k in skip:
            continue
        nxt = dates[k + 1] if k + 1 < len(dates) else None
        if (nxt is not None and d.kind == "weekday" and nxt[0].kind == "day" and nxt[0].month
                and 0 < nxt[0].start - d.end <= APPOSED_GAP):
            out.append((nxt[0], ti))
            skip.add(k + 1)
        else:
            out.append((d, ti))
    return out


def _joined_dates(sent: Sent, first: tuple, second: tuple) -> bool:
    """"on Thursday and Friday", "hétfőn és kedden", "v četrtek in petek", "torsdag og fredag": two dates of one
    kind joined only by a conjunction are the days of one event."""
    (d1, t1), (d2, t2) = first, second
    between = [j for j in range(t1, t2) if sent.tokens.starts[j] >= d1.end]
    return d1.kind == d2.kind and len(between) == 1 and "conjunction" in sent.cats[between[0]]


NEGATION_REACH = 2  # "no new talks", "ingen nye samtaler", "did not meet"


HEDGE_ATTRIBUTIVE_REACH = 2  # "a possible (new) meeting": the adjective before its meeting word


def _hedges(sent: Sent) -> list[int]:
    """The words that make their clause a mere possibility. An adjective of possibility ("morebitni",
    "esetleges", triggers.yaml `hedge_attributive`) hedges only the meeting word it stands before ("egy esetleges
    találkozó"); before another noun ("pogovori o morebitni napotitvi vojakov", talks on a possible deployment) the
    talks themselves are real."""
    cats = sent.cats
    return [i for i in sent.positions("hedge")
            if ("hedge_attributive" not in cats[i] and not _in_purpose(sent, i))
            or any("meeting" in cats[j] for j in range(i + 1, min(len(cats), i + 1 + HEDGE_ATTRIBUTIVE_REACH)))]


def _hedged_clauses(sent: Sent) -> set[int]:
    """The clauses a hedge makes a mere possibility: its own, and the "that" clause right after it (triggers.yaml
    `complementizer`): "felajánlotta, hogy Budapest adjon otthont a fordulónak" (offered that Budapest host the
    round), "ponudila, da bi gostila srečanje", "elképzelhető, hogy Genfben találkoznak"."""
    clauses = {sent.clause_of[i] for i in _hedges(sent)}
    if not clauses or not sent.has("complementizer"):
        return clauses
    for i in sent.positions("complementizer"):
        c = sent.clause_of[i]
        # the word opens its clause, or follows the comma that opens it
        first = i - 1 if i and sent.tokens.texts[i - 1] in CLAUSE_PUNCT else i
        if c - 1 in clauses and (first == 0 or sent.clause_of[first - 1] != c):
            clauses.add(c)
    return clauses


def _in_purpose(sent: Sent, i: int) -> bool:
    """"met in Beijing to discuss a possible role", "møttes i Oslo for å drøfte planene": a word after a verb of
    holding and a purpose infinitive (triggers.yaml `purpose`) in its clause tells what the meeting was for, not
    whether or when it was held."""
    purposes = sent.positions("purpose")
    if not purposes:
        return False
    clause = sent.clause_of[i]
    return any(p < i and sent.clause_of[p] == clause and any(
        h < p and sent.clause_of[h] == clause for h in sent.positions("held")) for p in purposes)


def _negated(sent: Sent, i: int) -> bool:
    """"ingen nye samtaler er berammet", "no talks are planned", "has not met Putin": no meeting."""
    return any("negation" in sent.cats[j] for j in range(max(0, i - NEGATION_REACH), i))


def _troop_visits(sent: Sent) -> tuple[set[int], set[int]]:
    """"visited troops near Pokrovsk", "besøkte soldater ved fronten i Sumy": a visit to the troops, the front or
    the wounded (triggers.yaml `troops`, within two words of the visit) is no meeting, and the place named after it
    in its clause is no venue. Returns the visit tokens and the ids of those places."""
    visits: set[int] = set()
    places: set[int] = set()
    for i in sent.positions("visit"):
        if any("troops" in sent.cats[j] for j in range(i + 1, min(len(sent.cats), i + 3))):
            visits.add(i)
            places |= {id(m) for m in sent.mentions if 0 < m.start - i <= 5 and sent.clause_of[m.start] ==
                       sent.clause_of[i] and m.entry.etype != "person"}
    return visits, places


WEAPON_ARRIVAL_REACH = 2  # "újabb hullám érkezett drónokkal", "drones arrived": the weapon beside the verb


def _weapon_arrivals(sent: Sent) -> set[int]:
    """"keddre virradóra újabb hullám érkezett drónokkal és rakétákkal, ezúttal Odesszára": a verb of arriving with
    a weapon word right beside it in its clause tells of a strike, not of a journey to a meeting."""
    cats, clause_of = sent.cats, sent.clause_of
    return {i for i in sent.positions("visit")
            if any(cats[j] & _WEAPON_SET and clause_of[j] == clause_of[i]
                   for j in range(max(0, i - WEAPON_ARRIVAL_REACH), min(len(cats), i + WEAPON_ARRIVAL_REACH + 1)))}


def _facility_names(sent: Sent) -> set[int]:
    """"the Zaporizhzhia nuclear power plant", "the Kirishi oil refinery": a place right before a word of an
    energy site (events.yaml `energy`) names that site, not where anyone meets. Returns the ids of those places."""
    return {id(m) for m in sent.mentions if m.entry.etype != "person"
            and any("energy" in c for c in sent.cats[m.end:m.end + 2])}


_PROPOSAL_CATS = frozenset({"plan", "propose", "ceasefire", "guarantees"})  # events.yaml: words of a proposal
_WEAPON_CATS = ("drone", "missile", "artillery", "glide_bomb")  # events.yaml: "sendte droner mot Lviv" is an attack
_WEAPON_SET = frozenset(_WEAPON_CATS)


def _time_of_attack(sent: Sent, i: int) -> bool:
    """"Timer etter møtet angrep Russland Kyiv", "hours after the talks, drones hit Odesa", "a tárgyalás után":
    in a sentence that reports an attack (a word of attack or a weapon), a meeting word right after (or, in
    Hungarian, before) a word of time (events.yaml `condition`, `condition_before`: etter, after, before, után)
    tells when the attack came. A word of sending ("poslala", "sendte") reports an attack only with a weapon: "Po
    pogovorih v Ženevi je Rusija poslala nov predlog" (after the talks, Russia sent a proposal) tells of the talks."""
    if not _reports_attack(sent):
        return False
    cats = sent.cats
    before = i - 2 if i >= 2 and "determiner" in cats[i - 1] else i - 1
    time_words = {"condition", "condition_before"}
    return (before >= 0 and bool(cats[before] & time_words)) or (i + 1 < len(cats) and "condition" in cats[i + 1])


def _reports_attack(sent: Sent) -> bool:
    if any(sent.has(w) for w in _WEAPON_CATS):
        return True
    return any("send" not in sent.cats[i] for i in sent.positions("attack"))


ATTACK_TARGET_REACH = 4  # tokens from a verb of attack to the places it hits: "angrep Russland Kyiv og Odesa"


def _attack_targets(sent: Sent, lang: str) -> set[int]:
    """"Timer etter møtet angrep Russland Kyiv og Odesa", "hours after the talks, drones hit Odesa": the places
    right after a word of attack (events.yaml `attack`) in its clause are what was hit, not where anyone met.
    Slovenian also names the target before the verb, after "na"/"v" in the accusative ("je Rusija na Dnipro
    izstrelila 40 dronov"), where a venue would be in the locative ("v Dnipru"). Returns the ids of those places."""
    places: set[int] = set()
    for i in sent.positions("attack"):
        places |= {id(m) for m in sent.mentions if (0 < m.start - i <= ATTACK_TARGET_REACH or (
                       lang == "sl" and 0 < i - m.start <= ATTACK_TARGET_REACH and m.group == "base" and m.prep))
                   and sent.clause_of[m.start] == sent.clause_of[i] and m.entry.etype != "person"
                   and not any("meeting" in sent.cats[j] for j in range(min(i, m.start) + 1, max(i, m.start)))}
    return places


def _destination_place(m: Mention) -> bool:
    """"reiste til Moskva": where a language has no case or venue preposition for "to" (Norwegian "til"), the
    verb of motion itself makes a capital the place it goes to; a region (Donbas) or a warring country is no
    destination of talks."""
    e = m.entry
    if e.etype == "place":
        return not (e.region and e.kind == "region")
    return e.etype == "country" and not e.belligerent


def _relative_of(sent: Sent, clause: int, anchors: list[int]) -> int | None:
    """"a csúcstalálkozónak, amelyet a Fehér Ház szerint jövő hónapban tarthatnak meg": a clause that opens with
    a relative pronoun right after a meeting word tells of that meeting - its date and tense are the meeting's,
    whoever is quoted in it."""
    for r in sent.positions("relative_pronoun"):
        if sent.clause_of[r] != clause:
            continue
        if r >= 2 and sent.tokens.texts[r - 1] == "," and r - 2 in anchors:
            return r - 2
        return None
    return None


def _objects_before(sent: Sent, i: int) -> list:
    """"Moszkva Kirill Dmitrijevet és Szergej Rjabkovot küldi": Hungarian may put the people sent or received, in the
    accusative (-t), before the verb (triggers.yaml `object_before`)."""
    if "object_before" not in sent.cats[i]:
        return []
    return [m for m in sent.mentions if m.entry.etype == "person" and 0 <= i - m.end < RECEIVE_REACH
            and sent.clause_of[m.start] == sent.clause_of[i] and sent.tokens.lowers[m.end - 1].endswith("t")]


RECEIVE_REACH = 7  # "tok torsdag kveld imot USAs spesialutsending Steve Witkoff": a day and a title between


def _receptions(sent: Sent, cat: str = "receive", lang: str | None = None) -> list[int]:
    """"Trump received Zelensky", "sprejel Zelenskega", "tok fredag imot Finlands president Alexander Stubb":
    receiving a person is a meeting; receiving a plan ("sprejel načrt", "accepted", "welcomed the idea") is not,
    so the word counts only before a person's name, in its clause, with no word of a proposal between and not
    "from" that person ("received a letter from Trump"). With the language, also before a role and the name after
    it, with the country of the post between ("sprejel zunanjega ministra Združenih arabskih emiratov Abdulaha bin
    Zajeda"). The same for sending (`send`): "Russia sent military intelligence chief Igor Kostyukov" takes part,
    "sent 100 drones" or "sent a letter to Trump" does not."""
    out = []
    for i in sent.positions(cat):
        clause = sent.clause_of[i]
        start = i + 1
        role = role_at(index_for(lang), sent.tokens, start) if lang and start < len(sent.tokens) else None
        if role:
            start += role[1]
            # the country of the post: "zunanjega ministra Združenih arabskih emiratov", "ukrajinskega"
            for m in sent.mentions:
                if m.start == start and m.entry.etype == "country":
                    start = m.end
        person = next((m for m in sent.mentions if m.entry.etype == "person"
                       and (0 < m.start - i <= RECEIVE_REACH or (role and m.start == start))
                       and sent.clause_of[m.start] == clause), None)
        if person is None:
            person = next(iter(_objects_before(sent, i)), None)
        if person is None or person.prep == "from":
            continue
        if person.start - i > 3 and person.start != start and any(
                sent.cats[j] & _PROPOSAL_CATS for j in range(i + 1, person.start)):
            continue
        out.append(i)
    return out


def _in_later_relative(sent: Sent, t: int, i: int, marker: str) -> bool:
    """"met in London on Saturday to discuss a force which will secure a ceasefire": a future marker in a
    relative clause or a purpose ("met ... to finalise plans") after a verb of holding (met, møttes) tells of
    something else, not of the meeting. The purpose needs a verb of holding before it, not necessarily the meeting
    word itself ("talks ... ended Tuesday without agreement on how a future ceasefire would be monitored")."""
    if marker != "planned" or i < t:
        return False
    if "held" in sent.cats[t] and any(t < j < i for j in sent.positions("relative_pronoun")):
        return True
    return _in_purpose(sent, i)


def _bare_when(sent: Sent, i: int) -> bool:
    """"Ukraine will present the results to its partners when the talks resume", "ko se bodo pogovori
    nadaljevali": a meeting word in a clause of time (triggers.yaml `when`, before it in its clause) that names
    no place and no date after the "when" tells when something else happens; it reports no meeting. "when they
    met in Geneva on Monday" still does."""
    clause_of = sent.clause_of
    clause = clause_of[i]
    w = next((j for j in reversed(sent.positions("when")) if j < i and clause_of[j] == clause), None)
    if w is None:
        return False
    if any(ti > w and clause_of[ti] == clause for _, ti in sent.dates):
        return False
    return not any(m.start > w and clause_of[m.start] == clause and m.entry.etype in ("place", "country")
                   for m in sent.mentions)


PREPARE_REACH = 4  # tokens from a capital to the verb of preparing after it: "V Washingtonu medtem pripravljajo"


def _preparers(sent: Sent) -> set[int]:
    """"In Washington, officials are preparing a higher-level meeting", "V Washingtonu pripravljajo srečanje",
    "Washingtonban csúcstalálkozót készítenek elő": a capital standing for its government (entry.actor) just before
    a verb of preparing (triggers.yaml `prepare`), with a meeting word after the capital in the verb's clause and
    none just before it, is the government that prepares, not where the meeting will be (a place after the
    meeting word still is)."""
    cats, clause_of = sent.cats, sent.clause_of
    verbs = sent.positions("prepare")
    out: set[int] = set()
    for m in sent.mentions:
        if not m.entry.actor:
            continue
        v = next((j for j in verbs if m.end <= j <= m.end + PREPARE_REACH), None)
        if v is None or any("meeting" in cats[j] for j in range(max(0, m.start - PREPARE_REACH), m.start)):
            continue  # "a summit in Washington is being prepared": the place of the meeting word
        if any("meeting" in cats[j] and clause_of[j] == clause_of[v] for j in range(m.end, len(cats))):
            out.add(id(m))
    return out


SAYING_REACH = 4  # words from a verb of saying to its place ("told reporters in Ankara"), and from it to "that"


def _places_of_saying(sent: Sent) -> set[int]:
    """"Fidan told reporters in Ankara on Monday that the talks would be held in Istanbul", "sa til journalister i
    Ankara at ...", "Ankarában azt mondta, hogy ...": a place beside a verb of saying, right before the "that" of
    what was said (triggers.yaml `complementizer`), is where it was said, not a venue. Not when its clause has a
    meeting word of its own ("met Lavrov in Ankara and said that ...")."""
    cats, clause_of = sent.cats, sent.clause_of
    said, thats = sent.positions("speech"), sent.positions("complementizer")
    if sent.has("propose"):
        said = sorted({*said, *_proposing_that(sent)})
    out: set[int] = set()
    for m in sent.mentions:
        clause = clause_of[m.start]
        verbs = [j for j in said if clause_of[j] == clause and abs(j - m.start) <= SAYING_REACH]
        if not verbs:
            continue
        last = max(m.end - 1, *verbs)
        that = next((c for c in thats if c > last), None)
        if that is None or that - last > SAYING_REACH:
            continue
        if any(("meeting" in cats[j] or "visit" in cats[j]) and clause_of[j] == clause for j in range(that)):
            continue
        out.add(id(m))
    return out


STATEMENT_REACH = 6  # tokens from a participle of saying to its place and day: "speaking to reporters in Ankara"


def _statement_setting(sent: Sent) -> frozenset[int]:
    """"Lavrov, speaking in Minsk on Thursday, said ...", "Speaking to reporters in Ankara, Fidan said ...", "Lavrov,
    som talte i Minsk torsdag, sa ...": a participle of saying (triggers.yaml `saying_participle`) tells where and
    when a statement was made. The words after it in its clause are that setting, up to a person ("speaking
    alongside Erdogan in Ankara": a meeting, whose place it is); not in a clause with a meeting word of its own
    ("speaking in Geneva after the talks"). Places and days there are no venue and no date of a meeting. Returns
    those token positions."""
    persons = {m.start for m in sent.mentions if m.entry.etype == "person"}
    out: set[int] = set()
    for i in sent.positions("saying_participle"):
        if any(c & _ANCHOR_CATS and sent.clause_of[j] == sent.clause_of[i] for j, c in enumerate(sent.cats)):
            continue
        for j in range(i + 1, min(len(sent.cats), i + 1 + STATEMENT_REACH)):
            if sent.clause_of[j] != sent.clause_of[i] or j in persons:
                break
            out.add(j)
    return frozenset(out)


def _news_present(a: ArticleAnalysis, sent: Sent, g: list[int], markers: set, dates: list) -> bool:
    """"Macron hosts Zelensky in Paris on Tuesday", "Rubio meets Sybiha in Washington on Friday": the present of a
    meeting verb (triggers.yaml `news_present`) in the meeting's clause, with no tense word of its own and a bare
    weekday that is not the day of publication, tells of a coming day (the news present of a scheduled event, as
    "fogadja", "tar imot" do). Told on that weekday it is today, and the present may be what happens now."""
    if markers & {"held", "planned", "cancelled"} or a.published is None:
        return False
    clauses = {sent.clause_of[t] for t in g}
    if not any(sent.clause_of[i] in clauses for i in sent.positions("news_present")):
        return False
    days = [d for d in dates if d.kind == "weekday"]
    return len(days) == len(dates) > 0 and all(d.towards is None and d.weekday != a.published.weekday()
                                               for d in days)


def _background(sent: Sent, lang: str) -> set[int]:
    """"Zorin, a veteran of ceasefire talks in Syria, ...", "a minszki tárgyalások veteránja": the tokens that tell
    of a person's past (triggers.yaml `background`): after the word in its clause, before it in Hungarian."""
    past: set[int] = set()
    for b in sent.positions("background"):
        clause = sent.clause_of[b]
        span = range(b - 1, -1, -1) if lang == "hu" else range(b + 1, len(sent.cats))
        for k in span:
            if sent.clause_of[k] != clause:
                break
            past.add(k)
    return past


AFTER_REACH = 3  # tokens from "after" to its meeting word: "after two days of talks", "after lengthy consultations"


def _after_the_meeting(sent: Sent, t: int) -> bool:
    """"which replaced the draft after consultations with Kyiv", "etter samtalene med Kyiv": a meeting word governed
    by "after" (triggers.yaml `after_time`, before it in its clause) tells of a meeting that has taken place; with no
    tense word and no date of its own, it is held (and so joins no meeting still to come)."""
    return any(0 < t - i <= AFTER_REACH and sent.clause_of[i] == sent.clause_of[t]
               for i in sent.positions("after_time"))


def _day_of_holding(sent: Sent, ti: int) -> bool:
    """"ended on Thursday", "took place on Friday", "concluded Tuesday", "ble avsluttet torsdag": a day right after a
    verb of holding (triggers.yaml `held`; one short word between at most) in its clause is the day the meeting
    took place (or ended)."""
    for j in (ti - 1, ti - 2):
        if j >= 0 and "held" in sent.cats[j] and sent.clause_of[j] == sent.clause_of[ti]:
            return j == ti - 1 or len(sent.tokens.lowers[ti - 1]) <= 3
    return False


def _proposing_that(sent: Sent) -> list[int]:
    """"Fidan hétfőn Ankarában azt javasolta, hogy ...", "je v Ankari predlagal, da ...", "proposed in Ankara on
    Monday that ...": a word of proposing (events.yaml `propose`) before a "that" says what is proposed; for its
    place it is a verb of saying. Not with a word of a proposal between ("proposed a plan that ...": a relative
    "that")."""
    thats, cats = sent.positions("complementizer"), sent.cats
    return [j for j in sent.positions("propose")
            if any(0 < c - j <= SAYING_REACH + 2 and sent.clause_of[c] <= sent.clause_of[j] + 1
                   and not any(cats[k] & _PROPOSAL_CATS for k in range(j + 1, c)) for c in thats)]


def _dates_saying(sent: Sent, ti: int) -> bool:
    """"Peskov sa tirsdag at Russland blir representert ved X", "Peskov said on Tuesday that": a day right after a
    verb of saying (one short word between at most) dates the saying, not the meeting told after it."""
    before = [j for j in (ti - 1, ti - 2) if j >= 0]
    for j in before:
        if (sent.cats[j] & _SAYING == {"speech"} and sent.clause_of[j] == sent.clause_of[ti]):
            return j == ti - 1 or len(sent.tokens.lowers[ti - 1]) <= 3
    return _dates_saying_ahead(sent, ti)


def _dates_saying_ahead(sent: Sent, ti: int) -> bool:
    """"Last week, the Kremlin announced that Putin will meet Trump", "Forrige uke kunngjorde Kreml at ...", "Múlt
    héten a Kreml bejelentette, hogy ...": a day before a verb of saying whose "that" follows, with no meeting word
    between, dates the saying, not the meeting told after it."""
    cats = sent.cats
    for j in range(ti + 1, min(len(cats), ti + 1 + SAYER_REACH)):
        if cats[j] & _ANCHOR_CATS:
            return False
        if cats[j] & _SAYING == {"speech"}:
            return any("complementizer" in cats[k] for k in range(j + 1, min(len(cats), j + 1 + SAYING_REACH)))
    return False


SAYER_REACH = 6  # tokens from a day to the verb of saying after it: "Last week , the Kremlin announced"


_SAYING = frozenset({"speech", "phone", "attribution"})  # a verb of saying, not a press conference nor "X szerint"


def _dates_act(sent: Sent, ti: int) -> bool:
    """A date right before a verb of calling off ("hétfőn lemondta", "v sredo odpovedal") dates that act, not
    the meeting; one after it may be the new date ("elhalasztották jövő hétre")."""
    return ti + 1 < len(sent.cats) and "cancelled" in sent.cats[ti + 1]


@cache
def _new_date_rule(lang: str) -> dict:
    return (load_lang("dates", lang) or {}).get("new_date") or {}


def _new_date(sent: Sent, d: D.DateMention, ti: int, lang: str) -> bool:
    """A date beside a verb of putting off (triggers.yaml `postpone`) in the form of a destination (dates.yaml
    `new_date`) is the meeting's new date: hu a sublative right before or after the verb ("csütörtökre
    halasztották", "elhalasztották jövő hétre"); sl "na" and the date within three words after the verb
    ("preložili na sredo", "prestavili so na 5. maj")."""
    post = sent.positions("postpone")
    if not post:
        return False
    rule = _new_date_rule(lang)
    endings = tuple(rule.get("endings", ()))
    if endings and d.text.lower().endswith(endings):
        after = bisect.bisect_left(sent.tokens.starts, d.end)
        if after < len(sent.cats) and "planned" in sent.cats[after] and after not in post:
            return False  # "elhalasztották a csütörtökre tervezett fordulót": the date it was planned for
        if after in post or any(0 < ti - p <= 2 for p in post):
            return True
    before = rule.get("before", ())
    return bool(before and ti > 0 and sent.tokens.lowers[ti - 1] in before and any(2 <= ti - p <= 4 for p in post))


def _after_since(sent: Sent, ti: int, d: D.DateMention | None = None) -> bool:
    """"since March" dates no meeting; "od 20. do 21. junija" (from ... to ...) is a closed range, the meeting's own."""
    if d is not None and d.day2 is not None:
        return False
    return any("since" in sent.cats[j] for j in range(max(0, ti - 3), ti))


EARLIER_TALKS_REACH = 4  # tokens from a date to the meeting word it qualifies: "a hétfői és keddi egyeztetések"


def _of_earlier_talks(sent: Sent, ti: int) -> bool:
    """"a hétfői és keddi egyeztetések után", "Po ponedeljkovih in torkovih pogovorih", "after Monday's talks": a
    date that qualifies a meeting word governed by a word of time (events.yaml `condition`: után, követően, po,
    after, etter; after the noun in Hungarian, before the date elsewhere) dates the talks that came before, not the
    meeting the sentence goes on to tell of ("... a következő fordulót november közepén tartják")."""
    cats, texts = sent.cats, sent.tokens.texts
    n = len(cats)
    if not any("meeting" in cats[j] for j in range(ti + 1, min(n, ti + EARLIER_TALKS_REACH + 1))):
        return False
    dated = {t for _, t in sent.dates}
    places = {k for m in sent.mentions if m.entry.etype != "person" for k in range(m.start, m.end)}

    def between(k: int) -> bool:  # another date of the list, a link, a comma, a place ("a keddi genfi tárgyalás")
        return k in dated or k in places or "conjunction" in cats[k] or texts[k] == ","

    j = ti + 1
    while j < n and j - ti <= EARLIER_TALKS_REACH and "meeting" not in cats[j] and between(j):
        j += 1
    if j >= n or "meeting" not in cats[j]:
        return False
    if j + 1 < n and "condition" in cats[j + 1]:
        return True
    k = ti - 1
    while k >= 0 and ti - k <= EARLIER_TALKS_REACH and between(k):
        k -= 1
    return k >= 0 and "condition" in cats[k]


def _clause_is_free(sent: Sent, clause: int) -> bool:
    """A date may reach across a comma to the meeting word only when its own clause says nothing else:
    no speaker, no proposal stance, no attack. A name is no such word ("Kravik" begins as "krav", a demand)."""
    named = {k for m in sent.mentions for k in range(m.start, m.end)}
    for i, c in enumerate(sent.cats):
        if (sent.clause_of[i] == clause and c & {"speech", "reject", "propose", "support", "attack", "demand"}
                and i not in named):
            return False
    return True


_KIND_RANK = {"city": 0, "landmark": 0, "region": 1}


def _set_venue(mm: MeetingMention, venues: list[Mention]) -> None:
    if not venues:
        return
    def rank(m: Mention):
        e = m.entry
        if e.etype == "place":
            return _KIND_RANK.get(e.kind, 2)
        return 3
    best = min(venues, key=rank)
    e = best.entry
    if e.etype == "place" and e.kind in ("city", "landmark"):
        mm.city = e.city or e.name
        mm.country = e.country
        mm.region = e.in_region
    elif e.etype == "place":
        mm.region = e.name
        mm.country = e.country
    else:
        mm.country = e.country
    # "Palm Beach, Florida": the region of the city when both are named
    for v in venues:
        if v.entry.etype == "place" and v.entry.kind == "region" and v.entry.country == mm.country:
            mm.region = mm.region or v.entry.name


def _set_status_and_dates(a: ArticleAnalysis, mm: MeetingMention, markers: set, dates: list) -> None:
    if "cancelled" in markers:
        mm.status, mm.status_strength = "cancelled", STRONG
    elif "planned" in markers:
        # "naj bi potekal", "is to be held": a future marker outweighs a verb of holding
        mm.status, mm.status_strength = "planned", STRONG
    elif "held" in markers:
        mm.status, mm.status_strength = "held", STRONG
    # The tense places a weekday or a date without a year; with no marker, the nearest reading. A meeting
    # called off ("torsdag er avlyst", "set for Sunday, was cancelled") may be reported before or after its
    # day: a bare weekday is the nearer one.
    direction = (D.FUTURE if mm.status == "planned" else D.CLOSEST if mm.status == "cancelled"
                 else D.PAST if mm.status_strength == STRONG else D.NEAREST)
    resolved = []
    for d in dates:
        r = D.resolve(d, a.published, a.anchor, direction)
        if r is not None:
            resolved.append(r)
    if resolved:
        order = {"day": 0, "month": 1, "year": 2}
        finest = min(order[r.precision] for r in resolved)
        best = [r for r in resolved if order[r.precision] == finest]
        # "Monday next week": the day inside the week, not the whole week
        best = [r for r in best if not any(o is not r and r.start <= o.start and o.end <= r.end
                                           and (o.start, o.end) != (r.start, r.end) for o in best)]
        mm.start = min(r.start for r in best)
        mm.end = max(r.end for r in best)
        mm.precision = best[0].precision
        if mm.status == "planned" and all(_names_the_past(d) for d in dates):
            # "last week's talks ... are expected to", "pretekli teden začeti pogovori bodo pokazali": the future
            # is of what follows; a meeting dated by words of the past ("last week", "múlt héten") was held
            mm.status = "held"
        if mm.sent.has("two_day") and mm.start == mm.end and mm.precision == "day":
            if mm.status == "planned" or mm.sent.has("begin"):
                # "se bodo v sredo sestali na dvodnevnih pogovorih", "ma Bécsben megkezdődik a kétnapos tárgyalás": a
                # meeting still to come, or one that begins on its date, ends the day after
                mm.end = mm.start + dt.timedelta(days=1)
            else:
                mm.start = mm.start - dt.timedelta(days=1)
        ref = a.published
        if mm.status_strength < STRONG and ref is not None:
            if mm.start > ref:
                mm.status, mm.status_strength = "planned", MEDIUM
            else:
                mm.status, mm.status_strength = "held", MEDIUM


def _names_the_past(d: D.DateMention) -> bool:
    """"last week", "yesterday", "last Thursday", "pretekli teden", "forrige uke": a date whose words, not the
    tense, put it before the day of publication."""
    return (d.rel is not None and d.rel[0] != "unknown" and d.rel[1] < 0) or d.towards == D.PAST


def _compound(sent: Sent, m: Mention) -> bool:
    """"Trump-administrasjonen", "Putin-rezsim": a name inside a compound word describes something else; so do
    a name joined to that compound by a dash ("Trump–Putyin-csúcs", "Trump-Putin-toppmøtet") and a name before a
    noun it qualifies ("the Trump administration")."""
    if _compound_word(sent, m):
        return True
    k = m.end
    if k < len(sent.cats) and "attributive_head" in sent.cats[k]:
        return True  # "the Trump administration", "Putin aide Yuri Ushakov" (triggers.yaml `attributive_head`)
    if k + 1 < len(sent.cats) and sent.tokens.texts[k] in ("–", "-", "—"):
        return any(o.start == k + 1 and o.entry.etype == "person" and _compound_word(sent, o) for o in sent.mentions)
    return False


def _compound_word(sent: Sent, m: Mention) -> bool:
    last = sent.tokens[m.end - 1].text
    tail = last.rsplit("-", 1)[1] if "-" in last else ""
    return len(tail) > 4 and tail[:1].islower()  # "-val", "-ben" are case endings, not compounds


def _attributed(sent: Sent, m: Mention, lang: str) -> bool:
    """"according to X", "po besedah X", "X szerint": X is the source of the report."""
    for i in sent.positions("attribution"):
        if lang == "hu" and 0 <= i - m.end <= 3:
            return True
        if lang == "hu" and 3 < i - m.end <= APPOSITION_REACH and sent.tokens[m.end].text == "," and not any(
                o.entry.etype == "person" and m.end <= o.start < i for o in sent.mentions):
            return True  # "Dmitrij Peszkov, a Kreml szóvivője szerint": after the person's apposition
        if lang != "hu" and 0 < m.start - i <= 7:
            return True
    return False


def _negotiators_reporting(sent: Sent, persons: list[Mention]) -> bool:
    """"Witkoff and Umerov said the talks between the US and Ukraine were productive": people of two or
    more sides reporting on talks between exactly their sides took part in them."""
    between = {m.entry.country for m in sent.mentions if m.prep == "between" and m.entry.etype == "country"}
    sides = {m.entry.country for m in persons if m.entry.country}
    return len(sides) >= 2 and sides == between


def _set_people_and_parties(a: ArticleAnalysis, sent: Sent, mms: list[MeetingMention], phone_clauses) -> None:
    # "..., a government spokesman said", "..., the Kremlin said": a reporting clause that names no person
    # hides no speaker among the people of the meeting's clauses
    person_clauses = {sent.clause_of[m.start] for m in sent.mentions if m.entry.etype == "person"}
    has_speech = any(sent.clause_of[i] in person_clauses for i in sent.positions("speech"))
    has_cue = any(sent.clause_of[i] not in phone_clauses for i in _participate(sent))
    speaker_clauses = {sent.clause_of[i] for i in sent.positions("speech")} - {
        sent.clause_of[i] for i in _participate(sent)}
    persons = [m for m in sent.mentions if m.entry.etype == "person"
               and sent.clause_of[m.start] not in phone_clauses and not is_possessor(sent, m, a.lang)
               and not _attributed(sent, m, a.lang) and not _compound(sent, m)]
    if sent.has("named_by"):
        speakers = _reporters_of_named(sent, persons)
        persons = [m for m in persons if id(m) not in speakers]
    if (sent.has("speech") or sent.has("propose")) and (sent.has("complementizer") or ":" in sent.tokens.texts):
        speakers = _reporters_of_that(sent, persons, mms)
        persons = [m for m in persons if id(m) not in speakers]
    if sent.has("send"):
        # "Trump sent Witkoff to Moscow": the one who sends someone stays at home
        sends = _receptions(sent, "send")
        sent_ones = {id(m) for i in sends for m in _objects_before(sent, i)}  # "Dmitrijevet küldi": the one sent
        persons = [m for m in persons if id(m) in sent_ones or not any(
            m.end <= i and sent.clause_of[m.start] == sent.clause_of[i] for i in sends)]
    # "talks with Putin", "a meeting between Trump and Putin": the other side of a meeting takes part
    comitative = any(m.group == "com" or m.prep in ("com", "between") or with_case_on_title(sent, m, a.lang)
                     for m in persons)
    if speaker_clauses and mms:
        # "..., Zelenskyy said on Monday": a person alone in a reporting clause is the speaker, even when
        # another clause names the participants, or none does. A speaker who opens the sentence ("Trump
        # announced he called off the summit with Putin") stays when the meeting is "with" someone or "with
        # him", or when no one else is named ("Trump announced he will travel to Moscow").
        first_meeting = min(sent.clause_of[mm.trigger] for mm in mms)
        keeps = (comitative or sent.has("with_speaker"))
        # "Zelensky said the delegation will travel to Riyadh": the journey is the delegation's, not the speaker's
        delegated = any(sent.clause_of[i] in {sent.clause_of[mm.trigger] for mm in mms}
                        for i in sent.positions("delegation"))
        alone = len({sent.clause_of[m.start] for m in persons}) == 1 and not delegated
        persons = [m for m in persons if sent.clause_of[m.start] not in speaker_clauses
                   or (keeps and sent.clause_of[m.start] < first_meeting)
                   or (alone and sent.clause_of[m.start] <= first_meeting) or _took_part_too(sent, m)]
    anchored = any(mm.anchored for mm in mms)
    people = []
    # "Rubio Umerovval ... egyeztetett" (no place of its own): talks with someone name their people wherever they
    # were; the mention joins the article's meeting (_referent)
    if has_cue or comitative or (anchored and not has_speech) or _negotiators_reporting(sent, persons):
        people = persons
    elif anchored and speaker_clauses:
        # "Július 3–4-én Budapesten találkozhat Trump és Putyin – erősítette meg Orbán": the speaker's clause comes
        # after the report; the people of the meeting word's own clause meet (not so in "X said that before the
        # summit Y handed over a document": what is said after "that" need not be the meeting)
        own = {sent.clause_of[mm.trigger] for mm in mms if mm.anchored} - speaker_clauses
        if own and max(own) < min(speaker_clauses):
            people = [m for m in persons if sent.clause_of[m.start] in own]
    if sent.has("subject_pronoun") and sent.idx > 0:
        # "after talks with German Chancellor Friedrich Merz": the "with" may fall on the title's nationality
        he = _pronoun_participant(a, sent, mms, comitative or any(m.prep == "com" for m in sent.mentions))
        if he is not None and all(he.entry.eid != p.entry.eid for p in people):
            people = [he, *people]
    speech_clauses = {sent.clause_of[i] for i in (*sent.positions("speech"), *sent.positions("attribution"))}
    trigger_clauses = {sent.clause_of[mm.trigger] for mm in mms}
    # Sides: the countries of the meeting's own clause, and of the sentence's other clauses unless they
    # only report who said it ("the Ukrainian president told Bloomberg").
    wide = anchored or has_cue
    parties: list[tuple[Mention, str]] = []
    # "Robert Fico szlovák kormányfő ... eredményesnek tartja a tárgyalásokat", "USAs president Donald Trump sa":
    # the nationality of a person who takes no part is no side either
    others = [m for m in sent.mentions if m.entry.etype == "person" and m not in people]
    if len(mms) > 1:
        # several meetings: the nationality of a person taking part goes with the person to that person's meeting
        others = [m for m in sent.mentions if m.entry.etype == "person"]
    for m in sent.mentions:
        cl = sent.clause_of[m.start]
        if cl in phone_clauses or m.entry.etype == "person" or _attributed(sent, m, a.lang):
            continue
        if (m.adjective or (m.group == "poss" and m.entry.etype == "country")) and any(
                0 <= p.start - m.end <= 2 or 0 <= m.start - p.end <= 2 for p in others):
            continue
        if m.end < len(sent.cats) and "observe" in sent.cats[m.end]:
            continue  # "Norge følger forhandlingene tett": an onlooker
        if m.start == 0 and _DATELINE_PLACE.match(sent.text):
            continue  # "Ljubljana, 30. novembra (STA) - ...": where the report was filed, no side
        if (m.adjective or m.group == "poss") and any(c & _PROPOSAL_CATS for c in sent.cats[m.end:m.end + 2]):
            continue  # "the talks covered a Turkish proposal", "drøftet Tyrkias forslag": its author, no side
        if m.adjective and m.end < len(sent.cats) and "attack" in sent.cats[m.end]:
            continue  # "a visit amid new Russian strikes", "obisk v času ruskih napadov": the attacker, no side
        if m.adjective and sent.has("war") and _of_the_war(sent, m):
            continue
        if cl not in trigger_clauses and (cl in speech_clauses or not wide):
            continue
        c = actor_country(m)
        if c:
            parties.append((m, c))
    for p in people:
        c = person_country(p, sent)
        if c:
            parties.append((p, c))
    target = mms[0] if len(mms) == 1 else None
    for mm in mms:
        if target is None and not mm.anchored:
            continue
        # several meetings in one sentence: each side goes where its name stands, as people do (_meeting_of)
        for m, c in parties:
            (_meeting_of(sent, m, mms, mm) if len(mms) > 1 else mm).parties.add(c)
        for p in people:
            into = _meeting_of(sent, p, mms, mm) if len(mms) > 1 else mm
            into.people.setdefault(p.entry.eid, Person(p.entry.eid, p.entry.name, person_country(p, sent),
                                                       p.entry.role, sent.idx))
        if len(mms) > 1:
            break  # several meetings in one sentence: the first (nearest the subject) takes the people


# a wire dateline opening a sentence: "Ljubljana, 30. novembra (STA) -", "BUDAPEST, Sept 16 (Reuters) -"
_DATELINE_PLACE = re.compile(r"[^\W\d][^,\n]{0,30},[^()\n]{1,30}\([^()\n]{1,30}\)\s*[-–—]")


def _of_the_war(sent: Sent, m: Mention) -> bool:
    """"tárgyalt az orosz–ukrán háború lezárásáról", "o koncu rusko-ukrajinske vojne": nationalities that name the war
    (triggers.yaml `war`), alone or joined by a dash or "és/in", tell what is talked about, not who meets."""
    starts = {x.start: x for x in sent.mentions if x.adjective}
    j = m.end
    while j < len(sent.cats):
        if sent.tokens.texts[j] in ("–", "-", "—") or "conjunction" in sent.cats[j]:
            j += 1
        elif j in starts:
            j = starts[j].end
        else:
            return "war" in sent.cats[j]
    return False


def _meeting_of(sent: Sent, p: Mention, mms: list[MeetingMention], first: MeetingMention) -> MeetingMention:
    """Which of several meetings of a sentence a person attends. "X fogadta Y-t, jövő kedden folytatódnak a
    tárgyalások": people in the clause of one meeting's words are that meeting's. "szerdán Oslóban Støre
    miniszterelnökkel tárgyal, csütörtökön pedig Ankarába utazik, ahol Erdoğan elnökkel találkozik", "met X in
    Kyiv, ahead of talks in Abu Dhabi, where Y will lead the delegation": a person in a later clause of no meeting
    word is at the meeting told last before it. The subject, before every meeting word, is at the first."""
    cl = sent.clause_of[p.start]
    # the meeting word of the person's clause, the last one if several ("Dmitrijev je pred novim krogom pogajanj na
    # obisku v Miamiju": the visit, not the round it comes before)
    own = [mm for mm in mms if sent.clause_of[mm.trigger] == cl] or [mm for mm in mms if cl in mm.clauses]
    if own:
        return own[-1]
    before = [mm for mm in mms if mm.clauses and min(mm.clauses) < cl]
    return max(before, key=lambda mm: min(mm.clauses)) if before else first


def _there(sent: Sent) -> bool:
    """"ott tárgyalt", "tam se je sestal", "Zelenskyy, who met Merz there": a "there" that points back to a place,
    not the "there" of "there is" (triggers.yaml `expletive`)."""
    return sent.has("there") and any("expletive" not in sent.cats[i] for i in sent.positions("there"))


def _speaker_pointed_back(sent: Sent) -> list[Mention]:
    """"The Vatican said the two sides would meet there", "a Vatikán közölte, hogy ott találkoznak", "Vatikan je
    sporočil, da se bodo tam sestali": a seat that speaks is no venue, unless a later "there" points back to it;
    the seat named last before that "there", right before its verb of saying, is where the meeting is. (A country
    that speaks is a government: its "there" points to a place told before.)"""
    theres = [i for i in sent.positions("there") if "expletive" not in sent.cats[i]]
    said = sent.positions("speech")
    last = theres[-1]
    placed = [m for m in sent.mentions if m.entry.etype == "place" and m.end <= last and any(
        0 <= j - m.end <= SPEAKER_REACH and j < last and sent.clause_of[j] == sent.clause_of[m.start] for j in said)]
    return placed[-1:]


SPEAKER_REACH = 4  # tokens from a speaking seat to its verb: "the Vatican said", "Vatikan je v nedeljo sporočil"


def _venue_of_previous_sentence(a: ArticleAnalysis, prev: Sent, found: list[MeetingMention]) -> None:
    """"Leaders of the coalition agreed in Rome on Tuesday on a force ... The meeting, hosted by Meloni, brought
    together ...": the article's first meeting word, with no place of its own, is the gathering the sentence
    before placed in a city ("in Rome") and dated, when that sentence tells of no strike and no call. Also a later
    meeting word whose sentence says "there" ("a plan presented in Berlin on Monday. Zelenskyy, who met Merz
    there, ...")."""
    m = found[0]
    if m.anchored or m.hedged or prev.has("attack") or prev.has("phone") or prev.has("meeting"):
        return
    # a town of the war (a Ukrainian city of a region, a Russian town that is no capital) is where fighting is
    # told of, not a gathering: only a city far from it, or a capital, is taken
    cities = [v for v in prev.mentions if is_venue(v) and v.entry.etype == "place" and v.entry.kind == "city"
              and (v.prep == "loc" or v.group == "loc") and not v.entry.region
              and (v.entry.country not in ("UA", "RU") or v.entry.actor)]
    if len(cities) != 1:
        return
    _set_venue(m, cities)
    if m.start is None:
        _set_status_and_dates(a, m, set(), [d for d, ti in _apposed(prev.dates)
                                             if not _after_since(prev, ti, d) and not _of_earlier_talks(prev, ti)])
    m.sentences.insert(0, prev.idx)


def _sides_told_before(found: list[MeetingMention], mentions: list[MeetingMention]) -> None:
    """"A felek legutóbb Genfben tárgyaltak", "strani sta se sestali" (the parties met): a meeting whose
    sentence names no side of its own is between the sides of the last meeting told before that names two or
    more."""
    before = next((m for m in reversed(mentions) if len(m.parties) >= 2), None)
    if before is None:
        return
    for mm in found:
        if not mm.parties:
            mm.parties |= before.parties


def _continuation(a: ArticleAnalysis, sent: Sent, mentions: list[MeetingMention]) -> None:
    """A sentence right after a meeting's, in the same paragraph, with no meeting word and no speaker,
    naming two or more people: they act at that meeting ("Macron and Starmer signed with Zelensky..."). One
    person is enough when the sentence sends people ("Moscow will send Kirill Dmitriev, Peskov said": the ones
    sent, not the sender nor the speaker)."""
    last = mentions[-1]
    # "Moscow will send Kirill Dmitriev" after "Rubio and Witkoff are expected to attend": the people sent go to the
    # meeting of the sentence before, even one whose place is told earlier still (`send`, before a person)
    sends = _receptions(sent, "send") if sent.has("send") else []
    if not (last.anchored or sends) or last.sent.paragraph != sent.paragraph or sent.idx - last.sent.idx != 1:
        return
    # (a word of sending people, "poslala Kirila Dmitrijeva", is no attack for being one in "poslala 100 dronov")
    if sent.has("phone") or any(i not in sends for i in sent.positions("attack")):
        return
    # a speaker is no participant, unless what is said is the taking part: "Udeležbo so potrdili X, Y in Z"
    # (X, Y and Z confirmed they will attend)
    if sent.has("speech") and not sent.has("participate"):
        return
    persons = [m for m in sent.mentions if m.entry.etype == "person" and not is_possessor(sent, m, a.lang)
               and not _compound(sent, m)]  # "egy későbbi Trump–Putyin-csúcsot": another meeting's people
    if sends:
        # the one who sends stays at home; the one who tells of it ("..., Peskov told reporters") is no participant
        cues = {sent.clause_of[i] for i in _participate(sent)}
        sent_ones = {id(m) for i in sends for m in _objects_before(sent, i)}
        persons = [m for m in persons if (id(m) in sent_ones or not any(
            m.end <= i and sent.clause_of[m.start] == sent.clause_of[i] for i in sends))
                   and not (sent.clause_of[m.start] not in cues and any(
                       sent.clause_of[k] == sent.clause_of[m.start] for k in sent.positions("speech")))]
    if len({p.entry.eid for p in persons}) < (1 if sends else 2):
        return
    for p in persons:
        last.people.setdefault(p.entry.eid, Person(p.entry.eid, p.entry.name, person_country(p, sent),
                                                   p.entry.role, sent.idx))
        c = person_country(p, sent)
        if c:
            last.parties.add(c)


# ---------------------------------------------------------------- one article

def _compatible_status(a: MeetingMention, b: MeetingMention) -> bool:
    if a.status_strength < STRONG or b.status_strength < STRONG:
        return True
    return a.status == b.status or "cancelled" in (a.status, b.status)


def _party_conflict(a: set, b: set) -> bool:
    return len(a) >= 2 and len(b) >= 2 and bool(a - b) and bool(b - a)


def _dates_compatible(a: MeetingMention, b: MeetingMention) -> bool:
    if a.start is None or b.start is None:
        return True
    return a.start <= b.end + dt.timedelta(days=1) and b.start <= a.end + dt.timedelta(days=1)


def _places_compatible(a: MeetingMention, b: MeetingMention) -> bool:
    if a.country != b.country:
        return False
    if a.city and b.city:
        return a.city == b.city
    if a.city is None and b.city is None:
        return a.region == b.region or a.region is None or b.region is None
    # a region or a country against a city: the city must lie in that region
    city_side, other = (a, b) if a.city else (b, a)
    return other.region is None or other.region == city_side.region


def _absorb(into: MeetingMention, m: MeetingMention) -> None:
    into.sentences.extend(m.sentences)
    if into.city is None and m.city:
        into.city, into.region = m.city, m.region or into.region
    into.region = into.region or m.region
    if into.start is None and m.start is not None:
        into.start, into.end, into.precision = m.start, m.end, m.precision
    elif m.start is not None and (_finer(m, into) or _more_days(m, into)):
        # "samtalene i Doha tidligere i juni" ... "møttes i Doha 10. og 11. juni": the days within the month
        into.start, into.end, into.precision = m.start, m.end, m.precision
    if m.status_strength > into.status_strength or (
            m.status_strength == into.status_strength and _STATUS_RANK[m.status] > _STATUS_RANK[into.status]):
        into.status, into.status_strength = m.status, m.status_strength
    into.fmt = into.fmt or m.fmt
    # the host country is a side only when the meeting's own sentence says so ("Hungary is ready to host"), or
    # when one of its people takes part ("Møtet ble ledet av Frankrikes president Emmanuel Macron")
    host_side = any(p.country == into.country for p in m.people.values())
    into.parties |= m.parties if m.anchored or host_side else m.parties - {into.country}
    for pid, p in m.people.items():
        into.people.setdefault(pid, p)


_PRECISION = {"day": 0, "month": 1, "year": 2}


def _finer(m: MeetingMention, than: MeetingMention) -> bool:
    """m's dates are more precise than `than`'s and lie within them."""
    return (m.precision is not None and than.precision is not None and than.start is not None
            and _PRECISION[m.precision] < _PRECISION[than.precision] and than.start <= m.start and m.end <= than.end)


MAX_MEETING_DAYS = 3  # a round of talks told day by day: "Thursday and Friday", "10-12 June"


def _more_days(m: MeetingMention, than: MeetingMention) -> bool:
    """"ble avsluttet fredag" ... "møttes torsdag og fredag", "ended on Friday" ... "met on Thursday and Friday": the
    days of a round that contain the one day another report names (its last, its first) are the round's days. Not
    a week ("last week"): that is no finer than a day."""
    return (m.precision == than.precision == "day" and than.start is not None and m.start <= than.start
            and than.end <= m.end and (than.start, than.end) != (m.start, m.end)
            and (m.end - m.start).days < MAX_MEETING_DAYS)


def _resolve_in_article(mentions: list[MeetingMention]) -> list[MeetingMention]:
    anchored = [m for m in mentions if m.anchored]
    # 1. mentions of one place and date are one meeting
    merged: list[MeetingMention] = []
    for m in anchored:
        for into in merged:
            # the host may be named a side in one report and not in another ("Turkey would do everything to keep
            # the parties at the table"): no sign of another meeting. A host that is a side in both reports is a
            # side ("Witkoff met Dmitriev in Miami" and "Ukrainian negotiators met the US delegation in Miami")
            host = {into.country} - (into.parties & m.parties)
            if (_places_compatible(into, m) and _dates_compatible(into, m) and _compatible_status(into, m)
                    and not _party_conflict(into.parties - host, m.parties - host)):
                if into.city is None and m.city is not None:
                    # keep the most specific mention as the head
                    m.region = m.region or into.region
                _absorb(into, m)
                break
        else:
            merged.append(m)
    # 2. "the talks", "a megbeszélés": join the meeting the article is talking about
    for m in mentions:
        if m.anchored or m.hedged:
            continue  # "he may meet Putin in the coming weeks": a possibility joins no meeting
        target = _referent(m, merged)
        if target is not None:
            _absorb(target, m)
    return merged


def _referent(m: MeetingMention, meetings: list[MeetingMention]) -> MeetingMention | None:
    if _there(m.sent):
        # "Sibiha bi se tam sestal z Lavrovom", "ott tárgyalt": there is the place of the meeting just told, whatever
        # the tense (a meeting called off is still where he would have met)
        just_before = [x for x in meetings if x.sent.idx == m.sent.idx - 1 and x.anchored]
        if just_before:
            return max(just_before, key=lambda x: x.trigger)  # the place named last
    candidates = [x for x in meetings if _compatible_status(x, m)]
    if m.status_strength == STRONG:
        # "a new round is planned": the planned meeting of the article, not the one held today
        agreeing = [x for x in candidates if x.status == m.status and x.status_strength >= MEDIUM]
        candidates = agreeing or candidates
    if not candidates:
        return None
    if m.start is not None:
        # "Dagen etter dro Støre til Paris for et møte. Møtet tirsdag ble ledet av Macron": the meeting right
        # after an undated one is that one, and dates it
        just_before = [x for x in candidates if x.start is None and m.sent.idx - 1 in x.sentences]
        if just_before:
            return just_before[0]
        same_day = [x for x in candidates if x.start is not None and _dates_compatible(x, m)
                    and not _called_off_another_day(x, m)]
        if same_day:
            return min(same_day, key=lambda x: abs(x.sent.idx - m.sent.idx))
        candidates = [x for x in candidates if x.start is None]
        if not candidates:
            return None
    # "A felek Genfben tárgyaltak. Az Umerov és Dmitrijev vezette küldöttségek ...": the sentence right after a
    # meeting, in its paragraph, tells of that meeting, whatever else its people attend in the article
    just_told = [x for x in candidates if x.anchored and m.sent.idx - 1 in x.sentences
                 and x.sent.paragraph == m.sent.paragraph]
    if just_told:
        return just_told[-1]
    if len(m.people) >= 2:
        # the same two people meeting: the meeting they are known to hold in this article
        overlap = [(len(set(m.people) & set(x.people)), x) for x in candidates]
        best = max(overlap, key=lambda t: (t[0], -abs(t[1].sent.idx - m.sent.idx)))
        if best[0] >= 2:
            return best[1]
    here = m.sent.idx
    before = [(max(i for i in x.sentences if i <= here), x) for x in candidates if any(i <= here for i in x.sentences)]
    if before:
        return max(before, key=lambda t: t[0])[1]
    after = [x for x in candidates if 0 < min(x.sentences) - here <= 2]
    return min(after, key=lambda x: min(x.sentences)) if after else None


def _called_off_another_day(x: MeetingMention, m: MeetingMention) -> bool:
    """"Ma Bécsben megkezdődik a kétnapos tárgyalás ... Elhalasztották a péntekre tervezett találkozót": a meeting
    called off for a day outside the days of a meeting the article reports as going on is another meeting (the day's
    slack of _dates_compatible is for loose dates, not for a Friday against a Wednesday and Thursday)."""
    if m.status != "cancelled" or x.status != "held" or m.precision != "day" or x.precision != "day":
        return False
    return m.start > x.end or m.end < x.start


def window(m: MeetingMention, published: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    """Where an undated meeting can fall, from the publication date and the tense; None if unknown."""
    if m.start is not None:
        return m.start, m.end
    if published is None:
        return None, None
    span = dt.timedelta(days=WINDOW_DAYS)
    if m.status == "planned":
        return published, published + span
    if m.status == "cancelled":
        return published - span, published + span
    return published - span, published
