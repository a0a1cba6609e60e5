"""Translating one analysed version to the pivot language, for alignment and the report.

Translation only helps: it gives alignment a common language and the report a
side-by-side text. Facts still come from each version's own text, so a version no
engine can translate is checked all the same, and the report says why it has no
translation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from checker.errors import ModelError
from checker.translate.base import TranslationStats
from checker.translate.protect import ProtectedTerm, glossary_terms
from checker.translate.registry import Translator, same_language

if TYPE_CHECKING:
    from checker.context import CheckContext
    from checker.model import Sentence

TranslationStatus = Literal["translated", "pivot", "unavailable", "failed"]


@dataclass
class DocumentTranslation:
    """A version's sentences in the pivot language, and what produced them."""

    lang: str
    pivot: str
    status: TranslationStatus
    translations: dict[int, str] | None = None  # sentence index -> pivot text
    model: dict | None = None  # {"engine", "model", "version"} (joined with "+" via English)
    stats: TranslationStats = field(default_factory=TranslationStats)
    reason: str | None = None  # why there is no translation (or why a fallback engine did it)

    def report_info(self) -> dict:
        """What VersionInfo.translation records."""
        info = dict(self.model or {"engine": None, "model": None, "version": None})
        info.update({"pivot": self.pivot, "status": self.status,
                     "translated": self.stats.translated, "cached": self.stats.cached})
        if self.stats.protected_terms:
            info["protected_terms"] = self.stats.protected_terms
            info["protected_lost"] = self.stats.protected_lost
        if self.reason:
            info["reason"] = self.reason
        return info


def translate_sentences(
    sentences: Sequence[Sentence],
    lang: str,
    pivot: str,
    translator: Translator,
    protected: Sequence[ProtectedTerm] = (),
) -> DocumentTranslation:
    """Translate a version's sentences to the pivot, `protected` terms kept through the
    engine; never raises for a missing model."""
    if same_language(lang, pivot):
        return DocumentTranslation(lang, pivot, "pivot")
    if translator.route(lang, pivot) is None:
        return DocumentTranslation(lang, pivot, "unavailable",
                                   reason=translator.unavailable_reason(lang, pivot))
    try:
        done = translator.translate([s.text for s in sentences], lang, pivot, protected)
    except ModelError as exc:  # a broken model must not stop the fact check
        return DocumentTranslation(lang, pivot, "failed", reason=str(exc))
    translations = {s.index: text for s, text in zip(sentences, done.texts, strict=True)}
    return DocumentTranslation(lang, pivot, "translated", translations, done.info, done.stats,
                               reason="; ".join(done.notes) or None)


def translate_document(
    analysed, pivot: str, translator: Translator | None, context: CheckContext | None = None
) -> DocumentTranslation | None:
    """translate_sentences for a pipeline.Analysed (document + sentences), the terms of
    the run's glossaries (`context`) protected; None when the run does not translate (no
    translator)."""
    if translator is None:
        return None
    lang = analysed.document.lang
    protected = glossary_terms(lang, pivot, context)
    return translate_sentences(analysed.sentences, lang, pivot, translator, protected)


def translator_for_check(enabled: bool, engines: Sequence[str] = ()) -> Translator | None:
    """The translator a check run uses: the engines named (else CHECKER_ENGINES, else the
    default order) and the on-disk cache; None when translation is off."""
    return Translator(list(engines) or None) if enabled else None


def pivot_texts(translation: DocumentTranslation | None) -> dict[int, str] | None:
    """Sentence index -> pivot text, what ComparisonContext and alignment read."""
    return translation.translations if translation is not None else None


def report_info(translation: DocumentTranslation | None) -> dict | None:
    """What VersionInfo.translation records (None when the run did not translate)."""
    return translation.report_info() if translation is not None else None
