"""Builds: the last good graph survives every failed, refused or killed build; the store is never
read as input; an incremental build gives the graph a build from scratch gives; documents are
read in worker processes."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import rdflib
from typer.testing import CliRunner

from kg.build import build, extraction_sources, load_file
from kg.canned import canned_queries, run_canned
from kg.cli import app
from kg.documents import DocumentError
from kg.rdf import Vocabulary
from kg.store import Store
from kg.writers import export

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
GOLDEN = json.loads((Path(__file__).resolve().parents[1] / "golden" / "canned-rows.json").read_text(encoding="utf-8"))
runner = CliRunner()
# values for the parameters a canned query needs, where the golden file gives none (people and places of the corpus)
REQUIRED_PARAMS = {"area": "Havering", "name": "Yvonne McGuckian", "post": "lead inspector",
                   "from": "Yvonne McGuckian", "to": "Havering"}


def canned_rows(store: Path, *, same_person_ids: bool = True, engines: tuple[str, ...] = ("sparql", "cypher")
                ) -> dict[str, list[tuple[str, ...]]]:
    """The sorted rows of every canned query, in both engines (or those given), with the parameters the golden file uses;
    unless `same_person_ids`, a person's IRI is written as the first mention merged into them."""
    first_mention: dict[str, str] = {}
    for mention, person in sorted(Store(store).resolution().canonical.items()):
        first_mention.setdefault(person.removeprefix("person-"), mention)

    def cell(value: str) -> str:
        head, sep, tail = value.rpartition("/person/")  # an IRI in SPARQL, an id in Cypher
        tail = tail if sep else value.removeprefix("person-")
        if not same_person_ids and tail in first_mention:
            return f"person-of:{first_mention[tail]}"
        return "; ".join(sorted(value.split("; ")))  # a Cypher collect() lists in no fixed order

    found = {}
    for engine in engines:
        for name, query in canned_queries(engine).items():
            params = GOLDEN.get(name, {}).get("params", {})
            required = {name for name, needed in query.parameter_names().items() if needed}
            params = {**{k: v for k, v in REQUIRED_PARAMS.items() if k in required}, **params}
            rows = run_canned(Store(store), query, params)[1]
            found[f"{engine}:{name}"] = sorted(tuple(cell(c) for c in r) for r in rows)
    return found


def assert_same_rows(found: dict[str, list[tuple[str, ...]]], expected: dict[str, list[tuple[str, ...]]]) -> None:
    for name in sorted(set(found) | set(expected)):
        a, b = set(found.get(name, [])), set(expected.get(name, []))
        assert a == b, f"{name}: missing {sorted(b - a)[:5]}\nunexpected {sorted(a - b)[:5]}"
        assert len(found[name]) == len(expected[name]), name


def ladybug_rows(store: Path) -> dict[str, list[tuple[str, ...]]]:
    """Every row of every table of the store's LadybugDB database, sorted, by table (and label pair)."""
    from kg.pg.ladybug import BACKEND

    return database_rows(Store(store).backend(BACKEND))


def database_rows(database: Path) -> dict[str, list[tuple[str, ...]]]:
    """Every row of every table of a LadybugDB database, sorted, by table (and label pair): each value as JSON (lists
    in their order, the engine's own keys left out) or as text."""
    import ladybug

    from kg.pg import property_graph_schema

    connection = ladybug.Connection(ladybug.Database(str(database), read_only=True))

    def rows(query: str) -> list[tuple[str, ...]]:
        result = connection.execute(query)
        found = []
        while result.has_next():
            found.append(tuple(json.dumps({k: v for k, v in value.items() if not k.startswith("_")}, sort_keys=True)
                               if isinstance(value, dict) else str(value) for value in result.get_next()))
        return sorted(found)

    schema = property_graph_schema()
    found = {label: rows(f"MATCH (n:`{label}`) RETURN n") for label in schema.labels}
    for rel in schema.relationships.values():
        for source, target in rel.pairs:
            found[f"{rel.name}({source}->{target})"] = rows(f"MATCH (a:`{source}`)-[r:`{rel.name}`]->(b:`{target}`) "
                                                            "RETURN a.id, b.id, r")
    return found


def assert_same_ladybug_rows(a: Path, b: Path) -> None:
    """The LadybugDB databases of two stores hold the same rows, table by table."""
    rows_a, rows_b = ladybug_rows(a), ladybug_rows(b)
    for table in sorted(rows_a):
        only_a, only_b = set(rows_a[table]) - set(rows_b[table]), set(rows_b[table]) - set(rows_a[table])
        assert not only_a and not only_b, f"{table}:\nonly in the first {sorted(only_a)[:3]}\nonly in the second " \
                                          f"{sorted(only_b)[:3]}"
        assert rows_a[table] == rows_b[table], f"{table}: rows repeated"


@pytest.fixture()
def documents(corpus_dir: Path, tmp_path: Path) -> Path:
    """A folder of the real corpus that a test may change."""
    folder = tmp_path / "documents"
    shutil.copytree(corpus_dir, folder, ignore=shutil.ignore_patterns("README.md"))
    return folder


@pytest.fixture()
def store(documents: Path, tmp_path: Path) -> Path:
    path = tmp_path / "store"
    report = build([documents], path, workers=1)
    assert report.refused is None and not report.errors, report
    return path


def test_a_build_that_reads_nothing_leaves_the_store_answering_as_before(store: Path, tmp_path: Path) -> None:
    before = canned_rows(store)
    result = runner.invoke(app, ["build", str(tmp_path / "mistyped"), "--store", str(store)])
    assert result.exit_code == 1
    assert "no document was read" in result.output and "left as it was" in result.output
    unreadable = tmp_path / "unreadable"
    unreadable.mkdir()
    (unreadable / "empty.txt").write_text("", encoding="utf-8")
    (unreadable / "broken.pdf").write_bytes(b"%PDF-1.4\n not a pdf")
    result = runner.invoke(app, ["build", str(unreadable), "--store", str(store)])
    assert result.exit_code == 1 and "left as it was" in result.output and "Traceback" not in result.output
    assert_same_rows(canned_rows(store), before)


def test_more_unreadable_files_than_allowed_leave_the_store_as_it_was(store: Path, documents: Path) -> None:
    before = canned_rows(store)
    (documents / "empty.txt").write_text("", encoding="utf-8")
    first = sorted(documents.glob("*.txt"))[0]
    first.unlink()
    report = build([documents], store, workers=1)
    assert report.refused and "--allow-errors 1" in report.refused
    assert_same_rows(canned_rows(store), before)
    report = build([documents], store, workers=1, allow_errors=1)
    assert report.refused is None and report.dropped == 1
    assert first.name not in {d["name"] for d in Store(store).manifest()["documents"]}


def test_the_store_is_never_read_as_documents(tmp_path: Path) -> None:
    work = tmp_path / "work"
    shutil.copytree(SAMPLES, work)
    store = work / "kg-store"
    build([work], store, workers=1)
    again = build([work], store, workers=1, full=True)
    assert again.read == 3 and not again.errors, again
    (work / "westmere_panel_minutes.txt").unlink()
    report = build([work], store, workers=1)
    assert {d["name"] for d in Store(store).manifest()["documents"]} == {
        "westmere_sqs_letter.txt", "eastholm_inspection_2019.txt"}, "a deleted document came back from the store"
    assert report.dropped == 1


def test_killing_a_build_at_any_moment_leaves_every_canned_query_answering_as_before(
        store: Path, documents: Path, tmp_path: Path) -> None:
    before = canned_rows(store)
    for path in SAMPLES.glob("*.txt"):
        shutil.copy(path, documents / path.name)  # the new build changes the graph

    def kg_build(target: Path) -> list[str]:
        return [sys.executable, "-c", "from kg.cli import main; main()", "build", str(documents), "--store",
                str(target), "--full", "--workers", "1"]

    finished = tmp_path / "finished"
    shutil.copytree(store, finished, symlinks=True)
    started = time.monotonic()
    subprocess.run(kg_build(finished), check=True, capture_output=True)
    duration = time.monotonic() - started
    after = canned_rows(finished)
    assert after != before
    interrupted = 0
    # kills land while reading, resolving and writing each store; the steps are close together because a build's
    # time moves with the machine's load, and the loop stops at the first build that finished before its kill
    for fraction in (0.1, 0.2, 0.3, 0.45, 0.6, 0.75, 0.9):
        process = subprocess.Popen(kg_build(store), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(duration * fraction)
        process.send_signal(signal.SIGKILL)
        process.wait()
        rows = canned_rows(store)
        if rows == after:  # killed after the new graph was made current
            break
        interrupted += 1
        assert_same_rows(rows, before)  # the old graph answers, whole
    assert interrupted >= 3, f"only {interrupted} builds were killed before they finished"
    rebuilt = subprocess.run(kg_build(store), capture_output=True, text=True)
    assert rebuilt.returncode == 0, rebuilt.stderr  # nothing the killed builds left trips the next one
    assert not [p.name for p in store.iterdir() if p.name.startswith((".building", ".current-"))]
    assert len([p for p in store.iterdir() if p.name.startswith("gen-")]) <= 2
    assert_same_rows(canned_rows(store), after)


def test_killing_an_incremental_build_while_it_updates_the_cypher_store_leaves_the_store_as_it_was(
        store: Path, documents: Path) -> None:
    """The update writes a copy of the last database: killed with half its rows deleted, the store's
    own database answers as before, and the next build updates it."""
    before, rows_before = canned_rows(store), ladybug_rows(store)
    for path in SAMPLES.glob("*.txt"):
        shutil.copy(path, documents / path.name)
    killed_halfway = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "import ladybug as engine\n"
        "from kg.pg import ladybug\n"
        "def apply(self, database_path):\n"
        "    connection = engine.Connection(engine.Database(str(database_path)))\n"
        "    for step in self.transactions(self.differences())[0][:3]:\n"
        "        step(connection)\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        "ladybug.Update.apply = apply\n"
        "from kg.build import build\n"
        "build([Path(sys.argv[1])], Path(sys.argv[2]), workers=1)\n")
    process = subprocess.run([sys.executable, "-c", killed_halfway, str(documents), str(store)], capture_output=True,
                             text=True)
    assert process.returncode == -signal.SIGKILL, process.stderr
    assert_same_rows(canned_rows(store), before)
    assert ladybug_rows(store) == rows_before
    phases: list[str] = []
    report = build([documents], store, workers=1, on_phase=phases.append)
    assert report.read == len(list(SAMPLES.glob("*.txt"))) and "updating ladybug" in phases, phases
    assert not [p.name for p in store.iterdir() if p.name.startswith((".building", ".current-"))]
    assert canned_rows(store) != before


def test_an_exception_while_writing_leaves_the_store_and_no_half_built_generation(
        store: Path, documents: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.pg.ladybug

    before, generations = canned_rows(store), sorted(p.name for p in store.iterdir())

    def no_space(*args: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(kg.pg.ladybug, "copy_in", no_space)  # while the databases load, the graph let go
    monkeypatch.setattr(kg.pg.ladybug.Update, "apply", no_space)  # or are updated
    with pytest.raises(OSError, match="No space"):
        build([documents, SAMPLES], store, workers=1)
    assert sorted(p.name for p in store.iterdir()) == generations
    monkeypatch.undo()
    assert_same_rows(canned_rows(store), before)


def trig(store: Path, tmp_path: Path, name: str) -> rdflib.Dataset:
    path = tmp_path / f"{name}.trig"
    export(Store(store), "trig", path)
    dataset = rdflib.Dataset()
    dataset.parse(path, format="trig")
    return dataset


def named_graphs(dataset: rdflib.Dataset, *, same_person_ids: bool) -> dict[str, rdflib.Graph]:
    """The dataset's named graphs by name. Unless `same_person_ids`, each person IRI is renamed after
    the first mention merged into it: builds with different histories may give one person different
    ids (ids are kept across builds), never different facts or different merges."""
    merged_from = rdflib.URIRef(Vocabulary().term("merged_from").value)
    rename: dict[rdflib.term.Node, rdflib.term.Node] = {}
    if not same_person_ids:
        for person, _, mention, _ in sorted(dataset.quads((None, merged_from, None, None))):
            rename.setdefault(person, rdflib.URIRef(f"urn:kg-test:person-of:{mention}"))
    graphs: dict[str, rdflib.Graph] = {}
    for s, p, o, g in dataset.quads((None, None, None, None)):
        graph = graphs.setdefault(str(g), rdflib.Graph())
        graph.add((rename.get(s, s), p, rename.get(o, o)))
    return graphs


def assert_isomorphic(a: rdflib.Dataset, b: rdflib.Dataset, *, same_person_ids: bool = True) -> None:
    from rdflib.compare import graph_diff, isomorphic

    ga, gb = (named_graphs(d, same_person_ids=same_person_ids) for d in (a, b))
    assert sorted(ga) == sorted(gb), f"graphs only in one: {sorted(set(ga) ^ set(gb))[:5]}"
    for name in sorted(ga):
        if not isomorphic(ga[name], gb[name]):
            _, only_a, only_b = graph_diff(ga[name], gb[name])
            pytest.fail(f"{name} differs:\nonly in the first {sorted(only_a)[:8]}\nonly in the second "
                        f"{sorted(only_b)[:8]}")


def test_an_incremental_build_gives_the_graph_of_a_full_build(documents: Path, tmp_path: Path) -> None:
    files = sorted(documents.rglob("*.txt"))
    held_back, changed = files[0], files[3]
    aside = tmp_path / "aside"
    aside.mkdir()
    shutil.move(held_back, aside / held_back.name)
    incremental, full = tmp_path / "incremental", tmp_path / "full"
    for store in (incremental, full):
        assert build([documents], store, workers=1).read == len(files) - 1
    shutil.move(aside / held_back.name, held_back)
    changed.write_text(changed.read_text(encoding="utf-8") + "\nCopy to: Dr Quentin Marlowe, Chair of the Board\n",
                       encoding="utf-8")
    files[5].unlink()
    phases: list[str] = []
    report = build([documents], incremental, workers=1, on_phase=phases.append)
    assert (report.read, report.reused, report.dropped) == (2, len(files) - 3, 2)  # the changed one: read, dropped
    assert {"updating oxigraph", "updating ladybug"} <= set(phases), f"a store was written whole: {phases}"
    assert build([documents], full, workers=1, full=True).read == len(files) - 1
    assert_isomorphic(trig(incremental, tmp_path, "incremental"), trig(full, tmp_path, "full"))
    assert_same_ladybug_rows(incremental, full)
    assert_same_rows(canned_rows(incremental), canned_rows(full))
    scratch = tmp_path / "scratch"
    build([documents], scratch, workers=1)  # no earlier build: person ids may differ, the facts may not
    assert_isomorphic(trig(incremental, tmp_path, "incremental"), trig(scratch, tmp_path, "scratch"),
                      same_person_ids=False)
    assert_same_rows(canned_rows(incremental, same_person_ids=False), canned_rows(scratch, same_person_ids=False))


def test_an_update_after_a_judgement_renames_people_in_unchanged_documents(store: Path, documents: Path,
                                                                           tmp_path: Path) -> None:
    from kg.resolve import group_judgement, save_judgement

    groups = [g for g in Store(store).review_groups() if len(g.people) > 1]
    assert groups, "the corpus has no review group of several people to merge"
    judgements = tmp_path / "judgements.yaml"
    save_judgement(judgements, group_judgement("confirm", groups[0]))
    full = tmp_path / "full"
    shutil.copytree(store, full, symlinks=True)
    phases: list[str] = []
    report = build([documents], store, workers=1, judgements_file=judgements, on_phase=phases.append)
    assert report.read == 0 and {"updating oxigraph", "updating ladybug"} <= set(phases)
    build([documents], full, workers=1, judgements_file=judgements, full=True)
    merged = set(groups[0].people)
    assert len({Store(store).resolution().canonical[m] for ids in groups[0].people.values() for m in ids}) == 1
    assert merged - {Store(store).resolution().canonical[m] for ids in groups[0].people.values() for m in ids}
    assert_isomorphic(trig(store, tmp_path, "updated"), trig(full, tmp_path, "full"))
    assert_same_ladybug_rows(store, full)
    assert_same_rows(canned_rows(store), canned_rows(full))


def test_the_last_builds_blocks_are_taken_as_resolved_only_under_the_same_rules(
        store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An incremental build after a change to resolution's rules resolves every name again: the blocks it would
    otherwise keep were decided by the old rules."""
    import kg.build

    assert kg.build._saved_blocks(Store(store), []) is not None
    monkeypatch.setattr(kg.build, "resolution_version", lambda: "rules of another version")
    assert kg.build._saved_blocks(Store(store), []) is None


def test_every_kg_module_the_loaders_run_is_in_the_extraction_version() -> None:
    """A change to any code a loader runs must make the next build read every document again, so
    the modules the loaders import at run time (asked of a fresh interpreter) are all hashed."""
    probe = ("import json, pkgutil, sys, importlib, kg.loaders\n"
             "for m in pkgutil.iter_modules(kg.loaders.__path__): importlib.import_module('kg.loaders.' + m.name)\n"
             "print(json.dumps([m.__file__ for n, m in sys.modules.items() if n.startswith('kg') "
             "and getattr(m, '__file__', None)]))")
    imported = {Path(f).resolve() for f in json.loads(subprocess.check_output([sys.executable, "-c", probe]))}
    hashed = {p.resolve() for p in extraction_sources()}
    assert imported - hashed == set()


def test_the_imports_a_module_makes_are_read_in_every_form_python_takes() -> None:
    """The extraction version follows a loader's imports from its lines: every form of import statement counts,
    at any indent, over several lines and with comments among the names."""
    from kg.build import _imported_names

    text = ("import kg.alpha\n"
            "import os, kg.beta as b\n"
            "from kg.gamma import x, y as z  # a comment\n"
            "from kg import (  # the names run over lines\n"
            "    delta,  # why delta\n"
            "    epsilon as e,\n"
            ")\n"
            "def f():\n"
            "    if True:\n"
            "        from kg.zeta import w\n"
            "from kg import eta, \\\n"
            "    theta\n"
            "from .relative import kappa\n")
    found = set(_imported_names(text))
    assert {"kg.alpha", "kg.beta", "kg.gamma", "kg.delta", "kg.epsilon", "kg.zeta", "kg.eta", "kg.theta"} <= found
    assert not {"kg.b", "kg.e", "kg.z", "kg.why", "kg.relative"} & found


def test_remove_gives_the_graph_of_a_build_without_the_document(store: Path, documents: Path, tmp_path: Path
                                                                ) -> None:
    gone = sorted(documents.glob("*.txt"))[1]
    by_id = Store(store).manifest()["documents"][2]["id"]
    result = runner.invoke(app, ["remove", gone.name, by_id, "--store", str(store)])
    assert result.exit_code == 0, result.output
    names = {d["name"] for d in Store(store).manifest()["documents"]}
    assert gone.name not in names and by_id not in Store(store).document_ids()
    rest = tmp_path / "rest"
    shutil.copytree(documents, rest)
    for name in {p.name for p in rest.rglob("*.txt")} - names:
        next(rest.rglob(name)).unlink()
    expected = tmp_path / "expected"
    build([rest], expected, workers=1)
    assert_isomorphic(trig(store, tmp_path, "removed"), trig(expected, tmp_path, "expected"), same_person_ids=False)
    assert_same_rows(canned_rows(store, same_person_ids=False), canned_rows(expected, same_person_ids=False))
    missing = runner.invoke(app, ["remove", "no-such-document.txt", "--store", str(store)])
    assert missing.exit_code == 2 and "no document 'no-such-document.txt'" in missing.output


def test_two_workers_give_the_graph_of_one(store: Path, documents: Path, tmp_path: Path) -> None:
    parallel = tmp_path / "parallel"
    report = build([documents], parallel, workers=2)
    assert report.read == len(Store(store).document_ids()) and not report.errors
    assert_isomorphic(trig(parallel, tmp_path, "parallel"), trig(store, tmp_path, "serial"))
    assert [d["id"] for d in Store(parallel).manifest()["documents"]] == Store(store).document_ids()


def test_a_worker_reads_each_document_in_another_process(documents: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.build

    def not_here(path: Path) -> None:
        raise AssertionError(f"{path} was read in the building process")

    monkeypatch.setattr(kg.build, "load_file", not_here)  # the workers are fresh processes, unpatched
    report = build([documents], tmp_path / "store", workers=2)
    assert not report.errors and report.read == len(Store(tmp_path / "store").document_ids()) > 0, report.errors
    serial = build([documents], tmp_path / "serial", workers=1)  # the patch bites where it runs
    assert serial.errors and all("read in the building process" in e for e in serial.errors)


def test_after_reading_the_build_says_what_it_is_doing(tmp_path: Path) -> None:
    phases: list[str] = []
    build([SAMPLES], tmp_path / "store", workers=1, on_phase=phases.append)
    assert phases == ["resolving", "building the graph", "writing oxigraph", "writing ladybug", "loading the databases"]
    phases.clear()
    build([SAMPLES], tmp_path / "store", workers=1, on_phase=phases.append)
    assert phases[0] == "finding new and changed files"


def test_files_whose_status_is_unchanged_are_not_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.build

    work = tmp_path / "work"
    shutil.copytree(SAMPLES, work)
    an_hour_ago = time.time_ns() - 3600 * 10**9
    for path in work.iterdir():
        os.utime(path, ns=(an_hour_ago, an_hour_ago))
    build([work], tmp_path / "store", workers=1)
    hashed: list[str] = []
    real_hash = kg.build.file_hash
    monkeypatch.setattr(kg.build, "file_hash", lambda path: hashed.append(path.name) or real_hash(path))
    report = build([work], tmp_path / "store", workers=1)
    assert (report.read, report.reused, hashed) == (0, 3, []), "unchanged files were hashed again"
    touched = work / "westmere_sqs_letter.txt"
    touched.touch()  # written again, with the same content: hashed, not read
    report = build([work], tmp_path / "store", workers=1)
    assert (report.read, report.reused, hashed) == (0, 3, [touched.name])


def test_a_file_changed_within_the_time_grain_of_the_last_build_is_read_again(tmp_path: Path) -> None:
    """git's racy rule: a file written just before it was read could change again without its size or
    time changing (a coarse clock), so its status alone does not say it is unchanged."""
    work = tmp_path / "work"
    shutil.copytree(SAMPLES, work)
    for path in work.iterdir():
        path.touch()  # written moments before the build
    store = tmp_path / "store"
    build([work], store, workers=1)
    letter = work / "westmere_sqs_letter.txt"
    status = letter.stat()
    text = letter.read_text(encoding="utf-8")
    with letter.open("r+", encoding="utf-8") as fh:  # the same size, inode and time: only the content differs
        fh.write(text.replace("Westmere", "Eastmere", 1))
    os.utime(letter, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert (letter.stat().st_size, letter.stat().st_ino) == (status.st_size, status.st_ino)
    report = build([work], store, workers=1)
    assert (report.read, report.dropped) == (1, 1)


def test_a_file_edited_in_place_with_its_write_time_set_back_is_read_again(tmp_path: Path) -> None:
    """Size, write time and inode as recorded (a copy tool restores times) do not hide a new content:
    the time the file's status changed cannot be set back."""
    work = tmp_path / "work"
    shutil.copytree(SAMPLES, work)
    an_hour_ago = time.time_ns() - 3600 * 10**9
    for path in work.iterdir():
        os.utime(path, ns=(an_hour_ago, an_hour_ago))
    store = tmp_path / "store"
    build([work], store, workers=1)
    letter = work / "westmere_sqs_letter.txt"
    text = letter.read_text(encoding="utf-8")
    with letter.open("r+", encoding="utf-8") as fh:
        fh.write(text.replace("Westmere", "Eastmere", 1))
    os.utime(letter, ns=(an_hour_ago, an_hour_ago))
    report = build([work], store, workers=1)
    assert (report.read, report.reused, report.dropped) == (1, 2, 1)


def test_an_incremental_build_reads_a_few_new_files_in_its_own_process(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Starting workers (importing the loaders, reading their lists) costs more than a handful of documents."""
    import kg.build

    work = tmp_path / "work"
    shutil.copytree(SAMPLES, work)
    added = work / "westmere_sqs_letter.txt"
    text = added.read_text(encoding="utf-8")
    added.unlink()
    store = tmp_path / "store"
    build([work], store, workers=1)
    added.write_text(text, encoding="utf-8")
    pools: list[int] = []
    open_pool = kg.build.open_pool
    monkeypatch.setattr(kg.build, "open_pool", lambda executor, workers, scheduler:
                        pools.append(workers) or open_pool(executor, workers, scheduler))
    report = build([work], store, workers=2)
    assert (report.read, report.reused, pools) == (1, 2, [1])


def copy_list_letter(folder: Path, name: str, *lines: str) -> Path:
    """The sample letter with its copy list's last two lines replaced by `lines`."""
    text = (SAMPLES / "westmere_sqs_letter.txt").read_text(encoding="utf-8")
    head = text[:text.index("YJB link staff")]
    path = folder / name
    path.write_text(head + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_renamed_file_gives_the_graph_of_a_full_build(store: Path, documents: Path, tmp_path: Path) -> None:
    renamed = sorted(documents.rglob("*.txt"))[2]
    renamed.rename(renamed.with_name("renamed-" + renamed.name))
    build([documents], store, workers=1)
    full = tmp_path / "full"
    build([documents], full, workers=1, full=True)
    assert_isomorphic(trig(store, tmp_path, "updated"), trig(full, tmp_path, "full"))
    assert_same_ladybug_rows(store, full)
    assert_same_rows(canned_rows(store), canned_rows(full))


def test_a_document_the_loaders_never_finish_is_reported_and_skipped(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A loader's loop that never ends on one text (as a two-column list once did) costs a bounded time and one line,
    not the batch."""
    def never_ends(document: object) -> None:
        started = time.process_time()
        while time.process_time() - started < 10:  # (ends, so that the test fails rather than hangs without the limit)
            pass

    monkeypatch.setattr("kg.build.load_document", never_ends)
    monkeypatch.setattr("kg.build.SHORTEST_LOADING_LIMIT", 0.5)
    path = tmp_path / "westmere_minutes.txt"
    path.write_text("Westmere Youth Justice Board\n\nPresent: Jo Bloggs (Chair)\n", encoding="utf-8")
    started = time.process_time()
    with pytest.raises(DocumentError, match=r"westmere_minutes\.txt: the loaders took over 0 s on it.*skipped"):
        load_file(path)
    assert time.process_time() - started < 5
