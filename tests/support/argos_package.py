"""A tiny Argos package with the real format and random weights, for tests and benchmarks
(a test fixture: it lives in tests/support, never in the installed library).

No real Argos model can be fetched where checker is built and tested, so the tests
make one: a SentencePiece model trained on a few lines, a small Marian Transformer
from `transformers` (randomly initialised) converted with CTranslate2's converter,
and Argos's metadata.json. Its translations are meaningless, but every step of the
Argos code path runs on it: discovery, install from a `.argosmodel` file, loading,
tokenising, batched CTranslate2 decoding, caching.

Needs the dev extra (`transformers`, `torch`), imported only when a package is built.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import zipfile
from pathlib import Path

# A few lines in several languages and scripts, so most characters of a news
# story have a piece of their own.
TRAINING_LINES = (
    "The NATO chief said on Thursday that 700 additional troops will be sent to Kosovo.",
    "At least 30 soldiers and more than 53 civilians were injured in the clashes.",
    "Stoltenberg will visit Ankara to discuss Sweden's membership with Erdogan.",
    "Finland and Sweden applied to join the alliance in February 2022.",
    "El jefe de la OTAN afirmó el jueves que 700 soldados adicionales irán a Kosovo.",
    "Der NATO-Chef sagte am Donnerstag, dass 700 zusätzliche Soldaten kommen.",
    "Šef NATO-a je u četvrtak rekao da će 700 dodatnih vojnika biti poslato.",
    "Шеф НАТО-а је у четвртак рекао да ће 700 додатних војника бити послато.",
    "NATO Genel Sekreteri perşembe günü Kosova'ya 700 ek asker gönderileceğini söyledi.",
    "Le chef de l'OTAN a déclaré jeudi que 700 soldats supplémentaires seront envoyés.",
    "Shefi i NATO-s tha të enjten se 700 ushtarë shtesë do të dërgohen në Kosovë.",
    "Глава НАТО заявил в четверг, что в Косово будут направлены 700 военных.",
    "قال الأمين العام لحلف الناتو يوم الخميس إن 700 جندي إضافي سيرسلون.",
)


def _train_sentencepiece(workdir: Path, vocab_size: int) -> Path:
    import sentencepiece

    corpus = workdir / "corpus.txt"
    corpus.write_text("\n".join(TRAINING_LINES * 4) + "\n", encoding="utf-8")
    prefix = workdir / "sentencepiece"
    # Marian's vocabulary ends with <pad>, which the converter drops again:
    # the SentencePiece model has no pad piece, only </s> (0) and <unk> (1).
    sentencepiece.SentencePieceTrainer.train(
        input=str(corpus), model_prefix=str(prefix), vocab_size=vocab_size,
        hard_vocab_limit=False, character_coverage=1.0, model_type="unigram",
        bos_id=-1, eos_id=0, unk_id=1, pad_id=-1, eos_piece="</s>", unk_piece="<unk>",
        minloglevel=2,
    )
    return prefix.with_suffix(".model")


def _build_marian(workdir: Path, spm_model: Path, seed: int, init_std: float) -> Path:
    import sentencepiece
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    processor = sentencepiece.SentencePieceProcessor(model_file=str(spm_model))
    vocab = {processor.id_to_piece(i): i for i in range(processor.get_piece_size())}
    vocab["<pad>"] = len(vocab)
    hf_dir = workdir / "marian"
    hf_dir.mkdir()
    (hf_dir / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    shutil.copy(spm_model, hf_dir / "source.spm")
    shutil.copy(spm_model, hf_dir / "target.spm")
    tokenizer = MarianTokenizer(vocab=str(hf_dir / "vocab.json"),
                                source_spm=str(hf_dir / "source.spm"),
                                target_spm=str(hf_dir / "target.spm"))
    config = MarianConfig(
        vocab_size=len(vocab), d_model=32, encoder_layers=1, decoder_layers=1,
        encoder_attention_heads=2, decoder_attention_heads=2, encoder_ffn_dim=64,
        decoder_ffn_dim=64, max_position_embeddings=1024, init_std=init_std,
        pad_token_id=tokenizer.pad_token_id, eos_token_id=tokenizer.eos_token_id,
        decoder_start_token_id=tokenizer.pad_token_id,
        forced_eos_token_id=tokenizer.eos_token_id,
    )
    torch.manual_seed(seed)
    MarianMTModel(config).save_pretrained(hf_dir)
    tokenizer.save_pretrained(hf_dir)
    return hf_dir


def build_test_package(
    destination: Path,
    from_code: str = "de",
    to_code: str = "en",
    *,
    package_version: str = "1.0",
    seed: int = 0,
    init_std: float = 0.5,
    vocab_size: int = 300,
) -> Path:
    """Build an unpacked Argos package folder `destination/translate-FROM_TO-VERSION`."""
    from ctranslate2.converters import TransformersConverter

    name = f"translate-{from_code}_{to_code}-{package_version.replace('.', '_')}"
    folder = destination / name
    destination.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="argos-test-package-") as tmp:
        workdir = Path(tmp)
        spm_model = _train_sentencepiece(workdir, vocab_size)
        hf_dir = _build_marian(workdir, spm_model, seed, init_std)
        staging = workdir / name
        TransformersConverter(str(hf_dir)).convert(str(staging / "model"), force=True)
        shutil.copy(spm_model, staging / "sentencepiece.model")
        metadata = {
            "package_version": package_version,
            "argos_version": "1.11.0",
            "from_code": from_code,
            "from_name": from_code,
            "to_code": to_code,
            "to_name": to_code,
            "type": "translate",
            "links": [],
        }
        (staging / "metadata.json").write_text(json.dumps(metadata, indent=2), encoding="utf-8")
        (staging / "README.md").write_text(
            "Test package built by checker: random weights, meaningless output.\n",
            encoding="utf-8")
        if folder.exists():
            shutil.rmtree(folder)
        shutil.copytree(staging, folder)
    return folder


def zip_package(folder: Path, file: Path) -> Path:
    """Pack a package folder as Argos ships it: a zip with the folder at its top."""
    with zipfile.ZipFile(file, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            archive.write(path, Path(folder.name) / path.relative_to(folder))
    return file
