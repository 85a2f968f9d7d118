"""The store's generations, lock and clean-up: a reader always finds a whole graph, two builds
never write one store at once, and what dead builds leave is removed by the next one."""

from __future__ import annotations

import json
import os
import shutil
import threading
import time
from pathlib import Path

import pytest

from kg.build import build
from kg.store import CURRENT, Store, StoreBusy, StoreError, is_store, store_lock

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture()
def built(tmp_path: Path) -> Path:
    store = tmp_path / "store"
    report = build([SAMPLES], store, workers=1)
    assert report.refused is None and not report.errors, report
    return store


def test_current_is_a_link_to_a_whole_generation_and_a_rebuild_replaces_it(built: Path) -> None:
    first = os.readlink(built / CURRENT)
    assert (built / first / "manifest.json").is_file()
    build([SAMPLES], built, workers=1, full=True)
    second = os.readlink(built / CURRENT)
    assert second != first and (built / second / "manifest.json").is_file()


def test_a_reader_keeps_the_generation_it_opened_while_a_build_replaces_it(built: Path) -> None:
    reader = Store(built)
    before = reader.document_ids()
    build([SAMPLES / "westmere_sqs_letter.txt"], built, workers=1)
    assert reader.document_ids() == before, "an open reader moved to the new graph halfway"
    assert len(Store(built).document_ids()) == 1
    assert list(reader.statements()), "the generation a reader holds is kept until the next build"


def test_a_second_build_refuses_while_one_holds_the_lock(built: Path) -> None:
    before = os.readlink(built / CURRENT)
    with store_lock(built), pytest.raises(StoreBusy, match="another build is writing .*--wait"):
        build([SAMPLES], built, workers=1, full=True)
    assert os.readlink(built / CURRENT) == before


def test_with_wait_a_second_build_waits_for_the_first(built: Path) -> None:
    held = threading.Event()

    def hold() -> None:
        with store_lock(built):
            held.set()
            time.sleep(1.0)

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait()
    started = time.monotonic()
    report = build([SAMPLES], built, workers=1, full=True, wait=True)
    holder.join()
    assert report.refused is None and time.monotonic() - started >= 0.9


def test_what_dead_builds_left_is_removed_by_the_next_build(built: Path, tmp_path: Path) -> None:
    current = os.readlink(built / CURRENT)
    (built / ".building-gen-dead" / "documents").mkdir(parents=True)
    shutil.copytree(built / current, built / "gen-19990101T000000-1-1")  # published but never made current
    (built / ".current-gen-dead").symlink_to("gen-dead")
    (tmp_path / ".store.old-123").mkdir()  # the layout before generations
    (tmp_path / ".store.building-abc").mkdir()
    build([SAMPLES], built, workers=1)
    left = sorted(p.name for p in built.iterdir())
    assert left == sorted([".lock", CURRENT, current, os.readlink(built / CURRENT)]), left
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]


def test_a_store_from_before_generations_is_read_and_then_moved_into_one(built: Path, tmp_path: Path) -> None:
    legacy = tmp_path / "legacy"
    shutil.copytree(built / os.readlink(built / CURRENT), legacy)
    assert is_store(legacy) and len(Store(legacy).document_ids()) == 3
    build([SAMPLES], legacy, workers=1)
    assert (legacy / CURRENT).is_symlink() and not (legacy / "manifest.json").exists()
    assert len(Store(legacy).document_ids()) == 3


def test_a_folder_that_is_not_a_store_is_never_written(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(StoreError, match="not a kg store"):
        build([SAMPLES], folder, workers=1)
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match="is a file"):
        build([SAMPLES], tmp_path / "file", workers=1)


def test_the_manifest_records_each_files_content_hash_and_the_loaders_version(built: Path) -> None:
    manifest = json.loads(Store(built).manifest_path.read_text(encoding="utf-8"))
    assert manifest["extraction"] and all(d["source_hash"] for d in manifest["documents"])


def test_a_copy_that_followed_the_link_is_read_and_rebuilt(built: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(built, copy)  # `current` becomes a folder
    assert not (copy / CURRENT).is_symlink() and len(Store(copy).document_ids()) == 3
    build([SAMPLES / "westmere_sqs_letter.txt"], copy, workers=1)
    assert (copy / CURRENT).is_symlink() and len(Store(copy).document_ids()) == 1


def test_a_generation_is_forced_to_disk_before_current_points_at_it(built: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Each file of the new generation is synced while `current` still names the old one; then
    the store's folder, so the swap itself is on disk."""
    import kg.store

    events: list[tuple[str, str, str]] = []
    real_durable, real_sync = kg.store.durable, kg.store.sync_directory

    def durable(folder: Path) -> None:
        synced = sorted(p.name for p in folder.rglob("*") if p.is_file())
        events.append(("durable", folder.name, os.readlink(built / CURRENT)))
        assert "manifest.json" in synced
        real_durable(folder)

    def sync_directory(path: Path) -> None:
        events.append(("sync", path.name, os.readlink(built / CURRENT)))
        real_sync(path)

    monkeypatch.setattr(kg.store, "durable", durable)
    monkeypatch.setattr(kg.store, "sync_directory", sync_directory)
    before = os.readlink(built / CURRENT)
    build([SAMPLES], built, workers=1, full=True)
    after = os.readlink(built / CURRENT)
    assert [e[0] for e in events] == ["durable", "sync"]
    assert events[0][2] == before and events[1] == ("sync", built.name, after)
