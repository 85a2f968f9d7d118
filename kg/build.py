"""Build: documents in, a resolved graph out, written to the embedded store.

Files and folders are read recursively; a file that cannot be read, or on which a loader
fails, gets one line naming the file and the reason, and the rest of the batch carries on.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.documents import Document, DocumentError
from kg.graph import ResolvedGraph, build_graph
from kg.loaders import load_document
from kg.loaders.readers import read_document, supported_files
from kg.resolve import Judgement, load_judgements, resolve
from kg.statements import Statement
from kg.store import previous_identities, write_store


@dataclass
class BuildReport:
    documents: list[dict[str, object]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


def discover(paths: Iterable[Path]) -> tuple[list[Path], list[str]]:
    """The files to read: files named directly, and supported files under folders (sorted)."""
    files: list[Path] = []
    errors: list[str] = []
    for path in paths:
        if path.is_dir():
            found, unreadable = supported_files(path)
            files.extend(found)
            errors.extend(unreadable)
        elif path.is_file():
            files.append(path)
        else:
            errors.append(f"{path}: no such file or folder")
    return files, errors


def read_all(files: list[Path], report: BuildReport, progress: Callable[[Path], None] | None = None
             ) -> tuple[list[Document], list[Statement]]:
    documents: dict[str, Document] = {}
    statements: list[Statement] = []
    for path in files:
        if progress:
            progress(path)
        try:
            document = read_document(path)
        except DocumentError as exc:
            report.errors.append(str(exc))
            continue
        if document.id in documents:
            report.warnings.append(f"{path}: same content as {documents[document.id].path}; read once")
            continue
        try:
            result = load_document(document)
        except Exception as exc:  # a loader bug must not stop the batch
            report.errors.append(f"{path}: could not be read by the loaders ({type(exc).__name__}: {exc})")
            continue
        documents[document.id] = document
        statements.extend(result.statements)
        report.warnings.extend(result.warnings)
        report.documents.append({"id": document.id, "name": document.name, "path": document.path,
                                 "format": document.format, "families": list(result.families),
                                 "statements": len(result.statements)})
    return list(documents.values()), statements


def build(paths: Iterable[Path], store: Path, *, judgements_file: Path | None = None,
          progress: Callable[[Path], None] | None = None, on_files: Callable[[int], None] | None = None
          ) -> BuildReport:
    report = BuildReport()
    files, errors = discover(paths)
    report.errors.extend(errors)
    if on_files:
        on_files(len(files))
    judgements: list[Judgement] = load_judgements(judgements_file)
    documents, statements = read_all(files, report, progress)
    resolution = resolve(statements, judgements, previous_identities(store))
    graph = build_graph(statements, resolution)
    report.warnings.extend(graph.warnings)
    report.counts = graph_counts(graph, len(documents))
    manifest = {"documents": report.documents, "counts": report.counts, "errors": report.errors,
                "warnings": report.warnings, "judgements": [j.to_dict() for j in judgements]}
    write_store(store, documents, graph, manifest)
    return report


def graph_counts(graph: ResolvedGraph, documents: int) -> dict[str, int]:
    """What a build summary says: documents, statements, people, organisations, relations, review groups, per schema."""
    schemas = Counter(node.schema for node in graph.nodes.values())
    schemas.update(edge.schema for edge in graph.edges if edge.prop is None)
    return {
        "documents": documents,
        "statements": len(graph.statements),
        "people": schemas.get("Person", 0),
        "organisations": schemas.get("Organisation", 0),
        "relations": schemas.get("Involvement", 0),
        "review_groups": len(graph.resolution.groups),
        **{f"entities:{k}": v for k, v in sorted(schemas.items())},
    }
