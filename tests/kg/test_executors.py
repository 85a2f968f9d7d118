"""Executors: a build on a real Dask cluster of worker processes (started here) gives the graph of a
local build; a worker that dies (local or on the cluster) costs only the document that killed it; a
scheduler that cannot be reached, or Dask not installed, is one line and no build."""

from __future__ import annotations

import socket
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.build import BuildReport, build
from kg.cli import app
from kg.executors import ExecutorError, check_executor
from kg.store import Store, StoreError
from tests.kg.test_build import assert_isomorphic, assert_same_rows, canned_rows, documents, trig  # noqa: F401

runner = CliRunner()


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """The address of a local Dask cluster of two worker processes."""
    distributed = pytest.importorskip("distributed", reason="Dask distributed is not installed (the test extra)")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


# Run in every worker process a test starts (as sitecustomize for local workers, as a Dask preload):
# reading a file whose name starts with "kills-" ends the worker process, as running out of memory would.
KILLER = '''
import os
from pathlib import Path

import kg.build

_load_file = getattr(kg.build.load_file, "__wrapped__", kg.build.load_file)  # a preload may run twice


def load_file(path):
    if Path(path).name.startswith("kills-"):
        os._exit(9)
    return _load_file(path)


load_file.__wrapped__ = _load_file
kg.build.load_file = load_file
'''


def killer(folder: Path, name: str) -> Path:
    folder.mkdir()
    (folder / name).write_text(KILLER, encoding="utf-8")
    return folder / name


def with_a_killing_file(documents: Path) -> Path:  # noqa: F811
    """`documents` and, among them, a readable file that kills the worker reading it."""
    (documents / "kills-its-worker.txt").write_text("Minutes of the Youth Justice Board\n\nPresent: Ann Weir (Chair)\n",
                                                    encoding="utf-8")
    return documents / "kills-its-worker.txt"


def assert_only_the_killer_is_lost(report: BuildReport, killing: Path, documents: Path,  # noqa: F811
                                   tmp_path: Path) -> None:
    assert report.errors == [f"{killing}: the worker reading it died (out of memory?)"]
    killing.unlink()
    alone = build([documents], tmp_path / "without-it", workers=1)
    assert report.read == alone.read > 0 and report.refused is None
    assert {d["id"] for d in report.documents} == {d["id"] for d in alone.documents}


def test_a_local_worker_that_dies_costs_only_its_document(documents: Path, tmp_path: Path,  # noqa: F811
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    hook = killer(tmp_path / "hook", "sitecustomize.py")
    monkeypatch.setenv("PYTHONPATH", str(hook.parent))  # read at start-up by the spawned workers, not by this process
    killing = with_a_killing_file(documents)
    report = build([documents], tmp_path / "store", workers=2, allow_errors=1)
    assert_only_the_killer_is_lost(report, killing, documents, tmp_path)


def test_a_dask_worker_that_dies_costs_only_its_document(documents: Path, tmp_path: Path) -> None:  # noqa: F811
    distributed = pytest.importorskip("distributed", reason="Dask distributed is not installed (the test extra)")
    import dask

    preload = killer(tmp_path / "preload", "kg_killer.py")
    killing = with_a_killing_file(documents)
    # the hard case, every time: one worker reads two documents at once, and the scheduler gives up
    # at once on every document its worker died under, the killer's bystanders too
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}), \
            distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=True, dashboard_address=None,
                                     preload=[str(preload)]) as cluster:
        report = build([documents], tmp_path / "store", executor="dask", scheduler=cluster.scheduler_address,
                       allow_errors=1)
    assert_only_the_killer_is_lost(report, killing, documents, tmp_path)


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_a_dask_build_gives_the_graph_of_a_local_build(scheduler: str, documents: Path, tmp_path: Path,  # noqa: F811
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.build

    local = tmp_path / "local"
    assert not build([documents], local, workers=1).errors

    def not_here(path: Path) -> None:
        raise AssertionError(f"{path} was read in the building process")

    monkeypatch.setattr(kg.build, "load_file", not_here)  # the cluster's workers are other processes, unpatched
    monkeypatch.chdir(tmp_path)  # relative paths here: the workers, started elsewhere, must get absolute ones
    report = build([Path(documents.name)], Path("on-dask"), executor="dask", scheduler=scheduler)
    assert not report.errors and report.read == len(Store(local).document_ids()) > 0, report.errors
    assert {d["path"] for d in report.documents} == {str(Path(documents.name) / Path(d["path"]).relative_to(documents))
                                                     for d in Store(local).manifest()["documents"]}
    on_dask = tmp_path / "on-dask"
    assert_isomorphic(trig(on_dask, tmp_path, "dask"), trig(local, tmp_path, "local"))
    assert_same_rows(canned_rows(on_dask), canned_rows(local))


def test_a_file_that_cannot_be_read_on_the_cluster_is_named_as_given(scheduler: str, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "minutes.txt").write_text("Minutes of the Youth Justice Board\n\nPresent: Councillor Ann Weir (Chair)\n",
                                        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    report = build([Path("documents")], Path("store"), executor="dask", scheduler=scheduler, allow_errors=1)
    assert report.errors == [f"{Path('documents') / 'empty.txt'}: empty file (0 bytes)"]
    assert report.read == 1 and report.refused is None


def test_an_unreachable_scheduler_is_one_line_and_leaves_no_store(documents: Path, tmp_path: Path,  # noqa: F811
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("distributed", reason="Dask distributed is not installed (the test extra)")
    import kg.executors

    monkeypatch.setattr(kg.executors, "CONNECT_SECONDS", 1)
    address = f"tcp://127.0.0.1:{closed_port()}"
    result = runner.invoke(app, ["build", str(documents), "--store", str(tmp_path / "store"), "--executor", "dask",
                                 "--scheduler", address])
    assert result.exit_code == 2, result.output
    assert f"cannot reach the Dask scheduler at {address}" in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1
    with pytest.raises(StoreError, match="no graph at"):
        Store(tmp_path / "store").check()


def test_without_dask_installed_the_build_says_how_to_install_it(documents: Path, tmp_path: Path,  # noqa: F811
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # an import of it fails, as when it is not installed
    result = runner.invoke(app, ["build", str(documents), "--store", str(tmp_path / "store"), "--executor", "dask",
                                 "--scheduler", "tcp://127.0.0.1:8786"])
    assert result.exit_code == 2, result.output
    assert "pip install 'kg-inspections[dask]'" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize(("executor", "scheduler", "workers", "message"), [
    ("dask", None, None, "--executor dask needs --scheduler"),
    ("dask", "tcp://127.0.0.1:8786", 2, "--workers is for the local executor"),
    ("local", "tcp://127.0.0.1:8786", None, "--scheduler is for --executor dask"),
    ("spark", None, None, "unknown executor 'spark'"),
])
def test_a_choice_of_executor_that_cannot_work_is_refused(executor: str, scheduler: str | None, workers: int | None,
                                                          message: str) -> None:
    with pytest.raises(ExecutorError, match=message):
        check_executor(executor, scheduler, workers)
