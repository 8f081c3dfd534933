"""The extraction's quality bar, on the real pipeline: seeds/ and the six dev articles, each run through the
whole job (Dagster, dbt, DuckDB) into its own warehouse and scored by ../shared/score.py against its gold.
Overall at least 0.90 and no component below 0.80 (issue 3).

The sets in tests/corpus/ were written for this project, with their gold, before parley was run on them
(the closest we have to articles it has never seen). Their bar guards against regressions: overall at least
0.85 and no component below 0.65 (their gold notes say where it is debatable)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SETS = {"seeds": REPO / "seeds", "dev": SHARED / "dev"}
GOLD = {"seeds": SHARED / "gold" / "seeds.yaml", "dev": SHARED / "gold" / "dev.yaml"}
BARS = {"seeds": (0.90, 0.80), "dev": (0.90, 0.80)}
for folder in sorted((REPO / "tests" / "corpus").glob("*/gold.yaml")):
    SETS[folder.parent.name] = folder.parent
    GOLD[folder.parent.name] = folder
    BARS[folder.parent.name] = (0.85, 0.65)

pytestmark = pytest.mark.skipif(
    not (SHARED / "score.py").exists(), reason="../shared (scorer and gold files) is not beside this checkout"
)


@pytest.mark.parametrize("name", sorted(SETS))
def test_gold_score(name: str, tmp_path: Path):
    warehouse = tmp_path / f"{name}.duckdb"
    env = {**os.environ, "PARLEY_RAW_DIR": str(SETS[name]), "PARLEY_WAREHOUSE": str(warehouse),
           "DAGSTER_HOME": str(tmp_path / "dagster_home")}
    (tmp_path / "dagster_home").mkdir()
    run = subprocess.run([sys.executable, "-m", "dagster_project.run"], cwd=REPO, env=env,
                         capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    scored = subprocess.run([sys.executable, str(SHARED / "score.py"), str(warehouse),
                             str(GOLD[name]), "--json", "--verbose"],
                            capture_output=True, text=True, timeout=300)
    assert scored.returncode == 0, scored.stderr
    figures = json.loads(scored.stdout)
    assert not figures["problems"], figures["problems"]
    min_overall, min_component = BARS[name]
    assert figures["overall_f1"] >= min_overall, figures
    low = {k: v for k, v in figures["components"].items() if v < min_component}
    assert not low, (low, figures["details"])
