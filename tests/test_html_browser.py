"""The HTML report in a real headless browser (Debian's chromium, installed by
install.sh): the page renders, the screenshot is a real picture, and the DOM after
rendering shows the findings."""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[1] / "seeds" / "nato-kosovo"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (install.sh)")


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--no-first-run", f"--user-data-dir={profile}", *args],
        capture_output=True, text=True, timeout=120, check=False)


def png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and the RGB(A) rows of an 8-bit, non-interlaced PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    position, idat, header = 8, b"", None
    while position < len(data):
        (length,) = struct.unpack(">I", data[position:position + 4])
        kind = data[position + 4:position + 8]
        body = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        position += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and interlace == 0 and colour in (2, 6)
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            left = line[x - channels] if x >= channels else 0
            up = previous[x]
            corner = previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + left) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + up) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                predictor = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[x] = (line[x] + predictor) & 0xFF
        rows.append(b"".join(bytes(line[k:k + 3]) for k in range(0, stride, channels)))
        previous = line
    return width, height, rows


class Dom(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.findings: list[str] = []
        self.marks: list[str] = []
        self.summary = False
        self._in: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        classes = attributes.get("class", "").split()
        if attributes.get("id") == "summary":
            self.summary = True
        if tag == "li" and "finding" in classes:
            self._in, self._text = "finding", []
        elif tag == "mark" and "ver" in classes and self._in is None:
            self._in, self._text = "mark", []

    def handle_data(self, data):
        if self._in:
            self._text.append(data)

    def handle_endtag(self, tag):
        if self._in == "finding" and tag == "li":
            self.findings.append("".join(self._text))
            self._in = None
        elif self._in == "mark" and tag == "mark":
            self.marks.append("".join(self._text))
            self._in = None


@pytest.fixture(scope="module")
def report_page(tmp_path_factory) -> Path:
    from cli.main import main

    root = tmp_path_factory.mktemp("browser")
    story = root / "story"
    story.mkdir()
    shutil.copy(SEEDS / "en.txt", story / "en.txt")
    shutil.copy(SEEDS / "drifted" / "troops.tr.txt", story / "tr.txt")
    shutil.copy(SEEDS / "drifted" / "weekday.es.txt", story / "es.txt")
    page = root / "report.html"
    code = main(["check", str(story), "--no-translate", "--format", "html", "--output", str(page)])
    assert code == 1 and page.stat().st_size > 0
    return page


def test_screenshot_is_a_rendered_page_with_highlights(report_page: Path, tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    run = chromium(tmp_path, "--window-size=1200,1400", f"--screenshot={shot}",
                   report_page.as_uri())
    assert shot.exists(), run.stderr[-2000:]
    width, height, rows = png_pixels(shot.read_bytes())
    assert (width, height) == (1200, 1400)
    colours: dict[bytes, int] = {}
    for row in rows:
        for k in range(0, len(row), 3):
            colours[row[k:k + 3]] = colours.get(row[k:k + 3], 0) + 1
    # Text and tables: far more than a blank or error page's handful of colours.
    assert len(colours) > 200
    background = max(colours.values())
    assert background < 0.9 * width * height
    # The header bar (#1c2733) and the highlight of a drifted fact (#f9c9c5) are on screen.
    assert colours.get(bytes.fromhex("1c2733"), 0) > 1000
    assert colours.get(bytes.fromhex("f9c9c5"), 0) > 20


def test_dom_after_rendering_shows_the_findings(report_page: Path, tmp_path: Path) -> None:
    run = chromium(tmp_path, "--dump-dom", report_page.as_uri())
    assert run.returncode == 0, run.stderr[-2000:]
    dom = Dom()
    dom.feed(run.stdout)
    assert dom.summary
    assert any("number.changed" in f and "7.000" in f for f in dom.findings), dom.findings
    assert "7.000" in dom.marks
    assert any("date.changed" in f for f in dom.findings) or any(
        "miércoles" in m for m in dom.marks), dom.findings
