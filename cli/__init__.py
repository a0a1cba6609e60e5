"""The `checker` command line: argument parsing and rendering only; all logic is in `checker/`."""

import atexit
import gc

# A check allocates many small objects that live for the whole run (language data, name
# indexes, sentences): with Python's default (a young-generation collection every 700
# allocations) a tenth of a fact-only check's CPU time went to collections that found
# almost nothing. Peak memory is the same with the higher threshold (issue 12).
gc.set_threshold(10_000, 10, 10)
# At exit Python collects garbage over every object still alive before freeing them: for a
# short run (one pair, one story) that took a tenth of its CPU time to find nothing. Frozen
# objects are skipped by those collections (they are still freed; only cyclic garbage left
# at exit is not looked for, which the process's end frees anyway).
atexit.register(gc.freeze)
