"""The `checker` command line: argument parsing and rendering only; all logic is in `checker/`."""
