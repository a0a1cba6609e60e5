"""Translating one text file (`checker translate`), laid out like the original:
sentence by sentence through the offline engines and the cache, then joined back with
the file's paragraphs and line breaks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from checker.errors import ModelError
from checker.model import Sentence
from checker.translate.base import Translation, TranslationStats
from checker.translate.registry import offline_translator


@dataclass
class FileTranslation:
    """A file, its sentences and their translation."""

    path: Path
    text: str
    source: str
    target: str
    sentences: list[Sentence]
    translation: Translation
    already_in_target: bool = False  # nothing was translated: the file is in the target
    cache_note: str | None = None  # why the translation cache was not used, if it was not

    def laid_out(self) -> str:
        """The translation with the original's paragraphs and line breaks."""
        return join_translations(self.text, self.sentences, self.translation.texts)

    def to_dict(self) -> dict:
        """`checker translate --format json`."""
        return {
            "path": str(self.path),
            "source": self.source,
            "target": self.target,
            "translation": self.translation.info,
            "stats": self.translation.stats.to_dict(),
            "sentences": [
                {"index": s.index + 1, "text": s.text, "translation": t}
                for s, t in zip(self.sentences, self.translation.texts, strict=True)
            ],
        }


def join_translations(text: str, sentences: Sequence[Sentence], translations: list[str]) -> str:
    """Translated sentences laid out like the original: paragraphs and line breaks kept."""
    out: list[str] = []
    previous = None
    for sentence, translation in zip(sentences, translations, strict=True):
        if previous is not None:
            gap = text[previous.end : sentence.start]
            if sentence.paragraph != previous.paragraph or gap.count("\n") > 1:
                out.append("\n\n")
            elif "\n" in gap:
                out.append("\n")
            else:
                out.append(" ")
        out.append(translation)
        previous = sentence
    return "".join(out)


def translate_file(path: Path, target: str, source: str | None = None,
                   engines: Sequence[str] | None = None, use_cache: bool = True
                   ) -> FileTranslation:
    """Read, identify (unless `source` is given), split and translate a file.

    Raises InputError for a file that is not usable text, ModelError when no engine
    translates the pair (even via English)."""
    from checker.language import identify, validate_tag
    from checker.load import read_text_file
    from checker.segment import split_sentences

    text = read_text_file(path)
    lang, _ = identify(path, text, source)
    target = validate_tag(target)
    sentences = split_sentences(text, lang)
    translator = offline_translator(list(engines) if engines else None, use_cache=use_cache)
    hops = translator.route(lang, target)
    if hops is None:
        raise ModelError(translator.unavailable_reason(lang, target))
    if not hops:  # what an engine-less translation of the same language gives back
        done = Translation(lang, target, [s.text for s in sentences], [], TranslationStats(), [])
        return FileTranslation(path, text, lang, target, sentences, done, already_in_target=True)
    try:
        done = translator.translate([s.text for s in sentences], lang, target)
    finally:
        translator.close()
    return FileTranslation(path, text, lang, target, sentences, done,
                           cache_note=translator.cache.disabled_reason)
