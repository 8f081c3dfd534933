"""The generated gazetteer (pipelines/lexicon/world.yaml, scripts/gazetteer.py): capitals and countries nobody listed
by hand are venues in every language and case; it never repeats or contradicts the hand-written lexicon."""

import pytest

from pipelines.clean import clean
from pipelines.extract import extract_article
from pipelines.lexicon import load


@pytest.mark.parametrize("text, city, country", [
    ("A külügyminiszterek csütörtökön Tbilisziben találkoznak.", "Tbilisi", "GE"),
    ("Zunanja ministra se bosta v četrtek sestala v Beogradu.", "Belgrade", "RS"),
    ("Utenriksministrene møtes i Jerevan torsdag.", "Yerevan", "AM"),
    ("The foreign ministers will meet in Amman on Thursday.", "Amman", "JO"),
])
def test_a_capital_nobody_listed_by_hand_is_a_venue(text, city, country):
    [m] = extract_article("t", clean(f" date 2027-02-01 {text}", "text"))["meeting_mentions"]
    assert (m["city"], m["country_code"], m["status"]) == (city, country, "planned")


def test_the_gazetteer_does_not_repeat_the_hand_written_lexicon():
    world = load("world")
    by_hand = {n.lower() for p in load("places") for n in (p["name"], *p["names"])}
    by_hand |= {n.lower() for c in load("countries").values() for n in c["names"]}
    generated = {n.lower() for p in world["places"] for n in p["names"]}
    generated |= {n.lower() for c in world["countries"].values() for n in c["names"]}
    assert not generated & by_hand
    assert not set(world["countries"]) & set(load("countries"))


def test_capitals_named_like_people_are_left_out():
    names = {p["name"] for p in load("world")["places"]}
    assert not names & {"Victoria", "Hamilton", "Stanley", "Kingston", "Male", "The Valley"}
    assert {"Tbilisi", "Yerevan", "Amman", "Belgrade"} <= names


@pytest.mark.parametrize("text, city, country", [
    ("A külügyminiszterek csütörtökön Lausanne-ban találkoznak.", "Lausanne", "CH"),
    ("Zunanja ministra se bosta v četrtek sestala v Salzburgu.", "Salzburg", "AT"),
    ("Utenriksministrene møtes i Salzburg torsdag.", "Salzburg", "AT"),
    ("The foreign ministers will meet in Aqaba on Thursday.", "Aqaba", "JO"),
])
def test_a_city_that_is_no_capital_is_a_venue_in_its_case_forms(text, city, country):
    [m] = extract_article("t", clean(f" date 2027-02-01 {text}", "text"))["meeting_mentions"]
    assert (m["city"], m["country_code"], m["status"]) == (city, country, "planned")


@pytest.mark.parametrize("text", [
    "Most a külügyminiszterek csütörtökön Bécsben találkoznak.",
    "Van még remény: a külügyminiszterek csütörtökön Bécsben találkoznak.",
    "Split views remain among the foreign ministers who will meet in Vienna on Thursday.",
])
def test_cities_named_like_common_words_leave_the_words_alone(text):
    [m] = extract_article("t", clean(f" date 2027-02-01 {text}", "text"))["meeting_mentions"]
    assert m["city"] == "Vienna"


def test_cities_named_like_words_or_surnames_are_left_out():
    names = {n for p in load("world")["places"] for n in p["names"]}
    assert not names & {"Most", "Van", "Split", "Nice", "Reading", "Pápa", "Serov", "Duma", "Florence"}


@pytest.mark.parametrize("text", [
    " date 2026-12-16\nThe talks took place on Tuesday with the foreign minister, Badr Albusaidi, as host.",
    " date 2026-12-16\nGostitelj pogovorov v torek je bil zunanji minister Badr al Busaidi.",
    " date 2026-12-16\nPredsednik je v soboto obiskal Kišinjev, kjer se je sestal s predsednico Maio Sandu.",
])
def test_a_generated_town_named_like_a_person_before_a_surname_is_the_person(text):
    """"Badr Albusaidi", "Badr al Busaidi": Badr is also a town of the gazetteer; before a capitalised word (or a name
    particle and one) it is a given name, not a venue."""
    rows = extract_article("t", clean(text, "text"))
    places = {r["canonical_name"] for r in rows["entity_mentions"] if r["entity_type"] == "place"}
    assert not places & {"Badr", "Maia"}
