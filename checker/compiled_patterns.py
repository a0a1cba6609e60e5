"""Compiled regular expressions pickled with their compiled program, not only their source.

`pickle` keeps a `re.Pattern` as its source and flags and compiles it again when read back:
for the large alternations of number and date words (thousands of word forms) parsing and
compiling took longer than reading everything else of a language's compiled data. Here a
pattern is pickled with the program `re` compiled it to, and read back by handing that
program straight to the regular-expression engine (`_sre.compile`, what `re.compile` itself
ends with), so nothing is parsed again. The pattern read back is the one `re.compile(source,
flags)` gives: same source, flags, groups and program (equal under `==`).

The program is CPython's internal format, which may change between Python versions: values
are only read back under the stamp of the Python that wrote them (`compiled_cache` stamps
`sys.version`), the engine validates a program before using it (a damaged one raises and the
value is rebuilt), and where these internals are missing patterns are pickled as before.
"""

from __future__ import annotations

import itertools
import pickle
import re
from array import array
from collections.abc import Callable, Iterable
from typing import Any

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # another Python: patterns are pickled from their source
    _sre = None  # type: ignore[assignment]

# The engine's program is a list of unsigned integers of _sre.CODESIZE bytes.
_CODE_TYPE = next((t for t in "IL" if _sre is not None and array(t).itemsize == _sre.CODESIZE),
                  None)


def program(source: str | bytes, flags: int) -> tuple[Any, ...]:
    """What `re.compile(source, flags)` hands to `_sre.compile`, the program as bytes:
    (source, flags, program, groups, group index, index group). Mirrors
    `re._compiler.compile`."""
    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (source, flags | parsed.state.flags, array(_CODE_TYPE, code).tobytes(),  # type: ignore[arg-type]
            parsed.state.groups - 1, dict(groupindex), tuple(indexgroup))


def pattern_from_program(source: str | bytes, flags: int, code: bytes, groups: int,
                         groupindex: dict[str, int], indexgroup: tuple[str | None, ...]
                         ) -> re.Pattern:
    """The pattern `program` described, without parsing or compiling it again."""
    return _sre.compile(source, flags, array(_CODE_TYPE, code).tolist(),  # type: ignore[arg-type]
                        groups, groupindex, indexgroup)


class PatternPickler(pickle.Pickler):
    """A pickler that writes each compiled pattern with its program."""

    def reducer_override(self, obj: object) -> object:
        if type(obj) is not re.Pattern or _CODE_TYPE is None or obj.flags & re.DEBUG:
            return NotImplemented  # pickled as usual
        return pattern_from_program, program(obj.pattern, obj.flags)


def grouped_alternation(forms: list[str], escape=re.escape) -> str:
    """The alternation `escape(f1)|escape(f2)|...` of `forms`, tried in their order, written
    with the forms grouped under their first character: "(?:m(?:ay|arch)|j(?:une))".

    The regular-expression engine tries every alternative at every place a match may start:
    for thousands of word forms (the case forms of month names) that was most of the time
    spent reading dates. Grouped, it tries the first characters, then only the forms that
    start with the one found. The matches are the same: forms with another first character
    cannot match where a form starting with this one does, and within a group the forms
    keep their order. For patterns compiled without IGNORECASE (a group per character as
    written); where a form's first character is not a literal of its own (empty form, a
    space), the forms are joined as they are."""
    groups: dict[str, list[str]] = {}
    for form in forms:
        head, whole = (escape(form[:1]), escape(form)) if form else ("", "")
        if not form or form[0].isspace() or not whole.startswith(head):
            return "|".join(escape(f) for f in forms)
        groups.setdefault(head, []).append(whole[len(head):])
    return "|".join(f"{head}(?:{'|'.join(rests)})" for head, rests in groups.items())


def trie_alternation(forms: list[str], escape=re.escape) -> str:
    """The alternation of `forms` (longest first) written as a trie of their characters:
    "(?:ma(?:rch|y))". Grouped under the first character only, the engine still tried the
    forms of a crowded first letter one by one (the case forms and proclitics of Arabic or
    Russian month names: hundreds start with the same letter); as a trie it reads each
    character once. The matches are those of the flat alternation: every form that matches
    at a place is a prefix of the text there, so they lie on one path of the trie, where the
    longer continuation is tried first, as in the longest-first order. For forms not
    longest first, or with a character other than a space that a whitespace class could
    also match, the forms are grouped by first character (`grouped_alternation`)."""
    if any(len(a) < len(b) for a, b in itertools.pairwise(forms)) or any(
        not f or any(c.isspace() and c != " " for c in f) for f in forms
    ):
        return grouped_alternation(forms, escape)
    trie: dict = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}  # a form ends here (tried after its longer continuations)
    return _trie_body(trie, escape)


def _trie_body(node: dict, escape) -> str:
    branches = [escape(char) + _trie_body(child, escape) for char, child in node.items() if char]
    if "" in node:
        branches.append("")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def character_class(member: Callable[[str], bool], first: int = 0, end: int = 0x110000) -> str:
    """The body of a character class ("a-cx") of every code point in [first, end) that
    `member` accepts, as ranges: a scan of Unicode written once into a pattern."""
    return class_of_codes(code for code in range(first, end) if member(chr(code)))


def class_of_codes(codes: Iterable[int]) -> str:
    """The body of a character class of the code points `codes` (ascending), as ranges."""
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(
        re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges
    )
