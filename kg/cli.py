"""The command line: a thin typer layer over the library, with the same verbs.

Every command that prints rows takes `--format table|csv|json`; errors are one line on
stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import csv
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from kg.store import DEFAULT_STORE, Store, StoreError

app = typer.Typer(help="kg: a knowledge graph of people, organisations and findings from inspection reports.",
                  pretty_exceptions_show_locals=False,
                  no_args_is_help=True, add_completion=False)
console = Console()
errors = Console(stderr=True)

StoreOption = Annotated[Path, typer.Option("--store", "-s", help="The graph's directory.")]


class OutputFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


FormatOption = Annotated[OutputFormat, typer.Option("--format", "-f", help="How to print rows.")]


def fail(message: str, code: int = 2) -> typer.Exit:
    errors.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


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
            table.add_row(*row)
        console.print(table)
        console.print(f"{len(rows)} rows", style="dim")


@app.command()
def build(
    paths: Annotated[list[Path], typer.Argument(help="Files and folders to read (folders recursively).")],
    store: StoreOption = DEFAULT_STORE,
    judgements: Annotated[Path, typer.Option(help="Review decisions to apply (see `kg review`).")] = Path(
        "kg-judgements.yaml"),
) -> None:
    """Read documents and build the graph into the store.

    Example: kg build ../shared/corpus --store kg-store
    """
    from kg.build import build as run_build
    from kg.resolve import JudgementsError

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=errors, transient=True) as progress:
        task = progress.add_task("reading", total=None)

        def on_files(count: int) -> None:
            progress.update(task, total=count)

        def on_file(path: Path) -> None:
            progress.update(task, advance=1, description=f"reading {path.name[:40]}")

        try:
            report = run_build(paths, store, judgements_file=judgements, progress=on_file, on_files=on_files)
        except (StoreError, JudgementsError) as exc:
            raise fail(str(exc)) from None
    for line in report.errors:
        errors.print(f"[red]error:[/red] {line}", highlight=False, soft_wrap=True)
    c = report.counts
    console.print(f"built {store}: {c['documents']} documents, {c['people']} people, "
                  f"{c['organisations']} organisations, {c['relations']} relations, "
                  f"{c['statements']} statements, {len(report.warnings)} warnings, {len(report.errors)} errors, "
                  f"{c['review_candidates']} pairs to review", highlight=False, soft_wrap=True)
    if report.errors:
        raise typer.Exit(1)


@app.command()
def query(
    name: Annotated[str | None, typer.Argument(help="The canned query's name (see --list).")] = None,
    store: StoreOption = DEFAULT_STORE,
    fmt: FormatOption = OutputFormat.table,
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="KEY=VALUE, repeatable.")] = None,
    engine: Annotated[str, typer.Option(help="sparql (the embedded store).")] = "sparql",
    list_queries: Annotated[bool, typer.Option("--list", help="List the canned queries.")] = False,
) -> None:
    """Run a canned query from queries/.

    Example: kg query lead-inspectors --format csv
    """
    from kg.canned import ENGINES, QueryError, canned_queries, get_query, run_sparql

    if engine not in ENGINES:
        raise fail(f"unknown engine {engine!r}: choose {' or '.join(ENGINES)}")
    if list_queries:
        rows = [[q.name, q.description, q.parameters, ", ".join(q.columns)] for q in canned_queries(engine).values()]
        print_rows(["name", "description", "parameters", "columns"], rows, fmt)
        return
    if not name:
        raise fail("name a query, or use --list")
    params = {}
    for item in param or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise fail(f"--param takes KEY=VALUE, not {item!r}")
        params[key.strip()] = value
    try:
        canned = get_query(name, engine)
        if engine != "sparql":
            raise fail(f"the {engine} engine is not available in this version; use --engine sparql")
        columns, rows = run_sparql(Store(store).rdf(), canned.text, params)
    except (QueryError, StoreError) as exc:
        raise fail(str(exc)) from None
    print_rows(columns, rows, fmt, title=canned.name)


@app.command()
def export(
    kind: Annotated[str, typer.Argument(help="statements")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The file to write.")],
    store: StoreOption = DEFAULT_STORE,
) -> None:
    """Export the graph to a file.

    Example: kg export statements --output statements.jsonl
    """
    from kg.statements import write_jsonl

    try:
        source = Store(store)
        if kind == "statements":
            count = write_jsonl(source.statements(), output)
        else:
            raise fail(f"unknown export {kind!r}: choose statements")
    except StoreError as exc:
        raise fail(str(exc)) from None
    except OSError as exc:
        raise fail(f"{output}: cannot write ({exc.strerror})") from None
    console.print(f"wrote {count} {kind} to {output}", highlight=False)


@app.command("eval")
def evaluate(
    gold: Annotated[Path, typer.Option(help="A folder of answer keys in the shared gold schema.")],
    store: StoreOption = DEFAULT_STORE,
    other: Annotated[bool, typer.Option(help="Count the relation 'other' too.")] = False,
    details: Annotated[bool, typer.Option(help="List the missing and unexpected rows.")] = False,
) -> None:
    """Score the graph against answer keys: precision, recall and F1 per document and relation.

    Example: kg eval --gold ../shared/gold
    """
    from kg.evaluate import evaluate as score
    from kg.evaluate import format_report

    if not gold.is_dir():
        raise fail(f"{gold}: not a folder of answer keys")
    try:
        report = score(Store(store).statements(), gold, include_other=other)
    except StoreError as exc:
        raise fail(str(exc)) from None
    console.print(format_report(report, details=details), highlight=False)


@app.command()
def review(store: StoreOption = DEFAULT_STORE, fmt: FormatOption = OutputFormat.table) -> None:
    """List pairs of person mentions that may be one person, with the evidence for and against.

    Example: kg review, then kg judge confirm person-a person-b
    """
    try:
        candidates = Store(store).candidates()
    except StoreError as exc:
        raise fail(str(exc)) from None
    rows = [[c["a"], c["b"], c["name_a"], c["name_b"], f"{c['score']:.2f}", "; ".join(c["for"]),
             "; ".join(c["against"])] for c in candidates]
    print_rows(["a", "b", "name_a", "name_b", "score", "for", "against"], rows, fmt)


class Decision(str, Enum):
    confirm = "confirm"
    reject = "reject"


@app.command()
def judge(
    decision: Annotated[Decision, typer.Argument(help="confirm (one person) or reject (two people).")],
    a: Annotated[str, typer.Argument(help="A mention id from `kg review`.")],
    b: Annotated[str, typer.Argument(help="The other mention id.")],
    judgements: Annotated[Path, typer.Option(help="The judgements file.")] = Path("kg-judgements.yaml"),
    note: Annotated[str, typer.Option(help="Why.")] = "",
) -> None:
    """Record a review decision; it is applied on every build.

    Example: kg judge reject person-1a2b person-3c4d --note "different organisations"
    """
    from kg.resolve import Judgement, JudgementsError, save_judgement

    try:
        save_judgement(judgements, Judgement(decision.value, a, b), note)
    except (JudgementsError, OSError) as exc:
        raise fail(str(exc)) from None
    console.print(f"recorded {decision.value} {a} {b} in {judgements}; run `kg build` to apply it", highlight=False)


def main() -> None:
    app()
