"""Cross-language rules of the event extractors, each on sentences written for the test."""
from __future__ import annotations

import datetime as dt

import pytest

from pipelines.clean import clean
from pipelines.extract import extract_article


def rows(text: str) -> dict[str, list[dict]]:
    return extract_article("t", clean(text, "text"))


def people(r: dict) -> set[str]:
    return {p["person_name"] for p in r["meeting_participants"]}


def test_a_speaker_in_his_own_clause_is_not_a_participant():
    r = rows(" date 2026-03-03 Ukrainian and Russian negotiators will meet Steve Witkoff in Riyadh next week, "
             "Volodymyr Zelensky said on Monday.")
    [m] = r["meeting_mentions"]
    assert m["city"] == "Riyadh" and m["status"] == "planned"
    assert people(r) == {"Steve Witkoff"}


def test_a_speaker_who_met_them_with_him_is_a_participant():
    r = rows(" date 2026-03-03 Marco Rubio confirmed that Andrii Sybiha met with him in Jeddah on Tuesday.")
    assert people(r) == {"Marco Rubio", "Andrii Sybiha"}


def test_a_casualty_number_does_not_reach_back_across_and():
    r = rows(" date 2026-03-03 Russia launched 120 drones at Odesa overnight. At least four people were killed "
             "and 27 others were wounded.")
    [a] = r["attack_mentions"]
    assert (a["n_drones"], a["killed"], a["injured"]) == (120, 4, 27)


def test_verb_second_order_keeps_the_attacker():
    r = rows(" date 2026-03-02 Natt til søndag angrep Russland Ukraina med 245 droner og 18 missiler.")
    [a] = r["attack_mentions"]
    assert (a["attacker_country"], a["target_country"]) == ("RU", "UA")
    assert a["attack_date"] == dt.date(2026, 3, 1)


def test_plan_sizes_written_as_words():
    en = rows(" date 2026-03-03 Washington presented a twenty-point plan to Kyiv on Monday.")
    hu = rows(" date 2026-03-03 Washington hétfőn benyújtotta a húszpontos béketervet.")
    assert [p["n_points"] for p in en["proposal_mentions"]] == [20]
    assert [p["n_points"] for p in hu["proposal_mentions"]] == [20]


def test_a_stance_on_the_proposal_in_the_next_sentence():
    r = rows(" date 2026-03-03 Zelensky proposed a ceasefire on energy infrastructure. "
             "Moscow rejected the proposal on Tuesday.")
    [p] = r["proposal_mentions"]
    assert p["kind"] == "ceasefire" and p["scope"] == "energy"
    assert p["proposed_by"] == ["UA"] and p["rejected_by"] == ["RU"]


def test_territory_named_without_a_stance_is_background():
    r = rows(" date 2026-03-03 Russia annexed Crimea in 2014 and occupies a fifth of Ukrainian territory.")
    assert r["proposal_mentions"] == []


def test_negation_after_the_verb():
    r = rows(" date 2026-03-03 Russland støtter ikke den amerikanske 28-punktsplanen, sa Kreml i dag. "
             "Det er ikke første gang at Moskva sier nei til planen.")
    [p] = r["proposal_mentions"]
    assert p["rejected_by"] == ["RU"] and p["supported_by"] == []


def test_two_day_talks_began_the_day_before():
    r = rows(" date 2026-03-06 The two-day talks in Istanbul between Ukraine and Russia ended on Thursday.")
    [m] = r["meeting_mentions"]
    assert (m["start_date"], m["end_date"]) == (dt.date(2026, 3, 4), dt.date(2026, 3, 5))


def test_a_name_inside_a_compound_word_is_not_a_participant():
    r = rows(" date 2026-03-03 Representanter for Trump-administrasjonen møtte ukrainske forhandlere i Miami.")
    [m] = r["meeting_mentions"]
    assert m["city"] == "Miami"
    assert people(r) == set()


def test_a_name_capitalised_on_its_first_word_only_is_a_venue():
    r = rows(" date 2026-03-03 Zelenski in Trump sta se v četrtek sestala v Beli hiši. Pogovori so bili dolgi.")
    [m] = r["meeting_mentions"]
    assert (m["city"], m["country_code"]) == ("Washington", "US")


def test_a_held_meeting_without_a_year_lies_in_the_past():
    r = rows(" date 2026-02-10 Putin met Witkoff in Saint Petersburg in April, the Kremlin recalled on Tuesday.")
    [m] = r["meeting_mentions"]
    assert (m["start_date"], m["date_precision"]) == (dt.date(2025, 4, 1), "month")


def test_the_weekend_of_a_past_report_is_the_one_gone():
    r = rows(" date 2026-03-02 Forhandlingene i Genève ble avsluttet i helgen uten gjennombrudd, "
             "opplyser det ukrainske utenriksdepartementet. Partene skal møtes igjen senere.")
    [m] = [m for m in r["meeting_mentions"] if m["city"] == "Geneva"]
    assert (m["start_date"], m["end_date"], m["status"]) == (dt.date(2026, 2, 28), dt.date(2026, 3, 1), "held")


def test_day_of_month_written_with_of():
    r = rows(" date 2026-01-20 Negotiators will meet in Geneva on the 17th of February, officials said.")
    [m] = r["meeting_mentions"]
    assert m["start_date"] == dt.date(2026, 2, 17) and m["status"] == "planned"


def test_a_short_norwegian_text_is_norwegian():
    assert clean(" date 2026-03-03 Russland støtter ikke planen.", "text").language == "no"


def test_the_sides_between_whom_a_meeting_was_called_off_took_part():
    r = rows(" date 2026-03-03 A planned meeting between Donald Trump and Vladimir Putin in Budapest has been "
             "called off, the White House said on Tuesday.")
    [m] = r["meeting_mentions"]
    assert (m["city"], m["status"]) == ("Budapest", "cancelled")
    assert people(r) == {"Donald Trump", "Vladimir Putin"}


def test_hungarian_case_on_the_title_and_a_trailing_speaker():
    r = rows(" date 2026-03-03 Witkoff és Kushner csütörtökön Moszkvába utazik, ahol Vlagyimir Putyin orosz "
             "elnökkel tárgyalnak – közölte Usakov.")
    [m] = r["meeting_mentions"]
    assert (m["city"], m["status"]) == ("Moscow", "planned")
    assert people(r) == {"Steve Witkoff", "Jared Kushner", "Vladimir Putin"}


def test_the_owner_of_an_envoy_behind_titles_is_no_participant():
    r = rows(" date 2026-03-03 Kirill Dmitriev, the envoy of Russian President Vladimir Putin, met Steve Witkoff "
             "in Miami on Saturday.")
    assert people(r) == {"Kirill Dmitriev", "Steve Witkoff"}


def test_a_request_is_the_requesters_proposal_not_the_subjects():
    r = rows(" date 2026-01-31 Rusija je na prošnjo ameriškega predsednika Donalda Trumpa pristala na začasno "
             "prekinitev napadov na energetsko infrastrukturo v Ukrajini. Napadi na druge cilje se nadaljujejo.")
    [p] = r["proposal_mentions"]
    assert (p["scope"], p["proposed_by"], p["supported_by"]) == ("energy", ["US"], ["RU"])


def test_the_owner_of_a_demands_object_is_not_its_proposer():
    r = rows(" date 2026-01-31 Moskva je znova zahtevala umik ukrajinskih sil iz Donbasa, poroča Reuters. "
             "Pogovori se bodo nadaljevali.")
    [p] = r["proposal_mentions"]
    assert (p["kind"], p["proposed_by"]) == ("territorial", ["RU"])


def test_receiving_a_person_is_a_meeting_receiving_a_plan_is_not():
    met = rows(" date 2025-12-29 Trump je v nedeljo v rezidenci Mar-a-Lago na Floridi sprejel Zelenskega. "
               "Pogovarjala sta se dve uri.")
    [m] = met["meeting_mentions"]
    assert (m["city"], m["start_date"], m["status"]) == ("Palm Beach", dt.date(2025, 12, 28), "held")
    assert people(met) == {"Donald Trump", "Volodymyr Zelensky"}
    accepted = rows(" date 2025-12-29 Ukrajina je sprejela načrt v nedeljo, je dejal Zelenski. Rusija ga je zavrnila.")
    assert accepted["meeting_mentions"] == []


def test_the_place_of_a_press_conference_is_no_venue():
    no = rows(" date 2026-03-03 – Vi er klare for nye samtaler, sa Zelenskyj på en pressekonferanse i Kyiv tirsdag. "
              "Han ga ingen detaljer.")
    hu = rows(" date 2026-03-03 Zelenszkij kijevi sajtótájékoztatóján közölte, hogy a tárgyalások jövő héten "
              "folytatódnak. Részleteket nem árult el.")
    assert no["meeting_mentions"] == [] and hu["meeting_mentions"] == []


def test_a_day_or_a_year_before_a_count_is_no_thousands_group():
    en = rows(" date 2026-03-05 Overnight into March 3 200 drones hit Kharkiv, killing two people.")
    no = rows(" date 2026-03-05 Den 3. 200 droner angrep Kharkiv, og to personer ble drept.")
    assert [a["n_drones"] for a in en["attack_mentions"]] == [200]
    assert [a["n_drones"] for a in no["attack_mentions"]] == [200]


def test_a_meeting_dated_in_digits():
    no = rows(" date 2026-02-20 Forhandlerne møttes i Genève 17.02.2026, opplyser UD.")
    hu = rows(" date 2026-02-20 A tárgyalók 2026. 02. 17-én Genfben találkoztak.")
    for r in (no, hu):
        [m] = r["meeting_mentions"]
        assert (m["city"], m["start_date"], m["date_precision"]) == ("Geneva", dt.date(2026, 2, 17), "day")


def test_a_date_in_spaced_digits_stays_in_its_sentence():
    # The dots of "17. 2. 2026" end no sentence, so the date stays with its meeting word.
    sl = rows(" date 2026-02-20 Delegaciji sta se 17. 2. 2026 sestali v Ženevi. Putin je govoril o miru.")
    no = rows(" date 2026-02-20 Delegasjonene møttes 17. 02. 2026 i Genève. Putin snakket om fred.")
    hu = rows(" date 2026-02-20 A küldöttségek 2026. 02. 17-én Genfben találkoztak. Putyin a békéről beszélt.")
    for r in (sl, no, hu):
        [m] = r["meeting_mentions"]
        assert (m["city"], m["start_date"], m["sentence_idx"]) == ("Geneva", dt.date(2026, 2, 17), 0)
    # a number after a year's dot still starts a new sentence
    en = clean(" date 2026-02-20 The talks began in 2025. 12 delegates attended.", "text")
    assert [s.text for s in en.sentences] == ["The talks began in 2025.", "12 delegates attended."]


def test_slovenian_digits_that_are_no_date():
    r = rows(" date 2026-02-20 Delegaciji sta se sestali ob 10.05 v Ženevi, rast je bila 12.10 odstotka.")
    [m] = r["meeting_mentions"]
    assert m["start_date"] is None


def test_each_ceasefire_of_a_sentence_keeps_its_own_scope():
    r = rows(" date 2026-03-04 Kyiv wants a full ceasefire; Moscow offers only a truce on energy facilities.")
    ps = {p["scope"]: p for p in r["proposal_mentions"]}
    assert (ps["full"]["proposed_by"], ps["energy"]["proposed_by"]) == (["UA"], ["RU"])
    again = rows(" date 2026-03-04 Ukraine proposed an energy ceasefire, but Russia rejected the ceasefire.")
    [p] = again["proposal_mentions"]
    assert (p["scope"], p["proposed_by"], p["rejected_by"]) == ("energy", ["UA"], ["RU"])


def people_at(r: dict, city: str) -> set[str]:
    ids = {m["mention_id"] for m in r["meeting_mentions"] if m["city"] == city}
    return {p["person_name"] for p in r["meeting_participants"] if p["mention_id"] in ids}


def test_people_of_a_later_clause_go_to_the_later_meeting_of_the_sentence():
    r = rows(" date 2026-03-09 Andrii Sybiha met Marco Rubio in Washington on Monday, and on Thursday he flies to "
             "Ankara, where Hakan Fidan will receive him.")
    assert people_at(r, "Washington") == {"Andrii Sybiha", "Marco Rubio"}
    assert people_at(r, "Ankara") == {"Hakan Fidan"}
    [ankara] = [m for m in r["meeting_mentions"] if m["city"] == "Ankara"]
    assert ankara["parties"] == ["TR"]


def test_who_leads_a_call_is_at_no_meeting():
    r = rows(" date 2026-03-07 Defence ministers of the coalition met in Paris on Friday. Later that day the "
             "leaders joined a video call, which Keir Starmer and Emmanuel Macron chaired and led.")
    assert not people_at(r, "Paris") & {"Keir Starmer", "Emmanuel Macron"}


def test_an_interception_claim_is_a_figure_of_the_strike_before_it():
    r = rows(" date 2026-03-10 Ukrainian drones struck an oil depot in the Bryansk region overnight, the governor "
             "said. Russia's defence ministry said its air defences destroyed 45 drones over three regions.")
    [k] = r["attack_mentions"]
    assert (k["attacker_country"], k["target_country"], k["n_drones"]) == ("UA", "RU", 45)
    no = rows(" date 2026-03-10 Natt til tirsdag slo ukrainske droner til mot en oljeterminal i Krasnodar-regionen. "
              "Det russiske forsvarsdepartementet hevder å ha skutt ned 45 droner.")
    [k] = no["attack_mentions"]
    assert (k["attacker_country"], k["target_country"], k["n_drones"]) == ("UA", "RU", 45)


def test_the_reporter_of_who_takes_part_is_no_participant():
    r = rows(" date 2026-03-10 Russian and American officials will meet in Doha next week. Kremlin spokesman "
             "Dmitry Peskov told journalists that Russia would be represented by Kirill Dmitriev.")
    assert people_at(r, "Doha") == {"Kirill Dmitriev"}
    no = rows(" date 2026-03-10 Russiske og amerikanske tjenestemenn møtes i Doha neste uke. Kremls talsperson "
              "Dmitrij Peskov sa tirsdag at Russland blir representert ved Kirill Dmitrijev.")
    assert people_at(no, "Doha") == {"Kirill Dmitriev"}


def test_a_speaker_who_took_part_himself_is_a_participant():
    r = rows(" date 2026-03-06 Vladimir Putin received Steve Witkoff in the Kremlin on Thursday. The talks were "
             "frank, said Yuri Ushakov, who also attended.")
    assert people_at(r, "Moscow") == {"Vladimir Putin", "Steve Witkoff", "Yuri Ushakov"}


def test_a_subject_pronoun_is_the_person_named_before():
    r = rows(" date 2026-03-05 Volodymyr Zelensky flew to Berlin on Wednesday. There he met Friedrich Merz.")
    assert people_at(r, "Berlin") == {"Volodymyr Zelensky", "Friedrich Merz"}
    # quoted first, then "he told reporters ... after talks with": the speaker of talks with someone took part
    r = rows(' date 2026-03-05 Volodymyr Zelensky said the aid was vital. "We need it now," he told reporters in '
             'Kyiv on Wednesday after talks with German Chancellor Friedrich Merz.')
    assert people_at(r, "Kyiv") == {"Volodymyr Zelensky", "Friedrich Merz"}
    # a pronoun that only speaks about the talks takes no part
    r = rows(" date 2026-03-05 Talks in Geneva ended on Tuesday. Dmitry Peskov was asked about them. He said the "
             "talks in Geneva were useful.")
    assert "Dmitry Peskov" not in people_at(r, "Geneva")


def test_the_sentence_that_tells_the_strike_is_its_evidence():
    # a word of attack alone ("the attacks go on", "fortsetter angrepene") opens the strike, the next sentence tells it
    for text, told in [
        (" date 2026-03-10 Meanwhile, the attacks go on. Overnight, Russia launched 120 drones at Odesa. Two people "
         "were killed.", "Overnight, Russia launched 120 drones at Odesa."),
        (" date 2026-03-10 Samtidig fortsetter angrepene. Natt til lørdag angrep Russland havnen i Odesa med 45 droner.",
         "Natt til lørdag angrep Russland havnen i Odesa med 45 droner."),
    ]:
        [a] = rows(text)["attack_mentions"]
        assert a["evidence"] == told and a["sentence_idx"] == 1


def _meetings(text: str) -> list[tuple]:
    return [(m["city"], m["start_date"], m["end_date"], m["status"]) for m in rows(text)["meeting_mentions"]]


def test_two_days_joined_by_and_are_the_days_of_one_meeting():
    d = dt.date
    for text in (" date 2026-03-02 The delegations will meet in Geneva on Thursday and Friday for a further round "
                 "of talks.",
                 " date 2026-03-02 A küldöttségek csütörtökön és pénteken Genfben találkoznak egy újabb "
                 "tárgyalási fordulóra.",
                 " date 2026-03-02 Delegaciji se bosta v četrtek in petek sestali v Ženevi na novem krogu pogajanj.",
                 " date 2026-03-02 Delegasjonene skal møtes i Genève torsdag og fredag til en ny runde med samtaler."):
        assert _meetings(text) == [("Geneva", d(2026, 3, 5), d(2026, 3, 6), "planned")], text


def test_a_capital_that_prepares_a_meeting_is_no_venue():
    for text in (" date 2026-03-02 In Washington, officials are meanwhile preparing a summit of the leaders.",
                 " date 2026-03-02 V Washingtonu medtem pripravljajo vrh voditeljev.",
                 " date 2026-03-02 Washingtonban közben csúcstalálkozót készítenek elő.",
                 " date 2026-03-02 I Washington forbereder de samtidig et toppmøte."):
        assert [c for c, *_ in _meetings(text)] == [], text
    # the place after the meeting word is still its venue
    assert [c for c, *_ in _meetings(" date 2026-03-02 Officials in Washington are preparing a summit in Geneva "
                                     "next week.")] == ["Geneva"]


def test_talks_in_a_clause_of_time_without_place_or_date_are_no_meeting():
    for text in (" date 2026-03-02 Ukraine will present the results reached in Geneva to its partners when the "
                 "talks resume.",
                 " date 2026-03-02 Ukrajina bo v Ženevi dosežene rezultate predstavila partnerjem, ko se bodo "
                 "pogovori nadaljevali.",
                 " date 2026-03-02 Ukrajna bemutatja a Genfben elért eredményeket, amikor folytatódnak a tárgyalások.",
                 " date 2026-03-02 Ukraina vil legge fram resultatene fra Genève når samtalene fortsetter."):
        assert _meetings(text) == [], text
    # a clause of time that names the meeting's place and day still reports it
    assert [c for c, *_ in _meetings(" date 2026-03-04 Progress was made when the delegations met in "
                                     "Geneva on Monday.")] == ["Geneva"]


def test_a_speaker_whose_colon_opens_what_is_said_is_no_participant():
    for text in (" date 2026-03-07 Dmitrij Peszkov, a Kreml szóvivője pénteken úgy fogalmazott: a genfi tárgyalás "
                 "hasznos volt.",
                 " date 2026-03-07 Kremlin spokesman Dmitry Peskov said on Friday: the talks in Geneva were useful.",
                 " date 2026-03-07 Zelenskyj sa fredag: Samtalene i Genève var nyttige."):
        r = rows(text)
        assert [m["city"] for m in r["meeting_mentions"]] == ["Geneva"], text
        assert people(r) == set(), text
    # one who met and then said something is still a participant
    r = rows(" date 2026-03-07 Zelenskyj møtte Merz i Berlin fredag og sa: Samtalene var nyttige.")
    assert people(r) == {"Volodymyr Zelensky", "Friedrich Merz"}


def test_names_joined_to_a_compound_meeting_word_are_another_meetings_people():
    r = rows(" date 2026-03-07 Jövő pénteken Genfben találkozik Marco Rubio és Szergej Lavrov. A két miniszter egy "
             "későbbi Trump–Putyin-csúcsot készítene elő.")
    assert people(r) == {"Marco Rubio", "Sergey Lavrov"}


def test_the_host_named_a_side_in_one_report_only_is_the_same_meeting():
    r = rows(" date 2026-03-02 Delegations from Ukraine, Russia and the United States will meet in Geneva on Thursday. "
             "Cassis told reporters that the talks would be held in Geneva and that Switzerland would help the Russian "
             "and Ukrainian sides. Ukraine's delegation will be led by Rustem Umerov.")
    [m] = r["meeting_mentions"]
    assert (m["city"], m["start_date"], m["participant_ids"]) == ("Geneva", dt.date(2026, 3, 5), ["rustem-umerov"])


def test_a_name_that_begins_like_an_event_word_does_not_stop_a_date_reaching_the_meeting():
    # "Kravik" begins as the Norwegian "krav" (a demand): still a name, the clause only tells where and when
    r = rows(" date 2026-03-09 Statssekretær Andreas Motzfeldt Kravik var i Kyiv torsdag forrige uke, der han møtte "
             "viseutenriksminister Marjana Betsa.")
    assert [(m["city"], m["start_date"]) for m in r["meeting_mentions"]] == [("Kyiv", dt.date(2026, 3, 5))]


@pytest.mark.parametrize("lang, text", [
    ("sl", "Po besedah premierja bi bilo Brdo pri Kranju primerno mesto za srečanje predsednikov."),
    ("hu", "A miniszter szerint Budapest alkalmas helyszín lenne egy Trump–Putyin-találkozóra."),
    ("no", "Ifølge statsministeren er Oslo et egnet sted for et møte mellom partene."),
    ("en", "Ankara is a suitable venue for a meeting between the two presidents, Erdogan said."),
])
def test_a_place_called_suitable_for_a_meeting_is_an_offer_not_a_meeting(lang, text):
    article = clean(f" date 2026-03-14 {text}", "text")
    assert article.language == lang
    assert extract_article("t", article)["meeting_mentions"] == []


@pytest.mark.parametrize("lang, text, drones", [
    ("en", "Russia launched a few hundred drones at Odesa overnight.", None),
    ("en", "Russia launched two hundred drones at Odesa overnight.", 200),
    ("hu", "Oroszország éjjel több száz drónnal támadta Odesszát.", None),
    ("sl", "Rusija je ponoči z več sto droni napadla Odeso.", None),
    ("no", "Russland angrep Odesa med flere hundre droner natt til søndag.", None),
    ("no", "Russland angrep Odesa med to hundre droner natt til søndag.", 200),
])
def test_a_number_left_untold_is_no_count(lang, text, drones):
    """"a few hundred", "több száz", "več sto", "flere hundre": the wave is told, its size is not (NULL, not 100)."""
    article = clean(f" date 2026-03-15 {text}", "text")
    assert article.language == lang
    [m] = extract_article("t", article)["attack_mentions"]
    assert m["n_drones"] == drones


def test_a_figure_of_speech_about_drones_is_no_strike():
    text = ('"Moscow sends a delegation to talk and a few hundred drones to make its point," the mayor of Odesa '
            "wrote on Telegram.")
    assert extract_article("t", clean(f" date 2026-03-15 {text}", "text"))["attack_mentions"] == []


@pytest.mark.parametrize("text", [
    " date 2026-03-14 Since the start of the year Russia has launched more than 20,000 drones at Ukraine.",
    " date 2026-03-14 Over the past week Russia has fired more than 1,200 drones at Ukraine, Zelensky said.",
    " date 2026-03-14 Az év eleje óta Oroszország több mint 20 ezer drónt indított Ukrajna ellen.",
    " date 2026-03-14 Od začetka leta je Rusija nad Ukrajino izstrelila več kot 20.000 dronov.",
    " date 2026-03-14 Siden nyttår har Russland sendt over 20 000 droner mot Ukraina.",
])
def test_a_tally_over_a_span_is_no_strike(text):
    """A total since a start or over a week counts many strikes: no wave of its own."""
    assert rows(text + "\n")["attack_mentions"] == []


@pytest.mark.parametrize("text", [
    " date 2026-03-14 Overnight Russia launched 300 drones at Kyiv, the largest attack since the start of the year.",
    " date 2026-03-14 Az éjjel Oroszország 300 drónt indított Kijev ellen, ez az év eleje óta a legnagyobb támadás.",
    " date 2026-03-14 I natt sendte Russland 300 droner mot Kyiv, det største angrepet siden nyttår.",
])
def test_a_wave_of_one_night_compared_with_the_year_is_a_strike(text):
    [a] = rows(text + "\n")["attack_mentions"]
    assert (a["n_drones"], a["attack_date"]) == (300, dt.date(2026, 3, 14))


@pytest.mark.parametrize("text", [
    " date 2026-03-14 The Syzran refinery has been struck by Ukrainian drones several times before.",
    " date 2026-03-14 Russia has repeatedly attacked Odesa's port with drones.",
    " date 2026-03-14 Rafinerijo v Sizranu so ukrajinski droni že večkrat napadli.",
    " date 2026-03-14 Raffineriet i Syzran har vært angrepet av ukrainske droner flere ganger tidligere.",
])
def test_strikes_told_as_many_without_a_count_or_a_day_are_no_strike(text):
    assert rows(text + "\n")["attack_mentions"] == []


def test_a_place_hit_repeatedly_in_a_counted_wave_stays_in_the_wave():
    text = " date 2026-03-14 Overnight Russia launched 100 drones at Ukraine. Kharkiv was hit repeatedly, the mayor said.\n"
    [a] = rows(text)["attack_mentions"]
    assert (a["n_drones"], a["regions"]) == (100, ["Kharkiv"])


def test_a_place_struck_several_times_on_one_night_is_a_strike():
    text = " date 2026-03-14 Russian drones struck Kharkiv several times overnight, injuring four people.\n"
    [a] = rows(text)["attack_mentions"]
    assert (a["injured"], a["attack_date"]) == (4, dt.date(2026, 3, 14))


@pytest.mark.parametrize("text", [
    " date 2026-03-03 Moscow dismissed a British and French proposal to station a reassurance force in Ukraine.",
    " date 2026-03-03 Moskva je zavrnila britanski in francoski predlog o večnacionalnih silah. Pogovori se nadaljujejo.",
    " date 2026-03-03 Russland avviste det britiske og franske forslaget om en fredsbevarende styrke.",
    " date 2026-03-03 Moszkva elutasította a brit és francia javaslatot a békefenntartó erőkről.",
])
def test_nations_listed_before_a_proposal_word_all_proposed_it(text):
    [p] = rows(text)["proposal_mentions"]
    assert (p["kind"], sorted(p["proposed_by"]), p["rejected_by"]) == ("peacekeeping_force", ["FR", "GB"], ["RU"])


@pytest.mark.parametrize("text, supporter", [
    (" date 2026-03-03 A tárgyalások alapja a 20 pontos amerikai béketerv, amelyet Kijev jónak nevezett, és "
     "nagyrészt támogat.", "UA"),
    (" date 2026-03-03 Talks will start from the 20-point American peace plan, which Germany studied for weeks, and now backs.",
     "DE"),
])
def test_the_owner_of_a_plan_is_no_subject_of_a_verb_joined_by_and(text, supporter):
    [p] = rows(text)["proposal_mentions"]
    assert (p["proposed_by"], p["supported_by"]) == (["US"], [supporter])


@pytest.mark.parametrize("text, supported, rejected", [
    (" date 2026-03-03 Kyiv sent back written comments on the 20-point peace plan.", [], []),
    (" date 2026-03-03 Russia came back to the table with the 20-point peace plan.", [], []),
    (" date 2026-03-03 Kyiv pushed back on the 20-point peace plan.", [], ["UA"]),
    (" date 2026-03-03 Kyiv will back the 20-point peace plan.", ["UA"], []),
])
def test_back_after_a_verb_is_its_particle_not_backing(text, supported, rejected):
    [p] = rows(text)["proposal_mentions"]
    assert (p["supported_by"], p["rejected_by"]) == (supported, rejected)


@pytest.mark.parametrize("text, supporter", [
    (" date 2026-03-03 The ministers discussed Denmark's contribution to a multinational force in Ukraine.", "DK"),
    (" date 2026-03-03 Sverige vil delta i en flernasjonal styrke i Ukraina etter en våpenhvile.", "SE"),
    (" date 2026-03-03 Vlada je sklenila, da bo Slovenija z inženirci sodelovala v večnacionalnih silah.", "SI"),
    (" date 2026-03-03 Finnország részt vesz a többnemzetiségű erőben, közölte a kormány.", "FI"),
])
def test_taking_part_in_a_force_supports_it(text, supporter):
    [p] = [p for p in rows(text)["proposal_mentions"] if p["kind"] == "peacekeeping_force"]
    assert supporter in p["supported_by"] and p["rejected_by"] == []


def test_not_taking_part_in_a_force_is_no_stance():
    [p] = rows(" date 2026-03-03 Poland will not take part in the reassurance force, Warsaw said.")["proposal_mentions"]
    assert (p["supported_by"], p["rejected_by"]) == ([], [])


@pytest.mark.parametrize("text, found", [
    (" date 2026-03-03 Danmark vil bidra med soldater til den britisk-franske styrken.", True),
    (" date 2026-03-03 Denmark will send soldiers to the British-French force.", True),
    (" date 2026-03-03 Russian-Belarusian forces held exercises near the border.", False),
])
def test_a_force_of_two_nations_not_at_war_is_a_force_to_send(text, found):
    forces = [p for p in rows(text)["proposal_mentions"] if p["kind"] == "peacekeeping_force"]
    assert bool(forces) == found
    if found:
        assert sorted(forces[0]["proposed_by"]) == ["FR", "GB"]


@pytest.mark.parametrize("text", [
    " date 2026-03-03 Denmark will join the reassurance force which Britain and France lead.",
    " date 2026-03-03 Danmark vil delta i en flernasjonal styrke som Storbritannia og Frankrike leder.",
    " date 2026-03-03 Vlada je sklenila, da bo Slovenija sodelovala v večnacionalnih silah, ki jih načrtujeta "
    "Velika Britanija in Francija.",
    " date 2026-03-03 Finnország részt vesz a többnemzetiségű erőben, amelyet Nagy-Britannia és Franciaország vezet.",
])
def test_those_who_lead_or_plan_a_force_proposed_it(text):
    [p] = [p for p in rows(text)["proposal_mentions"] if p["kind"] == "peacekeeping_force"]
    assert sorted(p["proposed_by"]) == ["FR", "GB"]


def test_leading_a_team_is_no_proposal():
    [p] = rows(" date 2026-03-03 Witkoff, who leads the US team, said Kyiv backed the 20-point peace plan.")[
        "proposal_mentions"]
    assert (p["proposed_by"], p["supported_by"]) == ([], ["UA"])


@pytest.mark.parametrize("text", [
    " date 2026-03-03 Lavrov told reporters on Friday that the American 20-point peace plan was unacceptable as it stands.",
    " date 2026-03-03 Lavrov sa fredag at den amerikanske 20-punktsplanen er uakseptabel i sin nåværende form.",
    " date 2026-03-03 Peskov je po pogovorih dejal, da je ameriški mirovni načrt z 20 točkami v tej obliki nesprejemljiv.",
    " date 2026-03-03 Peszkov azt mondta, hogy a 20 pontos amerikai béketerv ebben a formában elfogadhatatlan.",
])
def test_the_owner_of_a_plan_is_not_another_subject_of_what_a_speaker_says(text):
    [p] = rows(text)["proposal_mentions"]
    assert (p["proposed_by"], p["rejected_by"]) == (["US"], ["RU"])


@pytest.mark.parametrize("text, supporter", [
    (" date 2026-03-03 Meloni proposed security guarantees modelled on Article 5. Kyiv called for the idea to be "
     "written into the deal.", ["UA"]),
    (" date 2026-03-03 Meloni proposed security guarantees modelled on Article 5. Italy has long pushed for the idea.",
     []),
    (" date 2026-03-03 Rusija je predlagala premirje na Črnem morju. Turčija je predlog pozdravila in zahtevala, naj "
     "ga podpišejo.", ["TR"]),
])
def test_calling_for_a_proposal_someone_else_made_is_backing_it(text, supporter):
    p = rows(text)["proposal_mentions"][0]
    assert len(p["proposed_by"]) == 1 and p["supported_by"] == supporter


@pytest.mark.parametrize("text", [
    " date 2026-03-03 Peskov said Moscow still insists that Ukrainian troops must leave the Donetsk region, a demand "
    "Kyiv has refused.",
    " date 2026-03-03 The Kremlin wants Ukrainian forces to leave the Donetsk region, and Kyiv rejects that.",
])
def test_troops_asked_to_leave_a_region_are_a_withdrawal_their_side_does_not_propose(text):
    [p] = [p for p in rows(text)["proposal_mentions"] if p["kind"] == "territorial"]
    assert (p["proposed_by"], p["rejected_by"]) == (["RU"], ["UA"])


@pytest.mark.parametrize("text", [
    " date 2026-03-03 Turčija je predlagala premirje na Črnem morju, Kijev pa je predlog zavrnil.",
    " date 2026-03-03 Törökország tűzszünetet javasolt a Fekete-tengeren, Kijev elutasította.",
])
def test_a_truce_on_the_black_sea_is_a_maritime_one(text):
    [p] = rows(text)["proposal_mentions"]
    assert (p["merge_key"], p["proposed_by"], p["rejected_by"]) == ("ceasefire:sea", ["TR"], ["UA"])


@pytest.mark.parametrize("text", [
    " date 2026-03-03 Zelensky renewed his call for an air truce, which the Kremlin rejected.",
    " date 2026-03-03 Kyiv proposed a ceasefire in the skies, but Moscow rejected it.",
    " date 2026-03-03 Zelenszkij ismét légi tűzszünetet javasolt, a Kreml elutasította.",
    " date 2026-03-03 Ukrajina je predlagala premirje v zraku, Kremelj ga je zavrnil.",
    " date 2026-03-03 Ukraina foreslo en luftvåpenhvile, men Russland avviste forslaget.",
    " date 2026-03-03 Ukraina foreslo en våpenhvile i luften, men Russland avviste forslaget.",
])
def test_a_truce_in_the_air_is_one_of_its_own(text):
    [p] = rows(text)["proposal_mentions"]
    assert (p["merge_key"], p["scope"], p["proposed_by"], p["rejected_by"]) == ("ceasefire:air", None, ["UA"], ["RU"])


@pytest.mark.parametrize("text", [
    " date 2026-03-03 Russia proposed a ceasefire while air strikes went on, and Kyiv rejected it.",
    " date 2026-03-03 Turkey proposed a ceasefire in the air and at sea; Kyiv rejected it.",
])
def test_air_strikes_or_several_domains_make_no_air_truce(text):
    [p] = rows(text)["proposal_mentions"]
    assert p["merge_key"] != "ceasefire:air"


@pytest.mark.parametrize("text", [
    " date 2026-03-03 Russland tilbød en pakke for økonomisk samarbeid. Umerov avviste forslaget og sa at det ikke "
    "haster.",
    " date 2026-03-03 Russia offered a package of economic cooperation. Umerov rejected the proposal and said there "
    "was no hurry.",
])
def test_rejecting_a_proposal_named_before_and_saying_more_is_a_rejection(text):
    [p] = rows(text)["proposal_mentions"]
    assert (p["kind"], p["proposed_by"], p["rejected_by"]) == ("economic", ["RU"], ["UA"])


@pytest.mark.parametrize("text, field, country", [
    (" date 2026-03-03 Torsdag avviste Kreml det amerikanske forslaget om en våpenhvile.", "rejected_by", "RU"),
    (" date 2026-03-03 I går la Russland fram et forslag om en våpenhvile i Svartehavet.", "proposed_by", "RU"),
    (" date 2026-03-03 Ifølge ukrainske kilder la Tyrkia fram en pakke for økonomisk samarbeid.", "proposed_by", "TR"),
    (" date 2026-03-03 Etter møtet støtter Norge våpenhvilen, sa Støre.", "supported_by", "NO"),
])
def test_norwegian_verb_second_puts_the_subject_after_the_stance_verb(text, field, country):
    [p] = rows(text)["proposal_mentions"]
    assert country in p[field] and "UA" not in p["proposed_by"]


@pytest.mark.parametrize("text, proposer", [
    (" date 2026-03-03 Rubio discussed a maritime ceasefire in the Black Sea. Kyiv has backed the U.S. idea.", ["US"]),
    (" date 2026-03-03 The first U.S. draft had 28 points, and Kyiv rejected it.", ["US"]),
    (" date 2026-03-03 Kyiv welcomed the Ukraine peace framework of 20 points.", []),
])
def test_an_abbreviated_nation_before_the_proposal_word_owns_it(text, proposer):
    p = rows(text)["proposal_mentions"][0]
    assert p["proposed_by"] == proposer and "UA" in p["supported_by"] + p["rejected_by"]


@pytest.mark.parametrize("text", [
    " date 2026-03-03 Oroszország követeli, hogy Ukrajna vonuljon ki Donyeckből. Kijev ezt ultimátumnak nevezte, és "
    "elutasította.",
    " date 2026-03-03 Russland krever at Ukraina trekker seg ut av Donetsk. Kyiv kalte det et ultimatum og avviste "
    "kravet.",
])
def test_a_demand_called_an_ultimatum_is_no_demand_of_the_one_who_calls_it_so(text):
    [p] = rows(text)["proposal_mentions"]
    assert (p["kind"], p["proposed_by"], p["rejected_by"]) == ("territorial", ["RU"], ["UA"])


def test_a_name_that_begins_like_a_stance_word_is_none():
    # "Kravik" begins like "krav" (a demand)
    [p] = rows(" date 2026-03-03 Kravik sa at Norge vil bidra til en flernasjonal styrke i Ukraina, ifølge NTB.")[
        "proposal_mentions"]
    assert (p["proposed_by"], p["supported_by"]) == ([], ["NO"])


@pytest.mark.parametrize("text", [
    " date 2026-03-03 A Kreml tájékoztatása szerint a tárgyalás középpontjában a 20 pontos amerikai béketerv "
    "átdolgozott változata állt.",
    " date 2026-03-03 Peszkov közlése szerint a 20 pontos amerikai béketerv átdolgozott változata volt napirenden.",
])
def test_a_hungarian_source_before_szerint_takes_no_stance(text):
    [p] = rows(text)["proposal_mentions"]
    assert p["proposed_by"] == ["US"]


@pytest.mark.parametrize("text", [
    " date 2026-03-03 Washington javasolt egy 20 pontos béketervet. Az orosz külügyminiszter azt mondta, hogy az "
    "amerikai kezdeményezésre épülő megközelítések jók voltak.",
    " date 2026-03-03 Washington proposed a 20-point peace plan. The Russian foreign minister said that the American "
    "initiative had opened the way.",
])
def test_a_speaker_does_not_take_the_proposal_noun_of_its_owner(text):
    [p] = rows(text)["proposal_mentions"]
    assert (p["proposed_by"], p["supported_by"]) == (["US"], [])


@pytest.mark.parametrize("text, attacker, target, drones", [
    (" date 2026-03-04 Kyiv accused Moscow of breaking the Easter truce: overnight Russia launched 90 drones at Odesa.",
     "RU", "UA", 90),
    (" date 2026-03-04 Kyiv anklaget Moskva for å bryte våpenhvilen: natt til tirsdag sendte Russland 70 droner mot "
     "Kharkiv.", "RU", "UA", 70),
    (" date 2026-03-04 Moszkva szerint Kijev megszegte a tűzszünetet: keddre virradóra 35 ukrán drónt lőttek le "
     "Belgorod felett.", "UA", "RU", 35),
    (" date 2026-03-04 Kijev je Moskvo obtožil kršitve premirja: v noči na torek je Rusija proti Harkovu izstrelila "
     "60 dronov.", "RU", "UA", 60),
])
def test_a_dated_counted_wave_beside_a_broken_truce_is_a_strike(text, attacker, target, drones):
    [m] = rows(text)["attack_mentions"]
    assert (m["attacker_country"], m["target_country"], m["n_drones"]) == (attacker, target, drones)
    assert m["attack_date"] is not None
    assert "Kyiv" not in (m["regions"] or []) or target == "UA"


@pytest.mark.parametrize("text", [
    " date 2026-03-04 Russia proposed a 30-day ceasefire on Monday; since then 200 drones were launched.",
    " date 2026-03-04 Zelensky proposed a truce on drone and missile strikes against energy, which Russia rejected on "
    "Tuesday.",
    " date 2026-03-04 Zelenski je v torek predlagal premirje za napade z droni in raketami na energetiko.",
])
def test_weapons_or_a_date_of_the_truce_itself_make_no_strike(text):
    assert rows(text)["attack_mentions"] == []


@pytest.mark.parametrize("text", [
    " date 2026-03-04 Putin ordered a 36-hour ceasefire along the entire front line, which Kyiv rejected.",
    " date 2026-03-04 Putyin 36 órás tűzszünetet rendelt el a teljes frontvonalon, Kijev elutasította.",
    " date 2026-03-04 Putin je odredil 36-urno premirje na celotni fronti, Kijev ga je zavrnil.",
    " date 2026-03-04 Putin beordret en våpenhvile langs hele frontlinjen, men Kyiv avviste den.",
])
def test_a_truce_along_the_whole_front_is_a_full_one(text):
    [p] = rows(text)["proposal_mentions"]
    assert (p["merge_key"], p["scope"], p["rejected_by"]) == ("ceasefire:full", "full", ["UA"])


def test_fighting_along_the_whole_front_in_another_clause_makes_no_full_truce():
    [p] = rows(" date 2026-03-04 Russia proposed a ceasefire, while fighting raged along the entire front.")[
        "proposal_mentions"]
    assert p["merge_key"] == "ceasefire:*"
