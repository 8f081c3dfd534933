"""Norwegian extraction: names, dates and whole articles, on sentences written for these tests in the style of
NTB agency copy, NRK/Aftenposten live blogs and analysis pieces. Pure: no database, no Dagster."""

import datetime as dt

import pytest

from pipelines.clean import clean
from pipelines.extract import extract_article
from pipelines.extract.dates import FUTURE, NEAREST, PAST, find_dates, resolve
from pipelines.extract.names import recognise, tokenize

D = dt.date


def mentions(text: str):
    return recognise(tokenize(text), "no")


def canon(text: str) -> set[str]:
    return {m.entry.name for m in mentions(text)}


def rows(text: str) -> dict:
    art = clean(text, "text")
    assert art.language == "no", art.language
    return extract_article("t", art)


def one_date(text: str, published: dt.date | None, direction: int = NEAREST):
    found = find_dates(text, "no")
    assert len(found) == 1, (text, found)
    return resolve(found[0], published, None, direction)


def meeting(r: dict, city: str) -> dict:
    found = [m for m in r["meeting_mentions"] if m["city"] == city]
    assert found, [(m["city"], m["evidence"]) for m in r["meeting_mentions"]]
    return found[0]


def proposal(r: dict, kind: str) -> dict:
    found = [p for p in r["proposal_mentions"] if p["kind"] == kind]
    assert found, [(p["kind"], p["evidence"]) for p in r["proposal_mentions"]]
    return found[0]


# ---------------------------------------------------------------- names


@pytest.mark.parametrize("text, name", [
    ("Zelenskyjs stabssjef kom sent.", "Volodymyr Zelensky"),
    ("President Volodymyr Selenskyj talte til nasjonen.", "Volodymyr Zelensky"),
    ("Putins rådgiver Jurij Usjakov bekreftet møtet.", "Yuri Ushakov"),
    ("Kirill Dmitrijevs besøk ble kjent i går.", "Kirill Dmitriev"),
    ("Steve Witkoffs reise til Moskva", "Steve Witkoff"),
    ("Kreml-talsperson Dmitrij Peskov", "Dmitry Peskov"),
    ("Sergej Lavrovs uttalelse", "Sergey Lavrov"),
    ("Sekretær i sikkerhetsrådet Sergej Sjojgu", "Sergei Shoigu"),
    ("Energiminister Denys Sjmyhal", "Denys Shmyhal"),
    ("rådgiver Mykhajlo Podoljak", "Mykhailo Podolyak"),
    ("Finansminister Jens Stoltenberg", "Jens Stoltenberg"),
    ("Aleksandr Lukasjenko", "Alexander Lukashenko"),
    ("Julija Svyrydenkos regjering", "Yulia Svyrydenko"),
])
def test_people_in_norwegian_spelling_and_genitive(text, name):
    assert name in canon(text)


def test_genitive_is_a_possessor_and_the_envoy_is_the_person():
    ms = mentions("Putins utsending Kirill Dmitrijev")
    assert [(m.entry.name, m.group) for m in ms] == [("Vladimir Putin", "poss"), ("Kirill Dmitriev", "base")]


def test_double_given_name_is_absorbed_not_an_unknown_person():
    ms = mentions("Statsminister Jonas Gahr Støre deltok på møtet.")
    assert [m.entry.eid for m in ms if m.entry.etype == "person"] == ["jonas-gahr-store"]


def test_mellom_and_med_make_the_people_comitative():
    ms = mentions("toppmøtet mellom Donald Trump og Vladimir Putin")
    assert (ms[0].entry.name, ms[0].prep) == ("Donald Trump", "com")
    assert mentions("samtalene sammen med Zelenskyj")[0].prep == "com"
    assert mentions("samtaler med Witkoff")[0].prep == "com"


def test_unknown_person_found_by_norwegian_role_word_and_transliterated():
    ms = [m for m in mentions("Den russiske viseutenriksministeren Sergej Versjinin sa") if m.entry.etype == "person"]
    assert [(m.entry.name, m.entry.role) for m in ms] == [("Sergey Vershinin", "deputy foreign minister")]
    ms = [m for m in mentions("Ukrainas toppforhandler Ivan Petrenko ankom") if m.entry.etype == "person"]
    assert [(m.entry.name, m.entry.role) for m in ms] == [("Ivan Petrenko", "chief negotiator")]


@pytest.mark.parametrize("text, name", [
    ("forhandlingene i Genève", "Geneva"),
    ("møtet i Riad", "Riyadh"),
    ("toppmøtet i Sotsji", "Sochi"),
    ("samtalene i Kreml", "Moscow"),
    ("angrepet på Zaporizjzja", "Zaporizhzhia"),
    ("droner over Tsjernihiv", "Chernihiv"),
    ("raketten traff Kryvyj Rih", "Kryvyi Rih"),
    ("artilleri mot Izjum", "Izium"),
    ("i Dnipropetrovsk-regionen", "Dnipropetrovsk"),
    ("i Tsjerkasy og Tsjernivtsi", "Chernivtsi"),
    ("nær Krementsjuk", "Kremenchuk"),
])
def test_places_in_norwegian_spelling(text, name):
    assert name in canon(text)


@pytest.mark.parametrize("text, code", [
    ("USAs utenriksminister", "US"),
    ("Russlands krav", "RU"),
    ("Ukrainas president", "UA"),
    ("forhandlere fra Emiratene", "AE"),
    ("Saudi-Arabias kronprins", "SA"),
    ("amerikanerne vil", "US"),
    ("russernes krav", "RU"),
    ("britene og", "GB"),
    ("tyskerne sier", "DE"),
    ("franskmennene vil sende tropper", "FR"),
    ("de emiratiske meklerne", "AE"),
    ("danske soldater", "DK"),
])
def test_countries_and_nationality_words(text, code):
    assert code in canon(text)


# ---------------------------------------------------------------- dates

PUB = D(2026, 2, 18)  # a Wednesday


@pytest.mark.parametrize("text, start, end", [
    ("Møtet fant sted 17. februar 2026.", D(2026, 2, 17), D(2026, 2, 17)),
    ("samtalene 17.–18. februar", D(2026, 2, 17), D(2026, 2, 18)),
    ("forhandlinger fra 3. til 5. mars", D(2026, 3, 3), D(2026, 3, 5)),
    ("toppmøtet 30. og 31. januar", D(2026, 1, 30), D(2026, 1, 31)),
    ("i desember 2025", D(2025, 12, 1), D(2025, 12, 31)),
    ("mandag 2. mars", D(2026, 3, 2), D(2026, 3, 2)),
])
def test_absolute_dates(text, start, end):
    r = one_date(text, PUB)
    assert (r.start, r.end) == (start, end)


@pytest.mark.parametrize("text, day", [
    ("Avtalen ble signert 03.03.2025 i Riyadh.", D(2025, 3, 3)),
    ("Delegasjonene møttes 9.2. i Abu Dhabi.", D(2026, 2, 9)),
    ("Neste runde er satt til 24.02 i Genève.", D(2026, 2, 24)),
    ("Onsdag 11.02. kom svaret fra Kreml.", D(2026, 2, 11)),
])
def test_dates_in_digits(text, day):
    r = one_date(text, PUB)
    assert (r.start, r.end, r.precision) == (day, day, "day")


@pytest.mark.parametrize("text", [
    "Møtet startet kl. 10.05 og varte i tre timer.",
    "Pressekonferansen begynner 17.30 norsk tid.",
    "Prisene steg med 12.10 prosent.",
    "Russland sendte 1.100 droner.",
    "Oppdateringen heter versjon 2.11.04.",
])
def test_times_amounts_and_versions_are_not_dates(text):
    assert find_dates(text, "no") == []


@pytest.mark.parametrize("text, start, end", [
    ("i dag", D(2026, 2, 18), D(2026, 2, 18)),
    ("i går kveld", D(2026, 2, 17), D(2026, 2, 17)),
    ("i forgårs", D(2026, 2, 16), D(2026, 2, 16)),
    ("i morges", D(2026, 2, 18), D(2026, 2, 18)),
    ("i morgen", D(2026, 2, 19), D(2026, 2, 19)),
    ("i overmorgen", D(2026, 2, 20), D(2026, 2, 20)),
    ("for to dager siden", D(2026, 2, 16), D(2026, 2, 16)),
    ("forrige uke", D(2026, 2, 9), D(2026, 2, 15)),
    ("neste uke", D(2026, 2, 23), D(2026, 3, 1)),
    ("i uken som kommer", D(2026, 2, 23), D(2026, 3, 1)),
    ("forrige helg", D(2026, 2, 14), D(2026, 2, 15)),
    ("sist helg", D(2026, 2, 14), D(2026, 2, 15)),
])
def test_relative_dates(text, start, end):
    r = one_date(text, PUB)
    assert (r.start, r.end) == (start, end)


def test_weekday_points_back_for_held_and_forward_for_planned():
    assert one_date("på søndag", PUB).start == D(2026, 2, 15)
    assert one_date("på fredag", PUB, FUTURE).start == D(2026, 2, 20)


@pytest.mark.parametrize("text, day", [
    ("natt til søndag", D(2026, 2, 15)),
    ("natten til tirsdag", D(2026, 2, 17)),
    ("natta til laurdag", D(2026, 2, 14)),
])
def test_night_to_weekday(text, day):
    found = find_dates(text, "no")
    assert len(found) == 1 and found[0].night
    assert resolve(found[0], PUB, None, PAST).start == day


@pytest.mark.parametrize("text", [
    "Demonstrantene marsjerte gjennom byen.",
    "Juniorlaget vant.",
    "Hun sendte mailen sent.",
    "Vi står nesten fast.",
])
def test_words_that_only_look_like_dates(text):
    assert find_dates(text, "no") == []


def test_vague_relative_dates_resolve_to_nothing():
    assert one_date("Partene skal møtes igjen innen to uker.", PUB) is None


def test_earlier_this_week_is_the_publication_week():
    # as en "earlier this week": the week it was published in, which does not widen a meeting's days (dbt)
    found = one_date("Tidligere i uken kom det nye krav.", PUB)
    assert (found.start, found.end) == (D(2026, 2, 16), D(2026, 2, 22))
    found = one_date("Samtalene tidligere denne uken endte uten enighet.", PUB)
    assert (found.start, found.end) == (D(2026, 2, 16), D(2026, 2, 22))


# ---------------------------------------------------------------- meetings


def test_present_tense_moetes_with_weekdays_is_a_planned_meeting():
    r = rows(" date 2026-02-16 Forhandlere fra Ukraina, Russland og USA møtes i Genève tirsdag og onsdag, "
             "opplyser Det hvite hus. Den ukrainske delegasjonen ledes av Rustem Umerov, mens Russlands "
             "delegasjon ledes av Vladimir Medinskij.")
    m = meeting(r, "Geneva")
    assert m["country_code"] == "CH"
    assert m["status"] == "planned"
    assert (m["start_date"], m["end_date"]) == (D(2026, 2, 17), D(2026, 2, 18))
    assert set(m["parties"]) == {"RU", "UA", "US"}
    assert set(m["participant_ids"]) == {"rustem-umerov", "vladimir-medinsky"}


def test_held_trilateral_talks_with_named_negotiators():
    r = rows(" date 2026-01-26 De trilaterale forhandlingene i Abu Dhabi ble avsluttet søndag uten noen avtale. "
             "Steve Witkoff og Jared Kushner representerte USA, mens Kirill Dmitrijev deltok for Russland.")
    m = meeting(r, "Abu Dhabi")
    assert m["status"] == "held"
    assert m["start_date"] == D(2026, 1, 25)
    assert m["format"] == "trilateral"
    assert {"steve-witkoff", "jared-kushner", "kirill-dmitriev"} <= set(m["participant_ids"])


def test_called_off_summit_keeps_the_people_named_with_mellom():
    r = rows(" date 2025-10-22 Det planlagte toppmøtet mellom Donald Trump og Vladimir Putin i Budapest er "
             "avlyst, bekrefter Det hvite hus.")
    m = meeting(r, "Budapest")
    assert m["status"] == "cancelled"
    assert set(m["participant_ids"]) == {"donald-trump", "vladimir-putin"}


def test_a_phone_call_is_not_a_meeting():
    r = rows(" date 2026-03-05 Trump snakket med Putin på telefon onsdag kveld. Ifølge Kreml varte "
             "telefonsamtalen i over to timer.")
    assert r["meeting_mentions"] == []


def test_a_video_call_is_not_a_meeting_either():
    r = rows(" date 2026-03-05 Zelenskyj hadde en videosamtale med Starmer og Macron fra Kyiv torsdag.")
    assert r["meeting_mentions"] == []


def test_speaker_who_only_comments_is_not_a_participant():
    r = rows(" date 2026-02-11 Forhandlingene i Istanbul ble avsluttet tirsdag, sa Kreml-talsperson "
             "Dmitrij Peskov til journalister i Moskva.")
    m = meeting(r, "Istanbul")
    assert m["status"] == "held"
    assert m["start_date"] == D(2026, 2, 10)
    assert "dmitry-peskov" not in m["participant_ids"]


def test_infinitive_moete_after_skal_names_the_participants():
    r = rows(" date 2026-02-04 Utenriksminister Marco Rubio skal møte sin russiske kollega Sergej Lavrov i "
             "Riyadh neste uke, opplyser kilder til Reuters.")
    m = meeting(r, "Riyadh")
    assert m["status"] == "planned"
    assert (m["start_date"], m["end_date"]) == (D(2026, 2, 9), D(2026, 2, 15))
    assert set(m["participant_ids"]) == {"marco-rubio", "sergey-lavrov"}
    assert set(m["parties"]) == {"RU", "US"}


def test_possessors_of_envoys_are_not_participants():
    r = rows(" date 2026-03-02 Putins utsending Kirill Dmitrijev reiste lørdag til Miami for samtaler med "
             "Witkoff og Trumps svigersønn Jared Kushner.")
    m = meeting(r, "Miami")
    assert m["start_date"] == D(2026, 2, 28)
    assert set(m["participant_ids"]) == {"kirill-dmitriev", "steve-witkoff", "jared-kushner"}


def test_planned_round_with_explicit_dates():
    r = rows(" date 2026-02-23 En ny runde med fredssamtaler skal etter planen holdes i Istanbul 2. og 3. mars.")
    m = meeting(r, "Istanbul")
    assert m["status"] == "planned"
    assert (m["start_date"], m["end_date"]) == (D(2026, 3, 2), D(2026, 3, 3))


def test_a_possible_venue_is_not_a_meeting():
    r = rows(" date 2026-02-23 Det er mulig at neste runde holdes i Jeddah, sier en kilde.")
    assert [m for m in r["meeting_mentions"] if m["city"] == "Jeddah"] == []


# ---------------------------------------------------------------- proposals


def test_energy_truce_proposed_by_two_and_rejected_by_russia():
    r = rows(" date 2026-03-10 Russland avviste mandag forslaget om en energivåpenhvile som Ukraina og USA "
             "hadde lagt fram.")
    p = proposal(r, "ceasefire")
    assert p["scope"] == "energy"
    assert p["rejected_by"] == ["RU"]
    assert set(p["proposed_by"]) == {"UA", "US"}


def test_ceasefire_that_enters_into_force_is_not_an_energy_truce():
    r = rows(" date 2026-02-20 Kreml krever at en våpenhvile først kan tre i kraft etter en fredsavtale.")
    assert proposal(r, "ceasefire")["scope"] is None


def test_ceasefire_on_land_in_the_air_and_at_sea_is_full_without_a_full_word():
    r = rows(" date 2026-02-20 Ukraina foreslo en våpenhvile på land, i luften og til sjøs.")
    assert proposal(r, "ceasefire")["scope"] == "full"
    r = rows(" date 2026-02-20 Frankrike foreslo en våpenhvile i luften og til sjøs.")
    assert proposal(r, "ceasefire")["scope"] is None  # not on land: not full


def test_full_ceasefire_demanded():
    r = rows(" date 2026-02-20 Ukraina krever en fullstendig våpenhvile på land, til sjøs og i luften.")
    p = proposal(r, "ceasefire")
    assert p["scope"] == "full"
    assert p["proposed_by"] == ["UA"]


def test_two_truces_in_one_sentence_each_with_its_own_scope_and_side():
    r = rows(" date 2026-03-04 Moskva tilbyr en energivåpenhvile på 30 dager, mens Ukraina krever en "
             "fullstendig våpenhvile.")
    ps = {p["scope"]: p for p in r["proposal_mentions"] if p["kind"] == "ceasefire"}
    assert set(ps) == {"energy", "full"}
    assert ps["energy"]["proposed_by"] == ["RU"]
    assert ps["full"]["proposed_by"] == ["UA"]


def test_halt_of_strikes_on_energy_is_an_energy_truce_supported():
    r = rows(" date 2026-01-30 Russland har sagt ja til en ukes pause i angrepene på energiinfrastrukturen, "
             "sa Trump.")
    p = proposal(r, "ceasefire")
    assert p["scope"] == "energy"
    assert "RU" in p["supported_by"]
    assert r["attack_mentions"] == []


def test_multinational_force_supported_and_rejected():
    r = rows(" date 2026-03-10 Frankrike og Storbritannia støtter planen om en multinasjonal styrke i Ukraina "
             "etter en fredsavtale.")
    p = proposal(r, "peacekeeping_force")
    assert set(p["supported_by"]) == {"FR", "GB"}
    r = rows(" date 2026-02-12 Russland avviser kategorisk utenlandske tropper i Ukraina.")
    assert proposal(r, "peacekeeping_force")["rejected_by"] == ["RU"]


def test_numbered_plan_with_its_owner():
    r = rows(" date 2025-12-01 USAs 28-punkts fredsplan ble diskutert i Genève.")
    p = proposal(r, "peace_plan")
    assert p["n_points"] == 28
    assert p["proposed_by"] == ["US"]


def test_withdrawal_demand_rejected():
    r = rows(" date 2026-02-20 Zelenskyj sier at Ukraina aldri vil godta å trekke seg ut av Donetsk-regionen.")
    p = proposal(r, "territorial")
    assert p["name"] == "withdrawal from Donetsk"
    assert p["rejected_by"] == ["UA"]


def test_referendum_proposal():
    r = rows(" date 2026-02-25 Russland foreslår i stedet en folkeavstemning i de okkuperte områdene.")
    p = proposal(r, "territorial")
    assert p["name"] == "referendum on territory"
    assert p["proposed_by"] == ["RU"]


def test_security_guarantees_for_ukraine():
    r = rows(" date 2026-01-07 USA tilbyr sikkerhetsgarantier for Ukraina i femten år.")
    p = proposal(r, "security_guarantees")
    assert "US" in p["proposed_by"]
    assert "UA" in p["supported_by"]


# ---------------------------------------------------------------- attacks


def test_overnight_mass_attack_with_counts_casualties_and_regions():
    r = rows(" date 2026-03-09 Natt til mandag angrep Russland Ukraina med 410 droner og 36 raketter, melder "
             "det ukrainske luftforsvaret. Ni mennesker ble drept og 52 skadet i angrepene, som rammet Kyiv, "
             "Lviv og Dnipropetrovsk-regionen. Angrepet var rettet mot energianlegg.")
    assert len(r["attack_mentions"]) == 1
    a = r["attack_mentions"][0]
    assert a["attack_date"] == D(2026, 3, 9)
    assert (a["n_drones"], a["n_missiles"]) == (410, 36)
    assert (a["killed"], a["injured"]) == (9, 52)
    assert a["weapons"] == ["drone", "missile"]
    assert set(a["regions"]) == {"Kyiv", "Lviv", "Dnipropetrovsk"}
    assert a["target_type"] == "energy"


def test_subject_first_attack_has_attacker_and_target():
    r = rows(" date 2026-02-09 Russland angrep Ukraina med 245 droner og 18 ballistiske missiler natt til søndag.")
    a = r["attack_mentions"][0]
    assert (a["attacker_country"], a["target_country"]) == ("RU", "UA")
    assert a["attack_date"] == D(2026, 2, 8)
    assert (a["n_drones"], a["n_missiles"]) == (245, 18)


def test_kamikaze_drones_counted_and_i_natt_is_the_publication_day():
    r = rows(" date 2026-01-12 Russiske styrker angrep Odesa-regionen i natt med 60 kamikazedroner av typen "
             "Shahed. Ifølge guvernøren ble to personer skadd.")
    a = r["attack_mentions"][0]
    assert a["attack_date"] == D(2026, 1, 12)
    assert a["n_drones"] == 60
    assert a["injured"] == 2
    assert a["regions"] == ["Odesa"]
    assert a["attacker_country"] == "RU"


def test_glide_bombs_and_word_numbers():
    r = rows(" date 2026-03-16 Fire sivile ble drept og elleve såret da russiske fly slapp glidebomber over "
             "Zaporizjzja i går.")
    a = r["attack_mentions"][0]
    assert "glide_bomb" in a["weapons"]
    assert (a["killed"], a["injured"]) == (4, 11)
    assert a["attack_date"] == D(2026, 3, 15)
    assert a["target_type"] == "civilian"


def test_refinery_strike_is_an_energy_target():
    r = rows(" date 2026-03-20 Ukrainske droner angrep et oljeraffineri i Russland natt til lørdag, og to "
             "arbeidere ble drept.")
    a = r["attack_mentions"][0]
    assert a["target_type"] == "energy"
    assert a["attack_date"] == D(2026, 3, 14)
    assert a["killed"] == 2


def test_a_generic_remark_is_not_an_attack():
    r = rows(" date 2026-01-19 Russland svarer oss med droner og missiler hver eneste natt, sa Zelenskyj i "
             "sin kveldstale.")
    assert r["attack_mentions"] == []


def test_one_killed_four_injured_with_drones_overnight():
    r = rows(" date 2026-01-14 En person omkom og fire ble skadet da Russland angrep Odesa med droner natt til "
             "tirsdag.")
    a = r["attack_mentions"][0]
    assert (a["killed"], a["injured"]) == (1, 4)
    assert a["attack_date"] == D(2026, 1, 13)
    assert a["attacker_country"] == "RU"
    assert a["weapons"] == ["drone"]


def test_i_loepet_av_natten_dates_the_strike_to_the_publication_day():
    r = rows(" date 2026-01-20 Russland sendte 138 droner mot Ukraina i løpet av natten. Angrepene rammet "
             "strømforsyningen i Tsjernihiv og Sumy.")
    a = r["attack_mentions"][0]
    assert a["attack_date"] == D(2026, 1, 20)
    assert a["n_drones"] == 138
    assert set(a["regions"]) == {"Chernihiv", "Sumy"}
    assert a["target_type"] == "energy"


# ---------------------------------------------------------------- more meetings


def test_visit_verb_makes_its_object_the_venue():
    r = rows(" date 2026-02-06 Zelenskyj besøker Washington mandag, der han skal møte Trump.")
    m = meeting(r, "Washington")
    assert m["status"] == "planned"
    assert m["start_date"] == D(2026, 2, 9)
    assert set(m["participant_ids"]) == {"donald-trump", "volodymyr-zelensky"}


def test_an_invitation_is_a_planned_meeting():
    r = rows(" date 2026-02-08 Trump har invitert Zelenskyj og Putin til et trepartsmøte i Washington.")
    m = meeting(r, "Washington")
    assert m["status"] == "planned"
    assert m["format"] == "trilateral"


def test_meeting_in_the_kremlin_with_participants_of_the_next_sentence():
    r = rows(" date 2026-01-23 Witkoff og Kushner landet i Moskva torsdag kveld og møtte Putin i Kreml i nesten "
             "fire timer. Fra russisk side deltok også Jurij Usjakov og Kirill Dmitrijev.")
    m = meeting(r, "Moscow")
    assert m["country_code"] == "RU"
    assert m["start_date"] == D(2026, 1, 22)
    assert {"steve-witkoff", "jared-kushner", "vladimir-putin", "yuri-ushakov", "kirill-dmitriev"} == set(
        m["participant_ids"])


def test_munich_security_conference_side_meeting():
    r = rows(" date 2026-02-14 Statsminister Jonas Gahr Støre møtte Zelenskyj på sidelinjen av "
             "sikkerhetskonferansen i München lørdag.")
    m = meeting(r, "Munich")
    assert m["country_code"] == "DE"
    assert set(m["participant_ids"]) == {"jonas-gahr-store", "volodymyr-zelensky"}
    assert set(m["parties"]) == {"NO", "UA"}


# ---------------------------------------------------------------- word categories: no false friends


@pytest.mark.parametrize("word, cat, expected", [
    ("svartehavet", "speech", False),      # the Black Sea, not "answered"
    ("svarte", "speech", True),
    ("beskyttelse", "attack", False),      # protection, not shelling
    ("beskytningen", "attack", True),
    ("kraftig", "energy", False),          # powerful, not power
    ("kraftverket", "energy", True),
    ("koalisjonsregjeringen", "force", False),
    ("rammetilskudd", "attack", False),
    ("rammet", "attack", True),
    ("brosjyre", "infrastructure", False),
    ("broen", "infrastructure", True),
    ("strømmer", "energy", False),         # flows, not electricity
    ("strømbrudd", "energy", True),
    ("dødelig", "killed", False),
    ("dødsofrene", "killed", True),
    ("nesten", "planned", False),          # almost, not "next"
    ("energivåpenhvilen", "ceasefire", True),
    ("kamikazedronene", "drone", True),
    ("gliderbomber", "glide_bomb", True),
    ("trepartsmøtet", "trilateral", True),
    ("telefonsamtalen", "phone", True),
    ("videosamtale", "meeting", False),
])
def test_word_categories(word, cat, expected):
    from pipelines.extract.analysis import vocab

    assert (cat in vocab("no").cats(word)) is expected


def test_thousands_written_with_a_space_are_one_number():
    r = rows(" date 2026-02-03 Russland sendte 1 200 droner og 46 missiler mot Ukraina natt til tirsdag. "
             "Sju mennesker ble drept og 1 050 skadet i Kyiv og Kharkiv.")
    a = r["attack_mentions"][0]
    assert (a["n_drones"], a["n_missiles"]) == (1200, 46)
    assert (a["killed"], a["injured"]) == (7, 1050)


def test_attacker_named_in_a_relative_clause():
    r = rows(" date 2026-02-11 Droneangrepet, som Russland sto bak, drepte to personer i Sumy natt til onsdag.")
    a = r["attack_mentions"][0]
    assert (a["attacker_country"], a["target_country"]) == ("RU", "UA")
    assert a["killed"] == 2


def test_next_and_last_weekday_words_place_the_day_whatever_the_tense():
    assert one_date("forrige tirsdag", D(2026, 3, 4), FUTURE).start == D(2026, 3, 3)
    assert one_date("neste fredag", D(2026, 3, 4), PAST).start == D(2026, 3, 6)


def test_called_off_meeting_takes_the_nearer_weekday():
    r = rows(" date 2026-04-07 Toppmøtet i Istanbul, som var berammet til fredag, er avlyst.")
    m = meeting(r, "Istanbul")
    assert (m["status"], m["start_date"]) == ("cancelled", D(2026, 4, 10))


def test_future_word_in_a_relative_clause_after_a_held_meeting():
    r = rows(" date 2026-04-07 Macron og Merz møttes i Paris søndag for å drøfte en avtale som skal styrke "
             "Ukrainas luftforsvar.")
    m = meeting(r, "Paris")
    assert (m["status"], m["start_date"]) == ("held", D(2026, 4, 5))


def test_passive_strike_with_a_reporting_clause_has_no_attacker_from_the_source():
    r = rows(" date 2026-04-07 Natt til tirsdag ble et kraftverk i Sumy rammet av 25 droner, opplyser ukrainske "
             "myndigheter.")
    a = r["attack_mentions"][0]
    assert a["target_country"] == "UA" and a["attacker_country"] != "UA"
    assert a["n_drones"] == 25


def test_a_strike_on_the_other_side_the_same_night_is_its_own_attack():
    r = rows(" date 2026-04-07 Russland angrep Kyiv med 60 droner natt til tirsdag. Samme natt angrep Ukraina en "
             "oljeterminal i Tuapse med droner.")
    assert sorted(a["target_country"] for a in r["attack_mentions"]) == ["RU", "UA"]


def test_a_meeting_put_off_to_a_new_day_is_planned_on_that_day():
    r = rows(" date 2026-03-04 Møtet mellom ukrainske og amerikanske forhandlere i Genève, som skulle vært holdt "
             "fredag, er utsatt til mandag, opplyser Utenriksdepartementet.")
    m = meeting(r, "Geneva")
    assert (m["status"], m["start_date"], m["end_date"]) == ("planned", D(2026, 3, 9), D(2026, 3, 9))
    r = rows(" date 2026-03-04 Toppmøtet i Genève, som skulle vært holdt fredag, er utsatt på ubestemt tid.")
    assert meeting(r, "Geneva")["status"] == "cancelled"


@pytest.mark.parametrize("text, city, day", [
    ("Utenriksminister Espen Barth Eide reiste til Helsingfors mandag for å møte sin finske kollega.", "Helsinki",
     D(2026, 9, 14)),
    ("Sybiha dro tirsdag til Warszawa, der han møtte Radosław Sikorski.", "Warsaw", D(2026, 9, 15)),
    ("Kirill Dmitrijev ankom Moskva søndag etter samtalene.", "Moscow", D(2026, 9, 13)),
])
def test_the_destination_of_a_norwegian_journey_is_the_venue(text, city, day):
    r = rows(" date 2026-09-16 " + text)
    m = meeting(r, city)
    assert (m["start_date"], m["status"]) == (day, "held")


def test_a_journey_planned_next_week_with_an_infinitive_verb_of_motion():
    r = rows(" date 2026-09-16 Statsministeren skal reise til Kyiv neste uke for å møte Zelenskyj, opplyser "
             "Statsministerens kontor.")
    m = meeting(r, "Kyiv")
    assert (m["status"], m["start_date"], m["end_date"]) == ("planned", D(2026, 9, 21), D(2026, 9, 27))


def test_a_visit_to_the_soldiers_is_no_meeting_and_no_talks_planned_is_none():
    r = rows(" date 2026-09-16 Zelenskyj besøkte soldater ved fronten nær Kupjansk lørdag. Ingen nye samtaler er "
             "berammet, ifølge Kreml.")
    assert r["meeting_mentions"] == []


def test_the_meeting_after_an_undated_journey_dates_it_and_its_host_is_a_side():
    r = rows(" date 2026-09-16 Støre dro til Roma for et møte om våpenhjelp. Møtet mandag ble "
             "ledet av Italias statsminister Giorgia Meloni.")
    m = meeting(r, "Rome")
    assert m["start_date"] == D(2026, 9, 14)
    assert set(m["parties"]) == {"IT", "NO"}
    assert set(m["participant_ids"]) == {"jonas-gahr-store", "giorgia-meloni"}


def test_days_within_a_month_refine_the_meeting_of_the_month():
    r = rows(" date 2026-09-16 Fangeutvekslingen var et resultat av samtalene i Jeddah tidligere i september. "
             "Delegasjonene møttes i Jeddah 3. og 4. september.")
    m = meeting(r, "Jeddah")
    assert (m["start_date"], m["end_date"], m["date_precision"]) == (D(2026, 9, 3), D(2026, 9, 4), "day")


def test_neste_maaned_is_the_next_calendar_month():
    assert one_date("Toppmøtet holdes i neste måned.", D(2026, 12, 9), FUTURE).start == D(2027, 1, 1)
    assert one_date("Toppmøtet ble holdt forrige måned.", D(2026, 12, 9), PAST).end == D(2026, 11, 30)
    assert one_date("Avtalen ble undertegnet sist måned.", D(2026, 12, 9), PAST).start == D(2026, 11, 1)


@pytest.mark.parametrize("text, name", [
    ("Forsvarssjef generalmajor Per O. Hansen deltok.", "Per O. Hansen"),
    ("Det bekrefter Ukrainas ombudsmann Dmytro Lubinets.", "Dmytro Lubinets"),
])
def test_unknown_people_with_a_middle_initial_or_a_new_role_word(text, name):
    assert name in canon(text)


@pytest.mark.parametrize("text", [
    " date 2026-09-16 Russland sier de ikke vil akseptere en våpenhvile.",
    " date 2026-09-16 Kreml sier Russland ikke kommer til å akseptere en våpenhvile for kraftverk.",
])
def test_a_negated_acceptance_is_a_rejection_not_a_proposal(text):
    p = proposal(rows(text), "ceasefire")
    assert (p["rejected_by"], p["proposed_by"], p["supported_by"]) == (["RU"], [], [])


def test_a_free_economic_zone_is_territorial_and_the_economic_forum_no_offer():
    r = rows(" date 2026-09-16 Ukraina har foreslått en fri økonomisk sone i Donbas, men Russland avviste forslaget.")
    assert {p["kind"] for p in r["proposal_mentions"]} == {"territorial"}
    p = proposal(r, "territorial")
    assert (p["merge_key"], p["proposed_by"], p["rejected_by"]) == ("territorial:zone", ["UA"], ["RU"])
    r = rows(" date 2026-09-16 Zelenskyj talte på Verdens økonomiske forum i Davos og sa at Ukraina støtter "
             "fredsplanen med 20 punkter.")
    assert "economic" not in {p["kind"] for p in r["proposal_mentions"]}


def test_the_proposal_rejected_before_a_new_demand_is_the_one_named_before():
    r = rows(" date 2026-09-16 USA la fram et forslag om en demilitarisert sone ved fronten. Lavrov avviste det "
             "amerikanske forslaget i dag og gjentok kravet om at ukrainske styrker må trekke seg ut av Luhansk.")
    keyed = {p["merge_key"]: p for p in r["proposal_mentions"]}
    zone, luhansk = keyed["territorial:zone"], keyed["territorial:luhansk"]
    assert (zone["proposed_by"], zone["rejected_by"]) == (["US"], ["RU"])
    assert (luhansk["proposed_by"], luhansk["rejected_by"]) == (["RU"], [])


def test_a_pronoun_opening_the_sentence_is_the_person_named_before():
    p = proposal(rows(" date 2026-09-16 Utenriksminister Sergej Lavrov snakket med pressen i Moskva. Men han avviste "
                      "Zelenskyjs krav om en full våpenhvile."), "ceasefire")
    assert (p["proposed_by"], p["rejected_by"]) == (["UA"], ["RU"])


def test_a_ceasefire_as_a_condition_or_a_denied_deployment_is_no_proposal():
    r = rows(" date 2026-09-16 Kreml krever at Ukraina trekker seg ut av Luhansk før en våpenhvile kan bli aktuell.")
    assert {p["kind"] for p in r["proposal_mentions"]} == {"territorial"}
    r = rows(" date 2026-09-16 Danmark sender ikke bakkestyrker til Ukraina, sa statsministeren torsdag.")
    assert r["proposal_mentions"] == []
    r = rows(" date 2026-09-16 Danmark vil bidra til garantiene, men vi sender ikke soldater til Ukraina.")
    assert "peacekeeping_force" not in {p["kind"] for p in r["proposal_mentions"]}
    r = rows(" date 2026-09-16 Tyskland foreslo sikkerhetsgarantier etter en mulig våpenhvile.")
    assert {p["kind"] for p in r["proposal_mentions"]} == {"security_guarantees"}
    p = proposal(rows(" date 2026-09-16 Russland vil aldri akseptere vestlige tropper i Ukraina."), "peacekeeping_force")
    assert p["rejected_by"] == ["RU"]


def test_readiness_to_meet_takes_no_venue_from_the_answer():
    r = rows(" date 2026-09-16 Zelenskyj sier han er klar til å møte Putin, men i Moskva svarte Peskov at det er for "
             "tidlig.")
    assert r["meeting_mentions"] == []


def test_en_before_a_weapon_is_the_article_not_a_count():
    r = rows(" date 2026-09-16 Russland angrep Kherson med droner natt til mandag. En kvinne ble drept og to skadd "
             "da en drone traff en butikk.")
    a = r["attack_mentions"][0]
    assert (a["n_drones"], a["killed"], a["injured"]) == (None, 1, 2)


def test_the_owner_of_a_proposal_is_remembered_across_a_mention_without_it():
    r = rows(" date 2026-09-16 USA la fram et forslag om en demilitarisert sone ved fronten. Zelenskyj sier Kyiv "
             "er åpen for en slik sone hvis russiske styrker trekker seg tilbake like mye. Lavrov avviste det "
             "amerikanske forslaget i dag og gjentok kravet om at ukrainske styrker må trekke seg ut av Luhansk.")
    keyed = {p["merge_key"]: p for p in r["proposal_mentions"]}
    assert "RU" in keyed["territorial:zone"]["rejected_by"]
    assert keyed["territorial:luhansk"]["proposed_by"] == ["RU"]


def test_a_country_that_follows_the_talks_is_no_side():
    r = rows(" date 2026-10-15 Delegasjoner fra Russland og Ukraina møtes i Genève torsdag. Utenriksministeren sier "
             "at Danmark følger samtalene nøye.")
    assert [m["parties"] for m in r["meeting_mentions"]] == [["RU", "UA"]]


def test_ready_to_accept_is_support_not_a_proposal():
    p = proposal(rows(" date 2026-10-15 Moskva er fortsatt klar til å akseptere en pause i angrepene på kraftverk, "
                      "som Trump foreslo i mai."), "ceasefire")
    assert (p["proposed_by"], p["supported_by"]) == (["US"], ["RU"])


def test_a_proposed_truce_is_nobodys_proposal_until_the_american_one_is_named():
    r = rows(" date 2026-10-15 Statsministrene drøftet den foreslåtte våpenhvilen i Svartehavet i Oslo. Kyiv støtter "
             "det amerikanske forslaget.")
    p = proposal(r, "ceasefire")
    assert (p["proposed_by"], p["supported_by"]) == (["US"], ["UA"])


def test_the_head_of_an_investment_fund_is_a_title_not_an_offer():
    r = rows(" date 2026-09-16 Kirill Dmitrijev, som leder Russlands statlige investeringsfond, kom til Miami i går.")
    assert "economic" not in {p["kind"] for p in r["proposal_mentions"]}
    r = rows(" date 2026-09-16 Russlands president Putin foreslo økonomisk samarbeid med USA.")
    assert "economic" in {p["kind"] for p in r["proposal_mentions"]}


def test_a_demand_owned_by_a_genitive_is_that_countrys():
    p = proposal(rows(" date 2026-09-16 Kyiv avviser Russlands krav om at ukrainske styrker skal trekke seg ut av "
                      "Zaporizjzja oblast."), "territorial")
    assert (p["proposed_by"], p["rejected_by"]) == (["RU"], ["UA"])


def test_the_same_night_dates_the_other_sides_strike_and_shot_down_drones_are_the_attackers():
    r = rows(" date 2026-09-16 Natt til tirsdag angrep Russland Sumy med 70 droner. Samme natt angrep Ukraina et "
             "oljeraffineri i Saratov med droner.")
    got = sorted((a["target_country"], a["attack_date"]) for a in r["attack_mentions"])
    assert got == [("RU", D(2026, 9, 15)), ("UA", D(2026, 9, 15))]
    a = rows(" date 2026-09-16 Luftvernet skjøt ned 60 russiske droner over Kyiv natt til fredag.")["attack_mentions"][0]
    assert (a["attacker_country"], a["target_country"], a["n_drones"]) == ("RU", "UA", 60)


# ---------------------------------------------------------------- breadth of the lexicon (Norwegian spellings)


@pytest.mark.parametrize("text, expected", [
    ("Putin møtte Nikolaj Patrusjev i Kreml.", "Nikolai Patrushev"),
    ("Patrusjevs uttalelse kom etter møtet.", "Nikolai Patrushev"),
    ("Sergej Kirijenko ledet delegasjonen.", "Sergei Kiriyenko"),
    ("Aleksej Polisjtsjuk og Mikhail Sjvydkoj deltok i Istanbul.", "Mikhail Shvydkoy"),
    ("Russlands FN-ambassadør Vasilij Nebenzja avviste forslaget.", "Vasily Nebenzya"),
    ("Ukrainas utenriksdepartement ved talsperson Heorhij Tykhyj reagerte.", "Heorhii Tykhyi"),
    ("Pavlo Palisa og Oleksandr Bevz var med på møtet i Genève.", "Oleksandr Bevz"),
    ("Pave Leo XIV tok imot Zelenskyj i Vatikanet.", "Pope Leo XIV"),
    ("Utenriksminister Elina Valtonen og Lars Løkke Rasmussen kom til Oslo.", "Lars Løkke Rasmussen"),
    ("Sveits' utenriksminister Ignazio Cassis tilbød Genève.", "Ignazio Cassis"),
])
def test_people_added_for_breadth_in_norwegian(text, expected):
    assert expected in canon(text)


@pytest.mark.parametrize("text, expected", [
    ("Droner traff et oljeraffineri i Rostov ved Don natt til søndag.", "Rostov-on-Don"),
    ("Raffineriet i Novokujbysjevsk og havnen i Ust-Luga ble truffet.", "Novokuibyshevsk"),
    ("Det kom eksplosjoner i Voronesj og Jejsk.", "Yeysk"),
    ("NATO-toppmøtet i Haag ble holdt i juni.", "The Hague"),
    ("Ministrene møttes i København.", "Copenhagen"),
    ("Kampene rundt Tsjasiv Jar fortsatte.", "Chasiv Yar"),
])
def test_places_added_for_breadth_in_norwegian(text, expected):
    assert expected in canon(text)


def test_new_names_take_no_ordinary_norwegian_word():
    assert canon("Kos deg i helgen. Engelsk er et verdensspråk.") == set()


def test_a_purpose_after_met_does_not_hedge_the_meeting():
    m = meeting(rows(" date 2026-05-14 Utenriksministrene i Polen og Ukraina møttes i Warszawa tirsdag for å drøfte "
                     "et mulig felles grenseoppdrag."), "Warsaw")
    assert (m["status"], m["start_date"]) == ("held", D(2026, 5, 12))


def test_an_unknown_official_takes_the_genitive_country_before_the_role():
    r = rows(" date 2026-05-14 Polens viseforsvarsminister Tomasz Wronski møtte Ukrainas ambassadør til Polen, "
             "Ivan Petrenko, i Warszawa mandag.")
    got = {p["person_name"]: p.get("country_code") for p in r["meeting_participants"]}
    assert got == {"Tomasz Wronski": "PL", "Ivan Petrenko": "UA"}


def test_a_truce_at_sea_is_a_ceasefire_of_its_own():
    p = proposal(rows(" date 2026-05-14 Romania har foreslått en våpenhvile i Svartehavet for å sikre kornskipene, "
                      "men Moskva avviste forslaget."), "ceasefire")
    assert (p["merge_key"], p["scope"], p["rejected_by"]) == ("ceasefire:sea", None, ["RU"])


def test_a_demand_for_regions_named_by_their_capitals_is_a_withdrawal_from_that_region():
    p = proposal(rows(" date 2026-05-14 Moskva krever full ukrainsk tilbaketrekning fra Kherson og Zaporizjzja oblast, "
                      "men Kyiv avviser kravet."), "territorial")
    assert p["merge_key"] == "territorial:kherson"


def test_the_meeting_right_after_a_video_call_is_that_call():
    r = rows(" date 2026-05-14 Forhandlerne møttes i Genève tirsdag. Utenriksministeren deltok onsdag i et videomøte "
             "med EUs utenriksministre. Etter møtet sa han at Norge vil gi mer støtte.")
    assert [m["parties"] for m in r["meeting_mentions"] if m["city"] == "Geneva"] == [[]]


def test_meeting_again_is_between_the_sides_of_the_meeting_just_told():
    m = meeting(rows(" date 2026-05-14 Forhandlingene mellom Ukraina og Russland i Istanbul ble avsluttet mandag, og "
                     "delegasjonene skal møtes igjen i Ankara neste uke."), "Ankara")
    assert m["parties"] == ["RU", "UA"]


def test_the_article_before_a_thing_that_was_damaged_counts_no_casualty():
    a = rows(" date 2026-05-15 Natt til fredag traff russiske droner havnen i Odesa. En lagerhall ble skadet, og en "
             "kvinne ble drept.")["attack_mentions"][0]
    assert (a.get("injured"), a.get("killed")) == (None, 1)


def test_a_particle_verb_split_by_its_inverted_subject_is_still_an_attack():
    r = rows(" date 2026-05-15 I natt slo russerne til mot kraftverket i Tsjernihiv. Flere droner ble skutt ned.")
    a = r["attack_mentions"][0]
    assert (a["target_country"], a["attack_date"], a["weapons"]) == ("UA", D(2026, 5, 15), ["drone"])


def test_the_purpose_marker_hides_no_phrase_inside_it():
    r = rows(" date 2026-05-14 Rubio skal reise til Genève neste uke for å møte Lavrov.")
    assert {p["person_name"] for p in r["meeting_participants"]} == {"Marco Rubio", "Sergey Lavrov"}


def test_a_colleague_is_a_person_of_no_stated_role():
    r = rows(" date 2026-05-14 Forsvarsministeren møtte mandag sin polske kollega Tomasz Wronski i Oslo.")
    got = {p["person_name"]: (p.get("country_code"), p.get("role")) for p in r["meeting_participants"]}
    assert got.get("Tomasz Wronski") == ("PL", None)


def test_en_alone_before_the_verb_is_one_person():
    a = rows(" date 2026-05-15 Natt til fredag traff russiske droner Odesa. En ble drept og fire skadet.")["attack_mentions"][0]
    assert (a.get("killed"), a.get("injured")) == (1, 4)


def test_a_city_hit_after_the_meeting_is_no_venue():
    r = rows(" date 2026-05-14 Kort tid etter samtalene i går bombet Russland Kharkiv og Sumy med glidebomber, "
             "opplyser ukrainske myndigheter.")
    assert not [m for m in r["meeting_mentions"] if m["city"] in ("Kharkiv", "Sumy")]
    assert r["attack_mentions"]


def test_hundre_og_a_number_is_one_number():
    r = rows(" date 2026-05-14 Natt til onsdag sendte Russland hundre og førti droner mot Lviv, opplyser flyvåpenet.")
    assert r["attack_mentions"][0]["n_drones"] == 140



def test_a_proposed_exchange_of_war_prisoners_is_a_proposal_of_its_own():
    r = rows(" date 2026-05-14 Russland foreslo i går å bytte 500 krigsfanger før påske, men Kyiv avviste tilbudet.")
    p = [p for p in r["proposal_mentions"] if p["kind"] == "other"][0]
    assert (p["proposed_by"], p["rejected_by"]) == (["RU"], ["UA"])


def test_a_demand_after_a_rejection_takes_the_proposal_after_it():
    r = rows(" date 2026-05-14 Kyiv har lagt fram et forslag om å stanse angrepene på energianlegg. Moskva har "
             "avvist forslaget og krever at Ukraina trekker styrkene sine ut av Luhansk oblast.")
    got = {p["kind"]: (p["proposed_by"], p["rejected_by"]) for p in r["proposal_mentions"]}
    assert got["ceasefire"] == (["UA"], ["RU"]) and got["territorial"][0] == ["RU"]


def test_the_source_of_a_report_and_an_unconditional_truce_are_no_stances():
    r = rows(" date 2026-05-14 Ifølge Eide har Ukraina lagt fram et forslag om en betingelsesløs våpenhvile.")
    p = [p for p in r["proposal_mentions"] if p["kind"] == "ceasefire"][0]
    assert (p["proposed_by"], p["scope"]) == (["UA"], "full")


def test_a_meeting_that_only_dates_an_attack_gives_it_no_parties():
    r = rows(" date 2026-05-14 Utenriksministrene fra Ukraina og Polen møttes i Warszawa i går. Like etter møtet "
             "sendte Russland droner mot Lviv.")
    m = [m for m in r["meeting_mentions"] if m["city"] == "Warsaw"][0]
    assert m["parties"] == ["PL", "UA"]
    assert not [m for m in r["meeting_mentions"] if m["city"] == "Lviv"]


def test_an_offer_to_host_if_the_sides_want_it_adds_no_side():
    r = rows(" date 2026-05-14 Lederne fra Finland og Ukraina møttes i Helsingfors mandag. Stubb sa etterpå at "
             "Finland gjerne kan være vertskap for samtaler mellom Ukraina og Russland hvis partene ønsker det.")
    m = [m for m in r["meeting_mentions"] if m["city"] == "Helsinki"][0]
    assert m["parties"] == ["FI", "UA"]



def test_the_one_who_accompanies_a_participant_takes_part():
    r = rows(" date 2026-05-14 Sandvik møtte Fedorov i Kyiv mandag. Samtalen varte i to timer. Sandvik var ledsaget "
             "av statssekretær Kari Nordmo fra Forsvarsdepartementet.")
    m = [m for m in r["meeting_mentions"] if m["city"] == "Kyiv"][0]
    assert "x-kari-nordmo" in m["participant_ids"]


# ---------------------------------------------------------------- who is where (noen5)


def people_at(r: dict, city: str | None) -> set[str]:
    ids = {m["mention_id"] for m in r["meeting_mentions"] if m["city"] == city}
    return {p["person_name"] for p in r["meeting_participants"] if p["mention_id"] in ids}


def test_a_day_between_the_verb_and_its_particle_still_receives():
    r = rows(" date 2026-03-07 Statsminister Jonas Gahr Støre tok fredag imot Finlands president Alexander Stubb "
             "i Oslo.")
    m = meeting(r, "Oslo")
    assert m["start_date"] == D(2026, 3, 6)
    assert people_at(r, "Oslo") == {"Jonas Gahr Støre", "Alexander Stubb"}
    r = rows(" date 2026-03-07 Putin tok torsdag kveld imot USAs spesialutsending Steve Witkoff i Kreml.")
    assert people_at(r, "Moscow") == {"Vladimir Putin", "Steve Witkoff"}


def test_coming_to_a_city_is_a_visit_but_kommer_til_aa_is_the_future():
    r = rows(" date 2026-03-03 I morgen kommer Zelenskyj til Helsingfors for samtaler med president Alexander "
             "Stubb.")
    m = meeting(r, "Helsinki")
    assert (m["status"], m["start_date"]) == ("planned", D(2026, 3, 4))
    r = rows(" date 2026-03-03 Russland kommer til å svare Kyiv med nye angrep, sa Peskov.")
    assert r["meeting_mentions"] == []


def test_the_capital_a_delegate_represents_is_no_venue():
    r = rows(" date 2026-03-03 Forhandlerne møttes mandag i Riyadh. Rustem Umerov ledet den ukrainske "
             "delegasjonen, mens Steve Witkoff representerte Washington.")
    assert {m["city"] for m in r["meeting_mentions"]} == {"Riyadh"}
    assert people_at(r, "Riyadh") == {"Rustem Umerov", "Steve Witkoff"}


def test_shot_down_of_the_drones_is_no_count():
    r = rows(" date 2026-03-03 Natt til tirsdag angrep Russland Odesa med 70 droner og tre raketter. Ifølge "
             "luftforsvaret ble 52 av dronene skutt ned.")
    [k] = r["attack_mentions"]
    assert (k["n_drones"], k["n_missiles"]) == (70, 3)


def test_a_speaker_who_took_part_himself_is_a_participant():
    r = rows(" date 2026-03-06 Putin tok torsdag imot Steve Witkoff i Kreml. Samtalene var nyttige, opplyser "
             "rådgiver Jurij Usjakov, som selv deltok.")
    assert people_at(r, "Moscow") == {"Vladimir Putin", "Steve Witkoff", "Yuri Ushakov"}


def test_verb_second_order_with_the_subject_between_verb_and_particle():
    r = rows(" date 2026-03-03 I morgen kommer Finlands president Alexander Stubb til Oslo. Der skal han møte "
             "statsminister Jonas Gahr Støre.")
    m = meeting(r, "Oslo")
    assert (m["status"], m["start_date"]) == ("planned", D(2026, 3, 4))
    assert people_at(r, "Oslo") == {"Alexander Stubb", "Jonas Gahr Støre"}


def test_what_happens_every_day_is_no_part_of_the_strike():
    r = rows(" date 2026-03-03 Mandag kveld slapp russiske fly glidebomber over Sumy. To mennesker ble drept da en "
             "skole ble truffet. Russland angriper kraftverk og strømnett nesten hver natt.")
    [k] = r["attack_mentions"]
    assert (k["target_type"], k["killed"], k["sentence_idx"]) == ("civilian", 2, 0)


def test_an_unknown_official_leading_a_delegation_named_by_nationality_is_of_that_country():
    found = rows(" date 2026-06-10 Den russiske delegasjonen i Istanbul fredag ble ledet av viseutenriksminister "
               "Nikolaj Serov.")
    assert [(p["person_name"], p["country_code"]) for p in found["meeting_participants"]] == [("Nikolay Serov", "RU")]


def test_glide_bombs_on_another_day_are_another_strike_without_a_word_of_attack():
    # "slapp glidebomber" (dropped glide bombs) names no attack, but its own day and other weapons than the drone
    # wave before: a strike of its own, with the casualties told after it
    r = rows(" date 2026-03-10 Natt til søndag angrep Russland Kharkiv med 60 droner. To personer ble drept. I går "
             "slapp russiske fly glidebomber over Sumy. Tre mennesker ble skadd.")
    wave, bombs = r["attack_mentions"]
    assert (wave["attack_date"], wave["n_drones"], wave["killed"], wave["injured"]) == (D(2026, 3, 8), 60, 2, None)
    assert (bombs["attack_date"], bombs["weapons"], bombs["regions"]) == (D(2026, 3, 9), ["glide_bomb"], ["Sumy"])
    assert bombs["injured"] == 3 and wave["regions"] == ["Kharkiv"]


def test_an_age_is_no_count_and_the_article_before_it_counts_one():
    r = rows(" date 2026-03-10 Lørdag kveld traff russiske droner et boligområde i Sumy. En ti år gammel gutt ble "
             "drept og 18 mennesker skadd.")
    [a] = r["attack_mentions"]
    assert (a["killed"], a["injured"]) == (1, 18)
    r = rows(" date 2026-03-10 Lørdag kveld traff russiske droner et boligområde i Sumy. En kvinne ble drept og to 15 "
             "år gamle gutter ble skadd.")
    [a] = r["attack_mentions"]
    assert (a["killed"], a["injured"]) == (1, 2)


def test_a_state_secretary_of_a_ministry_names_the_person_after_the_ministry():
    found = rows(" date 2026-06-10 Statssekretær i Utenriksdepartementet Ingrid Holm Lunde var i Kyiv onsdag, der "
                 "hun møtte viseutenriksminister Olena Kovalenko.")["meeting_mentions"]
    assert [(m["city"], m["participant_ids"]) for m in found] == [
        ("Kyiv", ["x-ingrid-holm-lunde", "x-olena-kovalenko"])]


def test_the_place_where_something_is_said_is_no_venue():
    found = rows(" date 2026-06-08 Tyrkias utenriksminister Hakan Fidan sa til journalister i Ankara mandag at neste "
                 "forhandlingsrunde blir holdt i Istanbul fredag.")["meeting_mentions"]
    assert [(m["city"], m["status"]) for m in found] == [("Istanbul", "planned")]


def test_the_one_who_says_that_a_meeting_will_be_is_no_participant():
    found = rows(" date 2026-06-10 Kremls rådgiver Jurij Usjakov sa tirsdag at Steve Witkoff skal møte Vladimir Putin "
                 "i Moskva neste uke.")["meeting_mentions"]
    assert [(m["city"], m["participant_ids"]) for m in found] == [("Moscow", ["steve-witkoff", "vladimir-putin"])]


def _props(text: str) -> dict:
    return {p["kind"]: p for p in rows(text)["proposal_mentions"]}


def test_a_welcome_with_the_object_between_verb_and_particle_is_support():
    p = _props(" date 2026-06-10 Frankrike la fram en fredsplan på ni punkter fredag. Sverige hilste den nye "
               "fredsplanen velkommen, og Danmark ønsker også planen velkommen.")["peace_plan"]
    assert (p["proposed_by"], p["supported_by"]) == (["FR"], ["DK", "SE"])


def test_the_first_of_a_list_after_that_shares_the_stance_of_the_list():
    p = _props(" date 2026-06-10 Kyiv krever en full våpenhvile. Meloni sa at Italia, Spania og Polen støtter "
               "kravet.")["ceasefire"]
    assert (p["proposed_by"], p["supported_by"]) == (["UA"], ["ES", "IT", "PL"])


def test_a_passive_after_a_modal_is_a_requirement_not_the_agents_stance():
    p = _props(" date 2026-06-10 Kyiv krever sikkerhetsgarantier som skal godkjennes av Washington.")
    assert (p["security_guarantees"]["proposed_by"], p["security_guarantees"]["supported_by"]) == (["UA"], [])


def test_cities_opening_the_clause_of_a_stance_word_are_their_governments():
    p = _props(" date 2026-06-10 Roma og Madrid har gått imot en oppheving av sanksjonene mot Russland, som "
               "Washington har foreslått.")["economic"]
    assert (p["proposed_by"], p["rejected_by"]) == (["US"], ["ES", "IT"])


def test_a_verb_with_an_agreement_of_its_own_gives_no_stance_on_the_proposal_after_and():
    p = _props(" date 2026-06-10 Støre og Zelenskyj signerte en avtale om kornhandel og diskuterte tidsplanen "
               "for en multinasjonal styrke.")["peacekeeping_force"]
    assert (p["proposed_by"], p["supported_by"]) == ([], [])


@pytest.mark.parametrize("text, day, status", [
    ("Støre tar tirsdag imot Alexander Stubb i Oslo.", dt.date(2026, 3, 17), "planned"),
    ("Eide besøker Volodymyr Zelenskyj i Kyiv torsdag.", dt.date(2026, 3, 19), "planned"),
    ("Støre tok tirsdag imot Alexander Stubb i Oslo.", dt.date(2026, 3, 10), "held"),
])
def test_the_present_of_receiving_or_visiting_with_a_weekday_is_to_come(text, day, status):
    """"tar imot", "besøker" with a weekday (published on a Saturday): the coming one; "tok imot" the one before."""
    [m] = rows(f" date 2026-03-14 {text}")["meeting_mentions"]
    assert (m["start_date"], m["status"]) == (day, status)


def test_an_official_of_a_ministry_named_without_a_country_is_norwegian():
    """"i Utenriksdepartementet", "i Forsvarsdepartementet": Norwegian ministries go by their proper names alone."""
    found = [(m.entry.name, m.entry.country) for m in mentions(
        "Statssekretær i Forsvarsdepartementet Ingrid Hovland og Ukrainas forsvarsminister møttes i Oslo.")]
    assert ("Ingrid Hovland", "NO") in found
    unknown = [m for m in mentions("Statssekretær Ingrid Hovland sa dette.") if m.entry.etype == "person"]
    assert [m.entry.country for m in unknown] == [None]


@pytest.mark.parametrize("text", [
    "Tyrkia har tilbudt å være vertskap for neste runde i Istanbul.",
    "Erdogan gjentok tilbudet om å arrangere et møte mellom Putin og Zelenskyj i Istanbul.",
    "Norge stiller seg til disposisjon som vertskap for samtaler i Oslo.",
    "Sveits er klar til å være vertskap for et toppmøte i Genève.",
    "Ungarn har foreslått Budapest som møtested for et toppmøte.",
])
def test_an_offer_to_host_in_other_words_is_no_meeting(text):
    """Offered to (tilbudt å), the offer (tilbudet om), at disposal, ready to be host, put forward as a venue."""
    assert rows(f" date 2026-03-02 {text}\n")["meeting_mentions"] == []


def test_talks_dated_by_words_of_the_past_were_held_whatever_follows():
    """"forrige uke ... vil bli fulgt opp": the future is of the follow-up, the talks were held."""
    text = " date 2026-03-14 Samtalene i Genève forrige uke vil bli fulgt opp av et nytt møte, sa Umerov.\n"
    [m] = rows(text)["meeting_mentions"]
    assert (m["city"], m["status"], m["start_date"]) == ("Geneva", "held", D(2026, 3, 2))


@pytest.mark.parametrize("text, day, status", [
    ("Macron reiser til Kyiv tirsdag.", D(2026, 3, 17), "planned"),
    ("Støre drar til Berlin på mandag for å møte Merz.", D(2026, 3, 16), "planned"),
    ("Macron reiste til Kyiv tirsdag.", D(2026, 3, 10), "held"),
])
def test_the_present_of_a_journey_with_a_weekday_is_to_come(text, day, status):
    [m] = rows(f" date 2026-03-14 {text}\n")["meeting_mentions"]
    assert (m["start_date"], m["status"]) == (day, status)


def test_the_days_of_a_round_widen_the_day_it_ended():
    text = (" date 2026-03-14 Samtalene i Genève ble avsluttet fredag uten avtale. Delegasjonene møttes torsdag og "
            "fredag.\n")
    [m] = rows(text)["meeting_mentions"]
    assert (m["start_date"], m["end_date"]) == (D(2026, 3, 12), D(2026, 3, 13))


def test_a_day_before_a_verb_of_saying_and_its_that_dates_the_saying():
    text = " date 2026-03-14 Forrige uke kunngjorde Kreml at Putin skal møte Trump i Budapest.\n"
    [m] = rows(text)["meeting_mentions"]
    assert (m["city"], m["status"], m["start_date"]) == ("Budapest", "planned", None)


@pytest.mark.parametrize("verb, day, status", [
    ("vil møte", D(2026, 3, 17), "planned"),
    ("vil besøke", D(2026, 3, 17), "planned"),
    ("møtte", D(2026, 3, 10), "held"),
])
def test_vil_with_a_meeting_verb_and_a_weekday_is_to_come(verb, day, status):
    text = (f" date 2026-03-14 Utenriksminister Marco Rubio {verb} sin ukrainske kollega Andrij Sybiha i Washington "
            "tirsdag, opplyser departementet.\n")
    [m] = rows(text)["meeting_mentions"]
    assert (m["start_date"], m["status"]) == (day, status)


@pytest.mark.parametrize("text", [
    "Lavrov, som talte i Minsk torsdag, sa at Vesten vil trenere samtalene.",
    "Zelenskyj, som snakket til journalister i Kyiv mandag, sa at forhandlingene må fortsette.",
    "I en tale i München lørdag sa Merz at Europa må sitte ved bordet i forhandlingene.",
])
def test_the_place_and_day_of_a_statement_are_no_meeting(text):
    """"Lavrov, som talte i Minsk, sa ...": where something was said is no venue of the talks."""
    assert rows(f" date 2026-03-14 {text}\n")["meeting_mentions"] == []


def test_the_day_a_round_ended_is_its_day_across_the_comma_of_a_list():
    text = (" date 2026-03-14 Forhandlingene mellom ukrainske, russiske og amerikanske delegasjoner i Wien denne "
            "uken ble avsluttet torsdag uten gjennombrudd.\n")
    [m] = rows(text)["meeting_mentions"]
    assert (m["status"], m["start_date"], m["end_date"]) == ("held", D(2026, 3, 12), D(2026, 3, 12))


def test_talks_after_which_something_happened_were_held_and_join_no_meeting_to_come():
    text = (" date 2026-03-14 Rubio skal møte Lavrov i Istanbul fredag.\n\n"
            "Planen ble endret etter samtalene med Kyiv.\n")
    [m] = rows(text)["meeting_mentions"]
    assert (m["city"], m["status"], m["parties"]) == ("Istanbul", "planned", ["RU", "US"])


# ---------------------------------------------------------------- observatørmisjoner, gasstransitt, lister, utsendte

def props(text: str) -> dict:
    return {p["kind"]: p for p in rows(text)["proposal_mentions"]}


@pytest.mark.parametrize("text, proposed, rejected", [
    ("Østerrike og Sveits foreslo en OSSE-observatørmisjon langs frontlinjen, men Russland avviste forslaget.",
     ["AT", "CH"], ["RU"]),
    ("Finland tok til orde for en internasjonal overvåkingsmisjon etter en våpenhvile.", ["FI"], []),
])
def test_a_monitoring_mission_is_a_force(text, proposed, rejected):
    p = props(f" date 2026-09-16 {text}")["peacekeeping_force"]
    assert (p["proposed_by"], p["rejected_by"]) == (proposed, rejected)


def test_gas_transit_offered_is_an_economic_offer_and_told_alone_no_proposal():
    p = props(" date 2026-09-16 Russland tilbød å gjenoppta gasstransitten gjennom Ukraina. Ungarn støtter "
              "forslaget, men Kyiv avviste det.")["economic"]
    assert (p["proposed_by"], p["supported_by"], p["rejected_by"]) == (["RU"], ["HU"], ["UA"])
    assert props(" date 2026-09-16 Gasstransitten gjennom Ukraina stanset 1. januar.") == {}


@pytest.mark.parametrize("text", [
    "Møtet i Warszawa lørdag ble ledet av Jan Kowalski, sjef for Polens nasjonale sikkerhetsbyrå.",
    "Warszawa er vertskap for møtet lørdag. Vertskap er Jan Kowalski, sjef for Polens nasjonale sikkerhetsbyrå.",
])
def test_the_head_of_a_body_named_after_the_name_takes_part_for_its_country(text):
    r = rows(f" date 2026-09-16 {text}")
    [p] = [p for p in r["meeting_participants"] if p["person_name"] == "Jan Kowalski"]
    assert p["country_code"] == "PL"


def test_an_unknown_name_in_a_list_of_known_people_is_a_person():
    r = rows(" date 2026-09-16 I Warszawa møttes lørdag Jonathan Powell, Emmanuel Bonne og Jan Kowalski.")
    assert "Jan Kowalski" in people_at(r, "Warsaw")


def test_people_sent_to_talks_in_the_next_sentence_take_part():
    r = rows(" date 2026-09-16 Mandag møtes Russland og Ukraina i Riyadh. Moskva sender Kirill Dmitrijev og Sergej "
             "Rjabkov, sa Peskov.")
    assert people_at(r, "Riyadh") == {"Kirill Dmitriev", "Sergei Ryabkov"}


def test_the_text_after_a_plan_is_that_plan():
    p = props(" date 2026-09-16 USA la fram en revidert 19-punktsplan mandag. Ukraina har godtatt teksten.")
    assert (p["peace_plan"]["proposed_by"], p["peace_plan"]["supported_by"]) == (["US"], ["UA"])


def test_a_compound_pause_is_a_halt_and_det_before_a_noun_is_its_article():
    p = props(" date 2026-09-16 Zelenskyj foreslo en vinterpause der begge sider slutter å angripe kraftverk. "
              "Norge støtter forslaget.")["ceasefire"]
    assert (p["scope"], p["proposed_by"], p["supported_by"]) == ("energy", ["UA"], ["NO"])
    p = props(" date 2026-09-16 Norge støtter det italienske forslaget om sikkerhetsgarantier for Ukraina.")
    assert "NO" in p["security_guarantees"]["supported_by"] and "NO" not in p["security_guarantees"]["proposed_by"]


@pytest.mark.parametrize("text", [
    "Islands utenriksminister sa at Reykjavík gjerne stiller som vertskap for neste runde.",
    "Sveits stiller gjerne som vertsby for et toppmøte mellom Zelenskyj og Putin.",
])
def test_gladly_acting_as_host_is_an_offer(text):
    assert rows(f" date 2027-02-01 {text}\n")["meeting_mentions"] == []


def test_a_meeting_in_a_persons_past_is_not_a_meeting_of_the_article():
    """"X, en veteran fra våpenhvileforhandlingene i Syria": the talks after "veteran" are his past."""
    found = rows(" date 2026-03-05\nGeneral Zorin, en veteran fra forhandlingene i Syria, skal lede den russiske "
                 "delegasjonen.")["meeting_mentions"]
    assert found == []


@pytest.mark.parametrize("text,key", [
    ("Moskva står fast på kravet om hele Luhansk.", "territorial:luhansk"),
    ("Hele Kharkiv var uten strøm etter angrepet.", None),
])
def test_a_whole_region_beside_a_demand_is_land_demanded(text, key):
    """"kravet om hele Luhansk": a whole region right after "hele", beside a word of demand."""
    found = [r["merge_key"] for r in rows(" date 2027-03-12\n" + text)["proposal_mentions"]]
    assert found == ([key] if key else [])


@pytest.mark.parametrize("text,kinds", [
    ("Regjeringen sier at Norge vil bidra med soldater til den franskledede styrken som skal sendes til Ukraina etter"
     " en våpenhvile.", ["peacekeeping_force"]),
    ("Russiskledede styrker angrep Kharkiv natt til søndag, opplyser ukrainske myndigheter.", []),
])
def test_a_force_led_by_a_nation_is_a_coalition_force(text, kinds):
    """"den franskledede styrken": a nation's adjective compounded with "ledet" before a bare force word."""
    assert [r["kind"] for r in rows(" date 2027-03-12\n" + text)["proposal_mentions"]] == kinds


def test_who_would_change_a_plan_neither_proposes_nor_backs_it():
    p = props(" date 2026-10-02 Russland krever endringer i den amerikanske 20-punktsplanen.")["peace_plan"]
    assert (p["proposed_by"], p["supported_by"]) == (["US"], [])


def test_offering_to_contribute_backs_anothers_truce():
    p = props(" date 2026-10-02 Ukraina foreslo en energivåpenhvile på 30 dager. Sverige har tilbudt å bidra med "
              "observatører til våpenhvilen for energianlegg.")["ceasefire"]
    assert (p["proposed_by"], p["supported_by"]) == (["UA"], ["SE"])


def test_every_initiative_names_no_proposal():
    p = props(" date 2026-10-02 USA la fram en 20-punktsplan. Sverige støtter ethvert initiativ for fred.")["peace_plan"]
    assert (p["proposed_by"], p["supported_by"]) == (["US"], [])


def test_the_nations_that_lead_a_force_proposed_it():
    p = props(" date 2026-10-02 Østerrike er villig til å bidra til den britisk- og franskledede styrken.")[
        "peacekeeping_force"]
    assert (sorted(p["proposed_by"]), p["supported_by"]) == (["FR", "GB"], ["AT"])


def test_the_author_may_be_named_in_the_next_sentence():
    p = props(" date 2026-10-02 Russland har også lagt et økonomisk tilbud på bordet. Kirill Dmitrijev presenterte det "
              "for amerikanske selskaper dagen etter.")["economic"]
    assert (p["proposed_by"], p["supported_by"]) == (["RU"], [])


def test_a_quote_takes_the_speakers_stance():
    p = props(" date 2026-10-02 Storbritannia og Frankrike foreslo en sikkerhetsstyrke. «Alle vestlige soldater i "
              "Ukraina vil være et legitimt mål», sa Sergej Lavrov.")["peacekeeping_force"]
    assert p["rejected_by"] == ["RU"]


def test_agreeing_how_to_monitor_a_truce_is_no_stance_on_it():
    p = props(" date 2026-10-02 Ukraina foreslo en energivåpenhvile. Russland og USA ble enige om regler for "
              "overvåking av energivåpenhvilen.")["ceasefire"]
    assert p["supported_by"] == []
