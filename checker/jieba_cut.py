"""jieba's tagging cut (`jieba.posseg.cut`, with its model of unknown words) run on the
compiled tables of checker/jieba_tables.py instead of jieba's in-memory dicts.

The steps are jieba 0.42.1's own (MIT licence, (c) Sun Junyi), taken over line for line
from `jieba/__init__.py` (`Tokenizer.get_DAG`, `Tokenizer.calc`) and `jieba/posseg`
(`POSTokenizer.__cut_internal`, `__cut_DAG`, `__cut_detail`, `__cut`, `viterbi`), with each
dictionary lookup asked of the compiled file: same entries, same arithmetic, same order,
so the same words and tags (tests/test_jieba_tables.py, benchmarks/jieba_compact_same.py).
What jieba does that checker never asks for is left out: user dictionaries, the cut without
the model, parallel cutting, paddle.
"""

# jieba's licence, kept with the code taken over from it:
# The MIT License (MIT). Copyright (c) 2013 Sun Junyi.
# Permission is hereby granted, free of charge, to any person obtaining a copy of this
# software and associated documentation files (the "Software"), to deal in the Software
# without restriction, including without limitation the rights to use, copy, modify, merge,
# publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons
# to whom the Software is furnished to do so, subject to the following conditions:
# The above copyright notice and this permission notice shall be included in all copies or
# substantial portions of the Software.
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED,
# INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR
# PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE
# FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
# OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
# DEALINGS IN THE SOFTWARE.

from __future__ import annotations

import re
from collections.abc import Iterator
from math import log

from checker.jieba_tables import JiebaTables

# jieba/posseg/__init__.py
_RE_HAN_DETAIL = re.compile("([\u4E00-\u9FD5]+)")
_RE_SKIP_DETAIL = re.compile(r"([\.0-9]+|[a-zA-Z0-9]+)")
_RE_HAN_INTERNAL = re.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&\._]+)")
_RE_SKIP_INTERNAL = re.compile(r"(\r\n|\s)")
_RE_ENG = re.compile("[a-zA-Z0-9]+")
_RE_NUM = re.compile(r"[\.0-9]+")
# jieba/posseg/viterbi.py
_MIN_FLOAT = -3.14e100
_MIN_INF = float("-inf")


class TaggingCut:
    """`cut(text)` gives each (word, tag) as `jieba.posseg.cut(text)` gives it."""

    def __init__(self, tables: JiebaTables) -> None:
        self.tables = tables
        self._logtotal = log(tables.total)
        self._with_into: tuple | None = None

    def _freq(self, word: str) -> int | None:
        """`FREQ.get(word)`."""
        entry = self.tables.entry(word)
        return None if entry < 0 else self.tables.freqs[entry]

    def _tag(self, word: str) -> str:
        """`word_tag_tab.get(word, 'x')`."""
        tag = self.tables.tag(self.tables.entry(word))
        return "x" if tag is None else tag

    def _model(self) -> tuple:
        """posseg's four tables and the transitions into each state, made once."""
        if self._with_into is None:
            model = self.tables.model()
            self._with_into = (*model, transitions_into(model[2]))
        return self._with_into

    def get_dag(self, sentence: str) -> dict[int, list[int]]:
        entry, freqs = self.tables.entry, self.tables.freqs
        dag = {}
        size = len(sentence)
        for k in range(size):
            ends = []
            i = k
            frag = sentence[k]
            while i < size:
                found = entry(frag)  # `frag in FREQ`
                if found < 0:
                    break
                if freqs[found]:
                    ends.append(i)
                i += 1
                frag = sentence[k:i + 1]
            if not ends:
                ends.append(k)
            dag[k] = ends
        return dag

    def calc(self, sentence: str, dag: dict[int, list[int]],
             route: dict[int, tuple[float, int]]) -> None:
        size = len(sentence)
        route[size] = (0, 0)
        logtotal = self._logtotal
        freq = self._freq
        for idx in range(size - 1, -1, -1):
            route[idx] = max((log(freq(sentence[idx:x + 1]) or 1) - logtotal
                              + route[x + 1][0], x) for x in dag[idx])

    def cut(self, sentence: str) -> Iterator[tuple[str, str]]:
        """`POSTokenizer.__cut_internal(sentence, HMM=True)`."""
        for blk in _RE_HAN_INTERNAL.split(sentence):
            if _RE_HAN_INTERNAL.match(blk):
                yield from self._cut_dag(blk)
                continue
            for x in _RE_SKIP_INTERNAL.split(blk):
                if _RE_SKIP_INTERNAL.match(x):
                    yield x, "x"
                    continue
                for xx in x:
                    if _RE_NUM.match(xx):
                        yield xx, "m"
                    elif _RE_ENG.match(x):  # sic: the whole piece, as jieba tests it
                        yield xx, "eng"
                    else:
                        yield xx, "x"

    def _cut_dag(self, sentence: str) -> Iterator[tuple[str, str]]:
        dag = self.get_dag(sentence)
        route: dict[int, tuple[float, int]] = {}
        self.calc(sentence, dag, route)
        x = 0
        buf = ""
        size = len(sentence)
        while x < size:
            y = route[x][1] + 1
            l_word = sentence[x:y]
            if y - x == 1:
                buf += l_word
            else:
                if buf:
                    yield from self._flush(buf)
                    buf = ""
                yield l_word, self._tag(l_word)
            x = y
        if buf:
            yield from self._flush(buf)

    def _flush(self, buf: str) -> Iterator[tuple[str, str]]:
        """A run of one-character words: one word, the model's words where the dictionary
        has no such word, else each character."""
        if len(buf) == 1:
            yield buf, self._tag(buf)
        elif not self._freq(buf):
            yield from self._cut_detail(buf)
        else:
            for elem in buf:
                yield elem, self._tag(elem)

    def _cut_detail(self, sentence: str) -> Iterator[tuple[str, str]]:
        for blk in _RE_HAN_DETAIL.split(sentence):
            if _RE_HAN_DETAIL.match(blk):
                yield from self._cut_hmm(blk)
                continue
            for x in _RE_SKIP_DETAIL.split(blk):
                if x:
                    if _RE_NUM.match(x):
                        yield x, "m"
                    elif _RE_ENG.match(x):
                        yield x, "eng"
                    else:
                        yield x, "x"

    def _cut_hmm(self, sentence: str) -> Iterator[tuple[str, str]]:
        _, pos_list = viterbi(sentence, *self._model())
        begin, nexti = 0, 0
        for i, char in enumerate(sentence):
            pos = pos_list[i][0]
            if pos == "B":
                begin = i
            elif pos == "E":
                yield sentence[begin:i + 1], pos_list[i][1]
                nexti = i + 1
            elif pos == "S":
                yield char, pos_list[i][1]
                nexti = i + 1
        if nexti < len(sentence):
            yield sentence[nexti:], pos_list[nexti][1]


def transitions_into(trans_p: dict) -> dict:
    """For each state, the states with a transition into it and its probability."""
    into: dict = {y: {} for y in trans_p}
    for y0, targets in trans_p.items():
        for y, prob in targets.items():
            into.setdefault(y, {})[y0] = prob
    return into


def viterbi(obs: str, states: dict, start_p: dict, trans_p: dict, emit_p: dict,
            into: dict) -> tuple[float, list]:
    """jieba/posseg/viterbi.py's `viterbi` (`into`: `transitions_into(trans_p)`)."""
    v: list[dict] = [{}]
    mem_path: list[dict] = [{}]
    all_states = trans_p.keys()
    for y in states.get(obs[0], all_states):
        v[0][y] = start_p[y] + emit_p[y].get(obs[0], _MIN_FLOAT)
        mem_path[0][y] = ""
    for t in range(1, len(obs)):
        v.append({})
        mem_path.append({})
        prev_states = [x for x in mem_path[t - 1] if len(trans_p[x]) > 0]
        prev_states_expect_next = {y for x in prev_states for y in trans_p[x]}
        obs_states = set(states.get(obs[t], all_states)) & prev_states_expect_next
        if not obs_states:
            obs_states = prev_states_expect_next if prev_states_expect_next else all_states
        before = v[t - 1]
        for y in obs_states:
            emit = emit_p[y].get(obs[t], _MIN_FLOAT)
            # Only the states with a transition into y can score above -inf: where one does,
            # the best of them is jieba's best of all (same sums, same order); where none
            # does, every state is compared as jieba compares them (ties on -inf).
            into_y = into[y]
            prob, state = max(((before[y0] + into_y[y0] + emit, y0) for y0 in prev_states
                               if y0 in into_y), default=(_MIN_INF, None))
            if prob == _MIN_INF:
                prob, state = max((before[y0] + trans_p[y0].get(y, _MIN_INF) + emit, y0)
                                  for y0 in prev_states)
            v[t][y] = prob
            mem_path[t][y] = state
    last = [(v[-1][y], y) for y in mem_path[-1]]
    prob, state = max(last)
    route = [None] * len(obs)
    i = len(obs) - 1
    while i >= 0:
        route[i] = state
        state = mem_path[i][state]
        i -= 1
    return prob, route
