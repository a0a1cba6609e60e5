"""One number written in words, piece by piece: `WordNumber` adds the values of the
phrases `number_words.lexicon` knows ("twenty" + "three", "seven" "hundred", "four and a
half thousand"), and `parse_glued` reads a compound written as one word
("dreitausendsiebenhundert"). A piece may only add to a larger order: "thirty and forty"
is two numbers, "one hundred and five" is one.
"""

from __future__ import annotations

from checker.facts.number_words import NumberLexicon


def parse_glued(word: str, lex: NumberLexicon, depth: int = 0) -> int | None:
    """Value of a compound written as one word: "dreitausendsiebenhundert"."""
    if word in lex.words:
        value = lex.words[word]
        return value if isinstance(value, int) else None
    if lex.glued is None or depth > 4 or not lex.glued.match(word):
        return None
    # split at the largest multiplier first: "zweihundertzweiundsiebzig|tausend|fünfhundertelf"
    for form, mult in lex.glued_forms:
        at = word.find(form)
        if at < 0:
            continue
        head, tail = word[:at], word[at + len(form) :]
        times = 1
        if head:
            parsed = parse_glued(head, lex, depth + 1)
            if parsed is None or parsed >= 1000:
                continue
            times = parsed
        rest = 0
        if tail:
            parsed = parse_glued(tail, lex, depth + 1)
            if parsed is None or parsed >= mult:
                continue
            rest = parsed
        return times * mult + rest
    return None


def _order(value: float) -> int:
    """10 for 20..99, 100 for 100..999: a following piece must be smaller."""
    order = 1
    while order * 10 <= value:
        order *= 10
    return order


class WordNumber:
    """Accumulates the pieces of one number written in words."""

    def __init__(self, units_before_tens: bool = False) -> None:
        self.units_before_tens = units_before_tens
        self.total: float = 0
        self.current: float | None = None
        self.last_piece: float | None = None
        self.last_scale: float = float("inf")
        self.pieces = 0
        self.has_multiplier = False

    def add_value(self, value: float) -> bool:
        if value in (100, 1000, 10**6, 10**9, 10**12):
            return self.add_multiplier(
                value
            )  # "cent", "mille": a value alone, a multiplier after one
        if self.current is None and not self.pieces and value >= 1000 and value % 1000 == 0:
            # a whole scale in one word (Arabic dual "ألفان", 2000): smaller pieces may follow
            self.total = value
            self.last_scale = max(s for s in (1000, 10**6, 10**9, 10**12) if s <= value)
            self.last_piece = self.last_scale
            self.pieces += 1
            return True
        if self.current is None:
            if self.pieces and value >= self.last_scale:
                return False
            self.current = value
        elif (
            self.units_before_tens
            and self.last_piece is not None
            and 0 < self.last_piece < 10
            and value in (10, 20, 30, 40, 50, 60, 70, 80, 90)
            and self.current % 100 == self.last_piece
        ):
            self.current += value  # "خمسة وعشرون", "ثلاث عشرة": the unit before the tens
        else:
            if self.last_piece is None or value >= _order(self.last_piece) or value == 0:
                return False
            self.current += value
        self.last_piece = value
        self.pieces += 1
        return True

    def add_multiplier(self, mult: float) -> bool:
        if mult < 1000:  # hundreds multiply the small number before them
            if self.current is None:
                self.current = mult
            elif self.current < 100 and self.current * mult < self.last_scale:
                # rounded: a tenth ("duas décimas") leaves no binary tail
                self.current = round(self.current * mult, 9)
            else:
                return False
            self.last_piece = mult
        else:
            if mult >= self.last_scale:
                return self._scale_the_whole(mult)
            self.total += (self.current if self.current is not None else 1) * mult
            self.current = None
            self.last_scale = mult
            self.last_piece = mult
        self.pieces += 1
        self.has_multiplier = True
        return True

    def _scale_the_whole(self, mult: float) -> bool:
        """A scale word after a number that already holds a smaller scale, a thousand times
        or more below it, multiplies the whole: "mil e quinhentos milhões" and "χίλια
        πεντακόσια εκατομμύρια" are 1,500 million (a long-scale writer's billion)."""
        so_far = self.value
        if not self.has_multiplier or self.last_scale * 1000 > mult or so_far >= mult:
            return False
        self.total, self.current = so_far * mult, None
        self.last_scale = self.last_piece = mult
        self.pieces += 1
        return True

    def add_half(self) -> bool:
        """ "four and a half (thousand)", "milion i po": half of the last piece's order."""
        if self.pieces == 0:
            return False
        if self.current is not None:
            if not float(self.current).is_integer():
                return False
            self.current += 0.5  # a multiplier may still follow: "bir buçuk milyon"
        elif self.last_scale < float("inf"):
            self.total += 0.5 * self.last_scale
        else:
            return False
        self.last_piece = 0.5
        self.pieces += 1
        return True

    @property
    def value(self) -> float:
        return self.total + (self.current or 0)
