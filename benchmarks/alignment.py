"""Alignment benchmark: accuracy on the gold alignments of the seed story, and the
cost of checker's embedding layer over a bare `model.encode`.

    python3 benchmarks/alignment.py            # everything
    python3 benchmarks/alignment.py --accuracy # gold accuracy only
    python3 benchmarks/alignment.py --synthetic  # moved/merged/split/dropped sentences
    python3 benchmarks/alignment.py --models   # each similarity source alone, per language
    python3 benchmarks/alignment.py --overhead # embedding overhead only

Accuracy is the share of gold beads found exactly (benchmarks/gold.py); it is
printed for the default settings (as `checker check` runs: pivot translation where
an engine is installed, the packaged MiniLM on English/pivot text, USE on original
text, n-grams, anchors, position) and for weaker settings, to show what each adds.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.gold import accuracy, link_scores, load_gold, resolve  # noqa: E402
from checker.embed import EmbedConfig  # noqa: E402
from checker.pipeline import align_files  # noqa: E402

GOLD = ROOT / "seeds" / "nato-kosovo" / "gold"

SETTINGS = {
    "default": (EmbedConfig(), True),
    "no-e5": (EmbedConfig(multilingual="use"), True),
    "no-translate": (EmbedConfig(), False),
    "minilm-only": (EmbedConfig(multilingual=None), True),
    "no-embed": (EmbedConfig(model=None, multilingual=None), False),
}


def run_accuracy(settings: list[str]) -> bool:
    files = sorted(GOLD.glob("*.json"))
    print(f"Gold accuracy (exact beads), {len(files)} gold files, settings: {', '.join(settings)}")
    header = f"{'version':34}" + "".join(f"{s:>14}" for s in settings) + "   similarity (default)"
    print(header)
    totals = {s: [] for s in settings}
    ok = True
    for path in files:
        gold = load_gold(path)
        row = f"{gold.version.relative_to(ROOT / 'seeds' / 'nato-kosovo')!s:34}"
        sources = ""
        for name in settings:
            config, translate = SETTINGS[name]
            result = align_files(gold.reference, gold.version, embed=config, translate=translate)
            beads = resolve(gold, result.reference_sentences, result.reference.text,
                            result.version_sentences, result.version.text)
            acc = accuracy(result.beads, beads)
            totals[name].append(acc)
            row += f"{acc:14.3f}"
            if name == "default":
                sources = ", ".join(result.sources)
                ok = ok and acc >= 0.95
                precision, recall = link_scores(result.beads, beads)
                sources += f"  (links P {precision:.2f} R {recall:.2f})"
        print(row + "   " + sources)
    print(f"{'mean':34}" + "".join(f"{sum(v) / len(v):14.3f}" for v in totals.values()))
    print(f"{'min':34}" + "".join(f"{min(v):14.3f}" for v in totals.values()))
    return ok


def run_overhead(repeats: int = 5) -> None:
    """checker's CachedEmbedder (cold and warm cache) vs SentenceTransformer.encode on the
    same sentences, same model, same batch size, model loading excluded from both."""
    from checker.embed.cache import CachedEmbedder, EmbeddingCache
    from checker.embed.sentence_transformers import SentenceTransformerEmbedder
    from checker.segment import split_sentences

    texts = []
    for path in sorted((ROOT / "seeds" / "nato-kosovo").glob("*.txt")):
        lang = path.stem
        texts += [s.text for s in split_sentences(path.read_text(encoding="utf-8"), lang)]
    inner = SentenceTransformerEmbedder("minilm")
    model = inner.model  # load once, outside the timings
    model.encode(texts[:8], batch_size=inner.batch_size, normalize_embeddings=True)  # warm-up
    class Timed:
        """The real embedder, timing the calls that reach the model."""

        name, version, languages = inner.name, inner.version, inner.languages
        inside = 0.0

        def encode(self, batch):
            start = time.perf_counter()
            try:
                return inner.encode(batch)
            finally:
                Timed.inside += time.perf_counter() - start

    bare, cold, warm, own = [], [], [], []
    for _ in range(repeats):
        start = time.perf_counter()
        model.encode(texts, batch_size=inner.batch_size, normalize_embeddings=True,
                     convert_to_numpy=True, show_progress_bar=False)
        bare.append(time.perf_counter() - start)
        with tempfile.TemporaryDirectory() as tmp:
            cached = CachedEmbedder(Timed(), EmbeddingCache(Path(tmp) / "embeddings.sqlite"))
            Timed.inside = 0.0
            start = time.perf_counter()
            cached.encode(texts)
            cold.append(time.perf_counter() - start)
            own.append(cold[-1] - Timed.inside)  # hashing, SQLite, stacking
            start = time.perf_counter()
            cached.encode(texts)
            warm.append(time.perf_counter() - start)
    b, c, w, o = min(bare), min(cold), min(warm), min(own)
    import torch

    print(f"Embedding {len(texts)} seed sentences with the packaged all-MiniLM-L6-v2 "
          f"(torch threads {torch.get_num_threads()}, best of {repeats}):")
    print(f"  bare model.encode          {b * 1000:8.1f} ms")
    print(f"  checker, cold cache        {c * 1000:8.1f} ms   ({100 * (c - b) / b:+.1f}% vs bare; "
          "includes machine-load noise)")
    print(f"    of which checker's own   {o * 1000:8.1f} ms   (hashing, SQLite, stacking: "
          f"{100 * o / b:.2f}% of bare)")
    print(f"  checker, warm cache        {w * 1000:8.1f} ms   "
          f"({b / max(w, 1e-9):.0f}x faster than bare)")


def run_synthetic() -> None:
    """Accuracy on synthetic structural edits of every faithful version (no pivot
    translation: the hardest case for languages without an engine), per setting."""
    from perturb import mk, perturbations  # beside this script

    from checker.align import align
    from checker.align.build import build_similarity
    from checker.facts import extract_facts
    from checker.segment import split_sentences

    settings = {"default": EmbedConfig(), "no-e5": EmbedConfig(multilingual="use"),
                "minilm-only": EmbedConfig(multilingual=None),
                "no-embed": EmbedConfig(model=None, multilingual=None)}
    seed = ROOT / "seeds" / "nato-kosovo"
    ref = [s.text for s in split_sentences((seed / "en.txt").read_text(encoding="utf-8"), "en")]
    names = [name for name, *_ in perturbations(ref, ref)]
    print("Synthetic edits of the faithful versions (exact-bead accuracy, no translation): "
          "mean per setting, then each edit with the default setting")
    print(f"{'lang':8}" + "".join(f"{n:>12}" for n in settings) + "  "
          + " ".join(f"{n[:9]:>9}" for n in names))
    totals: dict[str, list[float]] = {n: [] for n in settings}
    for lang in ["tr", "sr", "sr-Cyrl", "sq", "de", "es", "fr", "ru", "ar"]:
        text = (seed / f"{lang}.txt").read_text(encoding="utf-8")
        ver = [s.text for s in split_sentences(text, lang)]
        means, default_row = [], []
        for setting, config in settings.items():
            row = []
            for _name, r, v, gold in perturbations(ref, ver):
                sim = build_similarity(r, "en", v, lang, config=config)
                beads = align(mk(r), mk(v), reference_facts=[extract_facts(t, "en") for t in r],
                              version_facts=[extract_facts(t, lang) for t in v],
                              similarity=sim, reference_lang="en", version_lang=lang)
                row.append(accuracy(beads, gold))
            totals[setting] += row
            means.append(sum(row) / len(row))
            if setting == "default":
                default_row = row
        print(f"{lang:8}" + "".join(f"{m:12.3f}" for m in means) + "  "
              + " ".join(f"{x:9.2f}" for x in default_row))
    print(f"{'all':8}" + "".join(f"{sum(v) / len(v):12.3f}" for v in totals.values()))


def run_models() -> None:
    """Each similarity source alone on the faithful seed versions: how often the true
    counterpart is a reference sentence's most similar one (top-1), and how far the
    true pairs stand above the crowd (mean z-score)."""
    import numpy as np

    from checker.align.anchors import ngram_counts
    from checker.align.similarity import SentenceSimilarity, Source
    from checker.embed import load_embedder
    from checker.errors import ModelError
    from checker.pipeline import analyse, load_documents
    from checker.translate import pivot_texts, translate_document, translator_for_check

    seed = ROOT / "seeds" / "nato-kosovo"
    minilm, use = load_embedder("minilm"), load_embedder("use")
    try:
        e5 = load_embedder("e5")
    except ModelError:  # not built: checker models build-e5
        e5 = None
    translator = translator_for_check(True)
    ref = analyse(load_documents([seed / "en.txt"])[0])
    ref_texts = [s.text for s in ref.sentences]
    print("Each source alone on the faithful versions: top-1 / mean z of true pairs")
    print(f"{'lang':8}{'minilm orig':>16}{'minilm pivot':>16}{'use orig':>16}{'e5 orig':>16}"
          f"{'n-grams':>16}")
    for lang in ["tr", "sr", "sr-Cyrl", "sq", "de", "es", "fr", "ru", "ar"]:
        ver = analyse(load_documents([seed / f"{lang}.txt"])[0])
        texts = [s.text for s in ver.sentences]
        pivot = pivot_texts(translate_document(ver, "en", translator))
        complete = pivot and len(pivot) == len(texts)
        pivot_list = [pivot[i] for i in range(len(texts))] if complete else None
        sources = {
            "minilm orig": (minilm.encode(ref_texts), minilm.encode(texts), False),
            "minilm pivot": ((minilm.encode(ref_texts), minilm.encode(pivot_list), False)
                             if pivot_list else None),
            "use orig": (use.encode(ref_texts), use.encode(texts), False),
            "e5 orig": (e5.encode(ref_texts), e5.encode(texts), False) if e5 else None,
            "n-grams": (ngram_counts(ref_texts, "en"), ngram_counts(texts, lang), True),
        }
        row = f"{lang:8}"
        for source in sources.values():
            if source is None:
                row += f"{'-':>16}"
                continue
            one = Source("s", source[0], source[1], counts=source[2])
            sim = SentenceSimilarity.from_sources([one], len(ref_texts), len(texts))
            z = sim._z[(1, 1)]
            top1 = float(np.mean(z.argmax(axis=1) == np.arange(len(ref_texts))))
            row += f"{top1:10.2f} /{float(np.mean(np.diag(z))):4.1f}"
        print(row)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accuracy", action="store_true")
    parser.add_argument("--overhead", action="store_true")
    parser.add_argument("--models", action="store_true", help="each similarity source alone")
    parser.add_argument("--synthetic", action="store_true", help="synthetic structural edits")
    parser.add_argument("--settings", default=",".join(SETTINGS),
                        help="comma-separated: " + ", ".join(SETTINGS))
    args = parser.parse_args()
    both = not (args.accuracy or args.overhead or args.models or args.synthetic)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    ok = True
    if args.accuracy or both:
        ok = run_accuracy([s for s in args.settings.split(",") if s])
    if args.synthetic or both:
        print()
        run_synthetic()
    if args.models or both:
        print()
        run_models()
    if args.overhead or both:
        print()
        run_overhead()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
