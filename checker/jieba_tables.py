"""jieba's dictionary and tagging model, compiled once into one indexed file of ours.

jieba keeps its dictionary as two Python dicts built from its `dict.txt` in every process:
the prefix dictionary (`Tokenizer.FREQ`: each word's frequency, and 0 for each prefix of a
word that is no word itself) and the tag table (`POSTokenizer.word_tag_tab`). Loading them
cost about 1.5 s of CPU and 110 MB in each process that read Chinese, for the few hundred
words a check asks about. Here the same entries are written once (on first use, offline,
from the files the installed jieba ships) to `<cache dir>/segmenter/jieba-<version>-
<format>-<source stamp>.bin`, an open-addressing hash table over one blob of UTF-8 keys,
mapped into memory and read one word at a time (only the pages a lookup touches are read).

The tagging model of unknown words (posseg's HMM: start, transition and emission tables and
each character's states) is kept in the same file, marshalled, and read only when a text
first needs it. jieba's other model (finalseg) is not used by its tagger and never loaded.

Every answer is the one jieba's own tables give: the file holds exactly their entries (see
tests/test_jieba_tables.py and benchmarks/jieba_compact_same.py). A new jieba version or a
changed source file gets a new file name. Two processes building at once each write a
temporary file renamed into place (atomic; the files are identical). Where the cache folder
cannot be written, the table is built in memory each run and kept nowhere.
"""

from __future__ import annotations

import contextlib
import importlib.util
import marshal
import mmap
import struct
import threading
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path

FORMAT = 1  # bump when the file layout changes
_MAGIC = b"chkjieba"
# magic, format, slots, keys, key blob bytes, tag names bytes, model bytes, total frequency
_HEADER = struct.Struct("<8sIIIIII Q")
_NO_TAG = 255
_EMPTY = 0
# posseg's model, in the order its module reads it: each character's states, start,
# transition and emission probabilities (jieba/posseg/*.py, each defining `P`).
_MODEL = ("char_state_tab", "prob_start", "prob_trans", "prob_emit")


def jieba_folder() -> Path | None:
    """The installed jieba package's folder, found without importing it; None if absent."""
    try:
        spec = importlib.util.find_spec("jieba")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin:
        return None
    return Path(spec.origin).parent


def _sources(folder: Path) -> list[Path]:
    return [folder / "dict.txt", *(folder / "posseg" / f"{name}.py" for name in _MODEL)]


def file_name(folder: Path) -> str:
    """The compiled file's name: the jieba version, our format, and a stamp of the sizes and
    times of change of the files it is built from."""
    from checker.compiled_cache import installed_version

    stamp = 0
    for path in _sources(folder):
        status = path.stat()
        stamp = zlib.crc32(f"{path.name}\0{status.st_size}\0{status.st_mtime_ns}\0".encode(),
                           stamp)
    return f"jieba-{installed_version('jieba')}-{FORMAT}-{stamp:08x}.bin"


def read_dictionary(path: Path) -> tuple[dict[str, int], int, dict[str, str]]:
    """jieba's prefix dictionary, total frequency and tag table from its `dict.txt`, read
    line by line as `Tokenizer.gen_pfdict` and `POSTokenizer.load_word_tag` read it (a
    later line of the same word wins)."""
    freq: dict[str, int] = {}
    tags: dict[str, str] = {}
    total = 0
    with path.open("rb") as lines:
        for raw in lines:
            line = raw.strip().decode("utf-8")
            if not line:
                continue
            word, count, tag = line.split(" ")
            freq[word] = int(count)
            total += int(count)
            tags[word] = tag
            for end in range(1, len(word)):
                freq.setdefault(word[:end], 0)
    return freq, total, tags


def _model(folder: Path) -> tuple:
    """posseg's model as its module defines it (each file run apart, jieba not imported)."""
    tables = []
    for name in _MODEL:
        spec = importlib.util.spec_from_file_location(
            f"_checker_jieba_{name}", folder / "posseg" / f"{name}.py")
        if spec is None or spec.loader is None:
            raise ImportError(f"jieba's {name} cannot be read")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        tables.append(module.P)
    return tuple(tables)


def _padded(data: bytes) -> bytes:
    return data + b"\0" * (-len(data) % 4)


def build(folder: Path) -> bytes:
    """The compiled file's contents from the jieba package in `folder`."""
    freq, total, tags = read_dictionary(folder / "dict.txt")
    names = sorted(set(tags.values()))
    if len(names) >= _NO_TAG:
        raise ValueError("too many tags for one byte")
    number = {name: i for i, name in enumerate(names)}
    keys = sorted(freq)
    slots = 1 << max(4, (2 * len(keys)).bit_length())  # at most half full
    table = [_EMPTY] * slots
    blob = bytearray()
    offsets, lengths, counts, tag_of = [], [], [], bytearray()
    for index, key in enumerate(keys):
        encoded = key.encode("utf-8")
        offsets.append(len(blob))
        lengths.append(len(encoded))
        blob += encoded
        counts.append(freq[key])
        tag_of.append(number[tags[key]] if key in tags else _NO_TAG)
        slot = zlib.crc32(encoded) & (slots - 1)
        while table[slot] != _EMPTY:
            slot = (slot + 1) & (slots - 1)
        table[slot] = index + 1
    tag_names = "\n".join(names).encode("utf-8")
    model = marshal.dumps(_model(folder))
    header = _HEADER.pack(_MAGIC, FORMAT, slots, len(keys), len(blob), len(tag_names),
                          len(model), total)
    sections = [struct.pack(f"<{slots}I", *table), struct.pack(f"<{len(keys)}I", *offsets),
                struct.pack(f"<{len(keys)}I", *counts), _padded(bytes(lengths)),
                _padded(bytes(tag_of)), _padded(bytes(blob)), _padded(tag_names), model]
    return _padded(header) + b"".join(sections)


class JiebaTables:
    """The compiled file read in place: `entry(word)` finds a word of the prefix dictionary
    (-1 where there is none), `freqs[entry]` its frequency (0: a prefix only), `tag(entry)`
    its tag (None: no word of the tag table), `total` the dictionary's total frequency,
    `model()` posseg's four tables (read on first use)."""

    def __init__(self, data: bytes | mmap.mmap) -> None:
        view = memoryview(data)
        magic, fmt, slots, keys, blob, names, model, total = _HEADER.unpack_from(view)
        if magic != _MAGIC or fmt != FORMAT:
            raise ValueError("not a compiled jieba table of this format")
        self._data = data
        self.total = total
        sizes = (4 * slots, 4 * keys, 4 * keys, keys, keys, blob, names, model)
        offset = len(_padded(b"\0" * _HEADER.size))
        if offset + sum(size + (-size % 4) for size in sizes[:-1]) + model != len(view):
            raise ValueError("a compiled jieba table of the wrong size (cut short?)")
        parts = []
        for number, size in enumerate(sizes):
            part = view[offset:offset + size]
            parts.append(part.cast("I") if number < 3 else part)
            offset += size + (-size % 4)
        self._slots, self._offsets, self.freqs, self._lengths, self._tags, self._blob = parts[:6]
        self.tag_names = bytes(parts[6]).decode("utf-8").split("\n") if names else []
        self._model_bytes = parts[7]
        self._mask = slots - 1
        self._model: tuple | None = None
        self._lock = threading.Lock()

    def entry(self, word: str) -> int:
        """The word's entry, -1 where the prefix dictionary has none."""
        key = word.encode("utf-8", "surrogatepass")
        size = len(key)
        slots, offsets, lengths, blob, mask = (self._slots, self._offsets, self._lengths,
                                               self._blob, self._mask)
        slot = zlib.crc32(key) & mask
        while True:
            index = slots[slot]
            if index == _EMPTY:
                return -1
            index -= 1
            start = offsets[index]
            if lengths[index] == size and blob[start:start + size] == key:
                return index
            slot = (slot + 1) & mask

    def tag(self, entry: int) -> str | None:
        number = self._tags[entry] if entry >= 0 else _NO_TAG
        return None if number == _NO_TAG else self.tag_names[number]

    def model(self) -> tuple:
        """posseg's (char_state_tab, start, trans, emit), unmarshalled once."""
        if self._model is None:
            with self._lock:
                if self._model is None:
                    self._model = marshal.loads(self._model_bytes)
        return self._model

    def keys(self) -> Iterator[str]:
        """Every key of the prefix dictionary (words and prefixes)."""
        blob = self._blob
        for start, size in zip(self._offsets, self._lengths, strict=True):
            yield bytes(blob[start:start + size]).decode("utf-8")


class TagTable(Mapping[str, str]):
    """jieba's tag table (`word_tag_tab`) read from the compiled file."""

    def __init__(self, tables: JiebaTables) -> None:
        self._tables = tables

    def get(self, word: str, default: str | None = None) -> str | None:  # type: ignore[override]
        tag = self._tables.tag(self._tables.entry(word))
        return default if tag is None else tag

    def __getitem__(self, word: str) -> str:
        tag = self._tables.tag(self._tables.entry(word))
        if tag is None:
            raise KeyError(word)
        return tag

    def __iter__(self) -> Iterator[str]:
        tables = self._tables
        return (key for index, key in enumerate(tables.keys()) if tables.tag(index) is not None)

    def __len__(self) -> int:
        return sum(1 for number in self._tables._tags if number != _NO_TAG)


def _write(target: Path, data: bytes) -> None:
    """`data` to `target` through a temporary file renamed into place."""
    from checker.atomic import bytes_built

    bytes_built(target, f".{target.stem}.", data)


def load(cache_folder: Path | None) -> JiebaTables | None:
    """The compiled tables of the installed jieba, built and written to `cache_folder` on
    first use (kept in memory only where it cannot be written); None if jieba is absent."""
    folder = jieba_folder()
    if folder is None or not (folder / "dict.txt").is_file():
        return None
    target = cache_folder / file_name(folder) if cache_folder is not None else None
    if target is not None:
        with contextlib.suppress(OSError, ValueError, struct.error):
            return _mapped(target)
    data = build(folder)
    if target is not None:
        with contextlib.suppress(OSError):
            _write(target, data)
    return JiebaTables(data)


def _mapped(path: Path) -> JiebaTables:
    with path.open("rb") as handle:
        mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    return JiebaTables(mapped)

