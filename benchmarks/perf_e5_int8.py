"""Side by side: multilingual-e5-small as checker loads it (float32) and quantised to int8
after loading (the per-row int8 word-embedding table plus torch dynamic int8 Linear layers),
each in a fresh process: load CPU time, resident memory, encode time, and how close the
int8 vectors are to the float ones (cosine) on the sentences of a text file.

    python3 benchmarks/perf_e5_int8.py TEXT_FILE [--sentences 30]

The result decides whether checker ships int8 e5 (docs/performance.md): it does not yet,
because quantising after a float load adds memory instead of saving it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from perf_common import signature

_ROWS = 16384


def quantise(model) -> None:
    """int8 word-embedding rows (one float scale a row) and dynamic int8 Linear layers."""
    import torch

    class Int8Embedding(torch.nn.Module):
        def __init__(self, weight) -> None:
            super().__init__()
            self.register_buffer("q", torch.empty(weight.shape, dtype=torch.int8))
            self.register_buffer("scale", torch.empty((weight.shape[0], 1)))
            with torch.no_grad():
                for start in range(0, weight.shape[0], _ROWS):
                    block = weight[start : start + _ROWS].float()
                    scale = block.abs().amax(dim=1, keepdim=True).clamp_min(1e-12) / 127.0
                    self.q[start : start + _ROWS] = torch.round(block / scale).to(torch.int8)
                    self.scale[start : start + _ROWS] = scale

        def forward(self, ids):
            return self.q[ids].float() * self.scale[ids]

    embeddings = model[0].auto_model.embeddings
    embeddings.word_embeddings = Int8Embedding(embeddings.word_embeddings.weight.data)
    torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8,
                                           inplace=True)


def _child(mode: str, texts: list[str], out: Path) -> None:
    import resource

    import numpy as np

    started = time.process_time()
    from sentence_transformers import SentenceTransformer

    from checker.embed.convert_e5 import default_folder

    model = SentenceTransformer(str(default_folder()), device="cpu", local_files_only=True)
    if mode == "int8":
        quantise(model)
    model.encode(texts[:1], normalize_embeddings=True)
    loaded = time.process_time()
    vectors = model.encode(texts, normalize_embeddings=True)
    encoded = time.process_time()
    np.save(out, vectors)
    rss = int(Path("/proc/self/status").read_text().split("VmRSS:")[1].split()[0]) // 1024
    print(json.dumps({"load_cpu": loaded - started, "encode_cpu": encoded - loaded,
                      "rss_mb": rss,
                      "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("text", type=Path, help="a text file, sentences split on '. '")
    parser.add_argument("--sentences", type=int, default=30)
    parser.add_argument("--child", choices=("float", "int8"), help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    texts = [t for t in args.text.read_text(encoding="utf-8").replace("\n", " ").split(". ")
             if t.strip()][: args.sentences]
    if args.child:
        _child(args.child, texts, args.out)
        return 0
    import tempfile

    import numpy as np

    results, vectors = {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        for mode in ("float", "int8"):
            out = Path(tmp) / f"{mode}.npy"
            done = subprocess.run([sys.executable, __file__, str(args.text), "--sentences",
                                   str(args.sentences), "--child", mode, "--out", str(out)],
                                  capture_output=True, text=True, check=True)
            results[mode] = json.loads(done.stdout.strip().splitlines()[-1])
            vectors[mode] = np.load(out)
    cosine = (vectors["float"] * vectors["int8"]).sum(axis=1)
    print(signature(f"{args.text.name}, {len(texts)} sentences", args.text))
    for mode, r in results.items():
        print(f"e5 {mode}: load cpu {r['load_cpu']:.1f} s, encode cpu {r['encode_cpu']:.2f} s, "
              f"rss {r['rss_mb']} MB, peak {r['peak_mb']} MB")
    print(f"int8 vs float cosine: min {cosine.min():.3f}, mean {cosine.mean():.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
