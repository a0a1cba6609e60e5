from pathlib import Path

import pytest

from checker.errors import InputError
from checker.load import (
    expand_paths,
    find_stories,
    read_pairs_jsonl,
    read_text_file,
    strip_markdown,
)


def test_reads_utf8_and_normalises_newlines(tmp_path: Path) -> None:
    f = tmp_path / "tr.txt"
    f.write_bytes("\ufeffBaşlık\r\n\r\n700 asker.\r\n".encode())
    assert read_text_file(f) == "Başlık\n\n700 asker.\n"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "file is empty"),
        (b"  \n\t\n", "file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("Priština je glavni grad.".encode("cp1250") + b"\x9e\x9a", "not valid UTF-8"),
    ],
)
def test_refuses_unusable_files(tmp_path: Path, content: bytes, message: str) -> None:
    f = tmp_path / "sr.txt"
    f.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_text_file(f)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_text_file(tmp_path / "nope.txt")


def test_markdown_markup_is_blanked_keeping_offsets() -> None:
    text = "# NATO chief\n\nHe said **700** troops [left](http://x.y)."
    stripped = strip_markdown(text)
    assert len(stripped) == len(text)
    assert "#" not in stripped and "**" not in stripped and "http" not in stripped
    assert stripped.index("700") == text.index("700")


def test_folder_expands_to_its_version_files_only(tmp_path: Path) -> None:
    (tmp_path / "en.txt").write_text("One.")
    (tmp_path / "de.md").write_text("Eins.")
    (tmp_path / "README.md").write_text("about")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / "drifted").mkdir()
    (tmp_path / "drifted" / "x.de.txt").write_text("Zwei.")
    assert [p.name for p in expand_paths([tmp_path])] == ["de.md", "en.txt"]


def test_stories_are_subfolders_with_versions(tmp_path: Path) -> None:
    for name in ("b-story", "a-story"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "en.txt").write_text("One.")
    (tmp_path / "empty").mkdir()
    assert [p.name for p in find_stories(tmp_path)] == ["a-story", "b-story"]


def test_pairs_jsonl_errors_name_the_line(tmp_path: Path) -> None:
    f = tmp_path / "pairs.jsonl"
    f.write_text(
        '{"id": "a", "source": {"lang": "fr", "text": "1"}, '
        '"target": {"lang": "en", "text": "1"}}\n'
        '{"id": "b", "source": {"lang": "fr"}}\n'
    )
    pairs = read_pairs_jsonl(f)
    assert next(pairs).id == "a"
    with pytest.raises(InputError, match=r"pairs.jsonl:2: expected"):
        next(pairs)


def test_pairs_jsonl_unknown_language(tmp_path: Path) -> None:
    f = tmp_path / "pairs.jsonl"
    f.write_text(
        '{"id": "a", "source": {"lang": "xx", "text": "1"}, '
        '"target": {"lang": "en", "text": "1"}}\n'
    )
    with pytest.raises(InputError, match="unknown language tag 'xx'"):
        list(read_pairs_jsonl(f))


def test_pair_files_are_read_by_their_extension(tmp_path: Path) -> None:
    from checker.load import read_pair_file

    jsonl = tmp_path / "pairs.jsonl"
    jsonl.write_text('{"id": "a", "source": {"lang": "en", "text": "Five people."}, '
                     '"target": {"lang": "de", "text": "Fünf Menschen."}}\n')
    tmx = tmp_path / "memory.TMX"  # the extension's case does not matter
    tmx.write_text('<?xml version="1.0"?><tmx version="1.4"><header srclang="en"/><body>'
                   '<tu tuid="7"><tuv xml:lang="en"><seg>Five people.</seg></tuv>'
                   '<tuv xml:lang="de"><seg>Fünf Menschen.</seg></tuv></tu></body></tmx>',
                   encoding="utf-8")
    (from_jsonl,) = read_pair_file(jsonl)
    (from_tmx,) = read_pair_file(tmx)
    assert (from_jsonl.id, from_tmx.id) == ("a", "7")
    assert from_jsonl.target_text == from_tmx.target_text == "Fünf Menschen."
    other = tmp_path / "pairs.txt"  # anything else is JSON Lines, and says so when it is not
    other.write_text("not json\n")
    with pytest.raises(InputError, match=r"pairs.txt:1: not valid JSON"):
        list(read_pair_file(other))
