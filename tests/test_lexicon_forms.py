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


def _role_nouns(lang):
    roles = load_lang("roles", lang)
    return frozenset(w.lower() for w in (*roles["roles"], *roles.get("relation", [])) if " " not in w)


@pytest.mark.parametrize("lang", LANGS)
def test_no_role_of_several_words_is_listed_in_a_form_the_phrase_rule_derives(lang):
    listed = [w.lower() for w in load_lang("roles", lang)["roles"]]
    nouns = _role_nouns(lang)
    derived = {w: morphology.phrase_forms(w, lang, nouns) for w in listed}
    listed_twice = [(w, other) for w in listed for other in listed if other != w and w in derived[other]]
    assert not listed_twice, listed_twice


@pytest.mark.parametrize("lang", LANGS)
def test_no_country_name_is_listed_in_a_form_the_phrase_rule_derives(lang):
    from pipelines.lexicon import load
    for code, country in load("countries").items():
        names = [n.lower() for n in country["names"]]
        derived = {n: morphology.phrase_forms(n, lang) for n in names}
        listed_twice = [(n, other) for n in names for other in names if other != n and n in derived[other]]
        assert not listed_twice, (code, listed_twice)


@pytest.mark.parametrize("text, role", [
    # adjective + noun, agreeing in every case; a genitive or "za ..." after the noun stays as it is
    ("Pogovarjal se je z zunanjim ministrom Janezom Kranjcem.", "foreign minister"),
    ("Delegacija namestnika obrambnega ministra Petra Novaka je odpotovala.", "deputy defence minister"),
    ("Pismo je poslal posebnemu odposlancu Marku Zupanu.", "special envoy"),
    ("Sestala se je z zunanjo ministrico Ano Kos.", "foreign minister"),
    ("Izjavo vodje urada predsednika Igorja Breznika so objavili.", "head of the presidential office"),
    ("Besede tiskovnega predstavnika Luke Mlakarja so presenetile.", "spokesperson"),
])
def test_slovenian_roles_of_several_words_are_read_in_their_cases(text, role):
    from pipelines.extract.names import recognise, tokenize
    people = [m for m in recognise(tokenize(text), "sl") if m.entry.etype == "person"]
    assert [m.entry.role for m in people] == [role], [(m.entry.name, m.entry.role) for m in people]


@pytest.mark.parametrize("text", [
    "Pogovori so potekali v Združenih arabskih emiratih.",
    "Posredovanje Združenih arabskih emiratov je pomagalo.",
    "Zahvalil se je Združenim arabskim emiratom.",
    "Z Združenimi arabskimi emirati so podpisali sporazum.",
])
def test_a_slovenian_country_of_several_words_is_read_in_its_cases(text):
    from pipelines.extract.names import recognise, tokenize
    assert [m.entry.country for m in recognise(tokenize(text), "sl")] == ["AE"]


@pytest.mark.parametrize("lang, text, expected", [
    ("hu", "Marija Lvova-Belovával és Dmitro Lubinyeccel is egyeztettek.", ["Maria Lvova-Belova", "Dmytro Lubinets"]),
    ("hu", "Alekszej Overcsukkal és Taras Kacskával tárgyalt a küldöttség.", ["Alexei Overchuk", "Taras Kachka"]),
    ("sl", "Misel je podprl tudi Mihail Mišustin, Aleksandr Gruško pa jo je zavrnil.",
     ["Mikhail Mishustin", "Alexander Grushko"]),
    ("no", "Statssekretær Andreas Kravik møtte Mikhail Uljanov i Wien.",
     ["Andreas Motzfeldt Kravik", "Mikhail Ulyanov", "Vienna"]),
    ("no", "Grusjkos uttalelse ble kritisert av Sinirlioglu.", ["Alexander Grushko", "Feridun Sinirlioğlu"]),
    ("no", "Statssekretær Andreas Motzfeldt Kravik og Kravik selv.", ["Andreas Motzfeldt Kravik"] * 2),
    ("en", "Overchuk's team met Mariana Betsa and Anton Siluanov's deputy.",
     ["Alexei Overchuk", "Mariana Betsa", "Anton Siluanov"]),
])
def test_officials_of_the_side_tracks_are_known_in_their_cases(lang, text, expected):
    """Children's return, economic and OSCE/Vienna tracks: the officials who lead them, named in each
    language's spelling and case (Lvova-Belovával, Overcsukkal, Grusjkos)."""
    from pipelines.extract.names import recognise, tokenize

    assert [m.entry.name for m in recognise(tokenize(text), lang)] == expected


@pytest.mark.parametrize("lang, text", [
    ("hu", "A delegációk Maszkatban ülnek össze, az ománi külügyminisztérium közvetít."),
    ("sl", "Delegacije se bodo sestale v Maskatu, posreduje omanska vlada."),
    ("no", "Delegasjonene møtes i Muskat, og Omans utenriksminister er vert."),
    ("en", "The delegations will meet in Muscat, with Omani officials mediating."),
])
def test_muscat_and_oman_are_known_in_their_cases(lang, text):
    """Oman mediates between adversaries (the US-Iran talks): its capital and its adjective in each language."""
    from pipelines.extract.names import recognise, tokenize

    found = {(m.entry.name, m.entry.country) for m in recognise(tokenize(text), lang)}
    assert found == {("Muscat", "OM"), ("OM", "OM")}


@pytest.mark.parametrize("lang", LANGS)
def test_every_derived_form_of_a_name_finds_its_entry_and_case(lang):
    """The index derives forms on first sight (names.FormIndex): each form the rules give a name's last word,
    looked up cold, finds the name with the rule's case group, and a longer word built on it finds nothing."""
    from pipelines.extract import names
    from pipelines.lexicon import load

    idx = index_for(lang)
    checked = 0
    for person in load("people")[::7]:
        last = person["names"][0].split()[-1]
        for form, group in morphology.forms(last, lang).items():
            idx.by_last.seen.pop(form, None)
            hits = {(e.eid, g) for _, e, g, _ in idx.by_last.get(form)}
            assert (person["id"], group) in hits, (form, group, hits)
            assert not {e.eid for _, e, _, _ in idx.by_last.get(form + "qzx")} & {person["id"]}
            checked += 1
    assert checked > 100
    assert names.FORM_CACHE_SIZE >= 10_000


def test_the_form_memo_is_bounded_and_answers_the_same_after_clearing(monkeypatch):
    from pipelines.extract import names

    idx = index_for("hu")
    before = idx.by_last.get("putyinnal")
    monkeypatch.setattr(names, "FORM_CACHE_SIZE", 50)
    for i in range(200):
        idx.by_last.get(f"szó{i}")
    assert len(idx.by_last.seen) <= 200
    idx.by_last.get("putyinnal")
    assert len(idx.by_last.seen) <= 50
    assert idx.by_last.get("putyinnal") == before and before
