"""Entry point: the Typer app and the one place that turns errors into exit codes.

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it;
2 usage or input error, reported as one line on stderr.
"""

from __future__ import annotations

import signal
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


class Interrupted(BaseException):
    """Ctrl-C, raised by our SIGINT handler: not a KeyboardInterrupt, so that click does
    not turn it into its own blank line and "Aborted!"."""


def _on_sigint(signum, frame) -> None:
    raise Interrupted


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; a CheckerError becomes one line on stderr and exit code 2."""
    try:
        previous = signal.signal(signal.SIGINT, _on_sigint)
    except ValueError:  # not the main thread: leave signals alone
        previous = None
    try:
        return _run(argv)
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


def _run(argv: list[str] | None) -> int:
    try:
        result = app(args=argv, prog_name="checker", standalone_mode=False)
    except CheckerError as exc:
        return _error(str(exc))
    except typer.Exit as exc:
        return exc.exit_code
    except (typer.Abort, KeyboardInterrupt, Interrupted):
        print("checker: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # a file the library did not expect to fail (permissions, I/O)
        where = f"{exc.filename}: " if exc.filename else ""
        return _error(f"{where}{exc.strerror or exc}")
    except MemoryError:
        return _error("out of memory (is an input far larger than a story? "
                      "see --max-file-size)")
    except Exception as exc:
        # Click's usage errors (Typer vendors its own click, so match by shape): one line.
        if hasattr(exc, "format_message") and isinstance(getattr(exc, "exit_code", None), int):
            ctx = getattr(exc, "ctx", None)
            hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
            return _error(f"{exc.format_message()}{hint}", exc.exit_code)
        raise
    return result if isinstance(result, int) else 0


def _error(message: str, code: int = 2) -> int:
    from .render import one_line

    print(f"checker: error: {one_line(message)}", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
