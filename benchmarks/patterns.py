"""Benchmark: the time of every regular expression of the loaders and of kg/names.py against
long hostile runs, to find the patterns whose time grows faster than the text.

A pattern is collected twice over: every compiled pattern held by a module of loaders/ or by
kg/names.py (also inside lists, tuples and dicts), and every pattern the loaders compile while
they read the shared corpus (patterns written inline in a function), with how they are used.
Each one is then run over texts made of trigger lines (lines of the corpus it matches, and a
few lines known to start the layouts' patterns) with a run of one hostile unit after, inside
and before each line: spaces, no-break spaces, tabs, blank lines, '|', '(', 'Mr ', 'Councillor ', 'John
Smith, ', apostrophes (a word's character to some patterns, not to \\w) and dots (a leader), of 1k, 2k,
4k and 8k characters. A pattern is run with `finditer` over each text,
except an inline one its callers only give to re.match or re.fullmatch, which is tried at the
start of each line, as they try it.

It prints the time at each size, the growth per doubling and the growth relative to a plainly
linear pattern timed on the same texts (a text outgrowing a processor cache slows every
pattern alike, so only the relative growth is read): a pattern whose relative growth is above
1.5 per doubling (a linear one stays at 1, a quadratic one doubles) is super-linear and flagged.

Each measurement runs in a worker process with a time limit, since an exponential pattern
never returns and Python's `re` cannot be interrupted; a pattern past its limit is flagged.
Not a timed test: run it by hand.

    python benchmarks/patterns.py                  # every pattern, every run
    python benchmarks/patterns.py --only flagged   # print only the super-linear ones
    python benchmarks/patterns.py --sizes 1000 2000 --limit 5
"""

from __future__ import annotations

import argparse
import importlib
import multiprocessing as mp
import pkgutil
import re
import sys
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

HOSTILE_RUNS = {"spaces": " ", "no-break": "\u00a0", "tabs": "\t", "blank lines": "\n", "pipes": "|", "brackets": "(", "Mr": "Mr ",
                "Councillor": "Councillor ", "names": "John Smith, ", "apostrophes": "'", "dots": "."}
# Lines that begin the layouts the loaders read, so a run lands where a pattern is already matching.
TRIGGER_LINES = [
    "Overall rating", "1.1 Governance and leadership Good", "2.1.1 Does assessment analyse offending? 84%",
    "Present", "Apologies", "COPY TO:", "Councillor Ann Hall (Chair)", "Mr John Smith, Head of Service",
    "The reoffending rate was 36% against a national average of 37.7%", "RECOMMENDED that the minutes be approved",
    "Northshire YOS has received an overall rating of 'Good'", "Contact us", "Press release",
    "Recommendations", "Key strengths", "Theme 1: Reducing reoffending", "Total youth population 23,635",
]
NOISE = 0.005  # seconds: shorter times are too noisy to compare
REFERENCE = r"\b(?:minutes|meeting)\b"  # linear: tried once at each place, a literal after a word boundary
GROWTH_FLAG = 1.5  # relative growth per doubling: 1 for a linear pattern, 2 for a quadratic one, 4 for a cubic one
ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Pattern:
    where: str
    regex: str
    flags: int
    use: str  # 'match' for a pattern only ever tried at one place (re.match, re.fullmatch), else 'search'


def module_patterns() -> dict[tuple[str, int], tuple[str, str]]:
    """Every compiled pattern held at module level by the loaders and kg.names, by (pattern, flags)."""
    import kg.loaders
    import kg.names

    modules = [kg.names] + [importlib.import_module(f"kg.loaders.{info.name}")
                            for info in pkgutil.iter_modules(kg.loaders.__path__)]
    found: dict[tuple[str, int], tuple[str, str]] = {}
    for module in modules:
        for name, value in vars(module).items():
            for compiled in compiled_in(value):
                found.setdefault((compiled.pattern, compiled.flags), (f"{module.__name__}.{name}", "search"))
    return found


def compiled_in(value: object, depth: int = 0) -> list[re.Pattern[str]]:
    if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
        return [value]
    if depth > 2:
        return []
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list | tuple):
        return [compiled for item in value for compiled in compiled_in(item, depth + 1)]
    return []


def inline_patterns(corpus: Path | None) -> dict[tuple[str, int], tuple[str, str]]:
    """Patterns compiled inside the loaders' functions while they read the corpus (re.search(r'...', text)), with
    how they are used: re.match and re.fullmatch try one place, every other function scans the text."""
    if corpus is None or not corpus.is_dir():
        return {}
    from kg.loaders import load_document
    from kg.loaders.readers import read_document

    found: dict[tuple[str, int], tuple[str, str]] = {}
    original = re._compile  # type: ignore[attr-defined]
    ours = (str(ROOT / "loaders"), str(ROOT / "kg" / "names.py"))

    def recording(pattern, flags):  # type: ignore[no-untyped-def]
        if isinstance(pattern, str):
            caller = sys._getframe(1)
            api = caller.f_code.co_name
            while caller and caller.f_code.co_filename.endswith(("/re/__init__.py", "re.py")):
                api = caller.f_code.co_name
                caller = caller.f_back
            if caller and caller.f_code.co_filename.startswith(ours):
                where = f"{Path(caller.f_code.co_filename).stem}.{caller.f_code.co_name} (inline {api})"
                use = "match" if api in ("match", "fullmatch") else "search"
                key = (pattern, int(flags))
                if found.get(key, ("", "match"))[1] == "match":  # one scanning use makes it a scanning pattern
                    found[key] = (where, use)
        return original(pattern, flags)

    re._compile = recording  # type: ignore[attr-defined]
    try:
        for path in sorted(corpus.rglob("*.txt")):
            load_document(read_document(path))
    finally:
        re._compile = original  # type: ignore[attr-defined]
    return found


def corpus_lines(corpus: Path | None) -> list[str]:
    if corpus is None or not corpus.is_dir():
        return []
    return [line[:300] for path in sorted(corpus.rglob("*.txt"))
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()]


def trigger_lines(compiled: re.Pattern[str], corpus: list[str]) -> list[str]:
    """Up to three corpus lines the pattern matches, and the fixed trigger lines."""
    own = [line for line in corpus if compiled.search(line)][:3]
    return own + TRIGGER_LINES


def hostile_texts(lines: list[str], unit: str, size: int) -> list[str]:
    """For each line, the line followed by the run, the line with the run inside it (between its halves) and the
    line after the run.

    Each text is timed on its own: one long text of every line would outgrow the processor's cache at the larger
    sizes and read as growth that the pattern does not have.
    """
    run = (unit * (size // len(unit) + 1))[:size]
    texts = []
    for line in lines:
        middle = line.find(" ", len(line) // 2)
        middle = middle if middle > 0 else len(line) // 2
        texts += [f"{line}{run}\n{line}\n", f"{line[:middle]}{run}{line[middle:]}\n", f"{run}{line}\n"]
    return texts


def measure(pattern: str, flags: int, use: str, lines: list[str], unit: str, size: int) -> float:
    """The shortest of three runs over the texts (one when a run is slow), so a pause of the machine is not read as
    growth."""
    compiled = re.compile(pattern, flags)
    texts = hostile_texts(lines, unit, size)
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for text in texts:
            if use == "match":  # tried where its callers try it: at the start of a line
                for line in text.split("\n"):
                    compiled.match(line)
            else:
                for _ in compiled.finditer(text):
                    pass
        best = min(best, time.perf_counter() - started)
        if best > 0.2:
            break
    return best


def worker(connection: Connection) -> None:
    while True:
        task = connection.recv()
        if task is None:
            return
        connection.send(measure(*task))


class Timer:
    """A worker process that times one measurement at a time and is replaced when it overruns its limit."""

    def __init__(self) -> None:
        self.start()

    def start(self) -> None:
        self.connection, theirs = mp.Pipe()
        self.process = mp.Process(target=worker, args=(theirs,), daemon=True)
        self.process.start()

    def time(self, task: tuple, limit: float) -> float | None:
        self.connection.send(task)
        if self.connection.poll(limit):
            return self.connection.recv()
        self.process.kill()
        self.process.join()
        self.start()
        return None

    def close(self) -> None:
        self.connection.send(None)
        self.process.join()


def growth(times: list[float | None]) -> float | None:
    """The median ratio between the times of consecutive sizes, once they are long enough to compare. A median, not
    the largest: a text outgrowing a processor cache makes one step jump; a super-linear pattern makes every step."""
    measured = [t for t in times if t is not None]
    ratios = sorted(later / max(earlier, 1e-6) for earlier, later in zip(measured, measured[1:], strict=False)
                    if later >= NOISE)
    return ratios[(len(ratios) - 1) // 2] if ratios else None



def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 4000, 8000])
    parser.add_argument("--limit", type=float, default=10.0, help="seconds one measurement may take")
    parser.add_argument("--only", choices=["all", "flagged"], default="all")
    parser.add_argument("--match", default="", help="only patterns whose place or text contains this")
    args = parser.parse_args()

    found = module_patterns()
    for key, where in inline_patterns(args.corpus).items():
        found.setdefault(key, where)
    patterns = sorted((Pattern(where, regex, flags, use) for (regex, flags), (where, use) in found.items()
                       if args.match in where or args.match in regex), key=lambda p: p.where)
    corpus = corpus_lines(args.corpus)
    timer = Timer()
    flagged = 0
    sizes = " ".join(f"{size:>8}" for size in args.sizes)
    print(f"{len(patterns)} patterns x {len(HOSTILE_RUNS)} runs; times in ms at run lengths {args.sizes}")
    print(f"{'pattern':<58} {'run':<11} {sizes} {'growth':>7} {'relative':>8}")
    for pattern in patterns:
        lines = trigger_lines(re.compile(pattern.regex, pattern.flags), corpus)
        for run_name, unit in HOSTILE_RUNS.items():
            times: list[float | None] = []
            for size in args.sizes:
                took = timer.time((pattern.regex, pattern.flags, pattern.use, lines, unit, size), args.limit)
                times.append(took)
                if took is None:
                    break
            times += [None] * (len(args.sizes) - len(times))
            reference = [timer.time((REFERENCE, 0, pattern.use, lines, unit, size), args.limit) for size in args.sizes]
            ratio = growth(times)
            rel = growth([t / r if t is not None and t >= NOISE and r else None for t, r in zip(times, reference, strict=True)])
            overran = any(t is None for t in times)
            bad = overran or (rel is not None and rel > GROWTH_FLAG)
            flagged += bad
            if bad or args.only == "all":
                shown = " ".join(f"{t * 1000:8.1f}" if t is not None else f"{'>limit':>8}" for t in times)
                mark = "  SUPER-LINEAR" if bad else ""
                print(f"{pattern.where[:58]:<58} {run_name:<11} {shown} {ratio or 0:7.2f} {rel or 0:8.2f}{mark}",
                      flush=True)
                if bad:
                    print(f"    {pattern.regex[:200]!r}", flush=True)
    timer.close()
    print(f"\n{flagged} super-linear (pattern, run) pairs of {len(patterns) * len(HOSTILE_RUNS)}")


if __name__ == "__main__":
    main()
