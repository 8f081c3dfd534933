"""The cross-article merging of the intermediate models, on hand-made mentions: real dbt, real DuckDB.

The mentions are written straight into the extract tables (as the extract step would), then `dbt build` runs
(models and tests) and the marts are checked rule by rule.
"""

import datetime as dt
import hashlib
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from dagster_project.assets import clean as clean_asset
from dagster_project.assets import extract as extract_asset
from dagster_project.assets import raw as raw_asset
from dagster_project.settings import DBT_PROJECT_DIR
from pipelines import store

D = dt.date
PUBLISHED = {
    "A1": D(2026, 1, 24),
    "A2": D(2026, 1, 22),
    "A3": D(2026, 1, 31),
    "A4": D(2026, 1, 25),
    "A5": D(2026, 3, 9),
    "A6": D(2026, 1, 30),
    "A7": D(2026, 4, 28),
    "A8": D(2026, 4, 29),
    "A9": D(2026, 2, 1),
    "A10": D(2026, 1, 31),
    "A11": D(2026, 2, 2),
    "A12": D(2026, 2, 3),
    "A13": D(2026, 2, 4),
    "A14": D(2026, 3, 20),
    "A15": D(2026, 3, 3),
    "A16": D(2026, 3, 5),
    "A17": D(2026, 3, 24),
    "A18": D(2026, 3, 20),
}


def md5(text):
    return hashlib.md5(text.encode()).hexdigest()


def meeting(
    mention_id,
    article,
    city,
    country,
    start=None,
    end=None,
    precision=None,
    window=(None, None),
    status="held",
    parties=(),
    participants=(),
    fmt=None,
):
    return {
        "mention_id": mention_id,
        "article_id": article,
        "sentence_idx": 0,
        "char_start": 0,
        "char_end": 10,
        "evidence": f"evidence of {mention_id}",
        "published_date": PUBLISHED[article],
        "city": city,
        "country_code": country,
        "start_date": start,
        "end_date": end or start,
        "date_precision": precision or ("day" if start else None),
        "window_start": window[0],
        "window_end": window[1],
        "status": status,
        "format": fmt,
        "parties": list(parties),
        "participant_ids": list(participants),
    }


MEETINGS = [
    # a. the same city, overlapping dates (1 day tolerance) -> one meeting; a week later -> another
    meeting(
        "m01",
        "A1",
        "Abu Dhabi",
        "AE",
        D(2026, 1, 23),
        D(2026, 1, 24),
        status="held",
        parties=["RU", "UA", "US"],
        participants=["witkoff"],
    ),
    meeting(
        "m02",
        "A2",
        "Abu Dhabi",
        "AE",
        D(2026, 1, 24),
        D(2026, 1, 25),
        status="planned",
        parties=["RU", "UA"],
        participants=["witkoff"],
    ),
    meeting("m03", "A3", "Abu Dhabi", "AE", D(2026, 2, 1), status="planned", parties=["RU", "UA"]),
    # b. no city: joins the overlapping Abu Dhabi meeting; with no city meeting in its country, alone
    meeting("m04", "A4", None, "AE", D(2026, 1, 24), status="held"),
    meeting("m05", "A5", None, "CH", D(2026, 3, 10), status="planned"),
    # c. undated, with a window that holds the first Abu Dhabi meeting's start
    meeting("m06", "A6", "Abu Dhabi", "AE", window=(D(2026, 1, 20), D(2026, 1, 30)), status="held"),
    #    undated, no dated meeting in the window: together by (city, country, status)
    meeting("m07", "A7", "Geneva", "CH", window=(D(2026, 5, 1), D(2026, 5, 10)), status="planned"),
    meeting("m08", "A8", "Geneva", "CH", window=(D(2026, 5, 2), D(2026, 5, 9)), status="planned"),
    # d. undated, no window: joins the same city's meeting it shares a participant with ...
    meeting(
        "m10",
        "A10",
        "Miami",
        "US",
        D(2026, 1, 31),
        parties=["RU", "US"],
        participants=["witkoff", "dmitriev", "kushner"],
    ),
    meeting("m09", "A9", "Miami", "US", parties=["RU", "US"], participants=["dmitriev"]),
    #    ... but not without a shared participant, nor with a party conflict, nor in another city
    meeting("m11", "A11", "Miami", "US", parties=["UA", "US"], participants=["zelensky"]),
    meeting("m12", "A12", "Moscow", "RU", parties=["RU", "US"], participants=["witkoff"]),
    meeting("m13", "A13", "Miami", "US", parties=["EU", "UA"], participants=["witkoff"]),
    # a. a month ("in Istanbul in March") joins the day-dated meeting it overlaps, and bridges none to the next
    meeting("m14", "A14", "Istanbul", "TR", D(2026, 3, 1), D(2026, 3, 31), precision="month", parties=["RU", "UA"]),
    meeting("m15", "A15", "Istanbul", "TR", D(2026, 3, 2), parties=["RU", "UA"]),
    meeting("m16", "A16", "Istanbul", "TR", D(2026, 3, 9), status="planned", parties=["RU", "UA"]),
    # a. "last week" (a span of seven days) joins the meeting of two days in it and does not widen its dates
    meeting("m17", "A17", "Vienna", "AT", D(2026, 3, 16), D(2026, 3, 22), parties=["RU", "UA"]),
    meeting("m18", "A18", "Vienna", "AT", D(2026, 3, 18), D(2026, 3, 19), parties=["RU", "UA"]),
]

PARTICIPANTS = [
    {
        "mention_id": "m01",
        "article_id": "A1",
        "sentence_idx": 0,
        "person_id": "witkoff",
        "person_name": "Steve Witkoff",
        "country_code": "US",
        "role": None,
    },
    {
        "mention_id": "m02",
        "article_id": "A2",
        "sentence_idx": 0,
        "person_id": "witkoff",
        "person_name": "Steve Witkoff",
        "country_code": "US",
        "role": "special envoy",
    },
    {
        "mention_id": "m09",
        "article_id": "A9",
        "sentence_idx": 0,
        "person_id": "dmitriev",
        "person_name": "Kirill Dmitriev",
        "country_code": "RU",
        "role": None,
    },
    {
        "mention_id": "m10",
        "article_id": "A10",
        "sentence_idx": 0,
        "person_id": "dmitriev",
        "person_name": "Kirill Dmitriev",
        "country_code": "RU",
        "role": "special envoy",
    },
]


def proposal(
    mention_id,
    article,
    key,
    kind,
    name=None,
    proposed=(),
    supported=(),
    rejected=(),
    date=None,
    scope=None,
    n_points=None,
):
    return {
        "mention_id": mention_id,
        "article_id": article,
        "sentence_idx": 1,
        "char_start": 0,
        "char_end": 5,
        "evidence": f"evidence of {mention_id}",
        "published_date": PUBLISHED[article],
        "kind": kind,
        "name": name,
        "n_points": n_points,
        "scope": scope,
        "merge_key": key,
        "proposed_by": list(proposed),
        "supported_by": list(supported),
        "rejected_by": list(rejected),
        "mention_date": date,
    }


PROPOSALS = [
    proposal(
        "p1", "A1", "peace_plan:20-point", "peace_plan", "20-point peace plan", proposed=["UA"], n_points=20
    ),
    proposal(
        "p2",
        "A2",
        "peace_plan:20-point",
        "peace_plan",
        "20-point peace plan",
        proposed=["UA", "US"],
        supported=["UA", "FR"],
        rejected=["RU"],
        date=D(2026, 1, 10),
    ),
    proposal("p3", "A1", "ceasefire:energy", "ceasefire", "energy ceasefire", scope="energy"),
    proposal("p4", "A3", "ceasefire:energy", "ceasefire", None, scope="energy"),
    proposal("p5", "A4", "ceasefire:full", "ceasefire", "full ceasefire", scope="full"),
    proposal("p6", "A5", "ceasefire:*", "ceasefire", None),  # joins the most reported ceasefire
    # a truce in the air, reported by more articles than any other, takes "a ceasefire" only in its own article
    proposal("p12", "A6", "ceasefire:air", "ceasefire", "air ceasefire", proposed=["UA"]),
    proposal("p13", "A7", "ceasefire:air", "ceasefire", "air ceasefire", proposed=["UA"]),
    proposal("p14", "A8", "ceasefire:air", "ceasefire", "air ceasefire", proposed=["UA"]),
    proposal("p15", "A8", "ceasefire:*", "ceasefire", None, rejected=["RU"]),
    # guarantees keyed by their guarantor ("ameriška varnostna jamstva") take the unspecified mentions that name
    # no giver (p9), not those France and Britain propose (p7, alone)
    proposal("p7", "A6", "security_guarantees:*", "security_guarantees", None, proposed=["FR", "GB"]),
    proposal("p8", "A7", "security_guarantees:us", "security_guarantees", "US security guarantees", proposed=["US"]),
    proposal("p9", "A8", "security_guarantees:*", "security_guarantees", None, supported=["UA"]),
    # so is an economic offer: Russia's offer is not the American fund
    proposal("p10", "A9", "economic:us", "economic", "US economic cooperation", proposed=["US"]),
    proposal("p11", "A10", "economic:*", "economic", None, proposed=["RU"]),
]


def attack(
    mention_id, article, day, weapons=(), regions=(), drones=None, target="UA", ttype=None, precision="day",
    sentence=2,
):
    return {
        "mention_id": mention_id,
        "article_id": article,
        "sentence_idx": sentence,
        "char_start": 0,
        "char_end": 5,
        "evidence": f"evidence of {mention_id}",
        "published_date": PUBLISHED[article],
        "attack_date": day,
        "date_precision": precision if day else None,
        "attacker_country": "RU",
        "target_country": target,
        "target_type": ttype,
        "weapons": list(weapons),
        "n_drones": drones,
        "n_missiles": None,
        "killed": None,
        "injured": None,
        "regions": list(regions),
    }


ATTACKS = [
    attack("t1", "A1", D(2026, 1, 20), ["drone"], ["Kharkiv"], drones=50, ttype="civilian"),
    attack("t2", "A2", D(2026, 1, 21), ["drone", "missile"], ["Odesa", "Kharkiv"], drones=70, ttype="energy"),
    attack("t3", "A3", D(2026, 1, 20), ["artillery"], ["Kherson"]),  # nothing in common: another attack
    attack("t4", "A4", D(2026, 1, 25), ["drone"], ["Kharkiv"]),  # four days later: another attack
    attack("t5", "A5", None, ["drone"], ["Kharkiv"]),  # undated: alone
    attack("t6", "A6", D(2026, 1, 20), ["drone"], ["Belgorod"], target="RU"),  # another target country
    # one article tells two strikes apart (other regions, next sentences): not one attack by their drones,
    # but a report naming no region joins the one it shares a weapon with
    attack("t7", "A3", D(2026, 1, 12), ["drone", "missile"], ["Dnipropetrovsk"], sentence=4),
    attack("t8", "A3", D(2026, 1, 12), ["drone"], ["Odesa"], sentence=5),
    attack("t9", "A4", D(2026, 1, 12), ["missile"]),
    # one article dates two strikes on the same city with the same weapons to two following days: two attacks
    attack("t10", "A6", D(2026, 2, 3), ["drone", "missile"], ["Kyiv"], sentence=2),
    attack("t11", "A6", D(2026, 2, 4), ["drone", "missile"], ["Kyiv"], sentence=4),
    # two waves of other articles a day apart, other regions and other sizes: two strikes, not one by their drones
    # (far from the other mentions of their articles, which would tell strikes apart on their own)
    attack("t12", "A1", D(2026, 1, 30), ["drone", "missile"], ["Odesa"], drones=88, sentence=20),
    attack("t13", "A2", D(2026, 1, 31), ["drone", "missile"], ["Kharkiv"], drones=126, sentence=20),
    # the same size in other articles is the same wave, whatever regions each names
    attack("t14", "A4", D(2026, 1, 31), ["drone"], ["Lviv"], drones=126, sentence=20),
    # a report naming no region joins the wave it shares a weapon with; one of another place, with no size, does
    # not: the wave named where it struck
    attack("t15", "A5", D(2026, 1, 29), ["missile"], sentence=20),
    attack("t16", "A7", D(2026, 1, 31), ["drone", "missile"], ["Mykolaiv"], sentence=20),
]


@pytest.fixture(scope="module")
def marts(tmp_path_factory):
    warehouse = tmp_path_factory.mktemp("merging") / "parley.duckdb"
    now = dt.datetime(2026, 2, 5, 12, 0)
    with store.writing(warehouse) as con:
        store.ensure_tables(
            con,
            {**raw_asset.TABLES, **clean_asset.TABLES, **extract_asset.TABLES, **extract_asset.BOOKKEEPING},
        )
        store.insert_arrow(
            con,
            "raw.articles",
            store.rows_to_arrow(
                [
                    {
                        "article_id": a,
                        "source_path": f"{a}.txt",
                        "kind": "text",
                        "text": "...",
                        "first_seen_at": now,
                    }
                    for a in PUBLISHED
                ],
                raw_asset.RAW_ARTICLES,
            ),
        )
        store.insert_arrow(
            con,
            "clean.articles",
            store.rows_to_arrow(
                [
                    {
                        "article_id": a,
                        "source_path": f"{a}.txt",
                        "kind": "text",
                        "published_date": p,
                        "language": "en",
                        "text": "...",
                        "n_chars": 3,
                        "n_sentences": 3,
                    }
                    for a, p in PUBLISHED.items()
                ],
                clean_asset.TABLES["clean.articles"],
            ),
        )
        for table, rows in [
            ("meeting_mentions", MEETINGS),
            ("meeting_participants", PARTICIPANTS),
            ("proposal_mentions", PROPOSALS),
            ("attack_mentions", ATTACKS),
        ]:
            store.insert_arrow(
                con, f"extract.{table}", store.rows_to_arrow(rows, extract_asset.TABLES[f"extract.{table}"])
            )
    env = {**os.environ, "PARLEY_WAREHOUSE": str(warehouse)}
    dbt = Path(sys.executable).with_name("dbt")
    proc = subprocess.run(
        [str(dbt), "build", "--profiles-dir", ".", "--target-path", str(warehouse.parent / "target")],
        cwd=DBT_PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout[-4000:]
    assert " WARN=0 " in proc.stdout, proc.stdout[-4000:]  # warn-level tests (invariants, enums) pass too
    con = duckdb.connect(str(warehouse), read_only=True)
    yield con
    con.close()


def rows(con, sql):
    cur = con.execute(sql)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def meetings_by_mentions(con):
    return {tuple(r["mention_ids"]): r for r in rows(con, "SELECT * FROM marts.meetings")}


def test_meeting_clusters(marts):
    assert set(meetings_by_mentions(marts)) == {
        ("m01", "m02", "m04", "m06"),  # a + b + c
        ("m03",),  # a week later
        ("m05",),  # b, alone in its country
        ("m07", "m08"),  # c, undated together
        ("m09", "m10"),  # d, shared participant
        ("m11",),
        ("m12",),
        ("m13",),  # d, alone
        ("m14", "m15"),  # a, a month joins the day it overlaps
        ("m16",),  # a, a week later: not bridged by the month
        ("m17", "m18"),  # a, a week's span joins the days in it
    }


def test_meeting_attributes(marts):
    m = meetings_by_mentions(marts)[("m01", "m02", "m04", "m06")]
    assert m["meeting_id"] == md5("m01")
    assert (m["start_date"], m["end_date"], m["date_precision"]) == (D(2026, 1, 23), D(2026, 1, 25), "day")
    assert (m["city"], m["country_code"]) == ("Abu Dhabi", "AE")
    # the latest article (A6, 2026-01-30) says held
    assert m["status"] == "held"
    assert m["parties"] == ["RU", "UA", "US"] and m["format"] == "trilateral"
    assert m["n_articles"] == 4
    # most informative: has a city and a date, earliest article (A2, 2026-01-22)
    assert m["evidence"] == "evidence of m02" and m["evidence_article_id"] == "A2"
    geneva = meetings_by_mentions(marts)[("m07", "m08")]
    assert geneva["start_date"] is None and geneva["status"] == "planned" and geneva["format"] is None
    miami = meetings_by_mentions(marts)[("m09", "m10")]
    assert miami["format"] == "bilateral" and miami["start_date"] == D(2026, 1, 31)
    # the days of the meeting, not the week a report places it in
    vienna = meetings_by_mentions(marts)[("m17", "m18")]
    assert (vienna["start_date"], vienna["end_date"], vienna["date_precision"]) == (
        D(2026, 3, 18), D(2026, 3, 19), "day")


def test_participants_are_merged_per_meeting(marts):
    found = rows(
        marts, "SELECT p.*, m.mention_ids FROM marts.participants p JOIN marts.meetings m USING (meeting_id)"
    )
    by_person = {(tuple(r["mention_ids"]), r["person_id"]): r for r in found}
    assert len(found) == 2
    assert by_person[(("m01", "m02", "m04", "m06"), "witkoff")]["role"] == "special envoy"
    assert by_person[(("m09", "m10"), "dmitriev")]["person_name"] == "Kirill Dmitriev"


def test_proposals(marts):
    found = {r["merge_key"]: r for r in rows(marts, "SELECT * FROM marts.proposals")}
    assert set(found) == {
        "peace_plan:20-point",
        "ceasefire:energy",
        "ceasefire:full",
        "ceasefire:air",
        "security_guarantees:*",
        "security_guarantees:us",
        "economic:us",
        "economic:*",
    }
    plan = found["peace_plan:20-point"]
    assert plan["proposal_id"] == md5("peace_plan:20-point")
    assert (
        plan["proposed_by"] == ["UA", "US"]
        and plan["supported_by"] == ["FR"]
        and plan["rejected_by"] == ["RU"]
    )
    assert plan["n_points"] == 20 and plan["name"] == "20-point peace plan" and plan["n_articles"] == 2
    assert plan["first_mentioned"] == D(2026, 1, 10) and plan["evidence"] == "evidence of p2"
    energy = found["ceasefire:energy"]
    assert sorted(energy["mention_ids"]) == ["p3", "p4", "p6"] and energy["scope"] == "energy"
    assert energy["n_articles"] == 3
    air = found["ceasefire:air"]
    assert sorted(air["mention_ids"]) == ["p12", "p13", "p14", "p15"] and air["rejected_by"] == ["RU"]
    assert found["security_guarantees:*"]["mention_ids"] == ["p7"]
    american = found["security_guarantees:us"]
    assert sorted(american["mention_ids"]) == ["p8", "p9"] and american["proposed_by"] == ["US"]
    assert american["supported_by"] == ["UA"]
    assert found["economic:*"]["mention_ids"] == ["p11"] and found["economic:*"]["proposed_by"] == ["RU"]


def test_attacks(marts):
    found = {tuple(r["mention_ids"]): r for r in rows(marts, "SELECT * FROM marts.attacks")}
    assert set(found) == {("t1", "t2"), ("t3",), ("t4",), ("t5",), ("t6",), ("t7", "t9"), ("t8",), ("t10",), ("t11",),
                          ("t12", "t15"), ("t13", "t14"), ("t16",)}
    wave = found[("t1", "t2")]
    assert wave["attack_id"] == md5("t1")
    assert wave["attack_date"] == D(2026, 1, 20) and wave["n_drones"] == 70
    assert wave["weapons"] == ["drone", "missile"] and wave["regions"] == ["Kharkiv", "Odesa"]
    assert wave["target_type"] == "energy"  # a tie between civilian and energy: energy wins
    assert found[("t3",)]["target_type"] == "unknown"
    assert found[("t5",)]["attack_date"] is None
