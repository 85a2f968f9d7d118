"""The interactive consoles of `kg sparql` and `kg cypher`: type a query over one or more lines and end
it with ';' or a blank line; results print as rows. History is kept between sessions.

    kg> SELECT ?name WHERE {
    ...   ?p foaf:name ?name }
    ...

Piped input (not a terminal) is read the same way, without prompts.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from prompt_toolkit import PromptSession
from prompt_toolkit.history import FileHistory, History

from kg.model import load_model

QUIT_WORDS = frozenset({"quit", "exit", ".quit", r"\q"})
PROMPT = "kg> "
CONTINUATION = "... "

RunQuery = Callable[[str], None]


def history_path(store: Path, language: str) -> Path:
    """The history file of one query language: in the user's home if it is writable, else in the store folder."""
    name = f".kg_{language}_history"
    home = Path(os.path.expanduser("~"))
    return home / name if os.access(home, os.W_OK) else store / name


def with_prefixes(query: str) -> str:
    """The query with the model's PREFIX lines before it, for those it does not declare itself."""
    declared = query.upper()
    lines = [f"PREFIX {name}: <{iri}>" for name, iri in load_model().prefixes.items()
             if f"PREFIX {name.upper()}:" not in declared]
    return "\n".join([*lines, query])


@dataclass
class QueryBuffer:
    """Lines typed so far; a query is complete at a line ending in ';' or at a blank line."""

    lines: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not any(line.strip() for line in self.lines)

    def add(self, line: str) -> str | None:
        """Add a typed line; return the complete query (without its ';') or None to read on."""
        if not line.strip():
            return self.take() if not self.empty else None
        self.lines.append(line)
        if line.rstrip().endswith(";"):
            return self.take()
        return None

    def take(self) -> str:
        text = "\n".join(self.lines).rstrip().removesuffix(";").strip()
        self.lines.clear()
        return text


def run_console(run_query: RunQuery, history: History | None = None, session: PromptSession[str] | None = None,
                ) -> None:
    """Read queries until end of input or `quit`, handing each complete one to `run_query`."""
    session = session or PromptSession(history=history)
    buffer = QueryBuffer()
    while True:
        try:
            line = session.prompt(PROMPT if buffer.empty else CONTINUATION)
        except KeyboardInterrupt:
            buffer.lines.clear()
            continue
        except EOFError:
            break
        if buffer.empty and line.strip().lower() in QUIT_WORDS:
            break
        query = buffer.add(line)
        if query:
            run_query(query)


def run_script(run_query: RunQuery, lines: Iterable[str]) -> None:
    """Run the queries in piped input (not a terminal) the same way, without prompts."""
    buffer = QueryBuffer()
    for line in lines:
        query = buffer.add(line.rstrip("\n"))
        if query:
            run_query(query)
    if not buffer.empty:
        run_query(buffer.take())


def file_history(store: Path, language: str) -> FileHistory:
    return FileHistory(str(history_path(store, language)))
