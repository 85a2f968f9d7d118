"""fsutil: `durable` syncs every file of a tree (but hard links to an earlier generation's), every folder, and
the folder that names it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import kg.fsutil
from kg.fsutil import durable

pytestmark = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to name a descriptor")


def synced_paths(folder: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The paths `durable(folder)` fsyncs, in order (the real fsync runs too)."""
    synced: list[Path] = []
    real_fsync = os.fsync

    def recording(descriptor: int) -> None:
        synced.append(Path(os.readlink(f"/proc/self/fd/{descriptor}")))
        real_fsync(descriptor)

    monkeypatch.setattr(kg.fsutil.os, "fsync", recording)
    durable(folder)
    return synced


def test_every_file_and_folder_is_synced_children_before_their_folder(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    generation = tmp_path / "store" / "generation-1"
    (generation / "documents").mkdir(parents=True)
    (generation / "backends" / "oxigraph").mkdir(parents=True)
    (generation / "manifest.json").write_text("{}", encoding="utf-8")
    (generation / "documents" / "a.txt").write_text("Minutes", encoding="utf-8")
    earlier = tmp_path / "store" / "generation-0"
    earlier.mkdir()
    (earlier / "b.txt").write_text("Papers", encoding="utf-8")
    os.link(earlier / "b.txt", generation / "documents" / "b.txt")  # kept from the last build: durable already
    (generation / "backends" / "oxigraph" / "000001.sst").write_bytes(b"\0" * 100)
    (generation / "latest").symlink_to("manifest.json")
    synced = synced_paths(generation, monkeypatch)
    files = {p for p in generation.rglob("*") if p.is_file() and not p.is_symlink()} - {
        generation / "documents" / "b.txt"}
    folders = {generation, *(p for p in generation.rglob("*") if p.is_dir())}
    assert sorted(synced) == sorted(files | folders | {generation.parent})
    for path in synced:
        assert all(synced.index(path) < synced.index(parent) for parent in path.parents if parent in synced), path


def test_a_folder_that_cannot_be_opened_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        durable(tmp_path / "missing")
