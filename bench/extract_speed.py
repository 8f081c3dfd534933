"""Clean + extract speed on one core, in articles per second, beside one compiled `re` pass over the same
text as a yardstick (the machine is shared and noisy: both are measured in the same run, interleaved, and
the median of the repetitions is reported). Time is the process's CPU time, which other work on a busy
machine does not inflate as it does the wall clock.

    python -m bench.extract_speed [--articles 10000] [--reps 5]
"""

from __future__ import annotations

import argparse
import re
import statistics
import time

from bench.corpus import seed_variants

# The yardstick: one pass of a simple compiled pattern over every character of the article.
YARDSTICK = re.compile(r"\d+")


def engine_pass(articles: list[str]) -> float:
    from pipelines.clean import clean
    from pipelines.extract import extract_article

    t = time.process_time()
    for i, raw in enumerate(articles):
        extract_article(f"a{i}", clean(raw, "text"))
    return time.process_time() - t


def yardstick_pass(articles: list[str]) -> float:
    findall = YARDSTICK.findall
    t = time.process_time()
    for raw in articles:
        findall(raw)
    return time.process_time() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--reps", type=int, default=5)
    args = ap.parse_args()
    import pipelines

    articles = seed_variants(args.articles)
    kb = sum(len(a.encode()) for a in articles) / len(articles) / 1024
    engine_pass(articles[:200])  # warm-up: lexicon loading and compiled patterns
    engine, yard = [], []
    for _ in range(args.reps):
        engine.append(len(articles) / engine_pass(articles))
        yard.append(len(articles) / yardstick_pass(articles))
    e, y = statistics.median(engine), statistics.median(yard)
    print(f"engine:     {pipelines.__file__}")
    print(f"articles:   {len(articles)} (mean {kb:.1f} KB), {args.reps} repetitions, one core")
    print(f"clean+extract:      {e:10,.0f} articles/s  (runs: {', '.join(f'{x:,.0f}' for x in engine)})")
    print(
        f"one re pass ({YARDSTICK.pattern}): {y:10,.0f} articles/s  "
        f"(runs: {', '.join(f'{x:,.0f}' for x in yard)})"
    )
    print(f"ratio:              {y / e:10.1f} re passes per article")


if __name__ == "__main__":
    main()
