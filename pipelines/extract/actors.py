"""Who a name stands for in its sentence: a participant, a speaker, a possessor, a place, a party.

Shared by the meeting, proposal and attack extractors. The rules are per language but read their words
from the lexicon: relation nouns (envoy, son-in-law) from roles.yaml, case groups from morphology.py.
"""
from __future__ import annotations

from pipelines.extract.analysis import CLAUSE_PUNCT, Sent
from pipelines.extract.names import Mention, index_for

VENUE_GROUPS = {"loc", "ill", "locadj"}


def is_possessor(sent: Sent, m: Mention, lang: str) -> bool:
    """"Trump's son-in-law", "Putinov odposlanec", "Trump veje", "odposlanec Vladimirja Putina"."""
    if m.group == "poss":
        return True
    rel = index_for(lang).relations
    toks = sent.tokens
    if lang == "hu":
        # "Trump veje", "Donald Trump amerikai elnök különmegbízottja": the possessed noun follows
        for t in toks[m.end:m.end + 4]:
            if not t.text[:1].isalpha():
                return False
            if t.lower in rel:
                return True
        return False
    if lang == "sl" and m.group != "base" and toks[m.end - 1].lower.endswith(("a", "e")):
        # "odposlanec ruskega predsednika Vladimirja Putina": a genitive after a relation noun in
        # another case; "s Trumpovim zetom Jaredom Kushnerjem" is an apposition in the same case.
        for t in toks[max(0, m.start - 5):m.start]:
            if t.lower in rel and t.lower[-1] != toks[m.end - 1].lower[-1]:
                return True
        return False
    if lang in ("en", "no"):
        # "envoy of Vladimir Putin", "envoy of US President Donald Trump": titles may stand between
        j = m.start - 1
        while j > 0 and m.start - j <= 4 and toks[j].lower not in ("of", "til") and toks[j].text[:1].isupper():
            j -= 1
        return j >= 1 and toks[j].lower in ("of", "til") and toks[j - 1].lower in rel
    return False


def with_case_on_title(sent: Sent, m: Mention, lang: str) -> bool:
    """Hungarian puts the case on the last word of the phrase: "Vlagyimir Putyin orosz elnökkel" (with
    President Putin) - the name stays in the base form, its title carries -val/-vel."""
    if lang != "hu" or m.group != "base":
        return False
    for t in sent.tokens[m.end:m.end + 2]:
        w = t.lower
        if not w.isalpha():
            return False
        if w.endswith(("val", "vel")) or (len(w) > 4 and w[-3] == w[-4] and w.endswith(("al", "el"))):
            return True
    return False


TITLE_AFTER_REACH = 3  # tokens from a title after a name to its country: "head of Poland's", "sjef for Polens"


def person_country(m: Mention, sent: Sent) -> str | None:
    if m.entry.country:
        return m.entry.country
    # a person missing from the lexicon: the nationality or possessive country before the title ("Russian Deputy
    # Defense Minister Yunus-Bek Yevkurov", "Ukrainas ambassadør til Norge, Olena X": not the post's country, which
    # the title spans), else the adjective beside the name
    if m.title_start is not None:
        for other in sent.mentions:
            if other.end == m.title_start and other.entry.etype == "country" and (
                    other.adjective or other.group == "poss"):
                return other.entry.country
        # "vodja poljskega urada za nacionalno varnost X": the nationality of the body the title heads
        for other in sent.mentions:
            if m.title_start < other.start < m.start and other.entry.etype == "country" and other.adjective:
                return other.entry.country
    if m.title_after is not None:
        # "X, head of Poland's National Security Bureau", "X, sjef for Polens nasjonale sikkerhetsbyrå": the
        # nationality or the possessor in the title's own clause after the name
        for other in sent.mentions:
            if (m.title_after < other.start <= m.title_after + TITLE_AFTER_REACH and other.entry.etype == "country"
                    and (other.adjective or other.group == "poss")
                    and sent.clause_of[other.start] == sent.clause_of[m.title_after]):
                return other.entry.country
    # the side of the person's own clause ("Ukrajinsko stran bo v katarski prestolnici zastopal X": not Qatar's)
    side, own_clause = _side_country(m, sent)
    if own_clause:
        return side
    # after the name only when no title stood before it ("Igor Kosztyukov orosz admirális"): "Maj. Gen. Vadym
    # Hladkyi met Russian officials" says nothing of Hladkyi's country
    after = 2 if m.title_start is None else -1
    for other in sent.mentions:
        if other.adjective and (0 <= m.start - other.end <= 2 or 0 <= other.start - m.end <= after):
            return other.entry.country
    return side


def _side_country(m: Mention, sent: Sent) -> tuple[str | None, bool]:
    """The country of the side or delegation a person missing from the lexicon is named in, after it, and whether
    it is in the person's own clause: "Az orosz küldöttséget ... irányítja, a tárgyalócsoportban helyet kap X",
    "Den ukrainske delegasjonen ble ledet av X". Else the sentence's sides before the person, when they are one
    country."""
    if not sent.has("side_noun"):
        return None, False
    nouns = sent.positions("side_noun")
    sides = [o for o in sent.mentions
             if o.end <= m.start and o.adjective and o.entry.etype == "country"
             and any(o.end <= k <= o.end + 1 for k in nouns)]  # "ukrajinsko delegacijo", "az orosz felet"
    if not sides:
        return None, False
    clause = sent.clause_of[m.start]
    in_clause = [o for o in sent.mentions
                 if o.end <= m.start and o.entry.etype == "country" and sent.clause_of[o.start] == clause]
    if own := [o for o in sides if o in in_clause]:
        return own[-1].entry.country, True
    if in_clause:
        # another country in the person's own clause: the second side with its noun left out ("Rusko stran bo
        # vodil X, ukrajinsko pa namestnik ministra Y") when it opens the clause; else it cannot be told
        first = in_clause[0]
        opens = first.start == 0 or sent.tokens.texts[first.start - 1] in CLAUSE_PUNCT
        return (first.entry.country, True) if first.adjective and opens else (None, False)
    countries = {o.entry.country for o in sides}
    return (countries.pop() if len(countries) == 1 else None), False


def actor_country(m: Mention) -> str | None:
    """The country a mention stands for as an actor (subject, object, party), or None when it names a
    place, a topic, or a theatre of war."""
    e = m.entry
    if e.etype == "country":
        if m.group == "about" or m.prep == "about":
            return None
        if m.group in VENUE_GROUPS or m.prep == "loc":
            return None  # a place: "talks in Switzerland", "the war in Ukraine", "az ukrajnai rendezés"
        return e.country
    if e.etype == "place" and e.actor:
        if m.group in VENUE_GROUPS or m.prep == "loc":
            return None
        return e.country
    if e.etype == "person":
        return e.country
    return None


def is_venue(m: Mention) -> bool:
    e = m.entry
    if e.etype == "place":
        if e.actor:
            # Moscow as a place only when the case says so: "in Moscow", "to Moscow", "the Moscow talks"
            return m.group in VENUE_GROUPS or m.prep == "loc"
        if e.region and e.kind == "region":
            return False  # Donbas, Crimea: not where talks are held
        return True
    if e.etype == "country" and not e.belligerent:
        return m.group in VENUE_GROUPS or m.prep == "loc"
    return False
