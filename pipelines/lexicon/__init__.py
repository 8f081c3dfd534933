"""Knowledge as data: people, places, countries, trigger and date words, per language, in YAML files
beside this module. `load(name)` reads one file once per process."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

HERE = Path(__file__).parent
LANGS = ("hu", "sl", "no", "en")


class _Loader(yaml.SafeLoader):
    """YAML 1.1 reads `no`, `on`, `off`, `yes` as booleans: Norwegian and Hungarian ("on" is a case
    ending) need them as words. Only true/false are booleans here."""


_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))


@lru_cache(maxsize=None)
def load(name: str):
    with open(HERE / f"{name}.yaml", encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_Loader)
