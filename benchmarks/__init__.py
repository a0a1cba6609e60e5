"""Benchmarks and evaluation code (gold alignments, findings snapshots): run from the
repository, never installed with checker."""
