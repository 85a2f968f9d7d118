"""Benchmark: `kg build` on a synthetic corpus (`kg synth`) against the floor of reading it.

Prints side by side, from one run: documents and MB per second of the read-and-scan floor (the
same documents only read and passed through the loaders, no resolution, no store) and of
`kg build` with 1 and 2 workers; the peak memory of each (the whole process tree, sampled);
the CPU time of each (on a machine shared with other work, the figure that moves least); the
time, peak memory and CPU time (of the building process) of each phase of the builds (the
phases `kg build` shows, as the library reports them); an incremental build after adding 1% more documents against the full build, with its
phases; the review queue; the time of every canned query on the built store in both engines (benchmarks/canned_queries.py,
with its time limit per query). Not a timed test: run it by hand.

    python benchmarks/build.py --documents 10000
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import psutil
from canned_queries import LIMIT  # a sibling script: benchmarks/ is on the path when run
from canned_queries import report as canned_query_times

from kg.build import discover, load_file
from kg.store import Store
from kg.synth import synthesise

PHASES_ENV = "KG_BENCHMARK_PHASES"  # the file a traced build writes its phases to


@dataclass
class Run:
    label: str
    seconds: float
    peak_mb: float
    documents: int
    megabytes: float
    cpu_seconds: float  # of the process and its children: what a machine shared with others changes least

    def row(self) -> str:
        return (f"{self.label:<34} {self.seconds:>9.1f} {self.documents / self.seconds:>9.1f} "
                f"{self.megabytes / self.seconds:>7.2f} {self.peak_mb:>9.0f} {self.cpu_seconds:>9.1f}")


class PeakMemory:
    """The largest resident memory of a process and its children together, sampled every 50 ms
    (each sample kept with its time, to find the peak of each phase)."""

    def __init__(self, pid: int) -> None:
        self.root = psutil.Process(pid)
        self.peak = 0
        self.samples: list[tuple[float, int]] = []
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._sample, daemon=True)
        self.thread.start()

    def _sample(self) -> None:
        while not self.done.is_set():
            try:
                tree = [self.root, *self.root.children(recursive=True)]
                rss = sum(_rss(p) for p in tree)
                self.samples.append((time.monotonic(), rss))
                self.peak = max(self.peak, rss)
            except psutil.NoSuchProcess:
                return
            self.done.wait(0.05)

    def stop(self) -> float:
        self.done.set()
        self.thread.join()
        return self.peak / 1e6


def _rss(process: psutil.Process) -> int:
    try:
        return int(process.memory_info().rss)
    except psutil.NoSuchProcess:
        return 0


@dataclass
class Phase:
    name: str
    seconds: float
    peak_mb: float
    cpu_seconds: float  # of the building process alone (its workers read in the "reading" phase)


def measured(label: str, command: list[str], documents: int, megabytes: float,
             phases: list[Phase] | None = None) -> Run:
    """Run the command, timing it and sampling its memory; given `phases`, the command is a build
    (`kg_build`) that says when each phase starts, and they are filled in."""
    with tempfile.NamedTemporaryFile("r", suffix=".phases") as trace:
        cpu_before = children_cpu()
        started = time.monotonic()
        environment = {**os.environ, PHASES_ENV: trace.name} if phases is not None else None
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   env=environment)
        memory = PeakMemory(process.pid)
        out, err = process.communicate()
        seconds = time.monotonic() - started
        cpu_seconds = children_cpu() - cpu_before
        peak = memory.stop()
        if phases is not None:
            phases.extend(phase_peaks(trace.read(), memory.samples))
    if process.returncode != 0:
        sys.exit(f"{label} failed ({process.returncode}): {err.strip()[-500:]}")
    print(f"  {label}: {out.strip()}", flush=True)
    return Run(label, seconds, peak, documents, megabytes, cpu_seconds)


def children_cpu() -> float:
    """CPU seconds of the finished child processes (and theirs, such as a build's workers)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def phase_peaks(trace: str, samples: list[tuple[float, int]]) -> list[Phase]:
    """Each phase's time, peak memory and CPU time, from the trace's lines (monotonic start, the
    building process's CPU seconds then, phase; the last line is the end)."""
    marks = [(float(when), float(cpu), name) for when, cpu, name in
             (line.split("\t", 2) for line in trace.splitlines())]
    found = []
    for (start, cpu, name), (end, cpu_end, _) in zip(marks[:-1], marks[1:], strict=True):
        inside = [rss for when, rss in samples if start <= when < end]
        found.append(Phase(name, end - start, max(inside, default=0) / 1e6, cpu_end - cpu))
    return found


def traced_build(trace: Path, argv: list[str]) -> None:
    """`kg build` (the CLI, unchanged) writing to `trace` the moment each phase of the build starts:
    the phases it shows on its progress bar, with "starting" (imports, discovery) and "reading" first."""
    import kg.build
    from kg.cli import main as cli

    build = kg.build.build

    def mark(phase: str) -> None:
        with trace.open("a") as fh:
            fh.write(f"{time.monotonic()}\t{time.process_time()}\t{phase}\n")

    def marked(*args: Any, on_phase: Callable[[str], None] | None = None, **kwargs: Any) -> Any:
        def on_marked_phase(phase: str) -> None:
            mark(phase)
            if on_phase:
                on_phase(phase)

        mark("reading")
        return build(*args, on_phase=on_marked_phase, **kwargs)

    mark("starting")
    kg.build.build = marked  # the CLI imports it when the command runs
    sys.argv = ["kg", *argv]
    try:
        cli()
    finally:
        mark("ended")


def scan(path: Path) -> int:
    """Read one document and run the loaders over it: the work no build can avoid."""
    return len(load_file(path)[1].statements)


def floor(files: list[Path], workers: int) -> int:
    if workers == 1:
        return sum(map(scan, files))
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool:
        return sum(pool.map(scan, files, chunksize=16))


def floor_run(label: str, folder: Path, documents: int, workers: int, megabytes: float) -> Run:
    """The floor, measured in a child process so its memory is counted like a build's."""
    return measured(label, [sys.executable, __file__, "--scan-only", str(workers), str(folder)], documents,
                    megabytes)


def kg_build(*args: str) -> list[str]:
    """`kg build ARGS`, saying when each phase starts (to the file named in PHASES_ENV)."""
    return [sys.executable, __file__, "--traced-build", *args]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=10_000, help="how many synthetic documents")
    parser.add_argument("--workdir", type=Path, help="where to write the corpus and stores (default: a temporary "
                                                     "folder, removed afterwards)")
    parser.add_argument("--quick", action="store_true", help="only the 2-worker floor, the 2-worker build and the "
                                                             "incremental build (no 1-worker runs, no canned queries)")
    parser.add_argument("--scan-only", type=int, metavar="WORKERS", help=argparse.SUPPRESS)
    parser.add_argument("folder", nargs="?", type=Path, help=argparse.SUPPRESS)
    if sys.argv[1:2] == ["--traced-build"]:  # the child that builds, tracing its phases
        traced_build(Path(os.environ[PHASES_ENV]), ["build", *sys.argv[2:]])
        return
    args = parser.parse_args()
    if args.scan_only:  # the child that measures the floor
        files, _ = discover([args.folder])
        print(f"{floor(files, args.scan_only)} statements from {len(files)} documents")
        return
    work = args.workdir or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        report(work, args.documents, quick=args.quick)
    finally:
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)


def report(work: Path, documents: int, *, quick: bool = False) -> None:
    added = max(1, documents // 100)
    print(f"writing {documents} + {added} synthetic documents to {work}", flush=True)
    synthesise(documents + added, work / "synthetic")
    corpus, later = work / "synthetic" / "documents", work / "later"
    later.mkdir(exist_ok=True)
    for path in sorted(corpus.iterdir())[documents:]:
        path.rename(later / path.name)
    files, _ = discover([corpus])
    megabytes = sum(p.stat().st_size for p in files) / 1e6
    print(f"{len(files)} documents, {megabytes:.1f} MB", flush=True)
    phases: dict[int, list[Phase]] = {1: [], 2: []}
    one_worker = [] if quick else [
        floor_run("read-and-scan floor, 1 worker", corpus, len(files), 1, megabytes),
        measured("kg build, 1 worker", kg_build(str(corpus), "--store", str(work / "one"), "--workers", "1"),
                 len(files), megabytes, phases[1])]
    floor2 = floor_run("read-and-scan floor, 2 workers", corpus, len(files), 2, megabytes)
    full = measured("kg build, 2 workers", kg_build(str(corpus), "--store", str(work / "two"), "--workers", "2"),
                    len(files), megabytes, phases[2])
    runs = [*one_worker, floor2, full]
    for path in sorted(later.iterdir()):
        path.rename(corpus / path.name)
    new_mb = sum(p.stat().st_size for p in discover([corpus])[0]) / 1e6 - megabytes
    incremental_phases: list[Phase] = []
    incremental = measured(f"incremental build, +{added} documents",
                           kg_build(str(corpus), "--store", str(work / "two"), "--workers", "2"), added, new_mb,
                           incremental_phases)
    runs.append(incremental)
    print()
    print(f"{'':<34} {'seconds':>9} {'docs/s':>9} {'MB/s':>7} {'peak MB':>9} {'CPU s':>9}")
    for run in runs:
        print(run.row())
    print(f"\nbuild (2 workers) / floor (2 workers): {full.seconds / floor2.seconds:.2f}x; "
          f"incremental / full build: {incremental.seconds / full.seconds:.1%}")
    print(f"\n{'kg build phase':<34} {'1 worker s':>11} {'peak MB':>9} {'CPU s':>7} {'2 workers s':>12} {'peak MB':>9} "
          f"{'CPU s':>7}")
    ones: list[Phase | None] = [*phases[1]] or [None] * len(phases[2])
    for one, two in zip(ones, phases[2], strict=True):
        left = f"{one.seconds:>11.1f} {one.peak_mb:>9.0f} {one.cpu_seconds:>7.1f}" if one else f"{'':>29}"
        print(f"{two.name:<34} {left} {two.seconds:>12.1f} {two.peak_mb:>9.0f} {two.cpu_seconds:>7.1f}")
    print(f"\n{'incremental build phase':<34} {'seconds':>11} {'peak MB':>9} {'CPU s':>7}")
    for phase in incremental_phases:
        print(f"{phase.name:<34} {phase.seconds:>11.1f} {phase.peak_mb:>9.0f} {phase.cpu_seconds:>7.1f}")
    store = Store(work / "two")
    counts = store.manifest()["counts"]
    print(f"graph: {counts['documents']} documents, {counts['people']} people, {counts['relations']} relations, "
          f"{counts['statements']} statements; review queue: {counts['review_groups']} groups")
    if not quick:
        print()
        canned_query_times(work / "two", LIMIT, [])


if __name__ == "__main__":
    main()
