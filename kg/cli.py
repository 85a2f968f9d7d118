"""The command line: a thin typer layer over the library, with the same verbs.

Every command that prints rows takes `--format table|csv|json`; errors are one line on
stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import csv
import faulthandler
import getpass
import json
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from kg.documents import display_path
from kg.store import DEFAULT_STORE, Store, StoreError

if TYPE_CHECKING:
    import neo4j
    import networkx as nx

    from kg.build import BuildReport
    from kg.graph import ResolvedGraph
    from kg.pg.neo4j import Neo4jTarget
    from kg.rdf.push import Credentials
    from kg.statements import Statement

app = typer.Typer(help="kg: a knowledge graph of people, organisations and findings from inspection reports.",
                  pretty_exceptions_show_locals=False,
                  no_args_is_help=True, add_completion=False)
# every printed value is data, never markup; into a pipe or a file, lines are not wrapped or cut
console = Console(markup=False, soft_wrap=True, width=None if sys.stdout.isatty() else 10_000)
errors = Console(stderr=True, markup=False)

StoreOption = Annotated[Path, typer.Option("--store", "-s", help="The graph's directory.")]


def show_version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            console.print(f"kg {version('kg-inspections')}", highlight=False)
        except PackageNotFoundError:
            console.print("kg (not installed as a package)", highlight=False)
        raise typer.Exit()


@app.callback()
def options(
    _version: Annotated[bool, typer.Option("--version", callback=show_version, is_eager=True,
                                           help="Print kg's version and exit.")] = False,
) -> None:
    """kg: a knowledge graph of people, organisations and findings from inspection reports."""


class OutputFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


FormatOption = Annotated[OutputFormat, typer.Option("--format", "-f", help="How to print rows.")]
AroundOption = Annotated[str | None, typer.Option(
    help="Only the neighbourhood of this person, organisation or area (as you would type it: a surname will do).")]
HopsOption = Annotated[int, typer.Option(min=0, help="With --around: how many steps out from it.")]
UriOption = Annotated[str | None, typer.Option(
    "--uri", envvar="NEO4J_URI", help="A Neo4j server (bolt://HOST:7687, neo4j://..., neo4j+s://...) instead of "
                                      "the embedded store.")]
UserOption = Annotated[str | None, typer.Option(
    help="User name on the server (for Neo4j, default: $NEO4J_USERNAME, else neo4j).")]
PasswordEnvOption = Annotated[str | None, typer.Option(
    help="The environment variable holding the password (for Neo4j, default: NEO4J_PASSWORD); a password is "
         "never taken on the command line nor printed.")]
DatabaseOption = Annotated[str | None, typer.Option(
    "--database", envvar="NEO4J_DATABASE", help="The Neo4j database (default: the server's default).")]


TERMINAL_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def shown(text: str) -> str:
    """Text for the terminal: control characters (escape sequences that could move the cursor or make a link)
    and bidi overrides shown as escapes such as \\x1b; tabs and line breaks kept. CSV and JSON stay verbatim."""
    return TERMINAL_CONTROLS.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def report_error(message: str) -> None:
    """One line on stderr: `error: ` and the message, as data."""
    errors.print(Text("error: ", style="red") + Text(shown(message)), highlight=False, soft_wrap=True)


def fail(message: str, code: int = 2) -> typer.Exit:
    report_error(message)
    return typer.Exit(code)


def neo4j_target(uri: str, user: str | None, password_env: str | None, database: str | None) -> Neo4jTarget:
    """Where and as whom to reach Neo4j; the password comes from an environment variable."""
    import os

    from kg.pg.neo4j import Neo4jTarget

    if password_env and password_env not in os.environ:
        raise fail(f"the environment variable {password_env} is not set")
    password = os.environ.get(password_env or "NEO4J_PASSWORD")
    return Neo4jTarget(uri, user or os.environ.get("NEO4J_USERNAME") or "neo4j", password, database)


def open_neo4j(uri: str, user: str | None, password_env: str | None, database: str | None
               ) -> tuple[neo4j.Driver, str | None]:
    """A checked connection to a Neo4j server, and the database to use; errors are one line."""
    from kg.pg.neo4j import Neo4jUnavailable, connect

    target = neo4j_target(uri, user, password_env, database)
    try:
        return connect(target), target.database
    except Neo4jUnavailable as exc:
        hint = "" if target.password is not None else f" (no password given: set {password_env or 'NEO4J_PASSWORD'})"
        raise fail(f"{exc}{hint}") from None


def user_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def print_rows(columns: list[str], rows: list[list[str]], fmt: OutputFormat, title: str | None = None) -> None:
    if fmt is OutputFormat.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
    elif fmt is OutputFormat.json:
        sys.stdout.write(json.dumps([dict(zip(columns, row, strict=True)) for row in rows], indent=1,
                                    ensure_ascii=False) + "\n")
    else:
        table = Table(*columns, title=title, show_lines=False)
        for row in rows:
            table.add_row(*(Text(shown(cell)) for cell in row))  # document text is data, never markup
        console.print(table)
        console.print(f"{len(rows)} rows", style="dim")


class BuildExecutor(str, Enum):
    local = "local"
    dask = "dask"


@app.command()
def build(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders to read (folders recursively).")],
    store: StoreOption = DEFAULT_STORE,
    judgements: Annotated[Path, typer.Option(help="Review decisions to apply (see `kg review`).")] = Path(
        "kg-judgements.yaml"),
    workers: Annotated[int | None, typer.Option(min=1, help="Local processes reading documents (default: one per "
                                                            "core).")] = None,
    allow_errors: Annotated[int, typer.Option(min=0, help="Make the new graph current even if up to this many "
                                                          "files could not be read.")] = 0,
    full: Annotated[bool, typer.Option(help="Read every document again, not only new and changed ones.")] = False,
    wait: Annotated[bool, typer.Option(help="If another build is writing the store, wait for it instead of "
                                            "refusing.")] = False,
    executor: Annotated[BuildExecutor, typer.Option(
        help="Where documents are read: local (processes on this machine) or dask (a Dask distributed cluster, "
             "pip install 'kg-inspections\\[dask]'; its workers must see the documents and the store under the same "
             "absolute paths, on one machine or a shared filesystem).")] = BuildExecutor.local,
    scheduler: Annotated[str | None, typer.Option(help="--executor dask: the scheduler's address "
                                                       "(tcp://HOST:8786).")] = None,
) -> None:
    """Read documents and build the graph into the store.

    On an existing store only new and changed files are read, and documents no longer given are
    dropped. If no document could be read, or more files than --allow-errors could not be, the store
    is left as it was (exit 1).

    Example: kg build ../shared/corpus --store kg-store --workers 2;
    kg build /data/corpus --store /data/kg-store --executor dask --scheduler tcp://10.0.0.5:8786
    """
    from kg.build import build as run_build
    from kg.executors import ExecutorError
    from kg.resolve import JudgementsError

    with build_progress() as (progress, task, on_phase):

        def on_files(count: int) -> None:
            progress.update(task, total=count, completed=0, description="reading")

        def on_file(path: Path) -> None:
            progress.update(task, advance=1, description=f"reading {escape(display_path(path.name)[:40])}")

        try:
            report = run_build(paths, store, judgements_file=judgements, progress=on_file, on_files=on_files,
                               on_phase=on_phase, workers=workers, allow_errors=allow_errors, full=full, wait=wait,
                               executor=executor.value, scheduler=scheduler)
        except (StoreError, JudgementsError, ExecutorError, ValueError) as exc:  # ValueError: a bad KG_BASE_IRI
            raise fail(str(exc)) from None
        except OSError as exc:  # the store's folder (or its parent) cannot be written
            raise fail(f"{display_path(exc.filename or store)}: cannot write the store ({exc.strerror or exc})"
                       ) from None
    for line in report.errors:
        report_error(line)
    if report.refused:
        raise fail(report.refused, 1)
    print_build_summary(store, report)
    if report.errors:
        raise typer.Exit(1)


@app.command()
def remove(
    documents: Annotated[list[str], typer.Argument(help="Documents to remove: file name, path or id "
                                                        "(the content hash).")],
    store: StoreOption = DEFAULT_STORE,
    judgements: Annotated[Path, typer.Option(help="Review decisions to apply (see `kg review`).")] = Path(
        "kg-judgements.yaml"),
    wait: Annotated[bool, typer.Option(help="If a build is writing the store, wait for it instead of "
                                            "refusing.")] = False,
) -> None:
    """Remove documents and every fact read from them; the rest is resolved again.

    People keep their ids. A later `kg build` of a folder that still holds the file adds it back.

    Example: kg remove westmere_sqs_letter.txt --store kg-store
    """
    from kg.build import remove as run_remove
    from kg.resolve import JudgementsError

    with build_progress() as (_, _, on_phase):
        try:
            report = run_remove(store, documents, judgements_file=judgements, wait=wait, on_phase=on_phase)
        except (StoreError, JudgementsError, ValueError) as exc:
            raise fail(str(exc)) from None
    print_build_summary(store, report)


@app.command()
def synth(
    out: Annotated[Path, typer.Option(help="The folder to write: OUT/documents and their answer keys in OUT/gold.")],
    documents: Annotated[int, typer.Option(min=1, help="How many documents.")] = 100,
    seed: Annotated[int, typer.Option(help="The same seed gives the same corpus.")] = 1,
) -> None:
    """Write a synthetic corpus of fictional documents of every family, with answer keys.

    It measures scale and quality together (build OUT/documents, then kg eval --gold OUT/gold).

    Example: kg synth --documents 1000 --out synthetic && kg build synthetic/documents && kg eval --gold synthetic/gold
    """
    from kg.synth import synthesise

    try:
        report = synthesise(documents, out, seed=seed)
    except OSError as exc:
        raise fail(f"{out}: cannot write ({exc.strerror or exc})") from None
    families = ", ".join(f"{count} {family}" for family, count in report.families.items())
    console.print(f"wrote {report.documents} documents ({report.bytes / 1e6:.1f} MB: {families}) to "
                  f"{out / 'documents'} and their answer keys to {out / 'gold'}", highlight=False)


@contextmanager
def build_progress() -> Iterator[tuple[Progress, TaskID, Callable[[str], None]]]:
    """A progress bar for reading, whose label then says which phase of the build is running."""
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=errors, transient=True) as progress:
        task = progress.add_task("reading", total=None)

        def on_phase(phase: str) -> None:
            progress.update(task, description=escape(phase), total=None, completed=0)

        yield progress, task, on_phase


def print_build_summary(store: Path, report: BuildReport) -> None:
    c = report.counts
    console.print(f"built {store}: {c['documents']} documents ({report.read} read, {report.reused} unchanged, "
                  f"{report.dropped} dropped), {c['people']} people, "
                  f"{c['organisations']} organisations, {c['relations']} relations, "
                  f"{c['statements']} statements, {len(report.warnings)} warnings, {len(report.errors)} errors, "
                  f"{c['review_groups']} groups to review", highlight=False, soft_wrap=True)


def parse_params(items: list[str] | None) -> dict[str, str]:
    params = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise fail(f"--param takes KEY=VALUE, not {item!r}")
        params[key.strip()] = " ".join(value.split())  # as people type: stray and doubled spaces do not count
    return params


@app.command()
def query(
    name: Annotated[str | None, typer.Argument(help="The canned query's name (see --list).")] = None,
    store: StoreOption = DEFAULT_STORE,
    fmt: FormatOption = OutputFormat.table,
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="KEY=VALUE, repeatable.")] = None,
    engine: Annotated[str, typer.Option(help="sparql or cypher (both on the embedded stores).")] = "sparql",
    list_queries: Annotated[bool, typer.Option("--list", help="List the canned queries.")] = False,
    uri: UriOption = None,
    endpoint: Annotated[str | None, typer.Option(help="A SPARQL 1.1 query URL (any server the graph was pushed "
                                                      "to) instead of the embedded store.")] = None,
    user: UserOption = None,
    password_env: PasswordEnvOption = None,
    database: DatabaseOption = None,
) -> None:
    """Run a canned query from queries/ in SPARQL or Cypher (the two give the same rows).

    It runs on the embedded stores or on a server: --uri sends the Cypher to Neo4j, --endpoint the
    SPARQL to any SPARQL 1.1 server.

    Example: kg query lead-inspectors --engine cypher --format csv
    """
    from kg.canned import (
        ENGINES,
        QueryError,
        Rows,
        canned_queries,
        get_query,
        nearest_values,
        run_canned,
        run_canned_endpoint,
        run_canned_neo4j,
    )

    if uri and endpoint:
        raise fail("give --uri (Neo4j) or --endpoint (SPARQL), not both")
    engine = "cypher" if uri else "sparql" if endpoint else engine
    if engine not in ENGINES:
        raise fail(f"unknown engine {engine!r}: choose {' or '.join(ENGINES)}")
    if list_queries:
        rows = [[q.name, q.description, q.parameters, ", ".join(q.columns)] for q in canned_queries(engine).values()]
        print_rows(["name", "description", "parameters", "columns"], rows, fmt)
        return
    if not name:
        raise fail("name a query, or use --list")
    params = parse_params(param)
    nearest: dict[str, list[str]] = {}
    try:
        canned = get_query(name, engine)
        with ExitStack() as stack:
            if uri:
                driver, database = open_neo4j(uri, user, password_env, database)
                stack.enter_context(driver)

                def run(given: dict[str, str]) -> Rows:
                    return run_canned_neo4j(driver, canned, given, database)
            elif endpoint:
                credentials = sparql_credentials(user, password_env)

                def run(given: dict[str, str]) -> Rows:
                    return run_canned_endpoint(endpoint, canned, given, credentials)
            else:
                def run(given: dict[str, str]) -> Rows:
                    return run_canned(Store(store), canned, given)
            columns, rows = run(params)
            if params and not rows:
                nearest = nearest_values(canned, params, run)
    except (QueryError, StoreError) as exc:
        raise fail(str(exc)) from None
    print_rows(columns, rows, fmt, title=canned.name)
    if params and not rows:
        given = ", ".join(f"{key}={value!r}" for key, value in params.items())
        near = "; ".join(f"nearest {key} values: {', '.join(values)}" for key, values in nearest.items() if values)
        errors.print(f"no rows match {given}" + (f" ({near})" if near else ""), highlight=False, soft_wrap=True)


def export_kinds() -> str:
    from kg.writers import writers

    return "; ".join(f"{name}: {spec.description}" for name, spec in writers().items() if spec.kind != "store")


@app.command()
def export(
    kind: Annotated[str, typer.Argument(help=f"The format. {export_kinds()}.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The file (or folder) to write; - for standard "
                                                                "output.")],
    store: StoreOption = DEFAULT_STORE,
    base: Annotated[str | None, typer.Option(help="Mint instance IRIs under this base (RDF formats).")] = None,
    contacts: Annotated[bool | None, typer.Option(
        "--contacts/--no-contacts", help="Include officials' e-mail addresses and telephone numbers (default: data "
                                         "formats do, files meant for sharing do not).", show_default=False)] = None,
    around: AroundOption = None,
    hops: HopsOption = 2,
    only: Annotated[str | None, typer.Option(help="Drawn formats: only these node types, comma-separated "
                                                  "(Person,Organisation,Area,...).")] = None,
) -> None:
    """Export the graph in one of the registered formats (listed under KIND).

    Example: kg export trig --output graph.trig; kg export neo4j-csv --output import/;
    kg export gexf --output havering.gexf --around Havering --hops 2
    """
    from kg.writers import WriteOptions, writers
    from kg.writers import export as write_export

    known = {name: spec for name, spec in writers().items() if spec.kind != "store"}
    if kind not in known:
        raise fail(f"unknown export {kind!r}: choose {', '.join(known)}")
    to_stdout = str(output) == "-"
    if to_stdout and known[kind].kind == "folder":
        raise fail(f"{kind} writes a folder of files: give --output DIR")
    if known[kind].kind == "folder" and output.exists() and not output.is_dir():
        raise fail(f"{output}: not a folder")
    if (around or only) and not known[kind].drawn:
        drawn = ", ".join(name for name, spec in known.items() if spec.drawn)
        raise fail(f"--around and --only cut the drawn formats ({drawn}), not {kind}")
    from kg.network import NameNotFound

    options = WriteOptions(base=base, around=around, hops=hops,
                           only=tuple(t for t in (only or "").split(",") if t.strip()))
    try:
        result = write_export(Store(store), kind, sys.stdout.buffer if to_stdout else output, options,
                              include_contacts=contacts)
    except (StoreError, ValueError, NameNotFound) as exc:
        raise fail(str(exc)) from None
    except BrokenPipeError:  # the reader of standard output stopped (`| head`): not an error of the export
        raise
    except OSError as exc:
        raise fail(f"{output}: cannot write ({exc.strerror})") from None
    if not to_stdout:
        console.print(f"wrote {result.count} {known[kind].unit} to {output}", highlight=False)
        if result.note:
            console.print(result.note, highlight=False)


def network_of(store: Path, around: str | None, hops: int) -> nx.MultiDiGraph:
    """The networkx view of the store's graph (no contact details), cut to what was asked."""
    from kg.network import NameNotFound, select, to_network

    try:
        return select(to_network(Store(store).graph(include_contacts=False)), around, hops)
    except (StoreError, NameNotFound) as exc:
        raise fail(str(exc)) from None


@app.command()
def analyze(
    section: Annotated[str, typer.Argument(help="bridges (people and organisations linking areas), communities, "
                                                "area-links (areas and who links them), coverage (inspectors "
                                                "by area and year), or all.")] = "all",
    store: StoreOption = DEFAULT_STORE,
    fmt: FormatOption = OutputFormat.table,
    around: AroundOption = None,
    hops: HopsOption = 2,
) -> None:
    """Analyse the graph across areas: bridges, communities, links between areas, inspectors' coverage.

    Who bridges areas is betweenness on the person-area graph and on the whole graph; communities
    are Louvain's (seeded).

    Example: kg analyze bridges --format csv; kg analyze --around McGuckian --hops 2
    """
    from kg.analysis import SECTIONS, rows_of

    chosen = SECTIONS if section == "all" else (section,)
    if section != "all" and section not in SECTIONS:
        raise fail(f"unknown section {section!r}: choose {', '.join(SECTIONS)} or all")
    if fmt is OutputFormat.csv and len(chosen) > 1:
        raise fail("csv holds one table: name a section (" + ", ".join(SECTIONS) + ")")
    net = network_of(store, around, hops)
    if fmt is OutputFormat.json and len(chosen) > 1:
        tables = {}
        for name in chosen:
            columns, rows = rows_of(name, net)
            tables[name] = [dict(zip(columns, row, strict=True)) for row in rows]
        sys.stdout.write(json.dumps(tables, indent=1, ensure_ascii=False) + "\n")
        return
    for name in chosen:
        columns, rows = rows_of(name, net)
        print_rows(columns, rows, fmt, title=name)


@app.command()
def chart(
    kind: Annotated[str, typer.Argument(help="ratings (heat map per area and standard), reoffending (each area "
                                             "against England and Wales), themes (of recommendations by "
                                             "area), timeline (one area over time: needs --area).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The image to write: .png or .svg.")],
    area: Annotated[str | None, typer.Option(help="Only this area (the timeline's area).")] = None,
    store: StoreOption = DEFAULT_STORE,
) -> None:
    """Draw a chart of the findings, its sources (documents and dates) named beneath it.

    Example: kg chart ratings --output ratings.png; kg chart timeline --area Portsmouth --output portsmouth.svg
    """
    from kg.viz.charts import ChartError, save
    from kg.viz.charts import chart as draw

    try:
        save(draw(Store(store).graph(include_contacts=False), kind, area), output)
    except (StoreError, ChartError) as exc:
        raise fail(str(exc)) from None
    except OSError as exc:
        raise fail(f"{output}: cannot write ({exc.strerror})") from None
    console.print(f"wrote {output}", highlight=False)


@app.command()
def report(
    area: Annotated[str, typer.Option(help="The area, as you would type it (any case; part of the name will do).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")],
    store: StoreOption = DEFAULT_STORE,
) -> None:
    """Write an offline briefing page of one area, every fact with its quote.

    It shows inspections and ratings over time, recommendations and their addressees, people and
    roles, links to other areas, charts and its graph neighbourhood. Officials' contact details are
    left out.

    Example: kg report --area Portsmouth --output portsmouth.html
    """
    from kg.viz.report import ReportError, area_report

    try:
        page = area_report(Store(store).graph(include_contacts=False), area)
        output.write_text(page, encoding="utf-8")
    except (StoreError, ReportError) as exc:
        raise fail(str(exc)) from None
    except OSError as exc:
        raise fail(f"{output}: cannot write ({exc.strerror})") from None
    console.print(f"wrote {output}", highlight=False)


@app.command("eval")
def evaluate(
    gold: Annotated[Path | None, typer.Option(help="A folder of answer keys in the shared gold schema.")] = None,
    store: StoreOption = DEFAULT_STORE,
    corpus: Annotated[Path | None, typer.Option(help="Score these documents straight from the loaders, "
                                                     "without a store.")] = None,
    other: Annotated[bool, typer.Option(help="Count the relation 'other' too.")] = False,
    details: Annotated[bool, typer.Option(help="List the missing and unexpected rows.")] = False,
    checks: Annotated[bool, typer.Option(help="Check the graph's data quality: areas are places, one service per "
                                              "area, no organisation word in a person's name, ratings are labels of "
                                              "their scale and never a percentage, one name per theme, one node per "
                                              "inspection, one name per comparator, one figure per metric, "
                                              "recommendations addressed, meetings and rated inspections of an area, "
                                              "one office per area; on a store, both engines give the same rows "
                                              "(exit 1 when one fails; the module kg/checks.py lists them all).")] = False,
) -> None:
    """Score the graph against answer keys and check its data quality.

    People and relations: P/R/F1 per document and relation, with the organisation and role accuracy
    of the rows found; then findings.

    Example: kg eval --gold ../shared/gold --checks   (or --corpus ../shared/corpus, without building)
    """
    from kg.build import BuildReport, discover, read_all
    from kg.evaluate import evaluate as score
    from kg.evaluate import (
        evaluate_findings,
        evaluate_resolution,
        format_findings_report,
        format_report,
        format_resolution_report,
    )
    from kg.resolve import resolve

    if gold is None and not checks:
        raise fail("give --gold DIR (answer keys) or --checks (data quality), or both")
    if gold is not None and not gold.is_dir():
        raise fail(f"{gold}: not a folder of answer keys")
    if gold is not None:
        from kg.evaluate import AnswerKeyError, answer_keys

        try:
            answer_keys(gold)
        except AnswerKeyError as exc:
            raise fail(f"{gold / str(exc)}") from None
    try:
        if corpus is not None:
            files, missing = discover([corpus])
            if missing:
                raise fail(missing[0])
            report = BuildReport()
            statements = read_all([f for f in files if f.parent == corpus], report)[1]
            for line in report.errors:
                report_error(line)
            canonical = resolve(statements).canonical
        else:
            statements = list(Store(store).statements())
            canonical = Store(store).resolution().canonical
        graph = quality_graph(store, statements, corpus is not None) if checks else None
    except StoreError as exc:
        raise fail(str(exc)) from None
    if gold is not None:
        console.print(format_report(score(statements, gold, include_other=other, canonical=canonical), details=details),
                      highlight=False)
        console.print("")
        console.print(format_findings_report(evaluate_findings(statements, gold), details=details), highlight=False)
        console.print("")
        console.print(format_resolution_report(evaluate_resolution(statements, canonical, gold), details=details),
                      highlight=False)
    if graph is not None:
        from kg.canned import QueryError
        from kg.checks import format_checks, run_checks, run_store_checks

        try:
            results = run_checks(graph) + ([] if corpus is not None else run_store_checks(Store(store), graph))
        except (StoreError, QueryError) as exc:
            raise fail(str(exc)) from None
        if gold is not None:
            console.print("")
        console.print(format_checks(results), highlight=False)
        if not all(r.passed for r in results):
            raise typer.Exit(1)


def quality_graph(store: Path, statements: list[Statement], from_corpus: bool) -> ResolvedGraph:
    """The graph to check: the store's, or one resolved here from documents read without a store."""
    from kg.graph import build_graph
    from kg.resolve import resolve

    if from_corpus:
        return build_graph(statements, resolve(statements))
    return Store(store).graph()


@app.command()
def review(store: StoreOption = DEFAULT_STORE, fmt: FormatOption = OutputFormat.table) -> None:
    """List the names that may be one person or several, one group per name.

    Each group shows every mention, the people they form now and the evidence for and against (csv:
    one row per mention; json: one object per group).

    Example: kg review, then kg judge confirm group-1a2b3c4d5e6f7a8b
    """
    from kg.review import ROW_COLUMNS, queue_rows, queue_text

    try:
        groups = Store(store).review_groups()
    except StoreError as exc:
        raise fail(str(exc)) from None
    if fmt is OutputFormat.json:
        sys.stdout.write(json.dumps([g.to_dict() for g in groups], indent=1, ensure_ascii=False) + "\n")
    elif fmt is OutputFormat.csv:
        print_rows(ROW_COLUMNS, queue_rows(groups), fmt)
    else:
        console.print(shown(queue_text(groups)), highlight=False, soft_wrap=True)


class Decision(str, Enum):
    confirm = "confirm"
    reject = "reject"


@app.command()
def judge(
    decision: Annotated[Decision, typer.Argument(help="confirm (one person) or reject (keep them apart).")],
    a: Annotated[str, typer.Argument(help="A group id from `kg review`, or a mention id.")],
    b: Annotated[str | None, typer.Argument(help="With a mention id: the other mention id.")] = None,
    judgements: Annotated[Path, typer.Option(help="The judgements file.")] = Path("kg-judgements.yaml"),
    note: Annotated[str, typer.Option(help="Why.")] = "",
    by: Annotated[str | None, typer.Option(help="Who decided (recorded with the date); default: your user name.")
                  ] = None,
    store: StoreOption = DEFAULT_STORE,
) -> None:
    """Record a review decision on a group of the store (or on two of its person mentions).

    It is applied on every build.

    Example: kg judge reject group-1a2b3c4d5e6f7a8b --note "different organisations"
    """
    from kg.resolve import Judgement, JudgementsError, group_judgement, save_judgement

    when = datetime.now(UTC).isoformat(timespec="seconds")
    who = by or user_name()
    try:
        resolution = Store(store).resolution()
    except StoreError as exc:
        raise fail(str(exc)) from None
    if a.startswith("group-"):
        group = resolution.group(a)
        if group is None:
            raise fail(f"no group {a} in {store}: see `kg review`")
        judgement = group_judgement(decision.value, group, note, who, when)
    elif b is None:
        raise fail("a mention id needs the other mention id (or give a group id from `kg review`)")
    else:
        unknown = resolution.unknown_mentions(a, b)
        if unknown:
            raise fail(f"{unknown[0]} is not a person mention in {store} (the ids are those `kg review` lists)")
        judgement = Judgement(decision.value, a, b, note, who, when)
    try:
        save_judgement(judgements, judgement)
    except (JudgementsError, OSError) as exc:
        raise fail(str(exc)) from None
    subject = a if b is None else f"{a} {b}"
    console.print(f"recorded {decision.value} {subject} in {judgements}; run `kg build` to apply it",
                  highlight=False)


@app.command()
def sparql(
    query_text: Annotated[str | None, typer.Argument(metavar="QUERY", help="A SPARQL query; none opens a console.")
                          ] = None,
    file: Annotated[Path | None, typer.Option("--file", "-f", help="Read the query from this file.")] = None,
    store: StoreOption = DEFAULT_STORE,
    fmt: Annotated[OutputFormat, typer.Option("--format", help="How to print rows.")] = OutputFormat.table,
) -> None:
    """Run a SPARQL query over all graphs, or open an interactive console.

    The model's prefixes are declared for you. In the console, end a query with ';' or a blank line;
    quit with Ctrl-D.

    Example: kg sparql "SELECT ?name WHERE { ?p a kg:Person ; foaf:name ?name }" --format csv
    """
    from kg.canned import QueryError
    from kg.console import with_prefixes
    from kg.rdf.sparql import run_sparql
    from kg.rdf.store import open_rdf

    if query_text and file:
        raise fail("give a query or --file, not both")
    try:
        if file:
            query_text = file.read_text(encoding="utf-8")
        rdf = open_rdf(Store(store))
    except StoreError as exc:
        raise fail(str(exc)) from None
    except OSError as exc:
        raise fail(f"{file}: cannot read ({exc.strerror})") from None

    def run_one(text: str) -> None:
        columns, rows = run_sparql(rdf, with_prefixes(text))
        print_rows(columns, rows, fmt)

    answer_queries(query_text, run_one, {QueryError: ("", 2)}, store, "sparql")


@app.command()
def cypher(
    query_text: Annotated[str | None, typer.Argument(metavar="QUERY", help="A Cypher query; none opens a console.")
                          ] = None,
    file: Annotated[Path | None, typer.Option("--file", "-f", help="Read the query from this file.")] = None,
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="KEY=VALUE, passed as $KEY.")] = None,
    store: StoreOption = DEFAULT_STORE,
    fmt: Annotated[OutputFormat, typer.Option("--format", help="How to print rows.")] = OutputFormat.table,
    uri: UriOption = None,
    user: UserOption = None,
    password_env: PasswordEnvOption = None,
    database: DatabaseOption = None,
) -> None:
    """Run a Cypher query on the embedded property-graph store or a Neo4j server, or open a console.

    With --uri the query goes to the Neo4j server. In the console, end a query with ';' or a blank
    line; quit with Ctrl-D.

    Example: kg cypher "MATCH (p:Person)-[i:INVOLVED_IN]->(d:Document) RETURN p.caption, i.relation LIMIT 5"
    """
    from kg.pg import CypherError
    from kg.pg.ladybug import open_cypher, run_cypher
    from kg.pg.neo4j import Neo4jUnavailable, run_cypher_neo4j

    if query_text and file:
        raise fail("give a query or --file, not both")
    params = parse_params(param)
    try:
        if file:
            query_text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise fail(f"{file}: cannot read ({exc.strerror})") from None
    if uri:
        driver, database = open_neo4j(uri, user, password_env, database)

        def answer(text: str) -> tuple[list[str], list[list[str]]]:
            return run_cypher_neo4j(driver, text, params, database)
    else:
        try:
            connection = open_cypher(Store(store))
        except StoreError as exc:
            raise fail(str(exc)) from None

        def answer(text: str) -> tuple[list[str], list[list[str]]]:
            return run_cypher(connection, text, params)

    def run_one(text: str) -> None:
        columns, rows = answer(text)
        print_rows(columns, rows, fmt)

    answer_queries(query_text, run_one, {CypherError: ("Cypher: ", 1), Neo4jUnavailable: ("", 2)}, store, "cypher")


# An error in a query the user can put right: the words said before its message, and the exit code of a one-query run.
QueryFailures = dict[type[Exception], tuple[str, int]]


def answer_queries(query_text: str | None, run_one: Callable[[str], None], failures: QueryFailures, store: Path,
                   language: str) -> None:
    """Run the one query given (a failure ends the command), or else every query typed at the console or read from
    standard input (a failure is reported and the next query read)."""
    from kg.console import file_history, run_console, run_script

    caught = tuple(failures)

    def said(exc: Exception) -> tuple[str, int]:
        prefix, code = next(failure for kind, failure in failures.items() if isinstance(exc, kind))
        return f"{prefix}{exc}", code

    if query_text:
        try:
            run_one(query_text)
        except caught as exc:
            raise fail(*said(exc)) from None
        return

    def run_interactive(text: str) -> None:
        try:
            run_one(text)
        except caught as exc:
            report_error(said(exc)[0])

    if sys.stdin.isatty():
        run_console(run_interactive, history=file_history(store, language))
    else:
        run_script(run_interactive, sys.stdin)


@app.command()
def validate(store: StoreOption = DEFAULT_STORE, fmt: FormatOption = OutputFormat.table) -> None:
    """Check the built graph against the SHACL shapes generated from the model; exit 1 on violations.

    Example: kg validate --store kg-store
    """
    from kg.rdf import quads
    from kg.rdf.validate import validate_quads

    try:
        report = validate_quads(quads(Store(store).graph()))
    except StoreError as exc:
        raise fail(str(exc)) from None
    if report.violations:
        rows = [[v.severity, v.focus, v.path, v.value, v.message, v.document, v.quote] for v in report.violations]
        print_rows(["severity", "focus", "path", "value", "message", "document", "quote"], rows, fmt,
                   title="SHACL violations")
    if not report.conforms:
        errors.print(f"{store}: {len(report.violations)} violations of the shapes in {report.triples} triples",
                     highlight=False, soft_wrap=True)
        raise typer.Exit(1)
    errors.print(f"{store}: {report.triples} triples conform to the shapes", highlight=False, soft_wrap=True)


def sparql_credentials(user: str | None, password_env: str | None) -> Credentials | None:
    """Basic-authentication credentials for a SPARQL server, the password from an environment variable."""
    import os

    from kg.rdf.push import Credentials

    if not user:
        return None
    if not password_env:
        raise fail("--user needs --password-env VAR naming the variable that holds the password")
    if password_env not in os.environ:
        raise fail(f"the environment variable {password_env} is not set")
    return Credentials(user, os.environ[password_env])


class PushTarget(str, Enum):
    sparql = "sparql"
    neo4j = "neo4j"


@app.command()
def push(
    target: Annotated[PushTarget, typer.Argument(help="sparql (any SPARQL 1.1 store) or neo4j.")],
    endpoint: Annotated[str | None, typer.Option(
        help="sparql: the Graph Store Protocol URL (or the update URL with --method update).")] = None,
    uri: UriOption = None,
    store: StoreOption = DEFAULT_STORE,
    graph: Annotated[str | None, typer.Option(help="sparql: put everything in this one graph, not one per "
                                                   "document.")] = None,
    method: Annotated[str, typer.Option(help="sparql: gsp (HTTP PUT per graph) or update (SPARQL Update).")
                      ] = "gsp",
    database: DatabaseOption = None,
    batch: Annotated[int, typer.Option(min=1, help="neo4j: rows per transaction.")] = 1000,
    prune: Annotated[bool, typer.Option(help="Delete what the graph no longer has (documents removed or changed "
                                             "since the last push): neo4j its nodes and relationships, sparql "
                                             "its documents' graphs (needs --query-endpoint).")] = False,
    query_endpoint: Annotated[str | None, typer.Option(help="sparql --prune: the server's SPARQL query URL, to "
                                                            "list the graphs it holds.")] = None,
    user: UserOption = None,
    password_env: PasswordEnvOption = None,
    contacts: Annotated[bool, typer.Option("--contacts/--no-contacts", help="Include officials' e-mail addresses "
                                                                            "and telephone numbers.")] = True,
) -> None:
    """Load the graph into a SPARQL store or merge it into a Neo4j database.

    A SPARQL store's graphs of the documents pushed before are replaced; the Neo4j merge is
    idempotent; --prune removes what is gone.

    Example: kg push sparql --endpoint http://127.0.0.1:7878/store --prune --query-endpoint http://127.0.0.1:7878/query;
    NEO4J_PASSWORD=... kg push neo4j --uri bolt://127.0.0.1:7687 --prune
    """
    if target is PushTarget.neo4j:
        if not uri:
            raise fail("kg push neo4j needs --uri bolt://HOST:PORT (or $NEO4J_URI)")
        push_neo4j(Store(store), uri, user, password_env, database, batch, prune, contacts)
        return
    if not endpoint:
        raise fail("kg push sparql needs --endpoint URL")
    if prune and not query_endpoint:
        raise fail("kg push sparql --prune needs --query-endpoint URL (the server's SPARQL query URL), to list the "
                   "graphs it holds")
    from kg.rdf import Vocabulary, quads
    from kg.rdf.push import PushError, check_target
    from kg.rdf.push import push as push_graphs

    credentials = sparql_credentials(user, password_env)
    try:
        check_target(endpoint, method, graph, query_endpoint)
        report = push_graphs(quads(Store(store).graph(include_contacts=contacts)), endpoint, method=method, graph=graph,
                             credentials=credentials, query_endpoint=query_endpoint,
                             prune=Vocabulary().graph("").value if prune else None)
    except (StoreError, PushError, ValueError) as exc:  # ValueError: a bad KG_BASE_IRI
        raise fail(str(exc)) from None
    removed = f"; removed {report.removed} graphs the store no longer holds" if prune else ""
    console.print(f"pushed {report.triples} triples in {report.graphs} graphs{removed}", highlight=False)
    if not prune:
        console.print("(without --prune nothing is removed: the graphs of removed or changed documents stay)",
                      style="dim", highlight=False)


def push_neo4j(store: Store, uri: str, user: str | None, password_env: str | None, database: str | None,
               batch: int, prune: bool, contacts: bool) -> None:
    from kg.pg.neo4j import Neo4jUnavailable
    from kg.pg.neo4j import push as push_graph

    try:
        graph = store.graph(include_contacts=contacts)
    except StoreError as exc:
        raise fail(str(exc)) from None
    driver, database = open_neo4j(uri, user, password_env, database)
    with driver, Progress(TextColumn("pushing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                          console=errors, transient=True) as progress:
        task = progress.add_task("pushing", total=None)

        def on_batch(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        try:
            report = push_graph(graph, driver, database, batch=batch, prune=prune, progress=on_batch)
        except Neo4jUnavailable as exc:
            raise fail(str(exc)) from None
    table = Table("", "created", "updated", "unchanged", "removed", title=f"pushed to {uri}")
    table.add_row("nodes", *map(str, (report.nodes_created, report.nodes_updated, report.nodes_unchanged,
                                      report.nodes_removed)))
    table.add_row("relationships", *map(str, (report.relationships_created, report.relationships_updated,
                                              report.relationships_unchanged, report.relationships_removed)))
    console.print(table)
    if not prune:
        console.print("(without --prune nothing is removed: what removed documents supported stays)", style="dim")


@app.command()
def ontology(
    root: Annotated[Path | None, typer.Option(help="The project folder holding ontology/ and docs/.")] = None,
    check: Annotated[bool, typer.Option(help="Only report out-of-date files; exit 1 if any.")] = False,
) -> None:
    """Generate the OWL ontology, the SHACL shapes and docs/model.md from ontology/model.yaml.

    Example: kg ontology --check
    """
    from kg.modelgen import ModelError, default_root, stale_files, write_generated

    folder = root or default_root()
    try:
        if check:
            stale = stale_files(folder)
            for path in stale:
                errors.print(f"out of date: {path} (run `kg ontology`)", highlight=False, soft_wrap=True)
            if stale:
                raise typer.Exit(1)
            console.print("the generated files match the model", highlight=False)
            return
        for path in write_generated(folder):
            console.print(f"wrote {path}", highlight=False)
    except ModelError as exc:
        raise fail(f"model: {exc}") from None
    except OSError as exc:
        raise fail(f"cannot write ({exc})") from None


def main() -> None:
    # an embedded engine that crashes (LadybugDB has segfaulted on some queries) takes the process
    # with it: say so on standard error, with where it happened, rather than die silently
    faulthandler.enable()
    app()
