"""Benchmark: a long fuzz run of the loaders over mutated corpus documents, with the strategy
of tests/loaders/test_hostile_input.py (flipped characters, shuffled and duplicated lines,
truncation, removed line breaks, inserted unicode, long runs of spaces, tabs, names and
punctuation).

Every case is loaded and timed; an exception or a case over the test's budget (1 s per 100 KB,
or 3 times the corpus's rate on a busy machine) is recorded, not raised, so the run goes on. It
prints the case count, the exceptions, the cases over budget and the slowest cases. Not a timed
test: run it by hand.

    python benchmarks/fuzz.py --cases 10000
    python benchmarks/fuzz.py --cases 5000 --seed 1 & python benchmarks/fuzz.py --cases 5000 --seed 2   # two cores
    python benchmarks/fuzz.py --cases 5000 --seed 3 --save fuzz-cases   # keep the failing cases, to minimise them
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.loaders.test_hostile_input import TEXTS, budget, describe, mutated, seconds_to_load  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--slowest", type=int, default=5, help="how many of the slowest cases to print")
    parser.add_argument("--save", type=Path, help="write each case over budget or raising to this folder, to minimise")
    args = parser.parse_args()
    if not TEXTS:
        sys.exit("the shared corpus (../shared beside the repository) is not present")

    times: list[tuple[float, float, float, str]] = []  # seconds, budget, seconds per 100 KB, case
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)

    def keep(text: str, name: str) -> None:
        if args.save:
            (args.save / f"seed{args.seed}-{name}.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
    errors: list[str] = []
    started = time.perf_counter()

    @settings(max_examples=args.cases, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(st.data())
    def one_case(data: st.DataObject) -> None:
        text = data.draw(mutated(TEXTS))
        try:
            took = seconds_to_load(text)
        except Exception:  # noqa: BLE001 - recorded and reported, the run goes on
            errors.append(f"{describe(text)}\n{traceback.format_exc(limit=3)}")
            keep(text, f"exception-{len(errors)}")
            return
        times.append((took, budget(text), took / max(len(text), 1) * 100_000, describe(text)))
        if took > budget(text):
            keep(text, f"over-budget-{len(times)}")
        if len(times) % 1000 == 0:
            print(f"  {len(times)} cases, {time.perf_counter() - started:.0f} s", flush=True)

    seed(args.seed)(one_case)()

    over = [case for case in times if case[0] > case[1]]
    print(f"\ncases {len(times) + len(errors)}, exceptions {len(errors)}, over budget {len(over)}, "
          f"total {time.perf_counter() - started:.0f} s")
    print(f"{'seconds':>8} {'s/100KB':>8}  case")
    for took, _, per, case in sorted(times, reverse=True)[:args.slowest]:
        print(f"{took:8.3f} {per:8.3f}  {case[:160]}")
    for took, _, _, case in over:
        print(f"OVER BUDGET {took:.3f} s  {case[:200]}")
    for error in errors[:10]:
        print(f"EXCEPTION {error}")


if __name__ == "__main__":
    main()
