"""Case forms are derived by the rules of morphology.yaml, not listed by hand (the relation nouns of roles.yaml:
"veje" gives vejét, vejével, vejének)."""
from __future__ import annotations

import pytest

from pipelines.extract import morphology
from pipelines.extract.names import index_for
from pipelines.lexicon import LANGS, load_lang


@pytest.mark.parametrize("lang", LANGS)
def test_no_relation_noun_is_listed_in_a_form_the_rules_derive_from_another(lang):
    words = load_lang("roles", lang)["relation"]
    derived = {w: set(morphology.forms(w, lang)) - {w.lower()} for w in words}
    listed_twice = [(w, other) for w in words for other in words if other != w and w.lower() in derived[other]]
    assert not listed_twice, listed_twice


@pytest.mark.parametrize("lang,forms", [
    ("hu", ["vejét", "vejével", "vejének", "tanácsadójával", "szóvivőjét", "küldöttjével", "kormányának"]),
    ("sl", ["odposlancem", "svetovalcu", "zetom", "predstavnika", "namestnikom"]),
    ("no", ["svigersønnen", "utsendingen", "rådgiveren", "assistenten"]),
    ("en", ["envoys", "advisers", "aides", "representatives"]),
])
def test_relation_nouns_are_known_in_their_derived_forms(lang, forms):
    relations = index_for(lang).relations
    assert [f for f in forms if f not in relations] == []


def test_lexicon_yaml_keeps_norwegian_and_hungarian_words_as_words():
    """YAML 1.1 (and libyaml's parser) reads no/on/off/yes as booleans; the lexicon loader only reads
    true/false so: "no" is Norway's code and a Norwegian word, "on" a Hungarian case ending."""
    import yaml

    from pipelines import lexicon

    text = "words: [no, on, off, yes, NO]\nflag: true\nother: false\n"
    data = yaml.load(text, Loader=lexicon._Loader)
    assert data == {"words": ["no", "on", "off", "yes", "NO"], "flag": True, "other": False}
