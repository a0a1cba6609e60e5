"""The whole check, stage after stage: load -> language -> segment -> facts ->
align -> compare -> report data. Only wiring lives here; each stage is its own module."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from checker import __version__
from checker.compare import ComparisonContext, claims, compare
from checker.compare.unrelated import unrelated_finding
from checker.context import CheckContext
from checker.embed import EmbedConfig
from checker.errors import InputError
from checker.facts import facts_by_sentence
from checker.lang import base_language
from checker.language import identify, normalise_tag, validate_tag
from checker.limits import DEFAULT_MAX_BYTES
from checker.load import expand_paths, read_text_file
from checker.model import (
    Alignment,
    Document,
    Fact,
    Finding,
    Report,
    SegmentPair,
    Sentence,
    VersionInfo,
)
from checker.segment import split_sentences
from checker.translate import pivot_texts, report_info, translate_document, translator_for_check

if TYPE_CHECKING:
    from checker.align.inspect import AlignedFiles
    from checker.translate import DocumentTranslation


@dataclass
class CheckOptions:
    """What a check run may be told; defaults are the product's defaults."""

    reference: str | None = None  # a language tag or a path among the inputs
    languages: dict[str, str] = field(default_factory=dict)  # path -> tag given by the user
    pivot: str = "en"  # versions are machine-translated to it, for alignment and the report
    translate: bool = True  # False: no machine translation (--no-translate)
    engines: tuple[str, ...] = ()  # translation engines in preference order; () = default
    # Sentence embeddings for alignment (--embedder, --no-embed): see checker.embed.
    embed: EmbedConfig = field(default_factory=EmbedConfig.from_env)
    # Glossary folder (--glossaries); None: a `glossaries/` folder next to the inputs or above.
    glossaries: str | None = None
    max_file_bytes: int = DEFAULT_MAX_BYTES  # an input file larger than this is refused
    # Told (version file name, sentences aligned, of how many) while a long version is
    # aligned in windows; the command line draws it as a progress bar on a terminal.
    progress: Callable[[str, int, int], None] | None = field(default=None, compare=False,
                                                             repr=False)


# Command-line flags whose CheckOptions field has another name.
FIELD_OF_FLAG = {"no_translate": "translate", "embedder": "embed", "no_embed": "embed",
                 "max_file_size": "max_file_bytes"}


def embed_config(embedder: str | None = None, no_embed: bool = False) -> EmbedConfig:
    """The embedding settings the flags ask for (--embedder, --no-embed), else the
    environment's (CHECKER_EMBEDDER...) and the product's defaults."""
    if no_embed:
        return EmbedConfig(model=None, multilingual=None)
    return EmbedConfig.from_env(model=embedder)


def check_options(reference: str | None = None, pivot: str = "en", no_translate: bool = False,
                  embedder: str | None = None, no_embed: bool = False,
                  glossaries: Path | str | None = None,
                  max_file_bytes: int = DEFAULT_MAX_BYTES) -> CheckOptions:
    """CheckOptions from the flags `checker check` and `checker baseline update` share:
    the one place they are read. Raises InputError for a malformed --pivot tag."""
    return CheckOptions(reference=reference, pivot=validate_tag(pivot),
                        translate=not no_translate, embed=embed_config(embedder, no_embed),
                        glossaries=str(glossaries) if glossaries else None,
                        max_file_bytes=max_file_bytes)


def option_fields(flags: Iterable[str]) -> frozenset[str]:
    """The CheckOptions fields that the named command-line flags set (so that the
    configuration file must not override them)."""
    return frozenset(FIELD_OF_FLAG.get(flag, flag) for flag in flags)


@dataclass
class Analysed:
    """A document read, split and with its facts: what later stages need of a version."""

    document: Document
    sentences: list[Sentence]
    facts: list[list[Fact]]
    translation: DocumentTranslation | None = None  # its sentences in the pivot language


def load_documents(paths: Sequence[Path], options: CheckOptions | None = None) -> list[Document]:
    options = options or CheckOptions()
    documents = []
    for path in expand_paths(list(paths)):
        text = read_text_file(path, options.max_file_bytes)
        lang, source = identify(path, text, options.languages.get(str(path)))
        documents.append(Document(path=str(path), text=text, lang=lang, lang_source=source))
    return documents


def pick_reference(documents: Sequence[Document], reference: str | None) -> Document:
    """The reference version: named by path, or by language, or English by default."""
    if len(documents) < 2:
        raise InputError("need at least two versions to compare (a reference and a version)")
    wanted = reference or "en"
    as_path = Path(wanted)
    for doc in documents:
        if as_path.exists() and Path(doc.path).resolve() == as_path.resolve():
            return doc
    tag = normalise_tag(wanted)
    matches = [d for d in documents if d.lang == tag] or [
        d for d in documents if base_language(d.lang) == tag
    ]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        names = ", ".join(d.path for d in matches)
        raise InputError(f"reference '{wanted}' is ambiguous: {names}; name the file instead")
    if reference is None:
        raise InputError("no English version to use as reference; pass --reference LANG|PATH")
    raise InputError(f"reference '{wanted}' is not among the inputs")


def analyse(document: Document, context: CheckContext | None = None) -> Analysed:
    """A document split into sentences, with the facts of each (names with the run's
    glossaries, `context`; None: none). A sentence longer than the context's
    `max_claim_chars` is analysed as pieces (checker.segment)."""
    limit = (context or CheckContext()).max_claim_chars
    sentences = split_sentences(document.text, document.lang, limit)
    return Analysed(document, sentences, facts_by_sentence(sentences, document.lang, context))


def compare_versions(reference: Analysed, version: Analysed, embed: EmbedConfig | None = None,
                     context: CheckContext | None = None,
                     progress: Callable[[int, int], None] | None = None,
                     ) -> tuple[list[Alignment], list[Finding]]:
    from checker.align import paragraph_beads
    from checker.align.run import align_sentences  # numpy: not for `checker pairs`

    alignment, _ = align_sentences(
        reference.sentences, reference.document.lang, reference.facts,
        version.sentences, version.document.lang, version.facts,
        reference_pivot=pivot_texts(reference.translation),
        version_pivot=pivot_texts(version.translation),
        config=embed, progress=progress,
    )
    # Compared paragraph with paragraph where the version keeps the reference's paragraphs.
    claim_list = claims(
        paragraph_beads(alignment, reference.sentences, version.sentences),
        reference.sentences, version.sentences, reference.facts, version.facts
    )
    comparison = ComparisonContext(reference=reference.document, version=version.document,
                                   translations=pivot_texts(version.translation),
                                   reference_translations=pivot_texts(reference.translation),
                                   run=context or CheckContext())
    return alignment, compare(claim_list, comparison)


def check_documents(documents: Sequence[Document], reference_doc: Document,
                    options: CheckOptions | None = None,
                    context: CheckContext | None = None) -> Report:
    """Check every document against the reference, with the run's glossaries (`context`;
    None: none)."""
    options = options or CheckOptions()
    translator = translator_for_check(options.translate, options.engines)
    reference = analyse(reference_doc, context)
    reference.translation = translate_document(reference, options.pivot, translator, context)
    versions: list[VersionInfo] = []
    findings: list[Finding] = []
    for doc in documents:
        if doc is reference_doc:
            continue
        version = analyse(doc, context)
        version.translation = translate_document(version, options.pivot, translator, context)
        tell = partial(options.progress, Path(doc.path).name) if options.progress else None
        alignment, found = compare_versions(reference, version, options.embed, context, tell)
        unrelated = unrelated_finding(reference_doc, reference.sentences, doc,
                                      version.sentences, alignment,
                                      (reference.facts, version.facts), context)
        found = [unrelated, *found] if unrelated else found
        versions.append(VersionInfo(doc.path, doc.lang, doc.lang_source, len(version.sentences),
                                    translation=report_info(version.translation),
                                    alignment=alignment, sentence_list=version.sentences))
        findings.extend(found)
    ref_info = VersionInfo(reference_doc.path, reference_doc.lang, reference_doc.lang_source,
                           len(reference.sentences), report_info(reference.translation),
                           sentence_list=reference.sentences)
    return Report(reference=ref_info, versions=versions, findings=findings,
                  settings={"checker": __version__,
                            "pivot": options.pivot if options.translate else None,
                            "embedder": options.embed.model,
                            "multilingual_embedder": options.embed.multilingual or None})


def check_story(paths: Sequence[Path], options: CheckOptions | None = None) -> Report:
    """Check every version of one story against its reference, with the glossary folder
    of the options, else a `glossaries/` folder next to the inputs or above, else in the
    current directory or above (none: CLDR names only)."""
    options = options or CheckOptions()
    context = CheckContext.for_inputs(options.glossaries, paths)
    documents = load_documents(paths, options)
    report = check_documents(documents, pick_reference(documents, options.reference), options,
                             context)
    # The folder depends on where the inputs (or the cwd) are: record it to be reproducible.
    folder = context.glossary_folder
    report.settings["glossaries"] = str(folder) if folder else None
    return report


def check_pair(pair: SegmentPair, context: CheckContext | None = None) -> list[Finding]:
    """Findings for one aligned pair: the source is the reference, the target the version;
    with the run's glossaries (`context`; None: none)."""
    context = context or CheckContext()
    source = Document(f"{pair.id}#source", pair.source_text, pair.source_lang, "given")
    target = Document(f"{pair.id}#target", pair.target_text, pair.target_lang, "given")
    ref, ver = analyse(source, context), analyse(target, context)
    if not ref.sentences or not ver.sentences:
        return []
    whole = [Alignment(tuple(range(len(ref.sentences))), tuple(range(len(ver.sentences))), 1.0)]
    claim_list = claims(whole, ref.sentences, ver.sentences, ref.facts, ver.facts)
    return compare(claim_list, ComparisonContext(reference=source, version=target, run=context))


def check_pairs(pairs: Iterable[SegmentPair], glossaries: str | None = None,
                inputs: Sequence[Path] = ()) -> Iterable[tuple[SegmentPair, list[Finding]]]:
    """Findings pair by pair, in input order, in this process, with the glossary folder
    `glossaries` (else one found next to `inputs` or the current directory, as `check_story`
    does). The glossaries are read now, before the first pair: a bad folder or file fails
    here, not mid-output. A repeated pair is checked once (checker.pair_batches); for pools
    and clusters see checker.engines.pairs."""
    from checker.pair_batches import check_serially

    context = CheckContext.for_inputs(glossaries, inputs)
    return check_serially(pairs, context, check_pair)


def align_files(reference: Path, version: Path, *, embed: EmbedConfig | None = None,
                translate: bool = True, pivot: str = "en",
                languages: dict[str, str] | None = None) -> AlignedFiles:
    """Read, split, translate (when an engine is installed) and align two files, for
    `checker align` and the gold-alignment evaluation."""
    from checker.align.inspect import AlignedFiles
    from checker.align.run import align_sentences

    options = CheckOptions(languages=languages or {})
    documents = load_documents([reference, version], options)
    if len(documents) != 2:
        raise InputError("align takes exactly two files: the reference and a version")
    # `checker align` has no --glossaries: names are CLDR names only, as it always had.
    context = CheckContext()
    ref, ver = analyse(documents[0], context), analyse(documents[1], context)
    ref_pivot = ver_pivot = None
    if translate:
        translator = translator_for_check(True)
        ref_pivot = pivot_texts(translate_document(ref, pivot, translator, context))
        ver_pivot = pivot_texts(translate_document(ver, pivot, translator, context))
    beads, similarity = align_sentences(
        ref.sentences, ref.document.lang, ref.facts, ver.sentences, ver.document.lang, ver.facts,
        reference_pivot=ref_pivot, version_pivot=ver_pivot, config=embed)
    return AlignedFiles(ref.document, ver.document, ref.sentences, ver.sentences, beads,
                        similarity.sources if similarity else [], ref_pivot, ver_pivot)
