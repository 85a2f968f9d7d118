"""Benchmark: the size of the review queue as the same people recur in more documents.

The shared corpus is written to a temporary folder again and again, each copy with small
edits (its areas moved to other places the gazetteer knows, its years shifted), so the same
officials recur across areas and years as they do in real collections. For 13, 130 and 650
documents it prints, side by side: the person mentions, the people resolved, the review groups
(one per ambiguous name: what `kg review` lists), and the pairs of mentions those groups hold
apart (what a queue of pairs would list, growing with the square of the mentions).

    python benchmarks/review_queue.py [--corpus ../shared/corpus] [--sizes 13 130 650]
"""

from __future__ import annotations

import argparse
import re
import tempfile
import time
from itertools import combinations
from pathlib import Path

from kg.build import BuildReport, discover, read_all
from kg.gazetteer import load_gazetteer
from kg.resolve import mentions, resolve_people
from kg.statements import Statement

CORPUS_AREAS = ("Barking and Dagenham", "Havering", "Thurrock", "Sandwell", "Portsmouth", "Warwickshire", "Lambeth",
                "Stockton", "Wiltshire", "Devon", "Vale of Glamorgan")
YEAR = re.compile(r"\b(20[01]\d)\b")


def edited(text: str, copy: int, places: list[str]) -> str:
    """A copy of a document with its areas moved to other places and its years shifted (copy 0 is unchanged)."""
    if copy == 0:
        return text
    for index, area in enumerate(CORPUS_AREAS):
        text = text.replace(area, places[(copy * len(CORPUS_AREAS) + index) % len(places)])
    return YEAR.sub(lambda m: str(int(m.group(1)) + copy % 3), text)


def write_corpus(originals: list[Path], documents: int, folder: Path, places: list[str]) -> None:
    """`documents` files in `folder`: the originals, then edited copies of them, in turn."""
    for index in range(documents):
        source = originals[index % len(originals)]
        copy = index // len(originals)
        text = edited(source.read_text(encoding="utf-8"), copy, places)
        (folder / f"{copy:03d}-{source.name}").write_text(text, encoding="utf-8")


def queue_size(statements: list[Statement]) -> tuple[int, int, int, int, float]:
    """(mentions, people, review groups, pairs held apart in them, seconds to resolve)."""
    started = time.perf_counter()
    found = mentions(statements)
    canonical, groups, _ = resolve_people(found, [])
    seconds = time.perf_counter() - started
    pairs = sum(len(a) * len(b) for g in groups for a, b in combinations(g.people.values(), 2))
    return len(found), len(set(canonical.values())), len(groups), pairs, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared" / "corpus")
    parser.add_argument("--sizes", type=int, nargs="+", default=[13, 130, 650])
    args = parser.parse_args()
    originals = discover([args.corpus])[0]
    places = [p for p in sorted(set(load_gazetteer().places())) if load_gazetteer().place(p) == p
              and p not in CORPUS_AREAS and p != "national"]
    print(f"{'documents':>9} {'mentions':>9} {'people':>7} {'groups':>7} {'pairs':>9} {'resolve s':>9}")
    for size in args.sizes:
        with tempfile.TemporaryDirectory(prefix="kg-review-queue-") as tmp:
            folder = Path(tmp)
            write_corpus(originals, size, folder, places)
            statements = read_all(sorted(folder.iterdir()), BuildReport())[1]
        found, people, groups, pairs, seconds = queue_size(statements)
        print(f"{size:>9} {found:>9} {people:>7} {groups:>7} {pairs:>9} {seconds:>9.2f}")


if __name__ == "__main__":
    main()
