"""A Bloom filter of a compiled word list's keys (checker/facts/wordlist_store.py).

Most words asked about are not in the list (the plural and compound forms tried on a German
noun, a name's inflections): a filter of a few bits per key answers "surely not" for
nearly all of them in memory, and only the rest are looked up in the SQLite file. It never
answers "no" for a key the list has, so every answer stays the list's own.

The bits are built with the list and stored in its file. Hashes are CRC-32 of the key's
UTF-8 bytes from two seeds (Python's own string hash changes from process to process),
combined by double hashing into `HASHES` bit positions.
"""

from __future__ import annotations

from collections.abc import Iterable
from zlib import crc32

BITS_PER_KEY = 10
HASHES = 3  # with 10 bits a key: about 1.7% of absent keys pass
_SEED = 0x9E3779B9


def _positions(word: str, size: int) -> tuple[int, ...]:
    data = word.encode("utf-8", "surrogatepass")
    first, step = crc32(data), crc32(data, _SEED) | 1
    return tuple((first + i * step) % size for i in range(HASHES))


def build_bits(keys: Iterable[str], count: int) -> bytes:
    """The filter of `keys` (`count` of them) as bytes."""
    bits = bytearray((max(64, count * BITS_PER_KEY) + 7) // 8)
    size = len(bits) * 8  # as KeyFilter reads it back
    for word in keys:  # the positions of _positions, inline: a list has a million keys
        data = word.encode("utf-8", "surrogatepass")
        first, step = crc32(data), crc32(data, _SEED) | 1
        for at in (first % size, (first + step) % size, (first + 2 * step) % size):
            bits[at >> 3] |= 1 << (at & 7)
    return bytes(bits)


class KeyFilter:
    """The filter read back: `may_hold(word)` is False only for a key not in the list."""

    def __init__(self, bits: bytes) -> None:
        self._bits = bits
        self._size = len(bits) * 8

    def may_hold(self, word: str) -> bool:
        bits, size = self._bits, self._size
        try:  # the same bytes as _positions reads, without its error handler's slower path
            data = word.encode()
        except UnicodeEncodeError:  # a lone surrogate
            data = word.encode("utf-8", "surrogatepass")
        first = crc32(data)
        # the HASHES (3) positions of _positions, unrolled: this runs for every word probed.
        # The second hash only once the first position is set: most absent keys stop there.
        at = first % size
        if not bits[at >> 3] >> (at & 7) & 1:
            return False
        step = crc32(data, _SEED) | 1
        at = (first + step) % size
        if not bits[at >> 3] >> (at & 7) & 1:
            return False
        at = (first + 2 * step) % size
        return bool(bits[at >> 3] >> (at & 7) & 1)
