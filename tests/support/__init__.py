"""Helpers the tests share that are not fixtures: builders of test inputs (a real-format
Argos package) and the way to run the source tree's CLI. Imported as `support`
(pyproject's pytest `pythonpath` puts tests/ on the path); never shipped in the wheel."""
