"""fsutil: `durable` syncs every file of a tree (but hard links to an earlier generation's), every folder, and
the folder that names it: on Linux by syncing their file system once, elsewhere one by one."""

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


def a_generation(tmp_path: Path) -> Path:
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
    return generation


def test_every_file_and_folder_is_synced_children_before_their_folder(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the file system cannot be synced whole (not Linux)."""
    generation = a_generation(tmp_path)
    monkeypatch.setattr(kg.fsutil, "_syncfs", None)
    synced = synced_paths(generation, monkeypatch)
    files = {p for p in generation.rglob("*") if p.is_file() and not p.is_symlink()} - {
        generation / "documents" / "b.txt"}
    folders = {generation, *(p for p in generation.rglob("*") if p.is_dir())}
    assert sorted(synced) == sorted(files | folders | {generation.parent})
    for path in synced:
        assert all(synced.index(path) < synced.index(parent) for parent in path.parents if parent in synced), path


@pytest.mark.skipif(kg.fsutil._syncfs is None, reason="syncfs is Linux's")
def test_on_linux_the_file_system_is_synced_once_not_each_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                               ) -> None:
    """One fsync a file waits for a commit or a flush of the disk's cache each (4 ms): 0.8 s for 200 files."""
    generation = a_generation(tmp_path)
    whole: list[Path] = []
    real_syncfs = kg.fsutil._syncfs
    assert real_syncfs is not None

    def recording(descriptor: int) -> int:
        whole.append(Path(os.readlink(f"/proc/self/fd/{descriptor}")))
        return real_syncfs(descriptor)

    monkeypatch.setattr(kg.fsutil, "_syncfs", recording)
    assert synced_paths(generation, monkeypatch) == []
    assert len(whole) == 1 and (whole[0] == tmp_path / "store" or tmp_path / "store" in whole[0].parents)


def test_a_folder_that_cannot_be_opened_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        durable(tmp_path / "missing")
