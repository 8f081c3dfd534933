"""Proposals as one article reports them: what is proposed, and who proposed, supported or rejected it.

Kinds come from words (a 20-point plan, tűzszünet, varnostna jamstva, fredsbevarende styrker, a referendum);
an energy truce is also "a halt of strikes on energy". Stances come from the actors around stance words:
the subject before "rejected", the agent of "által jóváhagyott" / "approved by", the adjective of the plan
("the American plan"), the requester of "at the request of", the one it is "for" (a supporter).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from itertools import compress

from pipelines.extract import dates as D
from pipelines.extract import morphology, numbers
from pipelines.extract.actors import actor_country
from pipelines.extract.analysis import ArticleAnalysis, Sent
from pipelines.extract.memo import lookup_all
from pipelines.extract.names import Mention, Tokens, index_for
from pipelines.lexicon import LANGS, load_lang

STANCES = ("propose", "support", "reject", "demand")
_STANCE_CATS = frozenset(STANCES)
_STANCE_WORD_CATS = _STANCE_CATS | {"contribute", "lead"}  # the categories _stance_words() reads a stance from
_NAMES = {
    "ceasefire:energy": "energy ceasefire",
    "ceasefire:full": "full ceasefire",
    "ceasefire:sea": "maritime ceasefire",
    "ceasefire:air": "air ceasefire",
    "ceasefire:*": "ceasefire",
    "security_guarantees:*": "security guarantees",
    "peacekeeping_force:*": "multinational force in Ukraine",
    "territorial:referendum": "referendum on territory",
    "territorial:*": "territorial demands",
    "economic:*": "economic cooperation",
    "other:prisoner_exchange": "prisoner exchange",
    "other:nuclear_plant": "nuclear plant arrangement",
}
OTHER_TOPICS = ("prisoner_exchange", "nuclear_plant")  # events.yaml: proposals of kind `other`
OTHER_PROPOSE_REACH = 12  # tokens from a word of proposing to the topic: "a proposal under which ... the plant"


@dataclass
class ProposalMention:
    sent: Sent
    trigger: int
    kind: str
    key: str
    name: str
    n_points: int | None = None
    scope: str | None = None
    proposed: set[str] = field(default_factory=set)
    supported: set[str] = field(default_factory=set)
    rejected: set[str] = field(default_factory=set)
    mention_date: dt.date | None = None
    sentences: list[int] = field(default_factory=list)


def find(a: ArticleAnalysis) -> list[ProposalMention]:
    by_key: dict[str, ProposalMention] = {}
    last: ProposalMention | None = None
    for sent in a.sentences:
        found = _sentence_proposals(a, sent)
        if found and last is not None and _anaphor_first(sent, found):
            # "Lavrov rejected the American proposal and repeated the demand that Ukraine withdraw": the
            # proposal before the sentence's own one, and joined to it by "and" or a verb, is the one named before
            referent = _referent(sent, last, by_key, only_plan=False)
            if referent is not None and referent.key not in {p.key for p in found}:
                found = [ProposalMention(sent, _anaphor_at(sent), referent.kind, referent.key, referent.name,
                                         n_points=referent.n_points, scope=referent.scope,
                                         sentences=[sent.idx]), *found]
        if not found:
            referent = _referent(sent, last, by_key)
            author_after = referent is None and _author_after(sent, last, by_key, a.lang)
            if referent is None and not author_after:
                continue
            referent = referent or last
            found = [ProposalMention(sent, _anaphor_at(sent), referent.kind, referent.key, referent.name,
                                     n_points=referent.n_points, scope=referent.scope, sentences=[sent.idx])]
            _stances(a, sent, found)
            if author_after:
                # only the author, named before the verb, is read from a sentence that names no proposal
                verb = _verb_of_proposing(sent, a.lang)
                found[0].proposed &= {m.entry.country for m in sent.mentions if m.end <= verb}
                found[0].supported.clear()
                found[0].rejected.clear()
            if referent.proposed:
                # "Meloni proposed guarantees ... Kyiv would push for the idea": calling for a proposal someone else
                # made is backing it
                others = found[0].proposed - referent.proposed
                found[0].supported |= others
                found[0].proposed -= others
        else:
            _stances(a, sent, found)
        last = found[-1]
        for p in found:
            if p.key.endswith(":*"):
                # "a ceasefire", "territory" after "a full ceasefire", "withdrawal from Donetsk": the one named
                # before in the article
                named = [q for q in by_key.values() if q.kind == p.kind and not q.key.endswith(":*")
                         and guarantor_fits(q.key, p.proposed)]
                if named:
                    q = max(named, key=lambda q: max(q.sentences))
                    p.key, p.name, p.scope = q.key, q.name, q.scope
            if p.key in by_key:
                into = by_key[p.key]
                into.proposed |= p.proposed
                into.supported |= p.supported
                into.rejected |= p.rejected
                into.sentences.append(sent.idx)
                into.mention_date = into.mention_date or p.mention_date
            else:
                by_key[p.key] = p
    return list(by_key.values())


def _referent(sent: Sent, last: ProposalMention | None, by_key: dict,
              only_plan: bool = True) -> ProposalMention | None:
    """"Moscow rejected the proposal." / "Moskva je načrt zavrnila.": a stance on a proposal named
    before: the previous one within two sentences, or the article's only numbered plan."""
    if not sent.allcats & _STANCE_CATS or not sent.allcats & {"anaphor", "plan"}:
        return None
    if _generic_noun(sent, _anaphor_at(sent)):
        return None  # "supports every initiative for peace": no proposal in particular
    if only_plan and sent.has("plan"):
        plans = [p for p in by_key.values() if p.kind == "peace_plan"]
        at = _anaphor_at(sent)
        # ... but "Kislica je predlog zavrnil" right after a truce was proposed: a noun of proposal that is no noun
        # of a plan (events.yaml `plan_noun`) is the proposal of the sentence before
        just_told = (last is not None and last.kind != "peace_plan" and sent.idx - max(last.sentences) == 1
                     and "anaphor" in sent.cats[at] and "plan_noun" not in sent.cats[at])
        if len(plans) == 1 and not just_told:
            return plans[0]
    if last is not None and sent.has("anaphor") and sent.idx - max(last.sentences) <= 2:
        # "the American proposal" is another one unless the Americans made the last one
        at = _anaphor_at(sent)
        owners = {m.entry.country for m in sent.mentions
                  if (m.adjective or m.group == "poss") and m.entry.country and 0 <= at - m.end <= 2}
        # (who proposed it so far in the article: "such a zone" may repeat the American one without its owner)
        # (and a proposal of no known author may be "the American idea" itself)
        known = last.proposed | by_key.get(last.key, last).proposed
        if not owners - known or not known:
            if "plan_noun" in sent.cats[at] and last.kind not in PLAN_KINDS:
                # "Washington promised to back the plan" after "the force would be a guarantee": a plan is the
                # last plan-like proposal told (a force, a peace plan, a zone), not a guarantee or a truce named since
                plans = [p for p in by_key.values() if p.kind in PLAN_KINDS]
                return max(plans, key=lambda p: max(p.sentences)) if plans else last
            return last
    return None


GENERIC_REACH = 2  # "minden olyan kezdeményezést": tokens from "every" to the noun


def _generic_noun(sent: Sent, at: int) -> bool:
    """A noun of proposal after a word of every or any (events.yaml `generic`: "every initiative", "minden olyan
    kezdeményezést", "vsako pobudo", "ethvert initiativ") names every proposal, none in particular."""
    return any("generic" in sent.cats[k] for k in range(max(0, at - GENERIC_REACH), at))


def _author_after(sent: Sent, last: ProposalMention | None, by_key: dict, lang: str) -> bool:
    """"Moscow has put an economic offer on the table. Dmitriev pitched joint projects ...": a proposal told with
    no author, and in the next sentence a verb of proposing (no noun of one) after a name: that one is its author."""
    if last is None or sent.idx - max(last.sentences) != 1 or by_key.get(last.key, last).proposed:
        return False
    verb = _verb_of_proposing(sent, lang)
    if verb is None or sent.allcats & _MEETING_CATS:
        return False  # (not "Budapest is ready to host a summit": an offer of a meeting)
    return any(m.entry.country and m.end <= verb for m in sent.mentions)


def _verb_of_proposing(sent: Sent, lang: str) -> int | None:
    """The first stance word of proposing that is no noun of a proposal ("pitched", not "the offer")."""
    return next((i for i, s in _stance_words(sent, lang) if s == "propose" and "demand" not in sent.cats[i]
                 and not sent.cats[i] & {"anaphor", "plan"}), None)


PLAN_KINDS = frozenset({"peace_plan", "peacekeeping_force", "territorial", "economic", "other"})


def _anaphor_first(sent: Sent, found: list) -> bool:
    """A noun of proposal ("the proposal", "forslaget") before every proposal the sentence names, each of them
    behind a stance word or an "and" after it (not "the proposal for a ceasefire")."""
    if not sent.has("anaphor"):
        return False
    at = sent.positions("anaphor")[0]
    return all(p.trigger > at and any(sent.cats[k] & ({"conjunction"} | _STANCE_CATS) for k in range(at + 1, p.trigger))
               for p in found)


def _anaphor_at(sent: Sent) -> int:
    return next(iter(sent.positions("anaphor") or sent.positions("plan")), 0)


def _number(tok_text: str) -> int | None:
    digits = ""
    for ch in tok_text:
        if ch.isdigit():
            digits += ch
        elif digits:
            break
    return int(digits) if digits and len(digits) <= 3 else None


def _plan_size(text: str, lang: str) -> tuple[int, str] | None:
    """The number a token gives a plan (2 to 100), and the rest of the word when it carries "point" itself:
    "20" -> (20, ""), "20-punktsplanen" -> (20, "punktsplanen"), "twenty-point" and "húszpontos" -> 20."""
    low = text.lower()
    n, tail = None, ""
    if low[:1].isdigit():
        n = _number(text)
        tail = low.split("-", 1)[1] if "-" in low else ""
        tail = tail if tail and "points" in vocab_cats(lang, tail) else ""
    elif (n := numbers.value(low, lang)) is None:
        for cut in range(3, len(low) - 3):  # a number word fused with "point": húszpontos, twenty-point
            head, rest = low[:cut].rstrip("-"), low[cut:].lstrip("-")
            if "points" in vocab_cats(lang, rest) and (n := numbers.value(head, lang)) is not None:
                tail = rest
                break
    return (n, tail) if n is not None and 2 <= n <= 100 else None


_SIZES: dict[str, dict[str, tuple[int, str] | None]] = {}
SIZES_CACHE_SIZE = 200_000


def _plan_sizes(toks: Tokens, lang: str) -> list[tuple[int, str] | None]:
    """_plan_size() of every token, from a cache per language: most words are looked up, not parsed."""
    return lookup_all(_SIZES.setdefault(lang, {}), toks.texts, lambda w: _plan_size(w, lang),
                      SIZES_CACHE_SIZE)




def _without(sent: Sent, i: int, cat: str) -> bool:
    """"biztonsági garanciák nélkül", "brez varnostnih jamstev": what is said to be missing is not proposed
    (events.yaml `without_after`: the word right after the words of the kind; `without_before`: a word at most
    two before them, in their clause)."""
    cats, cl = sent.cats, sent.clause_of[i]
    end = i
    while end + 1 < len(cats) and cat in cats[end + 1]:
        end += 1
    return (end + 1 < len(cats) and "without_after" in cats[end + 1]) or any(
        "without_before" in cats[k] and sent.clause_of[k] == cl for k in range(max(0, i - 2), i))


_KIND_CATS = frozenset({"plan", "points", "peace_plan", "ceasefire", "halt", "guarantees", "force", "economic",
                        "referendum", "trade",
                        "territorial", *OTHER_TOPICS})


def _sentence_proposals(a: ArticleAnalysis, sent: Sent) -> list[ProposalMention]:
    toks, cats = sent.tokens, sent.cats
    sizes = _plan_sizes(toks, a.lang)
    if not sent.allcats & _KIND_CATS and not any(s[1] for s in filter(None, sizes)) and not (
            sent.has("force_head") and _joint_forces(sent, a.lang)) and not (sent.has("whole") and sent.has("demand")):
        return []  # nothing here names a proposal ("20-punktsplanen" carries its word inside the number)
    out: list[ProposalMention] = []
    date_tokens = {ti for _, ti in sent.dates}
    # numbered plans: "20 pontos", "20-point", "28 točk", "20-punktsplanen"
    for i in compress(range(len(sizes)), sizes):
        n, suffix_points = sizes[i]
        if i in date_tokens:
            continue
        nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
        if not (suffix_points or (nxt and "points" in cats[i + 1])):
            continue
        plan_at = None
        if suffix_points and "plan" in vocab_cats(a.lang, suffix_points):
            plan_at = i
        else:
            for j in range(i + 1, min(len(toks), i + 6)):
                if "plan" in cats[j]:
                    plan_at = j
                    break
            if plan_at is None:
                for j in range(i - 1, -1, -1):
                    if "plan" in cats[j]:
                        plan_at = j
                        break
        if plan_at is None:
            continue
        out.append(ProposalMention(sent, plan_at, "peace_plan", f"peace_plan:{n}", f"{n}-point peace plan",
                                   n_points=n, sentences=[sent.idx]))
    # "az ukrán béketervet", "za ukrajinskim mirovnim načrtom": a peace plan with no number of points is the
    # numbered one named in the article or in the others (key ":*"), else a plan of its own; the nationality right
    # before it is its author
    plans = [] if out else [j for j in sent.positions("peace_plan") if not _without(sent, j, "peace_plan")]
    if plans:
        p = ProposalMention(sent, plans[0], "peace_plan", "peace_plan:*", "peace plan", sentences=[sent.idx])
        author = _guarantor(sent, plans[0])
        if author:
            p.proposed.add(author)
        out.append(p)
    # ceasefires, including "a halt of strikes on energy"
    # "after a ceasefire", "po sklenitvi premirja", "a tűzszünet megkötése után": a condition of another proposal
    cease = [i for i in sent.positions("ceasefire") if not _without(sent, i, "ceasefire")
             and not any("condition" in cats[j] or ("condition_before" in cats[j] and j < i)
                        for j in range(max(0, i - 3), min(len(toks), i + 4)) if sent.clause_of[j] == sent.clause_of[i])]
    # "sem szüneteltek a légicsapások", "ni ustavila napadov": strikes that did not stop are no proposal to stop them
    halts = [i for i in sent.positions("halt") if not (i and "negation" in cats[i - 1])
             and any("strikes" in cats[j] for j, cl in enumerate(sent.clause_of) if cl == sent.clause_of[i])]
    keys: list[str] = []
    for i, scope in _ceasefire_scopes(sent, cease or halts):
        key = f"ceasefire:{scope or '*'}"
        if key in keys or (keys and scope is None):
            continue  # the same truce again, or "the ceasefire" that refers back to one named before
        keys.append(key)
        out.append(ProposalMention(sent, i, "ceasefire", key, _NAMES[key],
                                   scope=None if scope in ("sea", "air") else scope, sentences=[sent.idx]))
    simple = (("guarantees", "security_guarantees"), ("force", "peacekeeping_force"), ("economic", "economic"))
    for cat, kind in simple:
        spots = [j for j in sent.positions(cat) if not _without(sent, j, cat)]
        if cat == "economic" and sent.allcats & _STANCE_CATS:
            # "Russia offered to resume gas transit", "Madžarska podpira obnovitev tranzita plina": trade in energy
            # (events.yaml `trade`) that someone offers, backs or rejects is an economic offer; told alone, a fact
            spots = sorted({*spots, *sent.positions("trade")})
        if cat == "force" and sent.has("force_head"):
            spots = sorted({*spots, *_joint_forces(sent, a.lang)})
        if cat == "economic" and spots:
            spots = [j for j in spots if not _not_an_offer(sent, j, a.lang) and not (out and _in_exchange(sent, j))]
        elif cat == "force" and spots:
            spots = [j for j in spots if not _denied_statement(sent, j) and not _withdrawn_troops(sent, j)]
        elif cat == "guarantees" and spots:
            spots = [j for j in spots if not _verb_of_guaranteeing(sent, j)]
        if spots:
            key, name = f"{kind}:*", _NAMES[f"{kind}:*"]
            if kind in GIVER_KINDS and (guarantor := _guarantor(sent, spots[0])):
                # "ameriška varnostna jamstva", "amerikai biztonsági garanciák", "a U.S.-backed reconstruction
                # fund": the giver's own offer, apart from another country's guarantees or economic offer
                key, name = f"{kind}:{guarantor.lower()}", f"{guarantor} {name}"
            out.append(ProposalMention(sent, spots[0], kind, key, name, sentences=[sent.idx]))
    # "Ukraina har foreslått at alle krigsfanger byttes mot alle", "a US proposal under which an American company
    # would operate the nuclear plant": a prisoner exchange or a nuclear plant near a word of proposing, and no
    # proposal of another kind in the sentence, is a proposal of its own (kind `other`)
    proposing = sent.positions("propose")
    for topic in OTHER_TOPICS if proposing and not out else ():
        spots = [j for j in sent.positions(topic) if any(abs(j - p) <= OTHER_PROPOSE_REACH for p in proposing)]
        if spots:
            key = f"other:{topic}"
            out.append(ProposalMention(sent, spots[0], "other", key, _NAMES[key], sentences=[sent.idx]))
    refs = sent.positions("referendum")
    terr = [t for t in sent.positions("territorial") if not _watched_line(sent, t) and not _on_territory(sent, t)]
    if sent.has("whole") and sent.has("demand"):
        terr = sorted({*terr, *_whole_regions(sent)})
    if refs:
        out.append(ProposalMention(sent, refs[0], "territorial", "territorial:referendum",
                                   _NAMES["territorial:referendum"], sentences=[sent.idx]))
    elif terr and sent.allcats & _STANCE_CATS:
        # "a demilitarised free economic zone": what the land would become is a proposal of its own, apart from
        # the withdrawal demanded in the same sentence ("demand that Ukraine withdraw ..., while Zelensky has
        # proposed turning the area into a free economic zone")
        zones = sent.positions("zone")
        # (a line or land right before the zone in its clause is where the zone goes: "a jelenlegi frontvonal mentén
        # húzzanak demilitarizált övezetet", a zone along the current front line)
        withdrawal = [t for t in terr if not any(
            (0 <= z - t <= ZONE_PLACE_REACH and sent.clause_of[z] == sent.clause_of[t]) or z <= t < z + 3
            for z in zones)]
        if withdrawal:
            # the regions named, else a city that gives its region its name ("Zaporizjzja og Kherson oblast"): land
            # is demanded by region; a capital is the government acting ("demand that Kyiv cede"), not the land
            places = [m.entry for m in sent.mentions if m.entry.etype == "place" and m.entry.region]
            regions = list(dict.fromkeys(e.region for e in places if e.kind == "region"))
            region = regions[0] if regions else next(
                (e.region for e in places if e.region == e.name and not e.actor), None)
            key = f"territorial:{region.lower()}" if region else "territorial:*"
            name = f"withdrawal from {region}" if region else _NAMES["territorial:*"]
            if len(regions) >= MANY_REGIONS:
                # "umik iz Doneške, Luganske, Zaporoške in Hersonske regije": the claim to all the regions is a
                # demand of its own, not the withdrawal from the first one named
                key, name = "territorial:regions", "withdrawal from " + ", ".join(regions)
            out.append(ProposalMention(sent, withdrawal[0], "territorial", key, name, sentences=[sent.idx]))
        if zones:
            economic = any("economic" in sent.cats[j] for z in zones for j in range(z, min(z + 3, len(sent.cats))))
            name = "free economic zone" if economic else "demilitarised zone"
            out.append(ProposalMention(sent, zones[0], "territorial", "territorial:zone", name,
                                       sentences=[sent.idx]))
    if out:
        when = None
        for d, _ in sent.dates:
            r = D.resolve(d, a.published, a.anchor, D.PAST)
            if r is not None and r.precision == "day":
                when = r.start
                break
        for p in out:
            p.mention_date = when
    return out


FORCE_NEGATION_BACK = 3
ZONE_PLACE_REACH = 4  # tokens from a line or an area to the zone drawn along it
MANY_REGIONS = 3  # regions named in one withdrawal that make it the claim to all of them
# kinds whose offer is the giver's own: keyed by the giver when an adjective names it
GIVER_KINDS = frozenset({"security_guarantees", "economic"})
GUARANTOR_REACH = 2  # "ameriška varnostna jamstva", "American security guarantees": the adjective before


def _guarantor(sent: Sent, j: int) -> str | None:
    """The country whose adjective stands right before the word of guarantees, when there is one only."""
    found = {m.entry.country for m in sent.mentions
             if m.adjective and m.entry.country and 0 <= j - m.end <= GUARANTOR_REACH}
    return found.pop() if len(found) == 1 else None


def guarantor_fits(key: str, proposed: set[str] | list[str]) -> bool:
    """Whether guarantees (or an economic offer) whose givers are `proposed` may be the ones `key` names:
    "security_guarantees:us" are the American ones, not the guarantees France and Britain offer (any kind
    else: always)."""
    kind, _, rest = key.partition(":")
    return kind not in GIVER_KINDS or rest == "*" or not proposed or rest.upper() in proposed


LINE_REACH = 8  # tokens from a line to the force or mission that watches it


def _watched_line(sent: Sent, t: int) -> bool:
    """"an OSCE monitoring mission along the contact line", "nadzor nad razmejitveno črto bi prevzela opazovalna
    misija": a line (events.yaml `line`) with a force or a mission near it in its clause is where the force would
    stand, not land that one side demands."""
    if "line" not in sent.cats[t]:
        return False
    return any(abs(j - t) <= LINE_REACH and sent.clause_of[j] == sent.clause_of[t] for j in sent.positions("force"))


WHOLE_REACH = 2  # tokens from "all of", "hele", "egész" to the region: "all of Donetsk", "the whole Donetsk region"


def _whole_regions(sent: Sent) -> list[int]:
    """"Russia demands all of Donetsk", "kravet om hele Donetsk", "celotno Doneško regijo": a Ukrainian region
    right after a word of wholeness (events.yaml `whole`) in a sentence of demand is land demanded, even with no
    word of withdrawal or territory. Returns the positions of those words."""
    regions = [m.start for m in sent.mentions if m.entry.etype == "place" and m.entry.region]
    return [i for i in sent.positions("whole") if any(0 < r - i <= WHOLE_REACH for r in regions)]


ON_TERRITORY_REACH = 3  # "na svojem ozemlju": from the preposition to the word of territory


def _on_territory(sent: Sent, t: int) -> bool:
    """"Russia will not allow Western monitors on its territory", "na svojem ozemlju", "a területén": territory as the
    place where something is (events.yaml `on_territory`, at the word or up to three words before it), not land one
    side demands."""
    return any("on_territory" in sent.cats[k] for k in range(max(0, t - ON_TERRITORY_REACH), t + 1))


WITHDRAWAL_REACH = 2  # "umakniti vojake", "vonja ki a csapatait": troops right after a word of withdrawing


def _withdrawn_troops(sent: Sent, j: int) -> bool:
    """"mora Ukrajina umakniti vojake z ozemelj": troops that are to pull out are a withdrawal, not a force sent in."""
    return any("territorial" in sent.cats[k] for k in range(max(0, j - WITHDRAWAL_REACH), j))


def _denied_statement(sent: Sent, j: int) -> bool:
    """"vi sender ikke bakkestyrker", "we are not sending troops": a negation right before the force word, with
    no stance word in its clause, tells what a country does not do, not a
    proposal ("Russia will not accept foreign troops" stays a rejection)."""
    clause = sent.clause_of[j]
    if any(sent.cats[k] & _STANCE_CATS for k in range(len(sent.cats)) if sent.clause_of[k] == clause):
        return False
    return any("negation" in sent.cats[k] and sent.clause_of[k] == clause
               for k in range(max(0, j - FORCE_NEGATION_BACK), j))


def _verb_of_guaranteeing(sent: Sent, j: int) -> bool:
    """"would guarantee safe passage": "guarantee" as a verb (after a modal or "to", events.yaml `verb_before`)
    with no word of security after it (`security_word`) guarantees something else than security."""
    if j == 0 or "verb_before" not in sent.cats[j - 1]:
        return False
    return not any("security_word" in sent.cats[k] for k in range(j, min(len(sent.cats), j + 5)))


def _not_an_offer(sent: Sent, j: int, lang: str) -> bool:
    """"a free economic zone", "fri økonomisk sone": a territorial arrangement (events.yaml `zone`); "Verdens
    økonomiske forum", "the Russian Direct Investment Fund": a body's name (`institution`, or capitalised
    inside an English or Norwegian sentence), not an economic offer."""
    if lang in ("en", "no") and j > 0 and sent.tokens[j].text[:1].isupper():
        return True
    if any(sent.cats[k] & {"zone", "institution"} for k in range(max(0, j - 3), j + 1)):
        return True
    # "head of Russia's sovereign investment fund", "sjef for det statlige investeringsfondet", "the fund's
    # chief": a title (events.yaml `body_head`, `body_head_after`)
    return (any("body_head" in sent.cats[k] for k in range(max(0, j - 5), j))
            or any("body_head_after" in sent.cats[k] for k in range(j + 1, min(len(sent.cats), j + 4))))


def _in_exchange(sent: Sent, j: int) -> bool:
    """"proposed a truce at sea, in exchange for lifting the sanctions", "cserébe a szankciók feloldását kérte": what
    is asked in return for another proposal of the sentence is its condition, not a proposal of its own (events.yaml
    `in_exchange`, before the economic words in their clause)."""
    return any("in_exchange" in sent.cats[k] and sent.clause_of[k] == sent.clause_of[j] for k in range(j))


DOMAINS = ("land", "air", "sea")
DOMAIN_REACH = 12


def _all_domains(sent: Sent, i: int) -> bool:
    """"a ceasefire on land, in the air and at sea", "premirje na kopnem, v zraku in na morju": a truce in
    every domain near the ceasefire word is a full one (in the air and at sea only is not)."""
    return all(any(abs(j - i) <= DOMAIN_REACH for j in sent.positions(d)) for d in DOMAINS)


FRONT_REACH = 8  # "a 36-hour ceasefire along the entire front line"
AIR_BEFORE, AIR_AFTER = 2, 3  # "an air truce", "a ceasefire in the air"


def _in_the_air(sent: Sent, i: int) -> bool:
    """"an air truce", "légi tűzszünet", "zračno premirje", "en våpenhvile i luften", "luftvåpenhvile": an air word
    (events.yaml `air`) right by the ceasefire word, or one compound (`air_scope`), makes a truce in the air - unless
    it qualifies strikes ("a ceasefire as air strikes go on") or another domain is named beside it ("in the air and
    at sea": the domains are told apart elsewhere)."""
    cats, clause = sent.cats, sent.clause_of[i]
    if "air_scope" in cats[i]:
        return True
    near = [j for j in range(max(0, i - AIR_BEFORE), min(len(cats), i + AIR_AFTER + 1))
            if j != i and sent.clause_of[j] == clause]
    if any("sea" in cats[j] or "land" in cats[j] for j in near):
        return False
    return any("air" in cats[j] and not (j + 1 < len(cats) and "strikes" in cats[j + 1]) for j in near)


def _ceasefire_scopes(sent: Sent, spots: list[int]) -> list[tuple[int, str | None]]:
    """The scope of each ceasefire word, read in its own neighbourhood: its clause, and within a clause that
    names several, the stretch up to the next one ("Russland foreslo en energivåpenhvile, mens Ukraina krever
    full våpenhvile": energy, then full). Energy words make an energy truce; "full", "unconditional" right
    before the word, every domain near it (_all_domains) or the whole front after it (`whole_front`), a full one; words of the sea (events.yaml
    `sea_scope`: "in the Black Sea", "i Svartehavet") a maritime one."""
    cats, clause_of = sent.cats, sent.clause_of
    energy = sent.positions("energy")
    out = []
    for k, i in enumerate(spots):
        clause = clause_of[i]
        lo = max((j + 1 for j in spots[:k] if clause_of[j] == clause), default=0)
        hi = min((j for j in spots[k + 1:] if clause_of[j] == clause), default=len(cats))
        if any(clause_of[j] == clause and lo <= j < hi for j in energy):
            scope = "energy"
        elif (any("full_scope" in cats[j] for j in range(max(lo, i - 2), i)) or _all_domains(sent, i)
              or any("whole_front" in cats[j] and clause_of[j] == clause for j in range(i + 1, min(hi, i + FRONT_REACH)))):
            scope = "full"
        elif any(clause_of[j] == clause and lo <= j < hi for j in sent.positions("sea_scope")):
            scope = "sea"  # a truce at sea (the Black Sea, shipping): a proposal of its own, NULL scope in the marts
        elif _in_the_air(sent, i):
            scope = "air"  # an air truce: a proposal of its own, NULL scope in the marts
        else:
            scope = None
        out.append((i, scope))
    return out


def vocab_cats(lang: str, word: str) -> frozenset:
    from pipelines.extract.analysis import vocab

    return vocab(lang).cats(word)


@dataclass
class _Actor:
    m: Mention
    country: str
    bound: bool = False
    subject: bool = False  # bound as the subject of a stance word
    owner: bool = False  # the adjective or possessor of a proposal ("the American plan"): nobody's subject


_CASE_LANGS = frozenset({"hu", "sl"})
_THAT = {"en": "that", "no": "at"}  # the word that opens a clause of what is demanded


def _stance_words(sent: Sent, lang: str = "en") -> list[tuple[int, str]]:
    out = []
    cats = sent.cats
    # a person's name is no stance word ("Kravik" begins like "krav", a demand)
    names = {k for m in sent.mentions if m.entry.etype == "person" for k in range(m.start, m.end)}
    for i in compress(range(len(cats)), cats):  # tokens with a category
        c = cats[i]
        if not c & _STANCE_WORD_CATS:
            continue  # (most words: no stance below could come of them)
        stance = next((s for s in STANCES if s in c), None) if i not in names else None
        if stance is None and "contribute" in c and _of_a_force(sent, i, before=lang in _CASE_LANGS, lang=lang):
            stance = "support"  # "Norway's contribution to the force", "Slovenija bo sodelovala v silah"
        if stance is None and "lead" in c and _leads_a_force(sent, i, lang):
            stance = "propose"  # "sile, ki jih vodita Velika Britanija in Francija": who leads a force proposed it
        if stance is None or "not_stance" in c:
            continue  # "speaking on condition of anonymity": no demand
        if _wish_to_amend(sent, i):
            continue  # "wants to change several points", "módosítaná": a reservation on the plan, no stance
        if stance == "support" and _means_of_watching(sent, i):
            continue  # "agree draft rules for monitoring a halt": a stance on the rules, not on the truce
        if stance == "propose" and _signs_up(sent, i):
            stance = "support"  # "ready to sign the truce", "offered to contribute monitors": backing another's
        if any("whether" in cats[k] and sent.clause_of[k] == sent.clause_of[i]
               for k in range(max(0, i - WHETHER_REACH), i)):
            continue  # "will show whether Moscow is ready for a deal", "ali je Moskva pripravljena": asked, not taken
        if stance == "demand" and _named_as(sent, i):
            continue  # "ezt ultimátumnak nevezte", "called it an ultimatum": a description, no demand
        if "particle" in c and i and "particle_verb" in cats[i - 1]:
            continue  # "Kyiv sent back written comments": the particle of another verb, no backing
        if "appeal" in c and any(0 < m.start - i <= APPEAL_REACH + 1 and m.entry.etype != "person"
                                 for m in sent.mentions):
            # "urged the Russian delegation to ...", "pressed Moscow to accept": an appeal, the stance is asked
            continue
        if stance == "propose" and any(cats[k] & _MEETING_CATS for k in range(i + 1, min(len(cats), i + 3))):
            continue  # "offered to host a meeting", "ready to meet": an offer of a venue or a meeting, no proposal's
        if (stance == "propose" and i > 0 and "determiner" in cats[i - 1]
                and any(cats[k] & _KIND_CATS for k in range(i + 1, min(len(cats), i + 3)))):
            continue  # "a proposed maritime ceasefire", "den foreslåtte våpenhvilen": a participle, no one's stance
        if stance == "support" and any("only_if" in cats[k] and sent.clause_of[k] == sent.clause_of[i]
                                       for k in range(i + 1, min(len(cats), i + 1 + ONLY_IF_REACH))):
            continue  # "would agree only if sanctions were lifted", "vil bare godta dersom": a condition, no support
        if stance == "support" and "contribute" in c and "support" not in c and (_negated_before(sent, i) or any(
                "negation" in cats[j] for j in range(max(0, i - 2), i))):
            continue  # "Hungary will not take part in the force": sending no troops, no stance on the force
        negated = any("negation" in sent.cats[j] for j in range(max(0, i - 2), min(len(cats), i + 2)) if j != i) or (
            _negated_before(sent, i))
        if negated and stance in ("support", "propose"):
            stance = "reject"
        elif negated and stance == "reject":
            continue
        out.append((i, "propose" if stance == "demand" else stance))
    return out


WHETHER_REACH = 6  # tokens from "whether" to the stance word it asks about
AMEND_REACH = 2  # "wants to change", "krever endringer": tokens from a stance word to the word of changing


def _wish_to_amend(sent: Sent, i: int) -> bool:
    """A word of changing a plan in a wish, a conditional or a noun (events.yaml `amend_wish`: "wants to change",
    "módosítaná", "želi spremeniti", "krever endringer") at the stance word, right before it or up to two after it
    in its clause: who would amend a plan has a reservation on it, and neither proposed nor backed it."""
    cats, cl = sent.cats, sent.clause_of[i]
    return any("amend_wish" in cats[k] and sent.clause_of[k] == cl
               for k in range(max(0, i - 1), min(len(cats), i + 1 + AMEND_REACH)))


WATCH_REACH = 6  # "agreeing on a draft mechanism for monitoring": tokens from the word of support to "monitoring"


def _means_of_watching(sent: Sent, i: int) -> bool:
    """A word of monitoring (events.yaml `monitoring`, not itself a force: "a monitoring mission" is one) after a word
    of support in its clause, before any word of a proposal or right after it ("a tűzszünet ellenőrzési szabályait",
    the truce's monitoring rules): what is agreed is how to watch the proposal."""
    cats, cl = sent.cats, sent.clause_of[i]
    for k in range(i + 1, min(len(cats), i + 1 + WATCH_REACH)):
        # (a document is what is agreed: "agree draft rules for monitoring")
        if sent.clause_of[k] != cl or cats[k] & (_KIND_CATS - {"plan"} | {"force", "anaphor"}):
            return any("monitoring" in cats[q] and not cats[q] & {"force"} for q in range(k + 1, min(len(cats), k + 3)))
        if "monitoring" in cats[k]:
            return True
    return False


SIGN_UP_REACH = 3  # "ready to sign", "tilbød seg å bidra": tokens from a word of offering to the act offered


def _signs_up(sent: Sent, i: int) -> bool:
    """A word of offering or readiness (events.yaml `propose`: "ready to", "kész", "tilbød") before a word of signing
    or taking part (`sign_up`, `contribute`) in its clause, no name between ("proposed that Norway join" is a
    proposal): one offers to join what exists, which is backing it, not proposing it."""
    cats, cl = sent.cats, sent.clause_of[i]
    for k in range(i, min(len(cats), i + 1 + SIGN_UP_REACH)):
        if sent.clause_of[k] != cl or any(i < m.start <= k for m in sent.mentions):
            return False
        if cats[k] & {"sign_up", "contribute"}:
            return True
    return False
CONTRIBUTE_REACH = 6  # tokens from a word of taking part to the force: "contribution to a future multinational force"


GENITIVE_REACH = 4  # words from a proposal's noun to its owner in the genitive: "predlog turškega zunanjega ministra"


def _genitive_owners(sent: Sent, actors: list, props: list[ProposalMention], give) -> None:
    """"Predlog turškega zunanjega ministra Hakana Fidana o premirju", "načrt Ukrajine": Slovenian puts the owner of
    a proposal in the genitive after its noun (events.yaml `plan`, `anaphor`), with only the words of a title between
    (no preposition: "predlog za Ukrajino" is for it). The owner proposed it and is no subject of the clause."""
    preps = morphology.prepositions("sl")
    toks = sent.tokens
    for act in actors:
        m = act.m
        if act.bound or not (m.group == "other" or m.adjective) or m.prep is not None:
            continue
        for k in range(m.start - 1, max(-1, m.start - 1 - GENITIVE_REACH), -1):
            if sent.cats[k] & _NOUNS_OF_PROPOSAL:
                after = [p for p in props if p.trigger > k and sent.clause_of[p.trigger] == sent.clause_of[k]]
                if after:
                    # the title's nationality and the name are one owner; "načrt Velike Britanije in Francije": a list
                    owners = [x for x in actors if x.m.start >= k and x.m.end <= m.end] + [
                        x for x in _list_of(sent, actors, act) if x.m.group == m.group]
                    for x in owners:
                        give(min(after, key=lambda p: p.trigger), "propose", x.country)
                        x.bound = x.owner = True
                break
            # (a title's words are long; "za", "o", "v" are prepositions, whatever morphology lists)
            # (nor a word of what is proposed: "predlog umika Ukrajine" is about Ukraine's withdrawal, not by it)
            if (toks.lowers[k] in preps or len(toks.texts[k]) <= 3 or not toks.texts[k].isalpha()
                    or sent.cats[k] & (_STANCE_CATS | _KIND_CATS)):
                break


def _of_a_force(sent: Sent, i: int, before: bool = False, lang: str = "en") -> bool:
    """A word of taking part or contributing (events.yaml `contribute`) with a force after it in its clause; with
    `before` (Hungarian, Slovenian: the verb may close the clause, "bo v večnacionalnih silah sodelovala", "a
    többnemzeti erőben részt vesz") also before it."""
    return any((i < j <= i + CONTRIBUTE_REACH or (before and 0 < i - j <= CONTRIBUTE_REACH))
               and sent.clause_of[j] == sent.clause_of[i]
               for j in [*sent.positions("force"), *_joint_forces(sent, lang)])


# tokens from a force back to its relative clause's verb: "silah, ki jih vodita", "erőben, amelyet X és Y vezet"
LEAD_BACK = 8


def _leads_a_force(sent: Sent, i: int, lang: str = "en") -> bool:
    """A word of leading or planning (events.yaml `lead`) whose object is a force: the force after it in its clause
    ("Britain and France lead the reassurance force"), or before it, with a relative pronoun between ("the force
    which Britain and France lead", "sile, ki jih vodita")."""
    forces = [*sent.positions("force"), *_joint_forces(sent, lang)]
    if any(i < j <= i + CONTRIBUTE_REACH and sent.clause_of[j] == sent.clause_of[i] for j in forces):
        return True
    return any(0 < i - j <= LEAD_BACK and any(j < r < i for r in sent.positions("relative_pronoun")) for j in forces)


WARRING = frozenset({"UA", "RU"})
LED_BY_REACH = 2  # "sile pod vodstvom Velike Britanije": tokens from the force to its leaders' genitive


def _force_leaders(sent: Sent, lang: str) -> set[str]:
    """The nations that lead a force, who proposed it: the adjectives ending in a word of leading right before a
    word of a force ("the British- and French-led force", "den britisk- og franskledede styrken", "a brit és francia
    vezetésű erő"; events.yaml `led_suffix`), or named after "pod vodstvom" right after it (`led_by_after`)."""
    out: set[str] = set()
    for j in sorted({*sent.positions("force"), *sent.positions("force_head")}):
        out |= _leaders_at(sent, lang, j)
    return out


def _leaders_at(sent: Sent, lang: str, j: int) -> set[str]:
    """_force_leaders() of the force word at j."""
    out: set[str] = set()
    low = sent.tokens.lowers[j - 1] if j else ""
    suffix = next((x for x in load_lang("events", lang).get("led_suffix") or () if low.endswith(x)), None)
    if suffix is not None:
        # "franskledede": the adjective fused with the word of leading; "French-led" is a mention of its own
        head = low[: len(low) - len(suffix)].rstrip("-")
        out |= {e.country for p, e, g, _ in index_for(lang).by_last.get(head, []) if not p and g == "adj"
                and e.etype == "country"}
        out |= {m.entry.country for m in sent.mentions if m.start <= j - 1 < m.end and m.entry.country}
        # and the adjectives listed before it, with only hyphens, commas and "and" between
        before = sorted((m for m in sent.mentions if m.end <= j - 1 and m.entry.country), key=lambda m: -m.start)
        out |= {m.entry.country for m in _listed(sent, before, j - 1, ("-", ","))}
    after = [k for k in range(j + 1, min(len(sent.cats), j + 1 + LED_BY_REACH)) if "led_by_after" in sent.cats[k]]
    if after:
        # "sile pod vodstvom Velike Britanije in Francije": the nations named after it, in a list
        named = sorted((m for m in sent.mentions if m.start > after[0] and m.entry.country), key=lambda m: m.start)
        if named and named[0].start <= after[0] + 3:
            out |= {named[0].entry.country} | {m.entry.country for m in _listed(sent, named[1:], named[0].end, (",",))}
    return out


def _listed(sent: Sent, mentions: list, edge: int, marks: tuple[str, ...]) -> list:
    """The mentions, in the order given (walking away from `edge`), that form a list with only `marks` and "and"
    between each and the one before."""
    out = []
    for m in mentions:
        lo, hi = (m.end, edge) if m.end <= edge else (edge, m.start)
        if not all(sent.tokens.texts[k] in marks or "conjunction" in sent.cats[k] for k in range(lo, hi)):
            break
        out.append(m)
        edge = m.start if m.end <= edge else m.end
    return out


def _joint_forces(sent: Sent, lang: str = "en") -> list[int]:
    """"den britisk-franske styrken", "a British-French force", "britansko-francoske sile": a bare word of a force
    (events.yaml `force_head`) right after the adjectives of two or more nations, none of them a warring side, is a
    force to be sent ("Russian-Belarusian forces", "US-Ukrainian forces" are no such force); so is one right after a
    nation's adjective compounded with "led" ("the French-led force", "den britisk- og franskledede styrken")."""
    out = []
    for j in sent.positions("force_head"):
        nations = {m.entry.country for m in sent.mentions if m.adjective and m.entry.country and m.end == j}
        if (len(nations) >= 2 and not nations & WARRING) or _leaders_at(sent, lang, j) - WARRING:
            out.append(j)  # (or led by nations: "the British- and French-led force")
    return out


NAMING_REACH = 3  # "called it an ultimatum" (after the verb), "ultimátumnak nevezte" (before it)


def _named_as(sent: Sent, i: int) -> bool:
    """A word of demanding that is what a verb of naming (events.yaml `naming`, itself no stance word: not "called
    for") calls something, in its clause."""
    return any(0 < abs(k - i) <= NAMING_REACH and sent.clause_of[k] == sent.clause_of[i]
               and not sent.cats[k] & _STANCE_CATS for k in sent.positions("naming"))


_MEETING_CATS = frozenset({"visit", "meeting"})  # triggers.yaml: "host", "meet", "meeting"
ONLY_IF_REACH = 4  # tokens from a word of support to its condition: "accept the truce only if", "godta bare dersom"
NEGATION_BACK = 4  # "ikke kommer til å akseptere", "does not intend to accept"


def _negated_before(sent: Sent, i: int) -> bool:
    """A negation further back in the stance word's clause, with only auxiliaries between ("Russland ikke kommer til
    å akseptere", "would not be ready to accept"): no other stance or proposal word and no name stands between."""
    cats = sent.cats
    for j in range(max(0, i - NEGATION_BACK), max(0, i - 2)):
        if "negation" in cats[j] and sent.clause_of[j] == sent.clause_of[i]:
            between = range(j + 1, i)
            if any(cats[k] & (_STANCE_CATS | _KIND_CATS) for k in between):
                continue
            if any(j < m.start < i for m in sent.mentions):
                continue
            return True
    return False


APPEAL_REACH = 2  # "je pozval Rusijo", "felszólította a Kremlt"
VERB_REACH = 4  # tokens from a stance noun to the verb that takes it: "je zahtevo po umiku odločno zavrnil"


def _verb_of(sent: Sent, following: list[tuple[int, str]]) -> tuple[int, str]:
    """"Moszkva a javaslatot elutasította", "Zelenski je zahtevo znova zavrnil": a first stance word of
    proposing after a subject may be the noun of what it acts on (a proposal, a demand); a verb of support or
    rejection right after it, with no "and" between, is the subject's stance."""
    i2, s = following[0]
    if s == "propose" and len(following) > 1:
        j2, t = following[1]
        noun = sent.cats[i2] & {"anaphor", "plan"}  # "pobudo", "javaslatot": surely a noun, the verb may be far
        near = j2 - i2 <= VERB_REACH or (noun and sent.clause_of[i2] == sent.clause_of[j2])
        # (no relative pronoun between: "krever garantier som skal godkjennes": the verb of another clause)
        if (near and t != s and not any(sent.cats[k] & {"conjunction", "relative_pronoun"} for k in range(i2 + 1, j2))
                and not any(i2 < m.start < j2 for m in sent.mentions)):
            return j2, t
    return i2, s


RELATIVE_REACH = 8  # tokens from a proposal's word to the comma of its relative clause: "premirju za napade na ..., ki"


def _of_proposal_noun(sent: Sent, clause: int, props: list | None = None) -> bool:
    """"Po predlogu, ki sta ga pripravili Velika Britanija in Francija, ...": a relative clause right after a
    noun of proposal (anaphor, plan) tells who stands where on it."""
    for r in sent.positions("relative_pronoun"):
        if sent.clause_of[r] == clause:
            if r < 2 or sent.tokens.texts[r - 1] != ",":
                return False
            # (or the proposal named in the clause before, its noun phrase ending at the comma: "o 60-dnevnem
            # premirju za napade na energetsko infrastrukturo, ki ga je predlagal Washington")
            return bool(sent.cats[r - 2] & {"anaphor", "plan"}) or any(
                sent.clause_of[p.trigger] == sent.clause_of[r - 2] and 0 < r - p.trigger <= RELATIVE_REACH
                for p in props or ())
    return False


QUOTE_MARKS = frozenset('"“”„«»')
SPEAKER_REACH = 5  # '..." Sergei Lavrov said', '..." – mondta Szijjártó': tokens from the closing quote to the speaker


def _quote_speaker(sent: Sent, actors: list, i2: int):
    """The actor named right after the quote that holds the stance word at i2, with a verb of speech after the
    quote (triggers.yaml `speech`), when the quote itself names no actor before that word (none without a
    preposition: "in Ukraine" is a place)."""
    texts = sent.tokens.texts
    marks = [k for k, t in enumerate(texts) if t in QUOTE_MARKS]
    opening = max((k for k in marks if k < i2), default=None)
    closing = min((k for k in marks if k > i2), default=None)
    if opening is None or closing is None or not any("speech" in c for c in sent.cats[closing:]):
        return None
    if any(opening < x.m.start < i2 and x.m.prep is None and not x.m.adjective for x in actors):
        return None
    near = [x for x in actors if not x.bound and closing < x.m.start <= closing + 1 + SPEAKER_REACH]
    # the person, else the nation of the speaker's title ('" Russian Foreign Ministry spokeswoman Maria Zakharova said')
    return next((x for x in near if x.m.entry.etype == "person"), next((x for x in near if x.m.adjective), None))


PRONOUN_REACH = 2  # "But he rejected", "Men han avviste": the pronoun opens the sentence


def _pronoun_subject(a: ArticleAnalysis, sent: Sent, first_word: int) -> Mention | None:
    """"Peskov said ... . But he rejected the call for a ceasefire": a subject pronoun (events.yaml
    `subject_pronoun`) opening a sentence, before its first stance word and with no name before that word, is
    the first person named in the sentence before."""
    at = next((i for i in sent.positions("subject_pronoun") if i <= PRONOUN_REACH), None)
    if at is None or at >= first_word or any(m.start < first_word for m in sent.mentions):
        return None
    prev = next((s for s in a.sentences if s.idx == sent.idx - 1), None)
    if prev is None:
        return None
    person = next((m for m in prev.mentions if m.entry.etype == "person" and m.entry.country), None)
    if person is None:
        return None
    return replace(person, start=at, end=at + 1, group="base", prep=None, adjective=False)


def _nearer_subject(sent: Sent, actors: list, me, i2: int) -> bool:
    """"Ukrainian and Russian negotiators met ... as Washington pressed Moscow to accept a halt": in a language
    without cases, another actor between me and the stance word, in the nominative and not listed with me ("Russia
    and the US accepted"), is its subject, or its object ("pressed Moscow"); either way the word is not mine."""
    toks = sent.tokens
    for x in actors:
        if x is me or x.bound or not (me.m.end <= x.m.start and x.m.end <= i2) or x.m.prep is not None:
            continue  # (bound: an owner, or the one appealed to, "pressed Moscow to accept")
        if x.m.group not in ("base", "adj") or sent.clause_of[x.m.start] != sent.clause_of[i2]:
            continue
        gap = range(me.m.end, x.m.start)
        if all("conjunction" in sent.cats[k] or "determiner" in sent.cats[k] or toks[k].text == "," for k in gap):
            continue  # a list: "Russia and the US", "U.S., Ukrainian and Russian"
        return True
    return False


def _has_own_subject(sent: Sent, actors: list, i2: int, me, lang: str) -> bool:
    """Another actor before the stance word in its clause, not listed with me ("Merz said that Germany, France and
    Britain support": France is Germany's fellow, not another subject); with cases, also a nominative right after
    the verb ("o premirju, ki ga je predlagal Washington")."""
    clause = sent.clause_of[i2]
    fellows = _list_of(sent, actors, me)
    return any(x is not me and x not in fellows and not x.owner and sent.clause_of[x.m.start] == clause
               and x.m.group != "com"
               and x.m.prep != "com" and (x.m.end <= i2 or (
                   lang in _CASE_LANGS and x.m.group == "base" and x.m.prep is None and 0 < x.m.start - i2 <= 4))
               for x in actors)


def _list_of(sent: Sent, actors: list, me) -> list:
    """The actors listed after me with only commas, "and" and articles between: "Germany, France and Britain"."""
    out, end = [], me.m.end
    for x in sorted(actors, key=lambda x: x.m.start):
        if x.m.start < end:
            continue
        if not all(sent.tokens.texts[k] == "," or sent.cats[k] & {"conjunction", "determiner"}
                   for k in range(end, x.m.start)):
            break
        out.append(x)
        end = x.m.end
    return out


def _not_an_object(sent: Sent, me) -> bool:
    """The actor's clause may lend it the next clause's stance word unless the actor is the object of a relative
    clause's verb ("Zelensky, who met Merz and the British adviser there, has backed the plan")."""
    clause = sent.clause_of[me.m.start]
    rel = [r for r in sent.positions("relative_pronoun") if r < me.m.start and sent.clause_of[r] == clause]
    return not rel or not any(sent.tokens.texts[k][:1].islower() and not sent.cats[k] & {"conjunction", "determiner"}
                              for k in range(rel[-1] + 1, me.m.start))


def _reports_another(sent: Sent, actors: list, me, i2: int) -> bool:
    """"A Ukrainian official said the Russian side had insisted on a withdrawal": a verb of speech after the actor,
    then another actor before the stance word - the actor only reports the other's stance."""
    return any(me.m.end <= k < i2 and any(x is not me and not x.owner and k < x.m.start < i2 for x in actors)
               for k in sent.positions("speech"))


PLAN_OF_REACH = 6  # tokens from a plan word to what it plans: "a British-French plan to station a reassurance force"


def _plan_of(sent: Sent, m: Mention, p: ProposalMention) -> int | None:
    """"a British-French plan to station a reassurance force", "det amerikanske forslaget om en våpenhvile": the
    nation right before a word of a plan or proposal (events.yaml `plan`, `propose`) whose object, in its clause,
    is the proposal, proposed it. Returns the plan word's index, or None."""
    j = _adjective_list_end(sent, m)
    j += j < len(sent.cats) and sent.tokens.texts[j] == "."  # "U.S." is read as "U.S" and "."
    if j >= len(sent.cats) or not sent.cats[j] & _PLAN_WORDS:
        return None
    return j if 0 < p.trigger - j <= PLAN_OF_REACH and sent.clause_of[p.trigger] == sent.clause_of[j] else None


_PLAN_WORDS = frozenset({"plan", "propose", "anaphor"})  # anaphor: the nouns of a proposal (offer, forslag, idea)
_NOUNS_OF_PROPOSAL = frozenset({"plan", "anaphor"})


def _adjective_list_end(sent: Sent, m: Mention) -> int:
    """"a British and French proposal", "det britiske og franske forslaget", "brit és francia javaslat": a nation's
    adjective listed with others (only "and" or commas between) before the noun they share: where the list ends."""
    end = m.end
    if not m.adjective:
        return end
    for x in sorted(sent.mentions, key=lambda x: x.start):
        if x.start < end + 1 or not (x.adjective and x.entry.country):
            continue
        if not all(sent.tokens.texts[k] == "," or "conjunction" in sent.cats[k] for k in range(end, x.start)):
            break
        end = x.end
    return end


OWN_OBJECT_REACH = 2  # tokens from a stance verb to a document of its own: "signed an agreement"


def _object_of_its_own(sent: Sent, i2: int, p: ProposalMention) -> bool:
    """"signed an agreement on drone production and discussed Norway's contribution to a force": a stance verb with a
    document of its own right after it (events.yaml `plan`, not the proposal's word), and "and" before the proposal,
    acts on that document; the proposal belongs to the verb after "and"."""
    if p.trigger <= i2 + OWN_OBJECT_REACH:
        return False
    doc = next((k for k in range(i2 + 1, i2 + 1 + OWN_OBJECT_REACH) if "plan" in sent.cats[k]), None)
    # (not "avviste forslaget og sa ...", "rejected the proposal and said": a noun of a proposal named before,
    # events.yaml `anaphor`, is no document of its own)
    return doc is not None and not sent.cats[doc] & (_KIND_CATS - {"plan"} | {"anaphor"}) and any(
        "conjunction" in sent.cats[k] for k in range(doc + 1, p.trigger))


ATTRIBUTION_AFTER = frozenset({"hu"})  # "A Kreml tájékoztatása szerint": the word follows the source's noun


def _a_source(sent: Sent, m: Mention, lang: str) -> bool:
    """The source of a report (triggers.yaml `attribution`): "according to Rubio", "Ifølge Støre" right before the
    name; in Hungarian, "szerint" after the source's possessed noun ("a Kreml tájékoztatása szerint": what the Kremlin
    told). "Moszkva szerint ... elutasítja" is Moscow's own view: it keeps its stance."""
    cats = sent.cats
    if any("attribution" in cats[j] for j in range(max(0, m.start - 2), m.start)):
        return True
    return lang in ATTRIBUTION_AFTER and m.end + 1 < len(cats) and "attribution" in cats[m.end + 1]


def _city_as_subject(sent: Sent, m: Mention, words: list[tuple[int, str]]) -> bool:
    """"Berlin og Paris har gått imot", "Berlin and Paris have opposed": a city that names no government elsewhere
    (places.yaml `actor`), in the nominative and without a preposition, opening its clause (or listed after another
    city that does), before a stance word of that clause, is its government. A venue has a preposition or a case."""
    if m.entry.etype != "place" or m.entry.kind != "city" or not m.entry.country or m.prep is not None:
        return False
    if m.group != "base" or not any(i2 >= m.end and sent.clause_of[i2] == sent.clause_of[m.start] for i2, _ in words):
        return False
    k = m.start - 1
    while k >= 0 and sent.clause_of[k] == sent.clause_of[m.start]:
        if not sent.cats[k] & {"conjunction", "determiner"} and not any(
                x.start <= k < x.end and x.entry.etype == "place" and x.entry.kind == "city" for x in sent.mentions):
            return False
        k -= 1
    return True


def _stances(a: ArticleAnalysis, sent: Sent, props: list[ProposalMention]) -> None:
    toks, cats = sent.tokens, sent.cats
    words = _stance_words(sent, a.lang)
    actors = []
    for m in sent.mentions:
        c = actor_country(m)
        if c is None and m.entry.etype == "place" and m.entry.actor:
            c = m.entry.country  # "V Moskvi so zavrnili": the capital speaks for the state
        if c is None and _city_as_subject(sent, m, words):
            c = m.entry.country  # "Berlin og Paris har gått imot": a city opening the clause of a stance word
        if c:
            actors.append(_Actor(m, c))
    if words and (he := _pronoun_subject(a, sent, words[0][0])) is not None:
        actors.insert(0, _Actor(he, he.entry.country))

    def nearest_prop(i: int, prefer_before: bool = False) -> ProposalMention:
        # a stance verb's object follows it ("rejected the plan and demanded a withdrawal"); a participle
        # ("guarantees, to be approved by") follows its noun
        def cost(p: ProposalMention) -> float:
            d = abs(p.trigger - i)
            # on a tie, the side the object stands on wins: "avvist forslaget og krever at Ukraina trekker seg ut"
            return d * 2 + 0.5 if (p.trigger > i) == prefer_before else d
        return min(props, key=cost)

    def give(p: ProposalMention, stance: str, country: str) -> None:
        {"propose": p.proposed, "support": p.supported, "reject": p.rejected}[stance].add(country)

    # the plan's own adjective or possessor: "the American plan", "o ameriškem mirovnem načrtu"
    owned = set()
    for m in sent.mentions:
        # "a U.S. offer of security guarantees": a country's name in the base form right before a plan word is
        # its owner too
        attributive = m.group == "base" and m.entry.etype == "country" and not m.prep
        if (m.adjective or m.group == "poss" or attributive) and m.entry.country:
            for p in props:
                # not for territory: "Ukrainian territory" names the land, not who asks for it; and "Ukrainian troops
                # must leave", "ukrainske styrker": the side asked to withdraw takes no stance of its own there
                if p.kind == "territorial":
                    if (m.adjective or m.group == "poss") and 0 <= p.trigger - m.end <= 1:
                        for act in actors:
                            act.bound = act.bound or act.m is m
                    continue
                plan_word = _plan_of(sent, m, p)
                if attributive and plan_word is not None and not sent.cats[plan_word] & _NOUNS_OF_PROPOSAL:
                    # "Germany and France proposed a ceasefire": a bare name before a verb is its subject, not
                    # the owner of a noun ("a US offer")
                    plan_word = None
                # "the U.S. idea", "the US draft": an abbreviation is an adjective before the proposal's own word
                # ("Ukraine deal", "Russia sanctions" are topics, no owners)
                # (right before it: not "ZDA o premirju", the US and talks about a truce)
                dot = m.end < len(toks) and toks[m.end].text == "."
                abbreviation = attributive and (toks[m.start].text.isupper() or dot) and p.trigger == m.end + dot
                if (0 <= p.trigger - m.end <= 2 and (abbreviation or not attributive)) or plan_word is not None:
                    give(p, "propose", m.entry.country)
                    if plan_word is not None:
                        owned.add(plan_word)  # "a Ukrainian proposal": no subject of the clause takes it
                    elif 0 <= p.trigger - m.end <= 2:
                        owned.add(p.trigger)  # "az amerikai kezdeményezésre" named before: the noun is the owner's
                    for act in actors:
                        act.bound = act.bound or act.m is m
                        act.owner = act.owner or act.m is m
    # "a Ukrainian proposal for a ceasefire", "Kyiv's demand", "Russlands krav": a stance noun right after an
    # adjective or a possessor is that actor's, and no subject of the clause takes it
    for act in actors:
        m = act.m
        if act.bound or not (m.adjective or m.group == "poss"):
            continue
        if _a_source(sent, m, a.lang):
            continue  # "Ifølge ukrainske kilder la Dmitrijev fram": the source of a report, not an owner
        for i2, s in words:
            if 0 <= i2 - m.end <= 1 and i2 not in owned:
                give(nearest_prop(i2), s, act.country)
                act.bound = True
                owned.add(i2)
                break
    if a.lang == "sl":
        _genitive_owners(sent, actors, props, give)
    for p in props:
        if p.kind == "peacekeeping_force":
            leaders = _force_leaders(sent, a.lang)
            for c in leaders:
                give(p, "propose", c)
            for act in actors:
                if act.country in leaders and act.m.start <= p.trigger + LED_BY_REACH + 2:
                    act.bound = act.owner = True  # the leader is the force's owner, no subject of the clause
    if owned:
        words = [(i2, s) for i2, s in words if i2 not in owned]
    for act in actors:
        m = act.m
        # "Ifølge Støre stilte lederne seg bak ...", "according to Rubio, Kyiv accepted": the source of a report
        # (triggers.yaml `attribution`, right before the name) takes no stance
        if _a_source(sent, m, a.lang):
            act.bound = True
        if act.bound:
            continue
        # "az Egyesült Államok és Ukrajna által jóváhagyott": the agent of the next word
        for j in range(m.end, min(len(toks), m.end + 4)):
            if "agent_before" in cats[j]:
                stance = next((s for i2, s in words if i2 == j + 1), None)
                if stance:
                    give(nearest_prop(j), stance, act.country)
                act.bound = True
                break
            if "conjunction" not in cats[j] and toks[j].text[:1].islower() and m.entry.etype != "country":
                break
        if act.bound:
            continue
        # "approved by the US Congress": the agent of the previous stance word
        # (not "oppheving av sanksjonene mot Russland": a name with a preposition of its own is no agent)
        if m.prep is None and any("agent_after" in cats[j] for j in range(max(0, m.start - 3), m.start)):
            prev = [(i2, s) for i2, s in words if i2 < m.start]
            if prev:
                i2, s = prev[-1]
                # "guarantees ..., to be approved by the US Congress", "som må godkjennes av Kongressen": a passive
                # after a modal or "to" is what someone requires of the agent, not the agent's stance
                if not any("verb_before" in cats[k] for k in range(max(0, i2 - 2), i2)):
                    # "guarantees approved by the US Congress": the participle follows its noun
                    give(nearest_prop(i2, prefer_before=True), s, act.country)
            act.bound = True
            continue
        # guarantees "for Ukraine", "Ukrajnának szánt": the one they protect supports them
        guarantees = [p for p in props if p.kind == "security_guarantees"]
        if guarantees and (m.group == "dat" or m.prep == "beneficiary" or (
                m.start > 0 and "beneficiary" in cats[m.start - 1])):
            give(guarantees[0], "support", act.country)
            act.bound = True
            continue
        # "Rusija je Ukrajini ponudila premirje", "Trump Zelenszkijnek javasolta": the one an offer or a
        # demand is made to (a dative without a preposition) is not its author
        if m.group == "dat" and m.prep is None and any(
                s == "propose" and sent.clause_of[i2] == sent.clause_of[m.start] for i2, s in words):
            act.bound = True
            continue
        # "guarantees from the West, including the US", "Donald Trumptól": the provider proposes
        if (m.group == "from" or m.prep == "from") and any(p.kind == "security_guarantees" for p in props):
            give(next(p for p in props if p.kind == "security_guarantees"), "propose", act.country)
            act.bound = True
            continue
        # "Kijevtől követeli", "od Kijeva zahteva", "demands from Kyiv": the one a demand is made of is not its author
        if (m.group == "from" or m.prep == "from") and any(
                sent.clause_of[j] == sent.clause_of[m.start] for j in sent.positions("demand")):
            act.bound = True
            continue
        # "pozvala Moskvo, naj sprejme predlog", "felszólította Moszkvát": the one called on (events.yaml `appeal`
        # right before an actor not in the nominative) is asked to act, not the author of what is asked
        # (English and Norwegian have no case: "pressed Moscow to accept", "ba Kyiv om å godta")
        if (m.group != "base" or a.lang not in _CASE_LANGS) and m.prep is None and any(
                "appeal" in cats[j] for j in range(max(0, m.start - APPEAL_REACH - 1), m.start)):
            act.bound = True
            continue
        # "at the request of the American president", "zahteva Rusije"
        # (in the request's own clause: "zahtevo, da se ukrajinske sile umaknejo" - Ukraine is asked, not asking)
        # ("insists that Ukrainian forces pull out", "krever at ukrainske styrker": the subject of what is asked)
        requests = [i2 for i2, s in words if s == "propose" and 0 < m.start - i2 <= 4
                    and sent.clause_of[i2] == sent.clause_of[m.start]
                    and not any(cats[j] & _KIND_CATS for j in range(i2 + 1, m.start))
                    and not any(toks[j].lower == _THAT.get(a.lang) for j in range(i2 + 1, m.start))]
        if m.group != "base" and requests:
            # ... but not "demanded the withdrawal of Ukrainian forces": the actor of the proposal's object
            give(nearest_prop(requests[-1]), "propose", act.country)
            act.bound = True
            continue
    # "Torsdag avviste Kreml forslaget", "I går la Russland fram en plan": Norwegian puts the verb second, before
    # its subject, after an adverbial; a name right after a stance verb (no noun of a proposal), with no actor
    # before the verb in its clause, is its subject
    if a.lang == "no":
        for act in actors:
            m = act.m
            if act.bound or m.group != "base" or m.prep is not None or not m.start:
                continue
            i2 = m.start - 1
            s = next((s for k, s in words if k == i2), None)
            clause = sent.clause_of[i2]
            if (s is None or sent.cats[i2] & {"anaphor", "plan"} or sent.clause_of[m.start] != clause
                    or i2 == 0 or sent.clause_of[i2 - 1] != clause
                    or any(x is not act and (x.subject or not x.bound) and sent.clause_of[x.m.start] == clause
                           and x.m.end <= i2 for x in actors)):
                continue  # (a source before the verb, "Ifølge ukrainske kilder", is bound and no subject)
            give(nearest_prop(i2), s, act.country)
            act.bound = act.subject = True
    # '"Any western soldier would be a legitimate target," Lavrov said': the speaker named after a quote takes the
    # stance of a quote that names nobody before its stance word (an adjective, "on Ukrainian soil", names no one)
    for i2, s in words:
        speaker = _quote_speaker(sent, actors, i2)
        if speaker is not None:
            give(nearest_prop(i2), s, speaker.country)
            speaker.bound = True
            for x in actors:
                x.bound = x.bound or (x.m.adjective and x.m.end <= i2 and sent.clause_of[x.m.start] == sent.clause_of[i2])
    # "Russia, at the request of Trump, agreed": a stance word after a preposition is someone else's
    preps = morphology.prepositions(a.lang if a.lang in LANGS else "en")
    # ... but not an infinitive after another stance word: "ready to accept", "klar til å akseptere"
    at = {i2 for i2, _ in words}
    # ... nor an infinitive ("continues to demand": "to" right before the verb, events.yaml `verb_before`)
    oblique = {i2 for i2, _ in words if toks[i2].lower in preps or (
        i2 > 0 and toks[i2 - 1].lower in preps and not at & {i2 - 2, i2 - 3} and "verb_before" not in cats[i2 - 1])}
    # subjects: an actor before a stance word in its clause takes that stance; a clause that is only a
    # list of actors ("leaders of Germany, France and Britain, ... proposed") takes the next clause's
    for act in actors:
        if act.bound:
            continue
        if a.lang in _CASE_LANGS and act.m.group == "other" and act.m.entry.etype == "country" and any(
                x.m.group == "base" and x.m.end <= act.m.start and sent.clause_of[x.m.start] == sent.clause_of[
                    act.m.start] for x in actors):
            # "da Slovenija Ukrajino podpira", "Slovenija bo v silah za Ukrajino sodelovala": after the subject, in
            # the nominative, a country in another case is the object, no subject of its own
            continue
        clause = sent.clause_of[act.m.start]
        following = [(i2, s) for i2, s in words if i2 >= act.m.end and sent.clause_of[i2] == clause
                     and i2 not in oblique and not _reports_another(sent, actors, act, i2)
                     and not (a.lang not in _CASE_LANGS and _nearer_subject(sent, actors, act, i2))]
        if not following and not any(sent.clause_of[i2] == clause for i2, _ in words):
            later = [(i2, s) for i2, s in words if i2 >= act.m.end]
            if later and not _has_own_subject(sent, actors, later[0][0], act, a.lang) and _not_an_object(
                    sent, act):
                following = later[:2]
        fellows = _list_of(sent, actors, act)
        if not following and fellows and sent.clause_of[fellows[-1].m.start] != clause:
            # "a plan that Germany, France and Britain presented": the first of a list cut off by its comma takes
            # the stance of the list's last, in the stance word's clause
            last = fellows[-1]
            following = [(i2, s) for i2, s in words if i2 >= last.m.end and i2 not in oblique
                         and sent.clause_of[i2] == sent.clause_of[last.m.start]]
        if not following:
            continue
        i2, s = _verb_of(sent, following)
        if _object_of_its_own(sent, i2, nearest_prop(i2)):
            continue
        if act.m.group == "com" or act.m.prep == "com":
            s = "support" if s == "propose" else s  # "Macron signed with Zelensky": Zelensky supports
        give(nearest_prop(i2), s, act.country)
        act.bound = act.subject = True
    # "Predlog je podprl tudi Kijev", "A javaslatot elutasította Moszkva is": with cases, the proposal may come
    # first and its subject, in the nominative, after the verb
    if a.lang in _CASE_LANGS:
        for act in actors:
            if act.bound or act.m.group != "base" or act.m.prep is not None:
                continue
            clause = sent.clause_of[act.m.start]
            before = [(i2, s) for i2, s in words if 0 < act.m.start - i2 <= 4 and sent.clause_of[i2] == clause]
            if not before:
                continue
            i2, s = before[-1]
            if any(x is not act and not x.owner and sent.clause_of[x.m.start] == clause and x.m.end <= i2
                   for x in actors):
                continue
            if (any(p.trigger < i2 and sent.clause_of[p.trigger] == clause for p in props)
                    or _of_proposal_noun(sent, clause, props)):
                give(nearest_prop(i2), s, act.country)
                act.bound = act.subject = True
    # "Predlog o premirju na Črnem morju sta pozdravili obe strani", "both sides accepted the truce": a truce is
    # between the warring sides, and both take the stance of the word nearest in their clause
    # (as the subject: not "a proposal for both sides to stop"; before its verb where there are no cases)
    for b in sent.positions("both_sides"):
        if b and "beneficiary" in cats[b - 1]:
            continue
        near = [(abs(i2 - b), i2, s) for i2, s in words if sent.clause_of[i2] == sent.clause_of[b]
                and (i2 > b or a.lang in _CASE_LANGS)]
        if near:
            _, i2, s = min(near)
            p = nearest_prop(i2)
            if p.kind == "ceasefire":
                for c in sorted(WARRING):
                    give(p, s, c)
    # a stance word nobody stands before shares the subject of the sentence ("X rejected A and demanded B")
    # (not an actor bound otherwise: the owner of "the American plan, which Kyiv called a good start and supports",
    # the one appealed to, an agent)
    subject = next((x for x in actors if x.m.group in ("base", "adj") and x.m.prep is None
                    and (x.subject or not x.bound)), None)
    prev_word = -1
    # "és a javaslatot elfogadhatatlannak nevezte": the noun before a verb of stance is its object, not a verb
    objects = {w[0] for w, nxt in zip(words, words[1:], strict=False) if _verb_of(sent, [w, nxt])[0] != w[0]}
    for i2, s in words:
        start_from, prev_word = prev_word, i2
        if subject is None or subject.m.start > i2 or i2 in objects:
            continue
        if not any("conjunction" in sent.cats[j] for j in range(max(0, i2 - 2), i2)):
            continue  # only a verb joined by "and" shares the subject
        clause = sent.clause_of[i2]
        # (another subject since the sentence's own, in the verb's clause, is the nearer one: "Kyiv welcomed the
        # plan, but the Kremlin said the troops would be legitimate targets and would never accept them")
        has_own = any((start_from < x.m.start or (x is not subject and subject.m.end <= x.m.start))
                      and x.m.end <= i2 and sent.clause_of[x.m.start] == clause and x.subject for x in actors)
        if not has_own and not _object_of_its_own(sent, i2, nearest_prop(i2)):
            give(nearest_prop(i2), s, subject.country)
