"""The Definitions load, and the wiring is one graph: dbt sources are the Python assets, every dbt model is
downstream of them, and dbt tests are asset checks."""

import json

import dagster as dg
import pytest

from dagster_project.assets.dbt import dbt_project, translator
from dagster_project.definitions import ASSETS, defs

PYTHON_ASSET_KEYS = {
    dg.AssetKey(k)
    for k in [
        ["raw", "articles"],
        ["raw", "files"],
        ["raw", "rejected_files"],
        ["clean", "articles"],
        ["clean", "sentences"],
        ["extract", "entity_mentions"],
        ["extract", "meeting_mentions"],
        ["extract", "meeting_participants"],
        ["extract", "proposal_mentions"],
        ["extract", "attack_mentions"],
        ["extract", "failures"],
    ]
}
MARTS = ["articles", "meetings", "participants", "proposals", "attacks", "rejected_files"]


@pytest.fixture(scope="module")
def manifest():
    return json.loads(dbt_project.manifest_path.read_text())


@pytest.fixture(scope="module")
def graph():
    return defs.resolve_asset_graph()


def _python_keys():
    return {key for assets_def in ASSETS[:3] for key in assets_def.keys}


def test_definitions_load():
    dg.Definitions.validate_loadable(defs)
    assert defs.resolve_job_def("parley") is not None
    assert defs.resolve_schedule_def("daily_refresh").cron_schedule == "0 6 * * *"
    assert defs.resolve_sensor_def("new_files") is not None


def test_python_asset_keys_are_schema_table():
    assert _python_keys() == PYTHON_ASSET_KEYS


def test_dbt_sources_carry_the_python_asset_keys(manifest):
    source_keys = {translator.get_asset_key(source) for source in manifest["sources"].values()}
    assert source_keys == _python_keys()


def test_every_dbt_model_is_downstream_of_the_python_assets(manifest, graph):
    python_keys = _python_keys()
    models = [n for n in manifest["nodes"].values() if n["resource_type"] == "model"]
    assert len(models) >= 6 + 9
    for node in models:
        key = translator.get_asset_key(node)
        assert key.path[0] in ("staging", "intermediate", "marts") and key.path[1] == node["name"]
        assert graph.has(key), key
        ancestors = graph.get(key).parent_keys
        seen, frontier = set(), set(ancestors)
        while frontier:
            k = frontier.pop()
            seen.add(k)
            frontier |= set(graph.get(k).parent_keys) - seen
        assert seen & python_keys, f"{key} is not downstream of any Python asset"
        assert graph.get(key).group_name == key.path[0]


def test_marts_are_assets(graph):
    for mart in MARTS:
        assert graph.has(dg.AssetKey(["marts", mart]))


def test_dbt_tests_are_asset_checks(manifest, graph):
    check_names = {check_key.name for check_key in graph.asset_check_keys}
    tests = [n for n in manifest["nodes"].values() if n["resource_type"] == "test"]
    attached = [t for t in tests if t.get("attached_node") or len(t["depends_on"]["nodes"]) == 1]
    assert attached
    missing = [t["name"] for t in attached if t["name"] not in check_names]
    assert not missing, f"dbt tests that are not Dagster asset checks: {missing}"
    # the contract's key tests in particular
    assert "unique_meetings_meeting_id" in check_names
    assert "relationships_participants_meeting_id__meeting_id__ref_meetings_" in check_names


def test_python_checks_are_defined(graph):
    key = dg.AssetCheckKey(dg.AssetKey(["extract", "failures"]), "no_extraction_failures")
    assert key in set(graph.asset_check_keys)


def test_job_runs_in_one_process():
    job = defs.resolve_job_def("parley")
    assert job.executor_def.name == "in_process"


def test_the_manifest_is_not_read_while_another_process_parses_it():
    # dbt rewrites manifest.json in place: a run starting while another parses must wait for the lock.
    import subprocess
    import sys
    import time
    from pathlib import Path

    from dagster_project.project import manifest_lock

    code = ("import sys, time\nfrom dagster_project.project import load_manifest\nprint('ready', flush=True)\n"
            "manifest = load_manifest()\nprint(time.time(), len(manifest['nodes']), flush=True)\n")
    repo = Path(__file__).resolve().parents[1]
    with manifest_lock():
        child = subprocess.Popen([sys.executable, "-c", code], cwd=repo, stdout=subprocess.PIPE, text=True)
        assert child.stdout.readline().strip() == "ready"
        time.sleep(1.0)
        released = time.time()
    out, _ = child.communicate(timeout=120)
    read_at, n_nodes = out.split()
    assert float(read_at) >= released and int(n_nodes) > 0
