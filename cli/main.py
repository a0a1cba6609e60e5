"""Entry point: the Typer app and the one place that turns errors into exit codes.

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it;
2 usage or input error, reported as one line on stderr.
"""

from __future__ import annotations

import sys

import typer

from checker import __version__
from checker.errors import CheckerError

from . import align as align_cli
from . import baseline as baseline_cli
from . import check, glossary, pairs
from . import models as models_cli
from . import translate as translate_cli

app = typer.Typer(
    name="checker",
    help="Offline multilingual translation and fact-consistency checker for newsrooms.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"checker {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """Offline multilingual translation and fact-consistency checker for newsrooms."""


app.command("check")(check.check_command)
app.command("pairs")(pairs.pairs_command)
app.command("align")(align_cli.align_command)
app.command("translate")(translate_cli.translate_command)
app.add_typer(models_cli.app, name="models")
app.add_typer(baseline_cli.app, name="baseline")
app.add_typer(glossary.app, name="glossary")


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; a CheckerError becomes one line on stderr and exit code 2."""
    try:
        result = app(args=argv, prog_name="checker", standalone_mode=False)
    except CheckerError as exc:
        print(f"checker: error: {exc}", file=sys.stderr)
        return 2
    except typer.Exit as exc:
        return exc.exit_code
    except typer.Abort:
        print("checker: aborted", file=sys.stderr)
        return 130
    except KeyboardInterrupt:
        print("checker: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        # Click's usage errors (Typer vendors its own click, so match by shape):
        # they print their own one-line message; UsageError carries exit code 2.
        if hasattr(exc, "show") and isinstance(getattr(exc, "exit_code", None), int):
            exc.show()
            return exc.exit_code
        raise
    return result if isinstance(result, int) else 0


if __name__ == "__main__":
    sys.exit(main())
