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
