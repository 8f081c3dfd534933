"""Compare the marts of two warehouses (or two schemas of one), row by row and in order.

    python -m bench.compare_marts A.duckdb[:schema] B.duckdb[:schema]

Exit status 0 when every mart has the same columns and the same rows in the same order. Used to check that a
change of the dbt models (a faster query, an incremental build) leaves the marts exactly as they were.
"""

from __future__ import annotations

import sys

import duckdb

MARTS = ("articles", "meetings", "participants", "proposals", "attacks", "rejected_files")


def _open(spec: str) -> tuple[duckdb.DuckDBPyConnection, str]:
    path, _, schema = spec.partition(":")
    return duckdb.connect(path, read_only=True), schema or "marts"


def differences(a: str, b: str, marts: tuple[str, ...] = MARTS) -> list[str]:
    """What differs between the marts of ``a`` and ``b`` (``path[:schema]``); empty when they are identical."""
    (con_a, schema_a), (con_b, schema_b) = _open(a), _open(b)
    problems = []
    try:
        for mart in marts:
            rel_a = con_a.sql(f'SELECT * FROM {schema_a}."{mart}"')
            rel_b = con_b.sql(f'SELECT * FROM {schema_b}."{mart}"')
            if rel_a.columns != rel_b.columns or rel_a.types != rel_b.types:
                problems.append(f"{mart}: columns differ: {rel_a.columns} / {rel_b.columns}")
                continue
            rows_a, rows_b = rel_a.fetchall(), rel_b.fetchall()
            if rows_a != rows_b:
                same_set = sorted(map(repr, rows_a)) == sorted(map(repr, rows_b))
                pairs = enumerate(zip(rows_a, rows_b, strict=False))
                first = next((i for i, (x, y) in pairs if x != y), min(len(rows_a), len(rows_b)))
                problems.append(
                    f"{mart}: {len(rows_a)} / {len(rows_b)} rows, "
                    f"{'same rows in another order' if same_set else 'different rows'}, first difference at row {first}"
                )
    finally:
        con_a.close()
        con_b.close()
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    problems = differences(*argv)
    for line in problems:
        print(line)
    print("marts identical" if not problems else f"{len(problems)} marts differ")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
