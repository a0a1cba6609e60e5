"""The keys' filter of a compiled word list (checker/facts/wordlist_filter.py) never rules
out a key the list has, and rules out most others."""

from __future__ import annotations

import random

from checker.facts.wordlist_filter import KeyFilter, build_bits


def test_every_key_passes_and_few_others_do():
    rng = random.Random(3)
    letters = "abcdefghijklmnopqrstuvwxyzäöüßёжщاب中"
    keys = {"".join(rng.choice(letters) for _ in range(rng.randint(1, 12))) for _ in range(20000)}
    keys |= {"", "Haus", "häuser", "Москва", "\ud800x"}  # a lone surrogate too
    words = KeyFilter(build_bits(keys, len(keys)))
    assert all(words.may_hold(k) for k in keys)
    others = [k + "#" for k in keys]
    passed = sum(words.may_hold(k) for k in others) / len(others)
    assert passed < 0.05


def test_the_same_keys_give_the_same_bits_in_any_process():
    """Bits are stored and read by other processes: no per-process string hash."""
    assert build_bits(["Haus", "Maus"], 2) == build_bits(["Maus", "Haus"], 2)
    assert build_bits(["Haus"], 1).hex().count("0") < 2 * len(build_bits(["Haus"], 1))


def test_may_hold_reads_the_bits_build_bits_sets():
    """may_hold (its positions unrolled, its second hash read only when needed) answers as
    the positions build_bits sets: "maybe" exactly where all of a word's bits are set."""
    from checker.facts.wordlist_filter import _positions

    rng = random.Random(5)
    keys = {"".join(rng.choice("abcdefgäöü") for _ in range(rng.randint(1, 8)))
            for _ in range(3000)}
    bits = build_bits(keys, len(keys))
    words, size = KeyFilter(bits), len(bits) * 8
    probes = sorted(keys) + [k + end for k in sorted(keys) for end in ("e", "en", "s")]
    for word in probes:
        expected = all(bits[at >> 3] >> (at & 7) & 1 for at in _positions(word, size))
        assert words.may_hold(word) == expected
