"""The package list, which pyproject.toml cannot declare: every package under checker/
(found, so a new subpackage or language is never left out of the wheel) and the command
line, whose folder cli/ installs as `checker_cli` (pyproject's package-dir). Everything
else is in pyproject.toml."""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["checker", "checker.*"]), "checker_cli"])
