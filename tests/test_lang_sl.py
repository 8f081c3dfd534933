"""Slovenian extraction: names in their cases, dates, and whole articles through the extractor.

Every sentence here is written for this test in the style of Slovenian agency reports (STA, RTV, Delo):
names decline (s Putinom, Zelenskega, Kushnerjem), dates are "17. februarja", "v noči na soboto",
"prejšnji konec tedna", and a phone call or a speaker's comment must not become a meeting or a
participant. Pure: no database, no files.
"""
from __future__ import annotations

import datetime as dt

import pytest

from pipelines.clean import clean
from pipelines.extract import extract_article, morphology
from pipelines.extract.dates import FUTURE, NEAREST, find_dates, resolve
from pipelines.extract.names import recognise, tokenize

D = dt.date


def names(text: str) -> list[str]:
    return [m.entry.name for m in recognise(tokenize(text), "sl")]


def run(text: str) -> dict[str, list[dict]]:
    article = clean(text, "text")
    assert article.language == "sl"
    return extract_article("sl-test", article)


def only(rows: list[dict]) -> dict:
    assert len(rows) == 1, rows
    return rows[0]


# ---------------------------------------------------------------- names in their cases

@pytest.mark.parametrize("text, expected", [
    ("Witkoff se je sestal s Putinom.", "Vladimir Putin"),
    ("Pogovarjali so se z Vladimirjem Putinom.", "Vladimir Putin"),
    ("Izjava Volodimirja Zelenskega je presenetila.", "Volodymyr Zelensky"),
    ("Trump je telefoniral Zelenskemu.", "Volodymyr Zelensky"),
    ("Sestali so se z Zelenskim.", "Volodymyr Zelensky"),
    ("Delegacijo je spremljal Jared Kushner, v Moskvi pa so se srečali s Kushnerjem.", "Jared Kushner"),
    ("Rubio se je srečal z Marcom Rubiem in Sergejem Lavrovom.", "Marco Rubio"),
    ("Pogovarjali so se z Lavrovom.", "Sergey Lavrov"),
    ("Sestali so se s Kirilom Dmitrijevim.", "Kirill Dmitriev"),
    ("Izjava Jurija Ušakova je bila kratka.", "Yuri Ushakov"),
    ("Izjava Dmitrija Peskova je bila kratka.", "Dmitry Peskov"),
    ("Z Rustemom Umerovom so govorili o ozemlju.", "Rustem Umerov"),
    ("Sestali so se z Andrijem Jermakom.", "Andriy Yermak"),
    ("Sestali so se s Keirom Starmerjem.", "Keir Starmer"),
    ("Z Recepom Tayyipom Erdoganom se je pogovarjal po telefonu.", "Recep Tayyip Erdoğan"),
    ("Z Ši Džinpingom sta govorila o Ukrajini.", "Xi Jinping"),
    ("Predsednica Nataša Pirc Musar je sprejela veleposlanika.", "Nataša Pirc Musar"),
])
def test_people_in_their_cases_are_canonical(text, expected):
    assert expected in names(text)


@pytest.mark.parametrize("text, expected", [
    ("Pogajanja so bila v Abu Dabiju.", "Abu Dhabi"),
    ("Delegaciji sta prispeli v Ženevo.", "Geneva"),
    ("Sestanek bo v Riadu.", "Riyadh"),
    ("Pogovori v Istanbulu so se končali.", "Istanbul"),
    ("Srečanje v Budimpešti je odpadlo.", "Budapest"),
    ("Napad na Krivi Rih in v Krivem Rihu.", "Kryvyi Rih"),
    ("Eksplozije so odjeknile v Sumah.", "Sumy"),
    ("V Harkovski regiji so bili ranjeni trije ljudje.", "Kharkiv Oblast"),
    ("Napadi so prizadeli Odeško regijo.", "Odesa Oblast"),
    ("Pogovori so potekali v Združenih arabskih emiratih oziroma v ZAE.", "AE"),
])
def test_places_and_countries_in_their_cases(text, expected):
    assert expected in names(text)


@pytest.mark.parametrize("text, expected", [
    ("Varnostna konferenca v Münchnu se bo začela v petek.", "Munich"),
    ("Iz Münchna je odpotoval naravnost v Kijev.", "Munich"),
    ("Zunanji ministri EU so se zbrali v Bruslju.", "Brussels"),
    ("Iz Bruslja so sporočili, da bodo sankcije podaljšali.", "Brussels"),
    ("Odposlanec je iz Kremlja odšel brez izjave.", "Moscow"),
])
def test_a_fleeting_vowel_drops_in_the_cases(text, expected):
    assert expected in names(text)


def test_the_fleeting_vowel_is_a_rule_not_a_list_of_forms():
    assert {"münchnu", "münchna", "münchnom"} <= set(morphology.forms("München", "sl"))
    assert {"bruslju", "bruslja", "brusljem"} <= set(morphology.forms("Bruselj", "sl"))
    assert "sejma" in morphology.forms("Sejm", "sl") and "sjma" not in morphology.forms("Sejm", "sl")


def test_an_acronym_does_not_decline_into_an_ordinary_word():
    assert names("Zdi se, da bodo pogovori trajali dlje od pričakovanj.") == []
    assert names("Odposlanci ZDA so prispeli.") == ["US"]


@pytest.mark.parametrize("place, adjective", [
    ("Harkov", "harkovska"), ("Odesa", "odeška"), ("Zaporožje", "zaporoška"),
    ("Dnipropetrovsk", "dnipropetrovska"), ("Doneck", "doneška"), ("Poltava", "poltavska"),
])
def test_place_adjectives_are_derived_by_rule(place, adjective):
    found = morphology.place_adjectives(place, "sl")
    assert found[0] == adjective
    assert {adjective[:-1] + "i", adjective[:-1] + "em"} <= set(found)


@pytest.mark.parametrize("text, expected", [
    ("Dron je zadel stanovanjski blok v harkovski regiji.", "Kharkiv"),
    ("Ponoči so v dnipropetrovski oblasti odjeknile eksplozije.", "Dnipropetrovsk"),
    ("Guverner je povedal, da je zaporoška oblast ostala brez elektrike.", "Zaporizhzhia"),
    ("Rakete so letele proti poltavski oblasti.", "Poltava"),
    ("Sirene so se oglasile po vsej odeški pokrajini.", "Odesa"),
])
def test_a_lower_case_oblast_adjective_before_a_region_noun_is_the_region(text, expected):
    regions = [m.entry.region for m in recognise(tokenize(text), "sl")]
    assert regions == [expected]


def test_a_lower_case_place_adjective_without_a_region_noun_is_no_region():
    assert names("Po besedah harkovskega župana je mesto ostalo brez vode.") == []


def test_nationality_adjectives_and_demonyms_stand_for_their_country():
    found = names("Ameriški in ruski pogajalci ter Američani, Britanci in Francozi so se strinjali.")
    assert {"US", "RU", "GB", "FR"} <= set(found)


def test_a_role_word_finds_a_person_missing_from_the_lexicon():
    ms = recognise(tokenize("Sestal se je z ministrom Robertom Kalanom."), "sl")
    assert [(m.entry.name, m.entry.role) for m in ms] == [("Robert Kalan", "minister")]


# ---------------------------------------------------------------- dates

PUB = D(2026, 2, 11)  # a Wednesday


def _one(text: str, direction: int = NEAREST):
    found = find_dates(text, "sl")
    assert found, text
    r = resolve(found[0], PUB, None, direction)
    return (r.start, r.end, r.precision) if r else None


@pytest.mark.parametrize("text, expected", [
    ("Srečanje je bilo 17. februarja 2026.", (D(2026, 2, 17), D(2026, 2, 17), "day")),
    ("Pogovori so bili 23. januarja.", (D(2026, 1, 23), D(2026, 1, 23), "day")),
    ("Pogajanja bodo 17. in 18. februarja.", (D(2026, 2, 17), D(2026, 2, 18), "day")),
    ("Pogajanja bodo od 4. do 5. marca.", (D(2026, 3, 4), D(2026, 3, 5), "day")),
    ("Vrh je bil 15. avgusta 2025 na Aljaski.", (D(2025, 8, 15), D(2025, 8, 15), "day")),
    ("Pogovori so bili decembra 2025.", (D(2025, 12, 1), D(2025, 12, 31), "month")),
    ("Pogovori so bili v januarju.", (D(2026, 1, 1), D(2026, 1, 31), "month")),
])
def test_absolute_dates(text, expected):
    assert _one(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Sestali so se danes.", D(2026, 2, 11)),
    ("Sestali so se včeraj.", D(2026, 2, 10)),
    ("Sestali so se predvčerajšnjim.", D(2026, 2, 9)),
    ("Napad je bil sinoči.", D(2026, 2, 10)),
    ("Sestali so se v ponedeljek.", D(2026, 2, 9)),
    ("Sestali so se v nedeljo.", D(2026, 2, 8)),
    ("Na četrtkovem srečanju so se dogovorili.", D(2026, 2, 5)),
    ("Pred dvema dnevoma so se sestali.", D(2026, 2, 9)),
])
def test_relative_days_point_back_from_publication(text, expected):
    assert _one(text) == (expected, expected, "day")


def test_a_weekday_of_a_planned_meeting_points_forward():
    assert _one("Sestali naj bi se v petek.", FUTURE) == (D(2026, 2, 13), D(2026, 2, 13), "day")


@pytest.mark.parametrize("text, start, end", [
    ("Prejšnji teden so se sestali.", D(2026, 2, 2), D(2026, 2, 8)),
    ("V prihodnjem tednu se bodo sestali.", D(2026, 2, 16), D(2026, 2, 22)),
    ("Minuli konec tedna so se sestali.", D(2026, 2, 7), D(2026, 2, 8)),
    ("Sestali so se v preteklem koncu tedna.", D(2026, 2, 7), D(2026, 2, 8)),
    ("Prihodnji vikend se bodo sestali.", D(2026, 2, 21), D(2026, 2, 22)),
])
def test_weeks_and_weekends(text, start, end):
    assert _one(text) == (start, end, "day")


@pytest.mark.parametrize("text, expected", [
    ("Napad je bil v noči na soboto.", D(2026, 2, 7)),
    ("Napad je bil v noči s petka na soboto.", D(2026, 2, 7)),
    ("Napad je bil ponoči na torek.", D(2026, 2, 10)),
])
def test_the_night_to_a_weekday_is_that_weekday(text, expected):
    found = find_dates(text, "sl")
    assert found[0].night
    assert _one(text) == (expected, expected, "day")


@pytest.mark.parametrize("text", [
    "Sredi marca bodo nadaljevali pogovore.",  # sredi = in the middle of, not Wednesday
    "Majhna skupina pogajalcev je odpotovala.",  # majhna = small, not May
    "Spopadi v Sredozemlju so se nadaljevali.",
])
def test_words_that_only_look_like_dates(text):
    assert all(d.kind not in ("weekday",) for d in find_dates(text, "sl"))
    assert all(d.month != 5 for d in find_dates(text, "sl"))


def test_an_unplaceable_relative_date_resolves_to_nothing():
    assert _one("V prihodnjih dneh naj bi se sestali.") is None


# ---------------------------------------------------------------- meetings

def test_held_trilateral_talks_with_led_delegations():
    rows = run(
        " date 2026-02-05 Ukrajinska in ruska delegacija sta se v sredo in četrtek v Abu Dabiju sestali na drugem "
        "krogu tristranskih pogajanj, ki jih posredujejo ZDA. Ukrajinsko delegacijo je vodil sekretar sveta za "
        "nacionalno varnost Rustem Umerov, rusko pa vodja vojaške obveščevalne službe Igor Kostjukov. Ameriško "
        "stran sta zastopala posebni odposlanec Steve Witkoff in Jared Kushner.\n\n"
        "Tiskovni predstavnik Kremlja Dmitrij Peskov je dejal, da je za oceno rezultatov še prezgodaj.")
    m = only(rows["meeting_mentions"])
    assert (m["city"], m["country_code"], m["status"]) == ("Abu Dhabi", "AE", "held")
    assert (m["start_date"], m["end_date"]) == (D(2026, 2, 4), D(2026, 2, 5))
    assert set(m["parties"]) == {"RU", "UA", "US"}
    people = set(m["participant_ids"])
    assert {"rustem-umerov", "igor-kostyukov", "steve-witkoff", "jared-kushner"} <= people
    assert "dmitry-peskov" not in people  # he only comments


def test_planned_round_next_week():
    rows = run(" date 2026-03-02 Naslednji krog pogajanj med Ukrajino in Rusijo naj bi potekal prihodnji teden "
               "v Istanbulu, so sporočili iz urada ukrajinskega predsednika.")
    m = only(rows["meeting_mentions"])
    assert (m["city"], m["country_code"], m["status"]) == ("Istanbul", "TR", "planned")
    assert (m["start_date"], m["end_date"]) == (D(2026, 3, 9), D(2026, 3, 15))
    assert {"RU", "UA"} <= set(m["parties"])


def test_a_phone_call_is_not_a_meeting():
    rows = run(" date 2026-03-02 Ameriški predsednik Donald Trump in ruski predsednik Vladimir Putin sta se v "
               "ponedeljek pogovarjala po telefonu. Pogovor je trajal več kot dve uri, je sporočil svetovalec "
               "Kremlja Jurij Ušakov.")
    assert rows["meeting_mentions"] == []


def test_a_video_conference_is_not_a_meeting():
    rows = run(" date 2026-01-07 Voditelji koalicije voljnih so se v torek prek videokonference pogovarjali o "
               "varnostnih jamstvih za Ukrajino.")
    assert rows["meeting_mentions"] == []


def test_cancelled_summit_keeps_its_sides_and_people():
    rows = run(" date 2026-01-20 Napovedano srečanje zunanjih ministrov ZDA in Rusije v Budimpešti je bilo "
               "odpovedano. Marco Rubio in Sergej Lavrov se tako ne bosta srečala, je sporočila Bela hiša.")
    m = only(rows["meeting_mentions"])
    assert (m["city"], m["status"]) == ("Budapest", "cancelled")
    assert set(m["parties"]) == {"RU", "US"}


def test_postponed_meeting_is_cancelled():
    rows = run(" date 2026-02-09 Srečanje med Putinom in Trumpom v Budimpešti je bilo preloženo za nedoločen čas, "
               "je včeraj sporočila ameriška administracija.")
    m = only(rows["meeting_mentions"])
    assert m["status"] == "cancelled"
    assert {"donald-trump", "vladimir-putin"} <= set(m["participant_ids"])


def test_meeting_in_the_kremlin_with_people_in_the_instrumental():
    rows = run(" date 2026-02-09 Putin se je v petek v Kremlju sestal z ameriškim odposlancem Stevom Witkoffom "
               "in Jaredom Kushnerjem. Pogovor je trajal pet ur, je dejal Ušakov.")
    m = only(rows["meeting_mentions"])
    assert (m["city"], m["country_code"], m["start_date"]) == ("Moscow", "RU", D(2026, 2, 6))
    assert set(m["participant_ids"]) == {"vladimir-putin", "steve-witkoff", "jared-kushner"}
    assert "yuri-ushakov" not in m["participant_ids"]


def test_planned_visit_hosted_by_a_leader():
    rows = run(" date 2026-01-12 Francoski predsednik Emmanuel Macron bo prihodnji teden v Kijevu gostil "
               "voditelje koalicije voljnih. Srečanja naj bi se udeležil tudi britanski premier Keir Starmer.")
    m = only(rows["meeting_mentions"])
    assert (m["city"], m["status"], m["start_date"]) == ("Kyiv", "planned", D(2026, 1, 19))
    assert {"emmanuel-macron", "keir-starmer"} <= set(m["participant_ids"])
    assert rows["proposal_mentions"] == []  # naming the coalition proposes nothing


def test_talks_today_and_a_speaker_in_another_paragraph():
    rows = run(" date 2026-02-18 Pogajalci Ukrajine, Rusije in ZDA so se danes v Ženevi sestali na tretjem krogu "
               "pogovorov. Ukrajinsko delegacijo vodi Rustem Umerov, rusko pa predsedniški svetovalec Vladimir "
               "Medinski.\n\nZelenski je v videonagovoru dejal, da od pogajanj ne pričakuje preboja.")
    m = only(rows["meeting_mentions"])
    assert (m["city"], m["start_date"], m["status"]) == ("Geneva", D(2026, 2, 18), "held")
    assert {"rustem-umerov", "vladimir-medinsky"} <= set(m["participant_ids"])
    assert "volodymyr-zelensky" not in m["participant_ids"]


def test_a_possibility_is_not_a_meeting():
    rows = run(" date 2026-02-10 Po neuradnih informacijah bi lahko naslednji krog pogovorov potekal v Ženevi, "
               "vendar datum še ni znan.")
    assert all(m["city"] != "Geneva" for m in rows["meeting_mentions"])


# ---------------------------------------------------------------- proposals

def _kinds(rows):
    return {p["kind"]: p for p in rows["proposal_mentions"]}


def test_numbered_peace_plan_and_territorial_demand():
    rows = run(" date 2026-01-08 Zelenski je sporočil, da Ukrajina podpira 20-točkovni mirovni načrt, ki so ga "
               "pripravili ukrajinski in ameriški pogajalci. Moskva je načrt zavrnila in ponovno zahtevala umik "
               "ukrajinskih sil iz Donbasa.")
    k = _kinds(rows)
    plan = k["peace_plan"]
    assert plan["n_points"] == 20 and plan["name"] == "20-point peace plan"
    assert {"UA", "US"} <= set(plan["proposed_by"])
    terr = k["territorial"]
    assert terr["name"] == "withdrawal from Donbas"
    assert "RU" in terr["proposed_by"]


def test_plan_shortened_to_fewer_points():
    rows = run(" date 2025-11-26 Ukrajinski in ameriški pogajalci so načrt na pogovorih v Ženevi skrajšali na "
               "19 točk.")
    plan = _kinds(rows)["peace_plan"]
    assert plan["n_points"] == 19
    assert {"UA", "US"} <= set(plan["proposed_by"])


def test_energy_ceasefire_proposed():
    rows = run(" date 2026-01-08 Kijev je predlagal energetsko premirje, s katerim bi obe strani prenehali "
               "napadati energetsko infrastrukturo.")
    c = _kinds(rows)["ceasefire"]
    assert c["scope"] == "energy" and c["proposed_by"] == ["UA"]
    assert rows["attack_mentions"] == []


def test_full_ceasefire_rejected_by_the_kremlin_and_demanded_by_kyiv():
    rows = run(" date 2026-01-25 Kremelj je predlog za popolno premirje zavrnil, Kijev pa vztraja pri "
               "brezpogojnem premirju.")
    c = _kinds(rows)["ceasefire"]
    assert c["scope"] == "full"
    assert c["rejected_by"] == ["RU"]
    assert "RU" not in c["proposed_by"]


def test_halt_of_strikes_on_energy_is_an_energy_ceasefire():
    rows = run(" date 2026-01-30 Na zahtevo Washingtona je Moskva pristala na enotedensko ustavitev napadov na "
               "energetske objekte v Ukrajini.")
    c = _kinds(rows)["ceasefire"]
    assert c["scope"] == "energy"
    assert "US" in c["proposed_by"] and "RU" in c["supported_by"]


def test_security_guarantees_offered():
    rows = run(" date 2026-01-25 ZDA so ponudile varnostna jamstva za Ukrajino, ki jih mora potrditi ameriški "
               "kongres.")
    g = _kinds(rows)["security_guarantees"]
    assert "US" in g["proposed_by"]
    assert "UA" in g["supported_by"]


def test_the_dative_is_the_one_guarantees_are_offered_to_not_who_offers_them():
    rows = run(" date 2026-01-14 Velika Britanija je Ukrajini ponudila varnostna jamstva.")
    g = _kinds(rows)["security_guarantees"]
    assert g["proposed_by"] == ["GB"]
    assert g["supported_by"] == ["UA"]


def test_the_dative_of_an_offered_ceasefire_is_not_its_author():
    rows = run(" date 2026-01-14 Moskva je Ukrajini ponudila tridnevno premirje, a ga je Kijev zavrnil.")
    c = _kinds(rows)["ceasefire"]
    assert c["proposed_by"] == ["RU"]
    assert c["rejected_by"] == ["UA"]


def test_a_plan_presented_to_a_leader_is_not_his():
    rows = run(" date 2026-01-14 Trump je Zelenskemu predstavil 28-točkovni mirovni načrt.")
    plan = _kinds(rows)["peace_plan"]
    assert plan["proposed_by"] == ["US"]


def test_a_dative_with_a_verb_of_rejection_still_rejects():
    rows = run(" date 2026-01-14 Ameriški 20-točkovni načrt je Rusiji nesprejemljiv.")
    plan = _kinds(rows)["peace_plan"]
    assert "RU" in plan["rejected_by"] and "RU" not in plan["proposed_by"]


@pytest.mark.parametrize("text, scope", [
    ("Zelenski je predlagal premirje na kopnem, v zraku in na morju.", "full"),
    ("Kijev je predlagal premirje na kopnem, na morju in v zraku, Moskva pa ga je zavrnila.", "full"),
    ("Pariz in London sta predlagala premirje v zraku in na morju.", None),  # not on land: not full
])
def test_a_ceasefire_on_land_in_the_air_and_at_sea_is_full(text, scope):
    c = _kinds(run(" date 2026-03-03 " + text))["ceasefire"]
    assert c["scope"] == scope


def test_multinational_force_rejected_by_russia():
    rows = run(" date 2026-01-07 Francija in Velika Britanija sta predlagali napotitev večnacionalnih sil v "
               "Ukrajino po sklenitvi premirja. Rusija je prisotnost tujih vojakov v Ukrajini odločno zavrnila.")
    f = _kinds(rows)["peacekeeping_force"]
    assert {"FR", "GB"} <= set(f["proposed_by"])
    assert "RU" in f["rejected_by"]
    assert "ceasefire" not in _kinds(rows)  # "po sklenitvi premirja" is a condition, not a proposal


def test_referendum_on_territory():
    rows = run(" date 2026-02-01 Zelenski je predlagal, da bi o morebitni predaji ozemlja odločali na "
               "referendumu.")
    t = _kinds(rows)["territorial"]
    assert t["name"] == "referendum on territory" and "UA" in t["proposed_by"]


# ---------------------------------------------------------------- attacks

def test_overnight_strike_with_counts_casualties_and_regions():
    rows = run(" date 2026-02-14 Rusija je v noči na soboto nad Ukrajino izstrelila 150 brezpilotnih letalnikov "
               "in 12 manevrirnih raket, je sporočilo ukrajinsko vojno letalstvo. V napadih na Harkov in Odeso so "
               "bili ubiti štirje ljudje, najmanj 17 pa je bilo ranjenih. Poškodovana je bila energetska "
               "infrastruktura.")
    a = only(rows["attack_mentions"])
    assert a["attack_date"] == D(2026, 2, 14)
    assert (a["attacker_country"], a["target_country"]) == ("RU", "UA")
    assert set(a["weapons"]) == {"drone", "missile"}
    assert (a["n_drones"], a["n_missiles"], a["killed"], a["injured"]) == (150, 12, 4, 17)
    assert set(a["regions"]) == {"Kharkiv", "Odesa"}
    assert a["target_type"] == "energy"


def test_strike_on_an_oblast_with_words_for_numbers():
    rows = run(" date 2026-02-03 Ruske sile so v noči na torek z droni in raketami napadle Harkovsko regijo. "
               "Po navedbah guvernerja je bilo ubitih pet ljudi, med njimi dva otroka, 23 jih je bilo ranjenih.")
    a = only(rows["attack_mentions"])
    assert a["attack_date"] == D(2026, 2, 3)
    assert a["regions"] == ["Kharkiv"]
    assert (a["killed"], a["injured"]) == (5, 23)
    assert a["target_type"] == "civilian"


def test_glide_bombs_on_a_city():
    rows = run(" date 2026-02-20 Ruska letala so včeraj z vodenimi bombami napadla Zaporožje, pri čemer sta bili "
               "ubiti dve osebi.")
    a = only(rows["attack_mentions"])
    assert "glide_bomb" in a["weapons"]
    assert a["attack_date"] == D(2026, 2, 19)
    assert a["killed"] == 2 and a["regions"] == ["Zaporizhzhia"]


def test_strike_on_lower_case_oblasts():
    rows = run(" date 2026-02-24 Ruske sile so v noči na torek z 80 droni napadle cilje v harkovski in "
               "dnipropetrovski oblasti. V dnipropetrovski oblasti sta bila ubita dva človeka.")
    a = only(rows["attack_mentions"])
    assert set(a["regions"]) == {"Kharkiv", "Dnipropetrovsk"}  # "harkovski in" takes the noun after the next
    assert a["n_drones"] == 80 and a["killed"] == 2


def test_a_generic_remark_is_not_an_attack():
    rows = run(' date 2026-02-20 "Na nas vsak dan streljajo z droni in raketami," je dejal župan. Rusija '
               "nadaljuje napade na ukrajinska mesta.")
    assert rows["attack_mentions"] == []


# ---------------------------------------------------------------- unseen-text fixes (tests/corpus/hu_sl)


def test_a_possible_meeting_without_a_venue_joins_no_other():
    rows = run(" date 2026-03-10 Pogovori v Riadu, predvideni za prihodnji teden, so odpovedani. Trump je pozneje "
               "dejal, da se bo s Putinom morda kmalu sestal.")
    m = only(rows["meeting_mentions"])
    assert (m["city"], m["status"]) == ("Riyadh", "cancelled")
    assert not {"donald-trump", "vladimir-putin"} & set(m["participant_ids"] or [])


def test_this_weekend_of_a_called_off_meeting_is_the_coming_one():
    rows = run(" date 2026-03-10 Srečanje v Ženevi, ki bi moralo potekati ta konec tedna, je odpovedano.")
    m = only(rows["meeting_mentions"])
    assert (m["city"], m["status"], m["start_date"]) == ("Geneva", "cancelled", D(2026, 3, 14))


def test_subject_after_the_stance_verb():
    rows = run(" date 2026-03-10 Združene države so predlagale energetsko premirje. Predlog je podprla tudi "
               "Francija, Moskva pa se še ni odzvala.")
    p = only(rows["proposal_mentions"])
    assert (p["kind"], p["proposed_by"], p["supported_by"]) == ("ceasefire", ["US"], ["FR"])


def test_air_defence_sentence_details_the_wave():
    rows = run(" date 2026-01-16 Rusija je v noči na petek nad Ukrajino izstrelila 180 dronov in devet raket. "
               "Zračna obramba je sestrelila 160 dronov in sedem raket. V napadu je umrl en človek.")
    a = only(rows["attack_mentions"])
    assert (a["n_drones"], a["n_missiles"], a["killed"]) == (180, 9, 1)


def test_the_side_asked_to_withdraw_in_the_next_clause_is_not_the_proposer():
    rows = run(" date 2026-03-10 Kremelj je znova postavil zahtevo, da se ukrajinska vojska umakne iz Luganske "
               "oblasti.")
    p = only(rows["proposal_mentions"])
    assert p["kind"] == "territorial" and p["proposed_by"] == ["RU"]


# ---------------------------------------------------------------- unseen-text fixes (tests/corpus/hu_sl_2)


def test_a_meeting_put_off_to_a_new_day_is_planned_for_that_day():
    rows = run(" date 2026-05-04 Srečanje zunanjih ministrov v Bruslju, ki bi moralo biti v četrtek, so prestavili "
               "na petek.")
    m = only(rows["meeting_mentions"])
    assert (m["city"], m["status"], m["start_date"]) == ("Brussels", "planned", D(2026, 5, 8))


def test_oblasti_are_the_authorities_without_a_preposition_of_place():
    assert names("Kijevske oblasti so zavrnile obtožbe.") == []
    assert names("Pogovarjali so se s kijevskimi oblastmi.") == []
    assert names("Iz Harkovske oblasti poročajo o eksplozijah.") == ["Kharkiv Oblast"]
    assert names("Napadi v odeški in mikolajivski oblasti.") == ["Odesa Oblast", "Mykolaiv Oblast"]
    rows = run(" date 2026-05-04 Rusija je v noči na ponedeljek z 90 droni napadla Odeso, kot so sporočile "
               "kijevske oblasti, so bili ranjeni trije ljudje.")
    a = only(rows["attack_mentions"])
    assert a["regions"] == ["Odesa"] and a["injured"] == 3


def test_a_numeric_range_of_days():
    (d,) = find_dates("Pogovori bodo potekali 17.–18. 3. v Ženevi.", "sl")
    assert (d.day, d.day2, d.month) == (17, 18, 3)
    rows = run(" date 2026-03-10 Tristranski pogovori v Ženevi bodo 24–25. 3. 2026.")
    m = only(rows["meeting_mentions"])
    assert (m["start_date"], m["end_date"]) == (D(2026, 3, 24), D(2026, 3, 25))


def test_next_month_in_budapest():
    rows = run(" date 2026-05-11 Trump in Putin naj bi se prihodnji mesec sestala v Budimpešti.")
    m = only(rows["meeting_mentions"])
    assert (m["city"], m["status"], m["date_precision"]) == ("Budapest", "planned", "month")
    assert (m["start_date"], m["end_date"]) == (D(2026, 6, 1), D(2026, 6, 30))


def test_the_summit_takes_the_place_of_the_sentence_before():
    rows = run(" date 2026-05-11 Zunanji ministri so se konec tedna v Varšavi dogovorili o novem svežnju pomoči. "
               "Srečanje je vodil poljski zunanji minister Radosław Sikorski.")
    m = only(rows["meeting_mentions"])
    assert (m["city"], m["start_date"], m["end_date"]) == ("Warsaw", D(2026, 5, 9), D(2026, 5, 10))
    assert "radoslaw-sikorski" in m["participant_ids"]


def test_the_source_of_the_figures_is_not_the_attacker():
    rows = run(" date 2026-05-08 Ruski droni so v noči na petek napadli Harkov, ubit je bil en človek. Po navedbah "
               "ukrajinskih zračnih sil je šlo za 95 dronov in dve raketi.")
    a = only(rows["attack_mentions"])
    assert (a["attacker_country"], a["n_drones"], a["n_missiles"], a["killed"]) == ("RU", 95, 2, 1)


def test_the_attacker_in_a_relative_clause():
    rows = run(" date 2026-05-08 Ukrajinska zračna obramba je ponoči sestrelila 40 od 55 dronov, ki jih je "
               "izstrelila Rusija, v Sumah sta bila ranjena dva človeka.")
    a = only(rows["attack_mentions"])
    assert (a["attacker_country"], a["target_country"]) == ("RU", "UA")


def test_an_ombudsman_named_before_the_role():
    found = [(m.entry.name, m.entry.role) for m in recognise(tokenize(
        "Rusko stran je zastopala Tatjana Moskalkova, varuhinja človekovih pravic."), "sl")]
    # Moskalkova is in the lexicon now: her canonical English name; a name missing from it is found by the role
    assert ("Tatyana Moskalkova", "human rights commissioner") in found
    found = [(m.entry.name, m.entry.role) for m in recognise(tokenize(
        "Rusko stran je zastopala Jelena Petrova, varuhinja človekovih pravic."), "sl")]
    assert ("Jelena Petrova", "human rights commissioner") in found


def test_the_demand_rejected_is_the_withdrawal_named_before():
    rows = run(" date 2026-05-08 Rusija zahteva umik ukrajinskih sil iz Zaporoške oblasti. Kijev je zahtevo po "
               "umiku odločno zavrnil.")
    p = only(rows["proposal_mentions"])
    assert (p["kind"], p["proposed_by"], p["rejected_by"]) == ("territorial", ["RU"], ["UA"])


def test_the_authorities_who_report_a_strike_are_not_its_attacker():
    rows = run(" date 2026-05-06 Ruske oblasti so po napadu ukrajinskih dronov na rafinerijo v Tuapseju sporočile, "
               "da je bil ranjen en človek.")
    a = only(rows["attack_mentions"])
    assert (a["attacker_country"], a["target_country"], a["injured"]) == ("UA", "RU", 1)


def test_the_city_hit_in_a_relative_clause_is_not_the_attacker():
    rows = run(" date 2026-05-06 Rakete, ki so v noči na torek zadele Kijev, so ubile tri ljudi.")
    a = only(rows["attack_mentions"])
    assert a["attacker_country"] != "UA" and a["target_country"] == "UA"


def test_days_joined_by_in_before_a_numeric_month():
    (d,) = find_dates("Pogovori bodo med 20. in 21. 5. potekali v Rijadu.", "sl")
    assert (d.day, d.day2, d.month) == (20, 21, 5)


def test_a_proposal_noun_reaches_its_verb_across_the_clause():
    rows = run(" date 2026-05-06 Kremelj je francosko pobudo za prekinitev ognja v sredo odločno zavrnil.")
    p = only(rows["proposal_mentions"])
    assert (p["proposed_by"], p["rejected_by"]) == (["FR"], ["RU"])


def test_the_authors_named_in_a_relative_clause_of_the_proposal():
    rows = run(" date 2026-05-06 Po načrtu, ki ga je pripravila Nemčija, bi evropski vojaki varovali zahodno mejo "
               "Ukrajine.")
    p = only(rows["proposal_mentions"])
    assert (p["kind"], p["proposed_by"]) == ("peacekeeping_force", ["DE"])


def test_talks_that_lasted_two_days_began_the_day_before():
    rows = run(" date 2026-05-06 Pogovori v Ženevi, ki so trajali dva dni, so se končali v torek.")
    m = only(rows["meeting_mentions"])
    assert (m["city"], m["start_date"], m["end_date"]) == ("Geneva", D(2026, 5, 4), D(2026, 5, 5))


def test_next_and_last_weekday_words():
    rows = run(" date 2026-06-10 Sestanek v Bruslju, ki bi moral biti v petek, so prestavili na prihodnjo sredo.")
    m = only(rows["meeting_mentions"])
    assert (m["city"], m["status"], m["start_date"]) == ("Brussels", "planned", D(2026, 6, 17))
    (d,) = find_dates("prejšnjo sredo", "sl")  # told on a Wednesday: a week ago
    assert resolve(d, D(2026, 6, 10), None, NEAREST).start == D(2026, 6, 3)


def test_the_plan_named_before_rejected_in_the_next_sentence():
    rows = run(" date 2026-03-02 Francija je predlagala mirovne sile za Ukrajino. Rusija je načrt odločno zavrnila.")
    p = only(rows["proposal_mentions"])
    assert p["kind"] == "peacekeeping_force"
    assert (p["proposed_by"], p["rejected_by"]) == (["FR"], ["RU"])


def test_a_weekday_in_apposition_to_a_date_takes_the_date():
    rows = run(" date 2026-06-05 Pogovori, ki bi morali potekati v sredo, 10. junija, v Ženevi, so preložili.")
    m = only(rows["meeting_mentions"])
    assert (m["city"], m["start_date"], m["end_date"]) == ("Geneva", D(2026, 6, 10), D(2026, 6, 10))


def test_the_same_night_is_the_night_of_the_strike_told_before():
    rows = run(" date 2026-06-12 Rusija je v noči na četrtek nad Ukrajino izstrelila 200 dronov, v Harkovu sta bila "
               "ubita dva človeka.\n\nUkrajinske sile so v isti noči z droni napadle rafinerijo v Saratovu.")
    ru, ua = sorted(rows["attack_mentions"], key=lambda a: a["attacker_country"] != "RU")
    assert (ru["attack_date"], ua["attack_date"]) == (D(2026, 6, 11), D(2026, 6, 11))
    assert (ua["attacker_country"], ua["target_country"]) == ("UA", "RU")


def test_a_capital_for_its_government_is_no_venue():
    rows = run(" date 2026-05-20 Ruska in ukrajinska delegacija sta se v ponedeljek sestali v Istanbulu.\n\n"
               "Srečanje je vodil turški zunanji minister Hakan Fidan, ki je dejal, da si Ankara želi, da bi se "
               "pogajanja kmalu nadaljevala.")
    assert {m["city"] for m in rows["meeting_mentions"]} == {"Istanbul"}
    rows = run(" date 2026-05-20 Fidan je v torek v Ankari gostil pogovore med Rusijo in Ukrajino.")
    assert only(rows["meeting_mentions"])["city"] == "Ankara"


def test_the_parties_are_the_sides_of_the_meeting_told_before():
    rows = run(" date 2026-05-20 Ameriška, ruska in ukrajinska delegacija se bodo prihodnji torek sestale v Istanbulu."
               "\n\nStrani so se nazadnje sestale 12. aprila v Ženevi.")
    geneva = next(m for m in rows["meeting_mentions"] if m["city"] == "Geneva")
    assert geneva["parties"] == ["RU", "UA", "US"]


def test_a_possible_deployment_does_not_make_the_talks_a_possibility():
    rows = run(" date 2026-06-05 Obrambni ministri so se v sredo v Londonu sestali na pogovorih o morebitni "
               "napotitvi vojakov v Ukrajino.")
    m = only(rows["meeting_mentions"])
    assert (m["city"], m["status"], m["start_date"]) == ("London", "held", D(2026, 6, 3))
    assert run(" date 2026-06-05 Govorijo o morebitnem srečanju v Budimpešti.")["meeting_mentions"] == []


def test_readiness_to_meet_and_the_kremlin_answering_are_no_meeting():
    rows = run(" date 2026-06-05 Zelenski je ponovil, da je pripravljen na neposredno srečanje s Putinom, v Kremlju pa "
               "so odgovorili, da je za to še prezgodaj.")
    assert rows["meeting_mentions"] == []
    rows = run(" date 2026-06-05 Putin je v torek v Kremlju sprejel Witkoffa, je sporočil Peskov.")
    assert only(rows["meeting_mentions"])["city"] == "Moscow"


def test_who_reports_the_delegations_trip_takes_no_part():
    rows = run(" date 2026-04-09 Zelenski je dejal, da bo ukrajinska delegacija v sredo odpotovala v Ženevo.")
    m = only(rows["meeting_mentions"])
    assert (m["city"], m["participant_ids"]) == ("Geneva", [])


# ---------------------------------------------------------------- breadth of the lexicon (Slovenian spellings)


@pytest.mark.parametrize("text, expected", [
    ("Putin se je posvetoval z Nikolajem Patruševom.", "Nikolai Patrushev"),
    ("Izjava Sergeja Kirijenka je bila kratka.", "Sergei Kiriyenko"),
    ("V Istanbul sta odpotovala Aleksej Poliščuk in Mihail Švidkoj.", "Mikhail Shvydkoy"),
    ("Ruski veleposlanik pri ZN Vasilij Nebenzja je zavrnil resolucijo.", "Vasily Nebenzya"),
    ("Z Leonidom Sluckim so govorili o sankcijah.", "Leonid Slutsky"),
    ("Sestali so se s Pavlom Paliso in Oleksandrom Bevzom.", "Pavlo Palisa"),
    ("Ukrajinski varuh človekovih pravic Dmitro Lubinec je potrdil izmenjavo.", "Dmytro Lubinets"),
    ("Papež Leon XIV. je sprejel ukrajinskega predsednika.", "Pope Leo XIV"),
    ("Z evropsko komisarko Marto Kos so govorili o širitvi.", "Marta Kos"),
    ("Obrambni minister Borut Sajovic je obiskal Kijev.", "Borut Sajovic"),
    ("Kardinal Matteo Zuppi je posredoval pri vrnitvi otrok.", "Matteo Zuppi"),
])
def test_people_added_for_breadth_in_slovenian_cases(text, expected):
    assert expected in names(text)


@pytest.mark.parametrize("text, expected", [
    ("Droni so zadeli rafinerijo v Rostovu na Donu.", "Rostov-on-Don"),
    ("Eksplozije so odjeknile v Sizranu in Novokujbiševsku.", "Novokuibyshevsk"),
    ("Požar je izbruhnil v pristanišču Ust-Luga.", "Ust-Luga"),
    ("Napad na Voronež je terjal dve žrtvi.", "Voronezh"),
    ("Ruske sile so napredovale pri Časivem Jaru in Toreckem.", "Chasiv Yar"),
    ("Voditelji Nata so se zbrali v Haagu.", "The Hague"),
    ("Zunanji ministri so se sestali v Pragi.", "Prague"),
    ("Rakete so zadele Balaklijo v Harkovski regiji.", "Balakliia"),
    ("Ukrajinske sile so se umaknile iz Sudže.", "Sudzha"),
])
def test_places_added_for_breadth_in_slovenian_cases(text, expected):
    assert expected in names(text)


def test_new_names_take_no_ordinary_slovenian_word():
    # kos (a piece), tihi (quiet), moda: ordinary words, also at a sentence's start
    assert names("Kos kruha je ostal na mizi. Tihi dogovor ni obveljal. Pavel je prišel pozno.") == []


# ---------------------------------------------------------------- hu_sl_3 rules (sentences written for these tests)


def test_from_to_range_is_the_meetings_own_date():
    rows = run(" date 2026-03-10 Pogovori v Ženevi, ki so potekali od 3. do 4. marca, so bili po besedah diplomatov "
               "konstruktivni.")
    m = only(rows["meeting_mentions"])
    assert (m["start_date"], m["end_date"]) == (D(2026, 3, 3), D(2026, 3, 4))


def test_an_unknown_official_after_a_role_with_its_remit():
    found = recognise(tokenize("Pogovorov se je udeležila veleposlanica za človekove pravice Ana Horvat."), "sl")
    person = next(m for m in found if m.entry.etype == "person")
    assert person.entry.name == "Ana Horvat" and person.entry.role == "ambassador"


def test_in_the_team_and_confirmed_attendance_name_participants():
    rows = run(" date 2026-03-10 Delegaciji ZDA in Ukrajine se bosta v četrtek sestali v Ženevi. V ameriški ekipi bo "
               "tudi svetovalec Tom Baker.\n\nVoditelji se bodo v soboto sestali v Parizu. Udeležbo so potrdili "
               "nemški kancler Friedrich Merz, poljski premier Donald Tusk in finski predsednik Alexander Stubb.")
    geneva = next(m for m in rows["meeting_mentions"] if m["city"] == "Geneva")
    paris = next(m for m in rows["meeting_mentions"] if m["city"] == "Paris")
    assert "x-tom-baker" in geneva["participant_ids"]
    assert {"friedrich-merz", "donald-tusk", "alexander-stubb"} <= set(paris["participant_ids"])


def test_there_is_the_meeting_just_told_even_when_called_off():
    rows = run(" date 2026-03-10 Witkoff se je v ponedeljek v Ženevi sestal z Umerovom. Srečanje v Carigradu, ki bi "
               "moralo biti v petek, so odpovedali. Fidan bi se tam sestal z Lavrovom.")
    istanbul = next(m for m in rows["meeting_mentions"] if m["city"] == "Istanbul")
    geneva = next(m for m in rows["meeting_mentions"] if m["city"] == "Geneva")
    assert {"hakan-fidan", "sergey-lavrov"} <= set(istanbul["participant_ids"])
    assert "sergey-lavrov" not in geneva["participant_ids"]


def test_a_demilitarised_strip_is_a_zone_and_troops_pulled_out_no_force():
    rows = run(" date 2026-03-10 Washington je predlagal demilitariziran pas ob sedanji črti, Moskva pa ga je "
               "zavrnila. Rusija zahteva, da Ukrajina najprej umakne vojake iz Donbasa.")
    kinds = {p["merge_key"] for p in rows["proposal_mentions"]}
    assert "territorial:zone" in kinds
    assert not any(p["kind"] == "peacekeeping_force" for p in rows["proposal_mentions"])
    zone = next(p for p in rows["proposal_mentions"] if p["merge_key"] == "territorial:zone")
    assert zone["proposed_by"] == ["US"] and zone["rejected_by"] == ["RU"]


def test_a_forum_or_a_fund_named_for_the_economy_is_no_economic_offer():
    rows = run(" date 2026-05-20 Na Svetovnem gospodarskem forumu v Davosu je Zelenski govoril o miru. Tam je bil "
               "tudi Kiril Dmitrijev, direktor Ruskega neposrednega investicijskega sklada.")
    assert not [p for p in rows["proposal_mentions"] if p["kind"] == "economic"]


def test_the_one_called_on_to_accept_is_not_the_author():
    rows = run(" date 2026-05-20 Nemški kancler je v petek pozval Rusijo, naj sprejme ukrajinski predlog za premirje.")
    p = only(rows["proposal_mentions"])
    assert "UA" in p["proposed_by"] and "RU" not in p["proposed_by"] + p["supported_by"]


def test_guarantees_with_a_guarantor_and_without_one():
    american = only(run(" date 2026-05-20 Dokument vključuje ameriška varnostna jamstva za Ukrajino.")
                    ["proposal_mentions"])
    assert american["merge_key"] == "security_guarantees:us" and american["proposed_by"] == ["US"]
    other = only(run(" date 2026-05-20 Francija in Velika Britanija sta predlagali varnostna jamstva za Ukrajino.")
                 ["proposal_mentions"])
    assert other["merge_key"] == "security_guarantees:*" and other["proposed_by"] == ["FR", "GB"]


def test_a_withdrawal_from_many_regions_is_a_demand_of_its_own():
    rows = run(" date 2026-05-20 Rusija zahteva, da se Ukrajina umakne iz Luganske, Doneške, Hersonske in Zaporoške "
               "regije. Kremelj vztraja tudi pri umiku iz Doneške regije.")
    keys = sorted(p["merge_key"] for p in rows["proposal_mentions"])
    assert keys == ["territorial:donetsk", "territorial:regions"]


def test_a_chief_of_defence_missing_from_the_lexicon_is_found_by_the_role():
    ms = recognise(tokenize("V Bruslju je bil tudi švedski načelnik obrambnega štaba Anders Lindqvist."), "sl")
    person = next(m for m in ms if m.entry.etype == "person")
    assert (person.entry.name, person.entry.role) == ("Anders Lindqvist", "chief of defence")


def test_the_one_who_opened_the_talks_took_part():
    rows = run(" date 2026-03-04 Ruska in ukrajinska delegacija sta se v torek sestali v Ženevi. Srečanje je odprl "
               "švicarski zunanji minister Ignazio Cassis.")
    people = {p["person_name"] for p in rows["meeting_participants"]}
    assert "Ignazio Cassis" in people


def test_an_economic_offer_named_by_its_giver_carries_it_in_the_key():
    rows = run(" date 2026-05-20 Rubio je Kijevu ponudil ameriški sklad za obnovo Ukrajine, vreden 40 milijard dolarjev.")
    p = only([p for p in rows["proposal_mentions"] if p["kind"] == "economic"])
    assert p["merge_key"] == "economic:us" and p["proposed_by"] == ["US"]


def test_the_party_a_demand_is_made_of_is_not_its_author_sl():
    rows = extract_article("t", clean(" date 2026-05-04\nMoskva od Kijeva zahteva umik iz Luganske regije.", "text"))
    [p] = [p for p in rows["proposal_mentions"] if p["kind"] == "territorial"]
    assert p["proposed_by"] == ["RU"]


# ---------------------------------------------------------------- unseen-text fixes (tests/corpus/hu_sl_4)


def test_the_nationality_of_the_air_defence_is_the_side_attacked():
    rows = run(" date 2026-08-12 Rusija je v noči na sredo nad Ukrajino izstrelila 90 dronov in štiri rakete. "
               "Ukrajinska zračna obramba je sestrelila 81 dronov in tri rakete.")
    a = only(rows["attack_mentions"])
    assert (a["attacker_country"], a["n_drones"], a["n_missiles"]) == ("RU", 90, 4)


def test_a_grain_agreement_is_an_economic_proposal():
    rows = run(" date 2026-08-12 Turčija je predlagala obnovo žitnega sporazuma, Kijev je predlog podprl.")
    p = next(p for p in rows["proposal_mentions"] if p["kind"] == "economic")
    assert p["proposed_by"] == ["TR"] and p["supported_by"] == ["UA"]


def test_guarantees_said_to_be_missing_are_not_proposed():
    rows = run(" date 2026-08-12 Madžarska je predlagala takojšnje premirje. Kijev je predlog zavrnil, saj bi bilo "
               "premirje brez varnostnih jamstev po njegovem le odmor za Rusijo.")
    assert [p["kind"] for p in rows["proposal_mentions"]] == ["ceasefire"]
    p = rows["proposal_mentions"][0]
    assert (p["proposed_by"], p["rejected_by"]) == (["HU"], ["UA"])


def test_a_capital_as_subject_is_the_government_not_a_venue():
    rows = run(" date 2026-08-12 Bled bi bil dober kraj za srečanje, vendar Ljubljana ne bo ničesar vsiljevala.")
    assert all(m["city"] != "Ljubljana" for m in rows["meeting_mentions"])


def test_a_readiness_to_host_talks_is_no_meeting():
    rows = run(" date 2026-08-12 Švica je pripravljena gostiti pogovore v Ženevi, je dejal Cassis.")
    assert rows["meeting_mentions"] == []


def test_what_happens_every_day_is_no_part_of_a_strike():
    rows = run(" date 2026-08-12 V noči na sredo so ruske sile s topništvom napadle Herson, ranjeni so bili štirje "
               "ljudje. »Vsak dan nas napadajo z droni in raketami,« je dejal župan.")
    a = only(rows["attack_mentions"])
    assert a["weapons"] == ["artillery"] and a["injured"] == 4


# ---------------------------------------------------------------- fifth session: hu_sl_5 rules


def test_the_days_of_the_talks_just_ended_do_not_date_the_next_round():
    # published Sunday 13 December 2026: the talks were on Friday and Saturday, the next round "in mid-January"
    rows = run(" date 2026-12-13 Po petkovih in sobotnih pogovorih so delegacije sporočile, da se bodo znova "
               "sestale sredi januarja v Riadu.")
    m = only([m for m in rows["meeting_mentions"] if m["city"] == "Riyadh"])
    assert (m["start_date"], m["date_precision"], m["status"]) == (D(2027, 1, 1), "month", "planned")


def test_an_offer_to_host_is_no_meeting():
    rows = run(" date 2026-12-13 Avstrija je ponudila, da bi na Dunaju gostila srečanje zunanjih ministrov Rusije "
               "in Ukrajine.")
    assert rows["meeting_mentions"] == []


def test_the_kremlin_speaking_is_no_venue():
    rows = run(" date 2026-12-13 Zelenski je pripravljen na srečanje s Putinom, v Kremlju pa pravijo, da je za to "
               "še prezgodaj.")
    assert [m for m in rows["meeting_mentions"] if m["city"] == "Moscow"] == []


@pytest.mark.parametrize("text, person", [
    ("Na sestanku je bil tudi Ivan Fedorov.", "Ivan Fedorov"),
    ("Na sestanku je bil tudi Mihajlo Fedorov.", "Mykhailo Fedorov"),
    ("Pogovarjali so se z Ivanom Fedorovom.", "Ivan Fedorov"),
])
def test_a_given_name_chooses_between_people_of_one_surname(text, person):
    assert [n for n in names(text) if n.endswith("Fedorov")] == [person]


def test_a_bare_surname_of_two_people_is_the_one_the_article_named_last_in_full():
    rows = run(" date 2026-12-13 Guverner Ivan Fedorov je v petek v Zaporožju sprejel delegacijo Rdečega križa. "
               "Fedorov se je z njimi pogovarjal o evakuaciji.")
    people = {p["person_name"] for p in rows["meeting_participants"]}
    assert "Ivan Fedorov" in people and "Mykhailo Fedorov" not in people


def test_a_role_of_several_words_in_the_instrumental_names_an_unknown_person():
    found = [(m.entry.name, m.entry.role) for m in recognise(tokenize(
        "Golob se je sestal z namestnikom zunanjega ministra Borisom Novakom."), "sl") if m.entry.etype == "person"]
    assert ("Boris Novak", "deputy foreign minister") in found


def test_a_peace_plan_with_no_number_of_points_in_its_cases():
    rows = run(" date 2026-12-13 Poljska stoji za ukrajinskim mirovnim načrtom, Rusija pa ga zavrača.")
    p = only(rows["proposal_mentions"])
    assert (p["kind"], p["n_points"], p["proposed_by"], p["supported_by"], p["rejected_by"]) == (
        "peace_plan", None, ["UA"], ["PL"], ["RU"])


def test_strikes_that_did_not_stop_are_no_proposal_to_stop_them():
    rows = run(" date 2026-12-13 Rusija tudi med prazniki ni ustavila napadov na energetsko infrastrukturo.")
    assert rows["proposal_mentions"] == []


def test_two_nights_in_a_row_with_the_same_weapons_are_two_strikes():
    rows = run(" date 2026-12-13 Rusija je v noči na petek z droni in raketami napadla Odeso, ranjenih je bilo "
               "šest ljudi. V noči na soboto so ruske sile Odeso znova napadle z droni in raketami, umrl je en človek.")
    found = sorted((a["attack_date"], a["injured"], a["killed"]) for a in rows["attack_mentions"])
    assert found == [(D(2026, 12, 11), 6, None), (D(2026, 12, 12), None, 1)]


def test_receiving_a_role_and_its_country_before_the_name_is_a_meeting():
    rows = run(" date 2026-12-13 V petek je predsednik Volodimir Zelenski v Kijevu sprejel zunanjega ministra "
               "Katarja Mohameda Al Tanija.")
    m = only(rows["meeting_mentions"])
    assert (m["city"], m["start_date"], m["status"]) == ("Kyiv", D(2026, 12, 11), "held")


def test_the_next_round_at_the_end_of_the_month():
    rows = run(" date 2026-12-04 Delegaciji sta sporočili, da bo naslednji krog konec meseca v Dohi.")
    m = only(rows["meeting_mentions"])
    assert (m["city"], m["start_date"], m["date_precision"], m["status"]) == ("Doha", D(2026, 12, 1), "month",
                                                                              "planned")


# ---------------------------------------------------------------- sixth session: people of the article's own language


@pytest.mark.parametrize("text, expected", [
    # a Slovenian official keeps the Slovenian spelling, also after a case ending is taken off
    ("Slovenijo je na pogovorih zastopal državni sekretar Gašper Štrukelj.", "Gašper Štrukelj"),
    ("Minister se je sestal z državnim sekretarjem Janezom Žagarjem.", "Janez Žagar"),
    # a Russian name in Slovenian spelling is made English
    ("Pogovorov se je udeležil namestnik zunanjega ministra Nikolaj Šerov.", "Nikolay Sherov"),
])
def test_an_unknown_slovenian_official_keeps_the_slovenian_spelling(text, expected):
    people = [m.entry.name for m in recognise(tokenize(text), "sl") if m.entry.etype == "person"]
    assert people == [expected]


def test_unknown_officials_on_sides_named_by_nationality_are_of_those_countries():
    # the second side with its noun left out ("rusko pa ...") opens its own clause
    rows = run(" date 2026-06-10 Ameriško stran bo v petek v Carigradu zastopal veleposlanik Tom Baker, rusko pa "
               "namestnik ministra Nikolaj Serov.")
    found = {p["person_name"]: p["country_code"] for p in rows["meeting_participants"]}
    assert found == {"Tom Baker": "US", "Nikolay Serov": "RU"}


def test_the_side_of_the_clause_wins_over_a_place_adjective_beside_the_name():
    # "katarski prestolnici" is where (the Qatari capital), the side is Ukraine's
    rows = run(" date 2026-06-10 Ukrajinsko stran bo v četrtek v katarski prestolnici zastopal Oleh Marčenko, "
               "namestnik zunanjega ministra.")
    assert [(p["person_name"], p["country_code"]) for p in rows["meeting_participants"]] == [("Oleh Marchenko", "UA")]


def test_artillery_elsewhere_after_a_counted_wave_is_another_strike():
    # a wave of drones and missiles on Dnipro, then artillery on Kherson the same day: the second sentence names
    # none of the wave's weapons, so it does not detail the wave
    r = run(" date 2026-03-10 V noči na ponedeljek je Rusija z 20 droni in dvema raketama napadla Dnipro, umrli so "
            "trije ljudje. V ponedeljek je ruska artilerija obstreljevala Herson, ranjenih je bilo pet ljudi.")
    wave, shelling = r["attack_mentions"]
    assert (wave["n_drones"], wave["n_missiles"], wave["killed"], wave["injured"]) == (20, 2, 3, None)
    assert wave["regions"] == ["Dnipropetrovsk"]
    assert (shelling["weapons"], shelling["regions"], shelling["injured"]) == (["artillery"], ["Kherson"], 5)


def test_an_oil_terminal_or_depot_is_an_energy_target():
    r = run(" date 2026-03-10 V noči na torek so ukrajinski droni zadeli naftno skladišče v Brjansku, je sporočil "
            "guverner.")
    a = only(r["attack_mentions"])
    assert (a["attacker_country"], a["target_country"], a["target_type"]) == ("UA", "RU", "energy")


def test_an_age_is_no_count():
    r = run(" date 2026-03-10 V nedeljo so ruski droni zadeli stanovanjski blok v Sumah. Umrl je 10 let star deček, "
            "trije ljudje so bili ranjeni.")
    a = only(r["attack_mentions"])
    assert (a["killed"], a["injured"]) == (None, 3)


@pytest.mark.parametrize("text", [
    "Fajonova je gostila ukrajinskega zunanjega ministra Andrija Sibigo.",
    "Sestala se je z Andrijem Sibigo.",
    "Andrij Sibiga je v Ljubljani dejal, da je pogovor koristen.",
])
def test_sybiha_in_the_slovenian_spelling_and_its_cases(text):
    assert "Andrii Sybiha" in names(text)


def test_negotiators_of_both_sides_who_report_that_their_talks_went_well_took_part():
    rows = run(" date 2026-06-10 Witkoff in ukrajinski sekretar za nacionalno varnost Rustem Umerov sta v torek na "
               "omrežju X objavila, da so bili pogovori med ZDA in Ukrajino v Ženevi koristni.")
    assert {p for m in rows["meeting_mentions"] for p in m["participant_ids"]} == {"steve-witkoff", "rustem-umerov"}


def test_the_sides_of_talks_are_not_the_author_named_after_the_verb_of_a_relative_clause():
    rows = run(" date 2026-06-10 V ponedeljek se bodo v Ženevi začeli pogovori med Ukrajino, Rusijo in ZDA o premirju "
               "v Črnem morju, ki ga je predlagala Turčija.")
    p = only([p for p in rows["proposal_mentions"] if p["kind"] == "ceasefire"])
    assert p["proposed_by"] == ["TR"]


def test_the_proposal_rejected_right_after_a_truce_is_the_truce_not_the_only_plan():
    rows = run(" date 2026-06-10 Osrednja tema je ameriški mirovni načrt z 20 točkami. Rusija je predlagala premirje "
               "na morju. Ukrajinski zunanji minister je predlog zavrnil.")
    keyed = {p["kind"]: p for p in rows["proposal_mentions"]}
    assert keyed["ceasefire"]["rejected_by"] == ["UA"] and keyed["peace_plan"]["rejected_by"] == []


@pytest.mark.parametrize("text, day, status", [
    ("Golob bo v torek v Ljubljani sprejel Alexandra Stubba.", D(2026, 3, 17), "planned"),
    ("Predsednica v četrtek na Brdu pri Kranju sprejme Volodimirja Zelenskega.", D(2026, 3, 19), "planned"),
    ("Fajonova se v sredo v Bruslju sestane z Andrijem Sibigo.", D(2026, 3, 18), "planned"),
    ("Predsednica je v četrtek v Ljubljani sprejela Volodimirja Zelenskega.", D(2026, 3, 12), "held"),
])
def test_a_perfective_present_with_a_weekday_is_to_come(text, day, status):
    """A perfective verb in the present ("sprejme", "se sestane") speaks of the future: the coming weekday."""
    [m] = run(f" date 2026-03-14 {text}")["meeting_mentions"]
    assert (m["start_date"], m["status"]) == (day, status)


def test_a_venue_offered_again_is_no_meeting():
    """"je že gostila ... in jo lahko ponudimo znova": the place's history and an offer (ponuditi), no meeting."""
    text = "»Bled je v preteklosti že gostil pomembna srečanja in ga lahko ponudimo znova,« je dejal minister."
    assert run(f" date 2026-03-14 {text}")["meeting_mentions"] == []


def test_a_seat_that_speaks_is_the_place_its_there_points_back_to():
    """"Vatikan je sporočil, da se bodo tam sestali": "tam" (there) names the speaking seat."""
    text = "Vatikan je v nedeljo sporočil, da se bodo ukrajinski in ruski odposlanci tam sestali 12. marca."
    [m] = run(f" date 2026-03-02 {text}")["meeting_mentions"]
    assert (m["city"], m["start_date"], m["status"]) == ("Vatican City", D(2026, 3, 12), "planned")


@pytest.mark.parametrize("text", [
    "Slovenija bi z veseljem gostila srečanje na Brdu pri Kranju.",
    "Švica je na voljo kot gostiteljica vrha v Ženevi.",
    "Vatikan je predlagal, da bi se pogovori odvili v Rimu.",
    "Madžarska je pripravljena biti gostiteljica vrha v Budimpešti.",
])
def test_an_offer_to_host_in_other_words_is_no_meeting(text):
    """Gladly (z veseljem), available (na voljo), proposed that (predlagal, da bi), ready to be the host."""
    assert run(f" date 2026-03-02 {text}")["meeting_mentions"] == []


def test_talks_dated_by_words_of_the_past_were_held_whatever_follows():
    """"pretekli teden začeti pogovori bodo pokazali": "bodo" is the future of showing; the talks were held."""
    text = "Pretekli teden v Ženevi začeti pogovori bodo pokazali, ali je dogovor mogoč."
    [m] = run(f" date 2026-03-14 {text}")["meeting_mentions"]
    assert (m["city"], m["status"], m["start_date"]) == ("Geneva", "held", D(2026, 3, 2))


@pytest.mark.parametrize("text, day, status", [
    ("Macron v torek odpotuje v Kijev.", D(2026, 3, 17), "planned"),
    ("Golob je v torek odpotoval v Kijev.", D(2026, 3, 10), "held"),
    ("Ministrica v ponedeljek prispe v Bruselj, kjer se bo sestala s Sibigo.", D(2026, 3, 16), "planned"),
])
def test_the_perfective_present_of_a_journey_with_a_weekday_is_to_come(text, day, status):
    [m] = run(f" date 2026-03-14 {text}")["meeting_mentions"]
    assert (m["start_date"], m["status"]) == (day, status)


def test_the_nationality_of_the_attacks_a_visit_comes_amid_is_no_side():
    text = "Predsednica bo v sredo odpotovala v Kijev. Obisk poteka v času novih ruskih napadov."
    [m] = run(f" date 2026-03-14 {text}")["meeting_mentions"]
    assert "RU" not in m["parties"]


# ---------------------------------------------------------------- opazovalne misije, tranzit plina, vodje uradov, poslanci

def props(text: str) -> dict:
    return {p["kind"]: p for p in run(text)["proposal_mentions"]}


def people_at(r: dict, city: str | None) -> set[str]:
    ids = {m["mention_id"] for m in r["meeting_mentions"] if m["city"] == city}
    return {p["person_name"] for p in r["meeting_participants"] if p["mention_id"] in ids}


@pytest.mark.parametrize("text, proposed, rejected", [
    ("Avstrija in Norveška sta predlagali opazovalno misijo ob razmejitveni črti, Rusija pa je predlog zavrnila.",
     ["AT", "NO"], ["RU"]),
    ("Finska je predlagala, naj nadzor nad demarkacijsko črto prevzame nadzorna misija OVSE.", ["FI"], []),
])
def test_a_monitoring_mission_is_a_force_and_the_line_it_watches_no_territorial_demand(text, proposed, rejected):
    p = props(f" date 2026-09-16 {text}")
    assert set(p) == {"peacekeeping_force"}
    assert (p["peacekeeping_force"]["proposed_by"], p["peacekeeping_force"]["rejected_by"]) == (proposed, rejected)


def test_gas_transit_offered_is_an_economic_offer_and_told_alone_no_proposal():
    p = props(" date 2026-09-16 Moskva je ponudila obnovitev tranzita plina čez Ukrajino. Madžarska predlog "
              "podpira, Kijev ga zavrača.")["economic"]
    assert (p["proposed_by"], p["supported_by"], p["rejected_by"]) == (["RU"], ["HU"], ["UA"])
    assert props(" date 2026-09-16 Tranzit plina čez Ukrajino se je končal 1. januarja.") == {}


@pytest.mark.parametrize("text, name", [
    ("Srečanje v Varšavi je v soboto gostil vodja poljskega urada za nacionalno varnost Jan Kowalski.",
     "Jan Kowalski"),
    ("V Varšavi so se v soboto sestali svetovalci, med njimi sekretar poljskega sveta za nacionalno varnost "
     "Piotr Zielinski.",
     "Piotr Zielinski"),
])
def test_a_role_before_the_body_it_heads_and_the_name_after_it(text, name):
    r = run(f" date 2026-09-16 {text}")
    [p] = [p for p in r["meeting_participants"] if p["person_name"] == name]
    assert p["country_code"] == "PL"


def test_an_unknown_name_in_a_list_of_known_people_is_a_person():
    r = run(" date 2026-09-16 V Varšavi so se v soboto sestali Jonathan Powell, Emmanuel Bonne in Jan Kowalski.")
    assert "Jan Kowalski" in people_at(r, "Warsaw")


def test_people_sent_to_talks_in_the_next_sentence_take_part():
    r = run(" date 2026-09-16 V ponedeljek bodo v Rijadu pogovori med Rusijo in Ukrajino. Moskva bo poslala Kirila "
            "Dmitrijeva in Sergeja Rjabkova, je dejal Peskov.")
    assert people_at(r, "Riyadh") == {"Kirill Dmitriev", "Sergei Ryabkov"}
    r = run(" date 2026-09-16 V ponedeljek bodo v Rijadu pogovori med Rusijo in Ukrajino. Rusija je ponoči poslala "
            "100 dronov nad Kijev.")
    assert people_at(r, "Riyadh") == set()


def test_territory_as_the_place_where_something_is_is_no_territorial_demand():
    assert "territorial" not in props(" date 2026-09-16 Rusija je predlog zavrnila, ker na svojem ozemlju ne bo "
                                      "dovolila tujih opazovalcev.")


@pytest.mark.parametrize("text, proposed, rejected", [
    ("Rusija ne bo sprejela nobene tuje vojske na ukrajinskem ozemlju.", [], ["RU"]),
    ("Velika Britanija in Francija sta predlagali namestitev tuje vojske v Ukrajini, Moskva pa je to zavrnila.",
     ["FR", "GB"], ["RU"]),
])
def test_a_foreign_army_in_the_country_is_a_force(text, proposed, rejected):
    p = props(f" date 2026-09-16 {text}")
    assert set(p) == {"peacekeeping_force"}
    assert (p["peacekeeping_force"]["proposed_by"], p["peacekeeping_force"]["rejected_by"]) == (proposed, rejected)


@pytest.mark.parametrize("text", [
    "Vlada je sklenila, da bo Slovaška v večnacionalnih silah za Ukrajino sodelovala s 30 vojaki.",
    "Minister je dejal, da Avstrija Ukrajino podpira in da bo sodelovala v večnacionalnih silah.",
])
def test_a_country_in_another_case_after_the_subject_is_its_object_no_supporter(text):
    p = props(f" date 2026-09-16 {text}")["peacekeeping_force"]
    assert "UA" not in p["supported_by"] and len(p["supported_by"]) == 1


@pytest.mark.parametrize("text, proposed, rejected", [
    ("Predlog Ukrajine o energetskem premirju je Moskva zavrnila.", ["UA"], ["RU"]),
    ("Načrt Velike Britanije in Francije za mirovne sile je Rusija zavrnila.", ["FR", "GB"], ["RU"]),
    ("Predlog turškega zunanjega ministra o premirju na Črnem morju je Kijev zavrnil.", ["TR"], ["UA"]),
])
def test_the_owner_of_a_proposal_in_the_genitive_after_its_noun_proposed_it(text, proposed, rejected):
    [p] = run(f" date 2026-09-16 {text}")["proposal_mentions"]
    assert (p["proposed_by"], p["rejected_by"]) == (proposed, rejected)


def test_a_stance_asked_with_ali_is_no_stance():
    [p] = run(" date 2026-09-16 Dodal je, da bodo pogovori pokazali, ali je Moskva pripravljena na resen dogovor o "
              "premirju.")["proposal_mentions"]
    assert (p["proposed_by"], p["supported_by"], p["rejected_by"]) == ([], [], [])


def test_both_sides_of_a_truce_are_the_warring_ones():
    [p] = run(" date 2026-09-16 Predlog turškega zunanjega ministra o premirju na Črnem morju sta pozdravili obe "
              "strani.")["proposal_mentions"]
    assert (p["proposed_by"], p["supported_by"]) == (["TR"], ["RU", "UA"])


def test_a_genitive_after_the_word_of_what_is_proposed_is_no_owner():
    [p] = run(" date 2026-09-16 Predlog umika Ukrajine iz Donbasa je Kijev zavrnil.")["proposal_mentions"]
    assert (p["proposed_by"], p["rejected_by"]) == ([], ["UA"])


@pytest.mark.parametrize("text, day", [
    ("Zunanja ministra Rusije in Ukrajine se bosta v sredo, 9. decembra, sestala v Ženevi.", D(2026, 12, 9)),
    ("Delegaciji se bosta v petek, 11. decembra, v Istanbulu srečali s turškimi posredniki.", D(2026, 12, 11)),
    ("V Riadu se bodo v ponedeljek, 7. decembra, sestali ameriški in ruski pogajalci.", D(2026, 12, 7)),
])
def test_commas_around_an_apposed_date_split_no_clause(text, day):
    """"se bosta v sredo, 9. decembra, sestala": the future auxiliary and its participle stay in one clause across
    the commas of the date, so the meeting is still to come, in the coming December."""
    [m] = run(f" date 2026-12-01 Ljubljana, 1. decembra (STA) - {text}")["meeting_mentions"]
    assert (m["start_date"], m["status"]) == (day, "planned")


def test_who_reports_a_meeting_after_an_apposed_date_is_no_participant():
    """"..., v sredo, 2. decembra, je dejal Peskov": the comma after the date still parts the report from the meeting."""
    text = "Putin se bo s Trumpom sestal v Budimpešti v sredo, 2. decembra, je dejal tiskovni predstavnik Dmitrij Peskov."
    [m] = run(f" date 2026-11-30 {text}")["meeting_mentions"]
    assert (m["start_date"], m["status"]) == (D(2026, 12, 2), "planned")
    assert "dmitry-peskov" not in m["participant_ids"]


def test_a_planned_two_day_meeting_ends_the_day_after_its_date():
    text = "Delegaciji se bosta v torek, 8. decembra, v Ženevi sestali na dvodnevnih pogovorih."
    [m] = run(f" date 2026-12-01 {text}")["meeting_mentions"]
    assert (m["start_date"], m["end_date"], m["status"]) == (D(2026, 12, 8), D(2026, 12, 9), "planned")


@pytest.mark.parametrize("text", [
    "Orbán je v ponedeljek zvečer po telefonu govoril s Putinom, med drugim tudi o dunajskih pogovorih.",
    "Macron in Zelenski sta se v torek pogovarjala po telefonu, predvsem o pogajanjih v Ženevi.",
])
def test_talks_that_are_the_topic_of_a_call_are_no_meeting_of_the_call(text):
    assert run(f" date 2026-11-25 {text}")["meeting_mentions"] == []


@pytest.mark.parametrize("text", [
    "Ruski pogajalci so se na srečanju sklicevali na minske sporazume.",
    "Na pogovorih je ukrajinska stran omenila budimpeštanski memorandum iz leta 1994.",
])
def test_an_agreement_named_after_a_city_is_no_meeting_there(text):
    assert run(f" date 2026-12-03 {text}")["meeting_mentions"] == []


def test_the_year_of_an_agreement_is_not_the_date_of_the_talks():
    text = "Pogajanja v Ženevi spominjajo na minska sporazuma iz let 2014 in 2015."
    [m] = run(f" date 2026-12-03 {text}")["meeting_mentions"]
    assert (m["city"], m["start_date"]) == ("Geneva", None)


def test_an_agreement_reached_at_a_place_still_places_the_talks():
    text = "Na pogovorih v Istanbulu je bil sklenjen sporazum o izmenjavi ujetnikov."
    [m] = run(f" date 2026-12-03 {text}")["meeting_mentions"]
    assert m["city"] == "Istanbul"


@pytest.mark.parametrize("text", [
    "Preložili so petkovo srečanje zunanjih ministrov v Ženevi, novega datuma niso določili.",
    "Srečanje v Ženevi, predvideno za petek, so preložili.",
])
def test_a_meeting_put_off_with_no_new_date_is_called_off(text):
    [m] = run(f" date 2026-12-02 {text}")["meeting_mentions"]
    assert (m["city"], m["status"], m["start_date"]) == ("Geneva", "cancelled", D(2026, 12, 4))


@pytest.mark.parametrize("published, text, start, end", [
    (D(2026, 12, 2), "Danes se v Ženevi začnejo dvodnevni pogovori ruske in ukrajinske delegacije.",
     D(2026, 12, 2), D(2026, 12, 3)),
    (D(2026, 12, 3), "Dvodnevni pogovori v Ženevi so se končali v sredo.", D(2026, 12, 1), D(2026, 12, 2)),
])
def test_a_two_day_meeting_that_begins_on_its_date_ends_the_day_after(published, text, start, end):
    [m] = run(f" date {published.isoformat()} {text}")["meeting_mentions"]
    assert (m["start_date"], m["end_date"]) == (start, end)


def test_the_place_of_a_wire_dateline_is_no_side():
    text = ("Ljubljana, 30. novembra (STA) - Ruska in ukrajinska delegacija se bosta v sredo sestali v Ženevi. "
            "Maribor, 1. decembra (STA) - Pogovori v Ženevi se bodo začeli v sredo.")
    for m in run(f" date 2026-11-30 {text}")["meeting_mentions"]:
        assert "SI" not in m["parties"]


@pytest.mark.parametrize("text", [
    "Fidan je v ponedeljek v Ankari predlagal, da se pogajanja nadaljujejo v Ženevi.",
    "Turški zunanji minister Hakan Fidan je v Ankari predlagal, da se pogajanja nadaljujejo v Ženevi.",
])
def test_the_place_where_someone_proposes_that_is_no_venue(text):
    """"v Ankari predlagal, da ...": who proposes that speaks; Ankara is where it was said, and the speaker is no
    participant of the talks the proposal is about."""
    [m] = run(f" date 2026-12-02 {text}")["meeting_mentions"]
    assert (m["city"], m["participant_ids"]) == ("Geneva", [])


def test_a_meeting_called_off_for_another_day_does_not_call_off_the_talks_under_way():
    text = ("Danes se v Ženevi začnejo dvodnevni pogovori ruske in ukrajinske delegacije. Preložili so petkovo "
            "srečanje zunanjih ministrov.")
    [m] = run(f" date 2026-12-02 {text}")["meeting_mentions"]
    assert (m["city"], m["status"]) == ("Geneva", "held")


@pytest.mark.parametrize("text,name", [
    ("Sestal se je z namestnikom zunanjega ministra Andrejem Rudenkom.", "Andrey Rudenko"),
    ("Pogovarjal se je s svetovalcem Aleksejem Kovalenkom.", "Aleksey Kovalenko"),
    ("Delegacijo vodi general Aleksej Kim, ki je včeraj prispel z generalom Igorjem Kostjukovom.", "Igor Kostyukov"),
])
def test_a_slavic_given_name_keeps_its_j_in_the_nominative(text, name):
    """"Andrejem", "Nikolajem": the j is the name's own (Andrej); "Igorjem" inserts it after the r."""
    assert name in names(text)


@pytest.mark.parametrize("text, name", [
    ("Ameriško delegacijo vodi namestnik državnega sekretarja Thomas Wright, ki je prispel včeraj.", "Thomas Wright"),
    ("Zunanji minister se je sestal s posebnim odposlancem Thomasom Wrightom.", "Thomas Wright"),
    ("Pogovarjal se je z namestnikom zunanjega ministra Borisom Krivonosovom.", "Boris Krivonosov"),
])
def test_a_name_after_a_role_in_the_genitive_is_declined_only_when_every_word_is(text, name):
    """"namestnik državnega sekretarja Thomas Wright": the genitive is the role's own, the name is nominative (a
    Slovenian name in a case declines every word: Thomasom Wrightom)."""
    assert name in names(text)


@pytest.mark.parametrize("text", [
    " date 2026-12-16 Nekaj ur pred začetkom pogovorov je Rusija na Dnipro izstrelila dve raketi in 40 dronov.",
    " date 2026-12-16 Medtem ko so pogajanja tekla, je Rusija na Odeso poslala 60 dronov.",
])
def test_a_place_in_the_accusative_before_a_verb_of_attack_is_its_target_not_a_venue(text):
    """"je Rusija na Dnipro izstrelila": "na" with the accusative is where the missiles went; a venue is in the
    locative ("v Dnipru")."""
    assert run(text)["meeting_mentions"] == []


@pytest.mark.parametrize("text,meetings", [
    (" date 2026-12-16 Po pogovorih v Ženevi je Rusija Ukrajini poslala nov osnutek dogovora.", 1),
    (" date 2026-12-16 Nekaj ur po pogovorih v Ženevi je Rusija nad Odeso poslala 60 dronov.", 0),
])
def test_a_word_of_sending_reports_an_attack_only_with_a_weapon(text, meetings):
    """"Po pogovorih v Ženevi je Rusija poslala nov osnutek" (after the talks in Geneva Russia sent a draft) tells of
    the talks; "nekaj ur po pogovorih ... poslala 60 dronov" dates an attack by them."""
    assert len(run(text)["meeting_mentions"]) == meetings


def test_a_meeting_in_a_persons_past_is_not_a_meeting_of_the_article():
    """"X, veteran pogajanj v Siriji": the talks after "veteran" are his past."""
    found = run(" date 2026-03-05\nGeneral Zorin, veteran pogajanj o premirju v Siriji, bo vodil rusko delegacijo."
                )["meeting_mentions"]
    assert found == []


def test_the_air_force_that_reports_the_counts_is_no_attacker():
    """"Ukrajinske letalske sile so poročale o 48 dronih": the force that reports is the source; its counts belong
    to the strike of the sentence before."""
    rows = run(" date 2026-12-16\nV noči na sredo je Rusija z droni napadla Dnipro. Ukrajinske letalske sile so "
               "poročale o 48 dronih in dveh raketah. Ranjenih je bilo pet ljudi.")["attack_mentions"]
    assert [(r["attacker_country"], r["target_country"], r["n_drones"], r["n_missiles"]) for r in rows] == [
        ("RU", "UA", 48, 2)]


@pytest.mark.parametrize("text,key", [
    ("Moskva še naprej zahteva celotno Lugansko regijo.", "territorial:luhansk"),
    ("Celotna Harkovska regija je bila po napadu brez elektrike.", None),
])
def test_a_whole_region_beside_a_demand_is_land_demanded(text, key):
    """"zahteva celotno Lugansko regijo": a whole region right after "celoten", beside a word of demand."""
    found = [r["merge_key"] for r in run(" date 2027-03-12\n" + text)["proposal_mentions"]]
    assert found == ([key] if key else [])


def test_who_would_change_a_plan_neither_proposes_nor_backs_it():
    p = props(" date 2026-10-02 Rusija zahteva spremembe ameriškega 20-točkovnega načrta.")["peace_plan"]
    assert (p["proposed_by"], p["supported_by"]) == (["US"], [])


def test_ready_to_sign_backs_anothers_truce_and_a_clitic_names_it():
    p = props(" date 2026-10-02 Ukrajina je predlagala 30-dnevno energetsko premirje. Avstrija je pripravljena "
              "podpisati premirje.")["ceasefire"]
    assert (p["proposed_by"], p["supported_by"]) == (["UA"], ["AT"])
    p = props(" date 2026-10-02 Ukrajina je predlagala 30-dnevno energetsko premirje. Ministrica je dejala, da ga "
              "Avstrija podpira.")["ceasefire"]
    assert (p["proposed_by"], p["supported_by"]) == (["UA"], ["AT"])


def test_every_initiative_names_no_proposal():
    p = props(" date 2026-10-02 ZDA so predstavile 20-točkovni načrt. Avstrija podpira vsako pobudo za mir.")[
        "peace_plan"]
    assert (p["proposed_by"], p["supported_by"]) == (["US"], [])


def test_the_nations_that_lead_a_force_proposed_it():
    p = props(" date 2026-10-02 Moskva nasprotuje silam pod vodstvom Velike Britanije in Francije.")[
        "peacekeeping_force"]
    assert (sorted(p["proposed_by"]), p["rejected_by"]) == (["FR", "GB"], ["RU"])


def test_a_quote_takes_the_speakers_stance():
    p = props(" date 2026-10-02 Velika Britanija in Francija sta predlagali mirovne sile. »Zahodni vojaki v Ukrajini "
              "bodo legitimna tarča,« je dejal Sergej Lavrov.")["peacekeeping_force"]
    assert p["rejected_by"] == ["RU"]


def test_agreeing_how_to_monitor_a_truce_is_no_stance_on_it():
    p = props(" date 2026-10-02 Ukrajina je predlagala energetsko premirje. Rusija in ZDA sta se dogovorili o "
              "pravilih za nadzor energetskega premirja.")["ceasefire"]
    assert p["supported_by"] == []


@pytest.mark.parametrize("text, start, end", [
    ("Srečala se bosta v začetku prihodnjega meseca.", dt.date(2027, 11, 1), dt.date(2027, 11, 30)),
    ("Dogovor so dosegli do konca prejšnjega meseca.", dt.date(2027, 9, 1), dt.date(2027, 9, 30)),
    ("Pogovori bodo konec prihodnjega tedna.", dt.date(2027, 10, 4), dt.date(2027, 10, 10)),
])
def test_next_and_last_month_or_week_in_the_genitive(text, start, end):
    [d] = find_dates(text, "sl")
    r = resolve(d, dt.date(2027, 10, 1))
    assert (r.start, r.end) == (start, end)
