"""The `sitreps` command line: one Typer app, commands grouped by what they act on."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from sitreps import __version__
from sitreps.cli import extract, health, monitor, store, tools  # noqa: F401  (the modules register their commands)
from sitreps.cli.common import app, err
from sitreps.errors import SitrepsError

__all__ = ["app", "main"]


def _version(value: bool) -> None:
    if value:
        print(f"sitreps {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """War news in many languages -> geocoded, source-attributed conflict events."""


def main() -> None:
    try:
        app()
    except SitrepsError as e:
        err.print(f"[red]error:[/red] {e}", highlight=False)
        sys.exit(1)
