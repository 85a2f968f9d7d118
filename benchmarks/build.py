"""Benchmark: `kg build` on a synthetic corpus (`kg synth`) against the floor of reading it.

Prints side by side, from one run: documents and MB per second of the read-and-scan floor (the
same documents only read and passed through the loaders, no resolution, no store) and of
`kg build` with 1 and 2 workers; the peak memory of each (the whole process tree, sampled);
an incremental build after adding 1% more documents against the full build, with the seconds
of each of its phases (reading, resolving, building the graph, updating each backend); the review
queue; the time of every canned query on the built store in both engines (benchmarks/canned_queries.py,
with its time limit per query). Not a timed test: run it by hand.

    python benchmarks/build.py --documents 10000
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

import psutil
from canned_queries import LIMIT  # a sibling script: benchmarks/ is on the path when run
from canned_queries import report as canned_query_times

from kg.build import discover, load_file
from kg.store import Store
from kg.synth import synthesise


@dataclass
class Run:
    label: str
    seconds: float
    peak_mb: float
    documents: int
    megabytes: float

    def row(self) -> str:
        return (f"{self.label:<34} {self.seconds:>9.1f} {self.documents / self.seconds:>9.1f} "
                f"{self.megabytes / self.seconds:>7.2f} {self.peak_mb:>9.0f}")


class PeakMemory:
    """The largest resident memory of a process and its children together, sampled every 50 ms."""

    def __init__(self, pid: int) -> None:
        self.root = psutil.Process(pid)
        self.peak = 0
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._sample, daemon=True)
        self.thread.start()

    def _sample(self) -> None:
        while not self.done.is_set():
            try:
                tree = [self.root, *self.root.children(recursive=True)]
                self.peak = max(self.peak, sum(_rss(p) for p in tree))
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


def measured(label: str, command: list[str], documents: int, megabytes: float) -> Run:
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    memory = PeakMemory(process.pid)
    out, err = process.communicate()
    seconds = time.monotonic() - started
    peak = memory.stop()
    if process.returncode != 0:
        sys.exit(f"{label} failed ({process.returncode}): {err.strip()[-500:]}")
    print(f"  {label}: {out.strip()}", flush=True)
    return Run(label, seconds, peak, documents, megabytes)


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


def kg(*args: str) -> list[str]:
    return [sys.executable, "-c", "from kg.cli import main; main()", *args]


def timed_build(corpus: Path, store: Path, workers: int) -> None:
    """`kg build`, printing the seconds of each phase as it ends (the child of the incremental run)."""
    from kg.build import build

    phases: list[tuple[str, float]] = [("starting and finding files", time.monotonic())]

    def on_phase(name: str) -> None:
        phases.append((name, time.monotonic()))

    report = build([corpus], store, workers=workers, on_phase=on_phase)
    phases.append(("", time.monotonic()))
    print(f"read {report.read}, unchanged {report.reused}; phases: " + ", ".join(
        f"{name} {end - start:.1f} s" for (name, start), (_, end) in zip(phases, phases[1:], strict=False)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=10_000, help="how many synthetic documents")
    parser.add_argument("--workdir", type=Path, help="where to write the corpus and stores (default: a temporary "
                                                     "folder, removed afterwards)")
    parser.add_argument("--scan-only", type=int, metavar="WORKERS", help=argparse.SUPPRESS)
    parser.add_argument("--timed-build", type=Path, metavar="STORE", help=argparse.SUPPRESS)
    parser.add_argument("folder", nargs="?", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.timed_build:  # the child that builds, timing its phases
        timed_build(args.folder, args.timed_build, 2)
        return
    if args.scan_only:  # the child that measures the floor
        files, _ = discover([args.folder])
        print(f"{floor(files, args.scan_only)} statements from {len(files)} documents")
        return
    work = args.workdir or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        report(work, args.documents)
    finally:
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)


def report(work: Path, documents: int) -> None:
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
    runs = [floor_run("read-and-scan floor, 1 worker", corpus, len(files), 1, megabytes),
            floor_run("read-and-scan floor, 2 workers", corpus, len(files), 2, megabytes),
            measured("kg build, 1 worker", kg("build", str(corpus), "--store", str(work / "one"), "--workers", "1"),
                     len(files), megabytes),
            measured("kg build, 2 workers", kg("build", str(corpus), "--store", str(work / "two"), "--workers",
                                               "2"), len(files), megabytes)]
    for path in sorted(later.iterdir()):
        path.rename(corpus / path.name)
    new_mb = sum(p.stat().st_size for p in discover([corpus])[0]) / 1e6 - megabytes
    runs.append(measured(f"incremental build, +{added} documents",
                         [sys.executable, __file__, "--timed-build", str(work / "two"), str(corpus)], added, new_mb))
    print()
    print(f"{'':<34} {'seconds':>9} {'docs/s':>9} {'MB/s':>7} {'peak MB':>9}")
    for run in runs:
        print(run.row())
    full, floor2, incremental = runs[3], runs[1], runs[4]
    print(f"\nbuild (2 workers) / floor (2 workers): {full.seconds / floor2.seconds:.2f}x; "
          f"incremental / full build: {incremental.seconds / full.seconds:.1%}")
    store = Store(work / "two")
    counts = store.manifest()["counts"]
    print(f"graph: {counts['documents']} documents, {counts['people']} people, {counts['relations']} relations, "
          f"{counts['statements']} statements; review queue: {counts['review_groups']} groups")
    print()
    canned_query_times(work / "two", LIMIT, [])


if __name__ == "__main__":
    main()
