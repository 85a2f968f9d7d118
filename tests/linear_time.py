"""Whether a reader's time grows linearly with a hostile run, asked robustly on a busy machine.

A unit test does not assert how fast something is (that is the benchmarks' question, `benchmarks/`): a wall-clock
bound fails on a busy CI machine and lets a quadratic pattern through while its run is short. It may ask whether a
pattern is linear in its run: the call is timed in processor seconds (other processes do not count) on the run at a
length and at four times it, where a linear pattern takes about four times as long and a quadratic one sixteen; the
test fails only over eight. Under a floor nothing fails (a few milliseconds' jitter is no growth), so a run must be
long enough that a quadratic pattern would take well over the floor at the longer length. The pair is measured again
when it fails, and the longer call's faster time set against the shorter call's slower one, so that a burst of other
work during one call is not taken for growth. The readers' memos of a document are emptied before each call, so that
a second reading of one text costs what the first did. `tests/loaders/test_hostile_input.py` asks the same of whole
documents.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from kg.loaders import DOCUMENT_MEMOS

GROWTH = 4  # the longer run, in times the shorter
GROWTH_LIMIT = 8  # times the shorter run's time; between linear (4) and quadratic (16)
FLOOR = 0.25  # processor seconds for the longer run under which nothing fails


def processor_seconds(read: Callable[[str], object], text: str) -> float:
    """The processor time of one call, the garbage collector held off during it: its sweeps walk every object the test
    session holds, so late in a long run a call that makes many objects (a list of 80,000 matches) paid for the whole
    session's heap, not for its own run (0.32 s alone, 0.72 s at 93% of a CI run: 8.5 times for four times the run)."""
    for memo in DOCUMENT_MEMOS:
        memo.cache_clear()
    gc.collect()
    gc.disable()
    try:
        started = time.process_time()
        read(text)
        return time.process_time() - started
    finally:
        gc.enable()


def assert_grows_linearly(read: Callable[[str], object], run: Callable[[int], str], count: int) -> tuple[float, float]:
    """Fails when `read` on `run(GROWTH * count)` takes over GROWTH_LIMIT times what it takes on `run(count)`, and
    over FLOOR; returns the two times. `read` clears any cache of its own, since the pair may be read twice."""
    short, long = run(count), run(GROWTH * count)
    read(run(1))  # a first call's one-off costs (a lexicon read, a pattern compiled) are not the run's
    took, took_longer = processor_seconds(read, short), processor_seconds(read, long)
    if took_longer > max(GROWTH_LIMIT * took, FLOOR):  # a busy machine: again, the case most favourable to a pass
        took = max(took, processor_seconds(read, short))
        took_longer = min(took_longer, processor_seconds(read, long))
    assert took_longer <= max(GROWTH_LIMIT * took, FLOOR), (
        f"{took:.3f} s for {len(short):,} characters, {took_longer:.3f} s for {len(long):,} "
        f"({took_longer / max(took, 1e-9):.1f} times for {GROWTH} times the run; linear is about {GROWTH}, "
        f"quadratic {GROWTH ** 2}): {short[:80]!r}")
    return took, took_longer
