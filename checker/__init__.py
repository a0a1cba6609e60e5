"""checker: offline multilingual translation and fact-consistency checker.

The library is organised by pipeline stage: ``load`` -> ``language`` ->
``segment`` -> ``facts`` -> ``translate`` -> ``embed`` -> ``align`` ->
``compare`` -> ``report``; ``pipeline`` wires them together. It returns data
and never prints or exits: the command line (folder ``cli/``, installed as
``checker_cli``) renders.
"""

__version__ = "0.1.0"
