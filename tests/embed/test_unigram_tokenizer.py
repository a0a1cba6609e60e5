"""A unigram tokenizer read piece by piece from its compiled file gives the ids the whole
tokenizer gives (checker/embed/unigram_tokenizer.py), on a small tokenizer made here."""

from __future__ import annotations

import pytest

tokenizers = pytest.importorskip("tokenizers")

from checker.embed.unigram_tokenizer import UnigramTokenizer, store_path  # noqa: E402

PIECES = ["\u2581the", "\u2581cat", "\u2581ca", "t", "s", "\u2581", "a", "c", "h", "e",
          "\u2581sat", "at", "\u2581on", "o", "n", "\u2581mat", "m", "r", "\u2581ra", "ts"]


def _tokenizer_json(folder):
    from tokenizers import AddedToken, Tokenizer, models, normalizers, pre_tokenizers

    vocab = [("<s>", 0.0), ("<pad>", 0.0), ("</s>", 0.0), ("<unk>", 0.0)]
    vocab += [(p, -1.0 - 0.37 * k) for k, p in enumerate(PIECES)] + [("<mask>", 0.0)]
    tok = Tokenizer(models.Unigram(vocab, 3, False))
    tok.normalizer = normalizers.NFKC()
    tok.pre_tokenizer = pre_tokenizers.Metaspace()
    tok.add_special_tokens([AddedToken(t, special=True) for t in
                            ("<s>", "<pad>", "</s>", "<unk>", "<mask>")])
    path = folder / "model" / "tokenizer.json"
    path.parent.mkdir()
    tok.save(str(path))
    return path


TEXTS = ["the cat sat on the mat", "the rats", "cats", "", "ｔｈｅ ｃａｔ", "xyz the ñ",
         "the <mask> sat", "mat " * 40]


def test_the_pieces_read_one_by_one_give_the_whole_tokenizers_ids(tmp_path):
    from tokenizers import Tokenizer

    path = _tokenizer_json(tmp_path)
    whole = Tokenizer.from_file(str(path))
    ours = UnigramTokenizer(path, max_length=16).encode(TEXTS)
    for text, ids in zip(TEXTS, ours, strict=True):
        expected = [0, *whole.encode(text, add_special_tokens=False).ids[:14], 2]
        assert ids == expected, text
    assert store_path(path).exists() and store_path(path).parent.parent == tmp_path


def test_a_changed_tokenizer_gets_a_new_compiled_file(tmp_path):
    import os

    path = _tokenizer_json(tmp_path)
    before = store_path(path)
    UnigramTokenizer(path)
    os.utime(path, ns=(1, 1))
    assert store_path(path) != before and not store_path(path).exists()
    UnigramTokenizer(path)
    assert store_path(path).exists()
