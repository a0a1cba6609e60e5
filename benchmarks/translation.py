"""Translation benchmark: sentences per second per engine on the seed story, cold and
from the cache, and checker's overhead over a bare CTranslate2 `translate_batch`.

    python3 benchmarks/translation.py              # everything
    python3 benchmarks/translation.py --repeat 5   # more runs per figure (median kept)

Engines: Apertium (es, sr, sr-Cyrl -> en: the pairs installed) and Argos, on a
test package the script builds (real format, random weights: its speed says how
checker's Argos path performs, not what a real model would cost; a real model is
far larger). "cold" translates every sentence (empty cache); "cached" re-runs
the same text with the cache filled. Overhead: checker's whole path (Translator:
glossary protection, cache look-up and store on an existing cache file where every
look-up misses, SentencePiece, CTranslate2, decoding)
against SentencePiece + `ctranslate2.Translator.translate_batch` + decoding alone,
same sentences, same decoding settings, model loaded once for both. Two figures:
end to end (fastest run of each; noisy on a busy machine, since nearly all the time is
CTranslate2's), and the time checker spends outside CTranslate2 on its own path
(measured inside the same run, so machine noise does not enter it).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checker.pipeline import analyse, load_documents  # noqa: E402
from checker.translate import Translator  # noqa: E402
from checker.translate.argos import BEAM_SIZE, LENGTH_PENALTY, MAX_BATCH_TOKENS  # noqa: E402
from checker.translate.cache import NoCache, TranslationCache  # noqa: E402

SEED = ROOT / "seeds" / "nato-kosovo"


def sentences_of(name: str) -> tuple[str, list[str]]:
    document = load_documents([SEED / name])[0]
    return document.lang, [s.text for s in analyse(document).sentences]


def median_seconds(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def engine_speed(engine: str, files: list[str], repeat: int, workdir: Path) -> None:
    for name in files:
        lang, sentences = sentences_of(name)
        translator = Translator([engine], cache=NoCache())
        translator.translate(sentences[:1], lang, "en")  # load the model / start-up once
        cold = median_seconds(lambda t=translator, s=sentences, la=lang:
                              t.translate(s, la, "en"), repeat)
        cache = TranslationCache(workdir / f"{engine}-{name}.sqlite3")
        Translator([engine], cache=cache).translate(sentences, lang, "en")  # fill it
        cached_translator = Translator([engine], cache=cache)
        cached = median_seconds(lambda t=cached_translator, s=sentences, la=lang:
                                t.translate(s, la, "en"), repeat)
        check = cached_translator.translate(sentences, lang, "en").stats
        assert check.translated == 0 and check.cached == len(set(sentences))
        n = len(sentences)
        print(f"{engine:<9} {name:<12} {n:>3} sentences  cold {n / cold:8.1f} sent/s "
              f"({cold * 1000:7.1f} ms)   cached {n / cached:9.1f} sent/s "
              f"({cached * 1000:6.1f} ms)")


def argos_overhead(package_dir: Path, repeat: int) -> None:
    import ctranslate2
    import sentencepiece

    from checker.translate.argos import find_package

    lang, sentences = sentences_of("es.txt")
    package = find_package("es", "en", package_dir)
    bare_translator = ctranslate2.Translator(str(package.path / "model"), device="cpu",
                                             compute_type="auto", inter_threads=1,
                                             intra_threads=0)
    processor = sentencepiece.SentencePieceProcessor(
        model_file=str(package.path / "sentencepiece.model"))

    def bare() -> list[str]:
        tokens = processor.encode(sentences, out_type=str)
        results = bare_translator.translate_batch(
            tokens, replace_unknowns=True, max_batch_size=MAX_BATCH_TOKENS, batch_type="tokens",
            beam_size=BEAM_SIZE, num_hypotheses=1, length_penalty=LENGTH_PENALTY)
        return [processor.decode_pieces(r.hypotheses[0]) for r in results]

    no_cache = Translator(["argos"], cache=NoCache())
    bare()
    no_cache.translate(sentences, lang, "en")  # both warm
    loaded = next(iter(no_cache.engines[0]._loaded.values()))
    timed = _TimedTranslator(loaded.translator)
    loaded.translator = timed  # measure the time spent inside CTranslate2 on checker's path
    with tempfile.TemporaryDirectory() as tmp:
        cache = TranslationCache(Path(tmp) / "cache.sqlite3")
        with_cache = Translator(["argos"], cache=cache)
        with_cache.engines[0]._loaded = no_cache.engines[0]._loaded  # same loaded model

        def empty_cache() -> None:  # not timed: every look-up misses, every result is stored
            cache.clear()

        def checker_cold_with_cache() -> None:
            with_cache.translate(sentences, lang, "en")

        # Interleaved runs, so machine noise hits all alike; the minimum is the figure
        # least disturbed by other processes.
        runs: dict[str, list[float]] = {"bare": [], "plain": [], "cached": []}
        outside: dict[str, list[float]] = {"plain": [], "cached": []}
        for _ in range(repeat):
            runs["bare"].append(median_seconds(bare, 1))
            for key, run in (("plain", lambda: no_cache.translate(sentences, lang, "en")),
                             ("cached", checker_cold_with_cache)):
                empty_cache()
                timed.seconds = 0.0
                total = median_seconds(run, 1)
                runs[key].append(total)
                outside[key].append(total - timed.seconds)
    b = min(runs["bare"])
    print(f"bare CTranslate2 (SentencePiece + translate_batch + decode): {b * 1000:8.1f} ms "
          f"for {len(sentences)} sentences (fastest of {repeat})")
    for key, label in (("plain", "checker Argos path, no cache:              "),
                       ("cached", "checker Argos path, cache miss (+ store):  ")):
        fastest = min(runs[key])
        extra = statistics.median(outside[key])
        print(f"{label}{fastest * 1000:8.1f} ms  overhead {100 * (fastest - b) / b:+5.1f}% "
              f"end to end; time outside CTranslate2 {extra * 1000:6.1f} ms "
              f"= {100 * extra / b:4.1f}% of bare")


class _TimedTranslator:
    """Stands in for a ctranslate2.Translator and adds up the time of translate_batch."""

    def __init__(self, translator) -> None:
        self.translator = translator
        self.seconds = 0.0

    def translate_batch(self, *args, **kwargs):
        start = time.perf_counter()
        try:
            return self.translator.translate_batch(*args, **kwargs)
        finally:
            self.seconds += time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure (median)")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} CPUs; median of {args.repeat} runs")
    sys.path.insert(0, str(ROOT / "tests"))  # the test Argos package builder lives there
    from support.argos_package import build_test_package

    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        packages = workdir / "argos"
        build_test_package(packages, "es", "en")
        build_test_package(packages, "de", "en", seed=1)
        os.environ["ARGOS_PACKAGES_DIR"] = str(packages)
        print("\n== sentences per second, seed story -> en ==")
        engine_speed("apertium", ["es.txt", "sr.txt", "sr-Cyrl.txt"], args.repeat, workdir)
        engine_speed("argos", ["es.txt", "de.txt"], args.repeat, workdir)
        print("\n== checker's overhead over bare CTranslate2 (Argos test package es->en) ==")
        argos_overhead(packages, args.repeat)


if __name__ == "__main__":
    main()
