"""Offline machine translation to a pivot language (default English).

Engines: Argos Translate packages run directly through CTranslate2 and SentencePiece
(`argos.py`), and Apertium as a subprocess (`apertium.py`), chosen per pair
(`registry.py`); translations are cached on disk (`cache.py`); glossary terms are
protected by placeholders (`protect.py`). Nothing here touches the network except
`argos.download_package`, which only `checker models download` calls.

Heavy libraries (ctranslate2, sentencepiece, argostranslate) are imported inside the
functions that use them.
"""

from checker.translate.base import Engine, ModelInfo, Translation, TranslationStats
from checker.translate.document import (
    DocumentTranslation,
    pivot_texts,
    report_info,
    translate_document,
    translate_sentences,
    translator_for_check,
)
from checker.translate.registry import (
    DEFAULT_ENGINES,
    ENGINES,
    Translator,
    engine_preference,
    offline_translator,
)

__all__ = [
    "DEFAULT_ENGINES",
    "ENGINES",
    "DocumentTranslation",
    "Engine",
    "ModelInfo",
    "Translation",
    "TranslationStats",
    "Translator",
    "engine_preference",
    "offline_translator",
    "pivot_texts",
    "report_info",
    "translate_document",
    "translate_sentences",
    "translator_for_check",
]
