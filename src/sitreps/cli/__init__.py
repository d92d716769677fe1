"""The `sitreps` command line: one Typer app, commands grouped by what they act on."""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.markup import escape

from sitreps import __version__
from sitreps.cli import extract, health, monitor, store, tools  # noqa: F401  (the modules register their commands)
from sitreps.cli.common import app, err, errors
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
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Only errors on stderr: no progress bars, notes or summaries.")
    ] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Also the libraries' logs on stderr (migrations, fetches, Dask).")
    ] = False,
) -> None:
    """War news in many languages -> geocoded, source-attributed conflict events."""
    err.quiet = quiet
    if verbose and not quiet:
        import logging

        logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")


def main() -> None:
    try:
        app()
    except SitrepsError as e:
        errors.print(f"[red]error:[/red] {escape(str(e))}", highlight=False, soft_wrap=True)  # one line, [..] kept
        sys.exit(1)
