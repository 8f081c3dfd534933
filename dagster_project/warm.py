"""Imported once by the forkserver of the clean/extract process pool (``processing.pool_context``): loads the
cleaning and extraction code and builds the lexicon indexes of every language, so that each worker forked
from the server starts warm instead of parsing the lexicon again (seconds per worker, per step)."""

from pipelines import clean as _clean
from pipelines.extract import extract_article as _extract_article

_SAMPLES = {
    "hu": " date 2026-01-23\nVlagyimir Putyin orosz elnök és Steve Witkoff Moszkvában találkozott. "
    "Az orosz hadsereg 100 drónnal támadta Harkivot.",
    "sl": " date 2026-01-23\nSteve Witkoff se je v Miamiju sestal s Kirilom Dmitrijevim. "
    "Rusija je ponoči napadla Harkiv s 100 droni.",
    "no": " date 2026-01-23\nSteve Witkoff møtte Vladimir Putin i Moskva torsdag. "
    "Russland angrep Ukraina med 100 droner natt til søndag.",
    "en": " date 2026-01-23\nSteve Witkoff met Vladimir Putin in Moscow on Thursday. "
    "Russia launched 100 drones at Kharkiv overnight.",
}


def warm() -> None:
    for lang, text in _SAMPLES.items():
        try:
            _extract_article(f"warm-{lang}", _clean.clean(text, "text"))
        except Exception:  # noqa: BLE001, S112 - warming is an optimisation; the real run reports errors
            continue


warm()
