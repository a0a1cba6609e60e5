"""The `checker` command line: argument parsing and rendering only; all logic is in `checker/`."""

import gc

# A check allocates many small objects that live for the whole run (language data, name
# indexes, sentences): with Python's default (a young-generation collection every 700
# allocations) a tenth of a fact-only check's CPU time went to collections that found
# almost nothing. Peak memory is the same with the higher threshold (issue 12).
gc.set_threshold(10_000, 10, 10)
