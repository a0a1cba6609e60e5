"""Immutable values for language profiles: a hashable mapping, and the check of a value
against a declared type (`tuple[str, ...]`, `Table[str, int]`, `str | None`, ...).

A data module writes plain Python (lists, sets, dicts); the profile keeps them frozen
(tuples, frozensets, `Table`) so that a profile is hashable and can key a cache.
"""

from __future__ import annotations

import types
from collections.abc import Iterator, Mapping
from typing import Any, Generic, Literal, TypeVar, Union, get_args, get_origin

K = TypeVar("K")
V = TypeVar("V")


class Table(Mapping, Generic[K, V]):
    """A frozen, hashable dict: what a profile keeps where a data module writes a dict."""

    __slots__ = ("_hash", "_items")

    def __init__(self, items: Mapping[K, V] | None = None) -> None:
        self._items: dict[K, V] = dict(items or {})
        self._hash: int | None = None

    def __getitem__(self, key: K) -> V:
        return self._items[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        if self._hash is None:
            self._hash = hash(frozenset(self._items.items()))
        return self._hash

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Mapping) and self._items == dict(other.items())

    def __repr__(self) -> str:
        return f"Table({self._items!r})"


def freeze(value: Any, declared: Any) -> Any:
    """A data module's value in the profile's immutable form: a list becomes a tuple where a
    tuple is declared, a set a frozenset, a dict a `Table`. Anything else is kept as it is,
    so that `type_problem` reports it (a string is not turned into a tuple of letters)."""
    origin = get_origin(declared)
    if origin is tuple and isinstance(value, (list, tuple)):
        return tuple(value)
    if origin is frozenset and isinstance(value, (set, frozenset)):
        return frozenset(value)
    if origin is Table and isinstance(value, Mapping):
        return Table(value)
    return value


def type_problem(value: Any, declared: Any) -> str | None:
    """Why `value` is not of the `declared` type, or None when it is."""
    origin, args = get_origin(declared), get_args(declared)
    if origin in (Union, types.UnionType):
        problems = [type_problem(value, member) for member in args]
        return None if None in problems else " and ".join(p for p in problems if p)
    if origin is Literal:
        return None if value in args else f"{value!r} is not one of {args}"
    if origin is tuple:
        if not isinstance(value, tuple):
            return f"{type(value).__name__} {value!r:.60} is not a tuple"
        return _items_problem(value, args[0])
    if origin is frozenset:
        if not isinstance(value, frozenset):
            return f"{type(value).__name__} {value!r:.60} is not a set"
        return _items_problem(value, args[0])
    if origin is Table:
        if not isinstance(value, Table):
            return f"{type(value).__name__} {value!r:.60} is not a dict"
        return _items_problem(value.keys(), args[0]) or _items_problem(value.values(), args[1])
    return _scalar_problem(value, declared)


def _items_problem(items: Any, declared: Any) -> str | None:
    for item in items:
        problem = type_problem(item, declared)
        if problem:
            return f"item {item!r:.40}: {problem}"
    return None


def _scalar_problem(value: Any, declared: Any) -> str | None:
    if declared is None or declared is type(None):
        return None if value is None else f"{value!r:.60} is not None"
    if declared is float:  # an int is a number too (2 for 2.0); a bool is not
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    elif declared is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    else:
        ok = isinstance(value, declared)
    return None if ok else f"{type(value).__name__} {value!r:.60} is not {declared.__name__}"


def type_name(declared: Any) -> str:
    """The type as a data module writes it: `dict[str, int]`, `tuple[str, ...]`, `set[str]`."""
    origin, args = get_origin(declared), get_args(declared)
    if origin in (Union, types.UnionType):
        return " | ".join(type_name(member) for member in args)
    if origin is Literal:
        return " | ".join(repr(a) for a in args)
    if origin is tuple:
        return f"tuple[{type_name(args[0])}, ...]"
    if origin is frozenset:
        return f"set[{type_name(args[0])}]"
    if origin is Table:
        return f"dict[{type_name(args[0])}, {type_name(args[1])}]"
    if declared is type(None):
        return "None"
    return declared.__name__
