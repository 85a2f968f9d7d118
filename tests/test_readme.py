"""The README documents every command: each `kg` command of the CLI appears in a code example."""

from __future__ import annotations

import re
from pathlib import Path

import typer.main

from kg.cli import app

README = Path(__file__).resolve().parents[1] / "README.md"


def commands() -> set[str]:
    """The command names of the typer app, groups' subcommands as 'group sub'."""
    root = typer.main.get_command(app)
    names = set()
    for name, command in root.commands.items():  # type: ignore[attr-defined]
        names.add(name)
        names.update(f"{name} {sub}" for sub in getattr(command, "commands", {}))
    return names


def examples() -> list[str]:
    """The command lines of the README's fenced code blocks."""
    blocks = re.findall(r"^```[a-z]*\n(.*?)^```", README.read_text(encoding="utf-8"), re.MULTILINE | re.DOTALL)
    return [line.strip() for block in blocks for line in block.splitlines() if line.strip()]


def test_every_command_has_an_example_in_the_readme() -> None:
    lines = examples()
    undocumented = {name for name in commands()
                    if not any(re.search(rf"(?:^|[\s/&]){re.escape('kg ' + name)}\b", line) for line in lines)}
    assert not undocumented, f"commands with no example in README.md: {sorted(undocumented)}"


def test_the_commands_are_read_from_the_app() -> None:
    assert {"build", "query", "eval"} <= commands()
