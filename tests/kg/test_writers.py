"""The writers registry: contact details go in as each writer declares, unless the user says otherwise."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg import writers as registry
from kg.cli import app

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
runner = CliRunner()


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("writers") / "store"
    assert runner.invoke(app, ["build", str(SAMPLES), "--store", str(store)]).exit_code == 0
    return store


def contact_values(path: Path) -> int:
    text = path.read_text(encoding="utf-8")
    return text.count("foaf/0.1/mbox") + text.count("foaf/0.1/phone") + text.count("foaf:mbox")


def test_export_keeps_contacts_by_default_and_drops_them_when_asked(sample_store: Path, tmp_path: Path) -> None:
    kept, dropped = tmp_path / "kept.nq", tmp_path / "dropped.nq"
    assert runner.invoke(app, ["export", "nq", "-o", str(kept), "--store", str(sample_store)]).exit_code == 0
    assert runner.invoke(app, ["export", "nq", "-o", str(dropped), "--store", str(sample_store),
                               "--no-contacts"]).exit_code == 0
    assert contact_values(kept) > 0 and contact_values(dropped) == 0


def test_a_writer_meant_for_sharing_leaves_contacts_out_unless_asked(sample_store: Path, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    nq = registry.writers()["nq"]
    shared = replace(nq, name="shared-nq", contacts=False)
    original = registry.writers
    monkeypatch.setattr(registry, "writers", lambda kind=None: {**original(kind), "shared-nq": shared})
    plain, asked = tmp_path / "plain.nq", tmp_path / "asked.nq"
    assert runner.invoke(app, ["export", "shared-nq", "-o", str(plain), "--store", str(sample_store)]).exit_code == 0
    assert runner.invoke(app, ["export", "shared-nq", "-o", str(asked), "--store", str(sample_store),
                               "--contacts"]).exit_code == 0
    assert contact_values(plain) == 0 and contact_values(asked) > 0
