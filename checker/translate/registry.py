"""Which engine translates which pair, and the translation around it: cache, pivot, glossary.

Engines are tried in a preference order (default: Argos where a package exists,
else Apertium; CHECKER_ENGINES="apertium,argos" or an explicit list changes it).
When no engine translates a pair directly, the pair is chained through English
(source -> en -> target), each hop by the first engine that has it, so two Argos
packages (xx->en, en->yy) or Argos and Apertium together can serve a pair.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from checker.errors import ModelError
from checker.lang import base_language
from checker.translate.apertium import ApertiumEngine
from checker.translate.argos import ArgosEngine
from checker.translate.base import Engine, ModelInfo, Translation, TranslationStats
from checker.translate.cache import NoCache, TranslationCache
from checker.translate.protect import ProtectedTerm, protect_batch, restore

ENGINES: dict[str, Callable[[], Engine]] = {
    "argos": ArgosEngine,
    "apertium": ApertiumEngine,
}
DEFAULT_ENGINES: tuple[str, ...] = ("argos", "apertium")
HUB_LANGUAGE = "en"  # what a pair without a direct model is chained through


def engine_preference() -> tuple[str, ...]:
    """The engines to try, in order: CHECKER_ENGINES (comma separated) or the default."""
    configured = os.environ.get("CHECKER_ENGINES", "")
    names = tuple(n.strip().lower() for n in configured.split(",") if n.strip())
    return names or DEFAULT_ENGINES


def make_engines(names: Sequence[str]) -> list[Engine]:
    unknown = [n for n in names if n not in ENGINES]
    if unknown:
        raise ModelError(f"unknown translation engine '{unknown[0]}' "
                         f"(known: {', '.join(ENGINES)})")
    return [ENGINES[n]() for n in names]


def same_language(a: str, b: str) -> bool:
    """"en" and "en-GB" need no translation; "sr" and "sr-Cyrl" do (another script)."""
    if a == b:
        return True
    pa, pb = a.split("-"), b.split("-")
    script_a = next((p for p in pa[1:] if len(p) == 4), None)
    script_b = next((p for p in pb[1:] if len(p) == 4), None)
    return base_language(a) == base_language(b) and script_a == script_b


@dataclass(frozen=True)
class Hop:
    engine: Engine
    source: str
    target: str


class Translator:
    """Engines in preference order plus a cache; translates batches of sentences."""

    def __init__(
        self,
        engines: Sequence[str | Engine] | None = None,
        cache: TranslationCache | None = None,
    ) -> None:
        chosen = engines if engines is not None else engine_preference()
        self.engines: list[Engine] = [
            make_engines([e])[0] if isinstance(e, str) else e for e in chosen
        ]
        self.cache = cache if cache is not None else TranslationCache()

    def _first(self, source: str, target: str) -> Engine | None:
        return next((e for e in self.engines if e.can_translate(source, target)), None)

    def route(self, source: str, target: str) -> list[Hop] | None:
        """The hops that translate source -> target: [] for the same language, None if none."""
        if same_language(source, target):
            return []
        direct = self._first(source, target)
        if direct is not None:
            return [Hop(direct, source, target)]
        hub = HUB_LANGUAGE
        if same_language(source, hub) or same_language(target, hub):
            return None
        first, second = self._first(source, hub), self._first(hub, target)
        if first is None or second is None:
            return None
        return [Hop(first, source, hub), Hop(second, hub, target)]

    def unavailable_reason(self, source: str, target: str) -> str:
        names = ", ".join(e.name for e in self.engines) or "none"
        return (f"no translation model for {source}->{target} "
                f"(engines tried: {names}; see `checker models list`)")

    def translate(
        self,
        sentences: Sequence[str],
        source: str,
        target: str,
        protected: Sequence[ProtectedTerm] | None = None,
    ) -> Translation:
        """Translate sentences in one batch per hop, through the cache.

        Raises ModelError when no engine translates the pair (even via English).
        """
        hops = self.route(source, target)
        if hops is None:
            raise ModelError(self.unavailable_reason(source, target))
        stats = TranslationStats()
        masked = protect_batch(sentences, protected)
        stats.protected_terms = sum(len(m.targets) for m in masked)
        texts = [m.text for m in masked]
        steps, notes = [], []
        for hop in hops:
            model, texts = self._translate_hop_with_fallback(hop, texts, stats, notes)
            steps.append(model)
        restored = []
        for text, mask in zip(texts, masked, strict=True):
            text, lost = restore(text, mask)
            stats.protected_lost += lost
            restored.append(text)
        return Translation(source, target, restored, steps, stats, notes)

    def _translate_hop_with_fallback(
        self, hop: Hop, texts: list[str], stats: TranslationStats, notes: list[str]
    ) -> tuple[ModelInfo, list[str]]:
        """The hop's engine, else the next engine that has the pair when it fails
        (a corrupt Argos package must not hide a working Apertium mode)."""
        candidates = [hop.engine] + [
            e for e in self.engines
            if e is not hop.engine and e.can_translate(hop.source, hop.target)
        ]
        errors: list[str] = []
        for engine in candidates:
            try:
                model = engine.model_info(hop.source, hop.target)
                translated = self._translate_hop(Hop(engine, hop.source, hop.target), model,
                                                 texts, stats)
            except ModelError as exc:
                errors.append(str(exc))
                continue
            notes.extend(f"{error}; used {engine.name} instead" for error in errors)
            return model, translated
        raise ModelError(errors[0])

    def _translate_hop(
        self, hop: Hop, model: ModelInfo, texts: list[str], stats: TranslationStats
    ) -> list[str]:
        unique = list(dict.fromkeys(t for t in texts if t.strip()))  # each sentence once
        found = self.cache.get_many(model, hop.source, hop.target, unique)
        missing = [t for t in unique if t not in found]
        if missing:
            translated = hop.engine.translate_batch(missing, hop.source, hop.target)
            if len(translated) != len(missing):
                raise ModelError(f"{hop.engine.name} returned {len(translated)} translations "
                                 f"for {len(missing)} sentences")
            fresh = list(zip(missing, translated, strict=True))
            self.cache.put_many(model, hop.source, hop.target, fresh)
            found.update(fresh)
        stats.cached += len(unique) - len(missing)  # counted once the hop succeeded
        stats.translated += len(missing)
        return [found.get(t, t) for t in texts]

    def close(self) -> None:
        self.cache.close()


def offline_translator(engines: Sequence[str | Engine] | None = None,
                       use_cache: bool = True) -> Translator:
    """A Translator with the default cache, or none when `use_cache` is False."""
    return Translator(engines, cache=None if use_cache else NoCache())
