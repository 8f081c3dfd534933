"""Every row clean + extract produce for the snapshot corpus, stored once and compared later: a change of
the engine that should not change what it extracts must leave the snapshot identical.

    python -m bench.snapshot write /tmp/baseline.pickle   # with the engine to compare against
    python -m bench.snapshot check /tmp/baseline.pickle   # with the changed engine
"""

from __future__ import annotations

import pickle
import sys

from bench.corpus import snapshot_corpus


def run(corpus) -> dict[str, dict]:
    import pipelines
    from pipelines.clean import clean
    from pipelines.extract import extract_article

    print("engine:", pipelines.__file__, file=sys.stderr)
    out = {}
    for aid, raw, kind in corpus:
        art = clean(raw, kind)
        out[aid] = {
            "clean": (
                art.text,
                art.title,
                art.published_date,
                art.language,
                [(s.idx, s.paragraph, s.start, s.end, s.text) for s in art.sentences],
            ),
            "rows": extract_article(aid, art),
        }
    return out


def count_rows(snap: dict) -> int:
    return sum(len(rows) for v in snap.values() for rows in v["rows"].values())


def main(argv: list[str]) -> int:
    mode, path = argv[0], argv[1]
    n = int(argv[2]) if len(argv) > 2 else 600
    snap = run(snapshot_corpus(n))
    if mode == "write":
        with open(path, "wb") as fh:
            pickle.dump(snap, fh)
        print(f"wrote {len(snap)} articles, {count_rows(snap)} rows to {path}")
        return 0
    with open(path, "rb") as fh:
        base = pickle.load(fh)
    bad = 0
    for aid in base.keys() | snap.keys():
        a, b = base.get(aid), snap.get(aid)
        if a == b:
            continue
        bad += 1
        if bad <= 10:
            print(f"--- {aid} differs")
            if a is None or b is None:
                print("   missing on one side")
                continue
            if a["clean"] != b["clean"]:
                print("   clean:", a["clean"][:4], "\n   now:  ", b["clean"][:4])
            for table in a["rows"]:
                ra, rb = a["rows"][table], b["rows"].get(table)
                if ra != rb:
                    print(f"   {table}:\n     was {ra}\n     now {rb}")
    rows = count_rows(base)
    print(f"{len(base)} articles, {rows} rows compared: {bad} articles differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
