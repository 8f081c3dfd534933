"""Knowledge as data, in YAML files beside this module.

Shared lists (people.yaml, places.yaml, countries.yaml, not_names.yaml) name things in every language;
each language has its own folder (hu/, sl/, no/, en/) with its trigger words, date words, case endings,
role words, number words, stop words, web-page furniture words and (hu, sl) its own given names. web_page.yaml
holds the class and id words of web pages' furniture, the same for every language. `load(name)` reads a shared
file, `load_lang(name, lang)` a language's file (an empty mapping where the language has none); each file is
read once per process."""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

HERE = Path(__file__).parent
LANGS = ("hu", "sl", "no", "en")


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """YAML 1.1 reads `no`, `on`, `off`, `yes` as booleans: Norwegian and Hungarian ("on" is a case
    ending) need them as words. Only true/false are booleans here. libyaml's parser when PyYAML has it
    (the 41 lexicon files: 0.38 s -> 0.04 s, the same data), as every run and every worker reads them."""


_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))


@cache
def load(name: str):
    with open(HERE / f"{name}.yaml", encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_Loader)


@cache
def load_lang(name: str, lang: str) -> dict:
    path = HERE / lang / f"{name}.yaml"
    if not path.exists():
        return {}
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_Loader) or {}
