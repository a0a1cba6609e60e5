"""Argos Translate packages: find, install, remove, download on request, and translate.

A package is a folder (or a `.argosmodel` zip of one) with `metadata.json`, a
CTranslate2 model in `model/` and a `sentencepiece.model` (older packages: `bpe.model`).
Packages live where argostranslate keeps them: ARGOS_PACKAGES_DIR, else the
ARGOS_PACKAGES_DIR of argostranslate's settings.json, else
`$XDG_DATA_HOME/argos-translate/packages`. The folder is read here directly rather
than through `argostranslate.package`, whose settings are frozen at import time and
whose import creates folders.

Translation does not go through `argostranslate.translate`: at translate time it
fetches sentence-boundary models from the network (MiniSBD, Stanza) and fails
offline. checker has already split the text into sentences, so each package's
CTranslate2 model and SentencePiece model are called directly, all sentences in one
batched call, with the decoding settings argostranslate uses. Pivoting through
English, when there is no direct package, is done by the registry for any engine.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import threading
import zipfile
from dataclasses import dataclass
from pathlib import Path

from checker.errors import ModelError
from checker.lang import base_language
from checker.translate.base import ModelInfo

DEFAULT_INDEX_URL = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/"
NETWORK_TIMEOUT_SECONDS = 10.0
# argostranslate's own decoding settings (translate.apply_packaged_translation).
BEAM_SIZE = 4
LENGTH_PENALTY = 0.2
MAX_BATCH_TOKENS = 32 * 16  # argostranslate: max_batch_size=32 with batch_type="tokens"


def _home() -> Path:
    return Path.home()


def _argos_setting(key: str) -> str | None:
    """An argostranslate setting: the environment first, then its settings.json."""
    value = os.environ.get(key)
    if value:
        return value
    config_home = Path(os.environ.get("XDG_CONFIG_HOME") or _home() / ".config")
    settings_file = config_home / "argos-translate" / "settings.json"
    try:
        settings = json.loads(settings_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    value = settings.get(key) if isinstance(settings, dict) else None
    return str(value) if value else None


def packages_dir() -> Path:
    """Where Argos packages are installed (argostranslate's own rule)."""
    configured = _argos_setting("ARGOS_PACKAGES_DIR") or _argos_setting("ARGOS_PACKAGE_DIR")
    if configured:
        return Path(configured).expanduser()
    data_home = Path(os.environ.get("XDG_DATA_HOME") or _home() / ".local" / "share")
    return data_home / "argos-translate" / "packages"


@dataclass(frozen=True)
class ArgosPackage:
    """An installed Argos package, as its metadata.json describes it."""

    path: Path
    from_code: str
    to_code: str
    package_version: str
    argos_version: str
    from_name: str = ""
    to_name: str = ""
    target_prefix: str = ""

    @property
    def name(self) -> str:
        """The folder name, which `checker models remove` accepts."""
        return self.path.name

    @property
    def pair(self) -> str:
        return f"{self.from_code}-{self.to_code}"

    @property
    def tokenizer_file(self) -> Path | None:
        for name in ("sentencepiece.model", "bpe.model"):
            if (self.path / name).is_file():
                return self.path / name
        return None

    def fingerprint(self) -> str:
        """Sizes and dates of the model files: changes when a package is rebuilt or reinstalled."""
        parts = []
        for file in (self.path / "model" / "model.bin", self.tokenizer_file):
            if file is not None and file.exists():
                stat = file.stat()
                parts.append(f"{stat.st_size}:{stat.st_mtime_ns}")
        return "/".join(parts)

    def model_info(self) -> ModelInfo:
        return ModelInfo("argos", self.name, self.package_version or "unversioned",
                         self.fingerprint())


def read_package(folder: Path) -> ArgosPackage:
    """Read and check one package folder; ModelError says what is missing."""
    metadata_file = folder / "metadata.json"
    try:
        metadata = json.loads(metadata_file.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ModelError(f"not an Argos package: {folder} has no metadata.json") from exc
    except (OSError, ValueError) as exc:
        raise ModelError(f"not an Argos package: cannot read {metadata_file}: {exc}") from exc
    if not isinstance(metadata, dict):
        raise ModelError(f"not an Argos package: {metadata_file} is not a JSON object")
    if metadata.get("type", "translate") != "translate":
        raise ModelError(f"{folder.name} is an Argos '{metadata.get('type')}' package, "
                         "not a translation package")
    from_code = metadata.get("from_code") or next(iter(metadata.get("from_codes") or []), None)
    to_code = metadata.get("to_code") or next(iter(metadata.get("to_codes") or []), None)
    if not from_code or not to_code:
        raise ModelError(f"not an Argos package: {metadata_file} names no from_code/to_code")
    if not (folder / "model" / "model.bin").is_file():
        raise ModelError(f"not an Argos package: {folder} has no CTranslate2 model/model.bin")
    package = ArgosPackage(
        path=folder,
        from_code=str(from_code).lower(),
        to_code=str(to_code).lower(),
        package_version=str(metadata.get("package_version", "")),
        argos_version=str(metadata.get("argos_version", "")),
        from_name=str(metadata.get("from_name", "")),
        to_name=str(metadata.get("to_name", "")),
        target_prefix=str(metadata.get("target_prefix", "") or ""),
    )
    if package.tokenizer_file is None:
        raise ModelError(f"not an Argos package: {folder} has no sentencepiece.model or bpe.model")
    return package


def installed_packages(directory: Path | None = None) -> list[ArgosPackage]:
    """Every valid package in the packages folder; folders that are not packages are skipped."""
    directory = directory or packages_dir()
    if not directory.is_dir():
        return []
    packages = []
    for folder in sorted(directory.iterdir()):
        if not folder.is_dir() or folder.name.startswith("."):
            continue
        try:
            packages.append(read_package(folder))
        except ModelError:
            continue  # a half-copied or foreign folder must not stop translation
    return packages


def find_package(source: str, target: str, directory: Path | None = None) -> ArgosPackage | None:
    """The installed package for this pair (BCP 47 tags), the newest version if several."""
    src, tgt = base_language(source), base_language(target)
    matches = [p for p in installed_packages(directory) if p.from_code == src and p.to_code == tgt]
    if not matches:
        return None
    return max(matches, key=lambda p: _version_key(p.package_version))


def _version_key(version: str) -> tuple:
    return tuple(int(part) if part.isdigit() else 0 for part in version.split("."))


# --- installing and removing ---------------------------------------------------------------

def _package_root(unpacked: Path) -> Path:
    """The package folder inside an unpacked archive: the root itself or its only folder."""
    if (unpacked / "metadata.json").exists():
        return unpacked
    children = [c for c in unpacked.iterdir() if not c.name.startswith((".", "__MACOSX"))]
    if len(children) == 1 and children[0].is_dir():
        return children[0]
    raise ModelError("not an Argos package: no metadata.json at the top of the archive")


def _safe_extract(archive: zipfile.ZipFile, destination: Path) -> None:
    """Extract refusing members that would land outside `destination` (zip slip)."""
    root = destination.resolve()
    for member in archive.infolist():
        target = (destination / member.filename).resolve()
        if target != root and root not in target.parents:
            raise ModelError(f"refusing Argos package: unsafe path in archive: {member.filename}")
    archive.extractall(destination)


def install_package(source: Path, directory: Path | None = None) -> ArgosPackage:
    """Install a `.argosmodel` file or an unpacked package folder; replaces an older copy.

    The package is unpacked into a temporary folder beside the installed ones, checked,
    then moved into place with one rename, so a failed install leaves nothing behind.
    """
    directory = directory or packages_dir()
    if not source.exists():
        raise ModelError(f"no such file or folder: {source}")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".installing-", dir=directory))
    except OSError as exc:
        raise ModelError(f"cannot write to the Argos packages folder {directory}: {exc}") from exc
    try:
        if source.is_dir():
            name = source.resolve().name
            shutil.copytree(source, staging / name)
            root = staging / name
        elif zipfile.is_zipfile(source):
            with zipfile.ZipFile(source) as archive:
                _safe_extract(archive, staging)
            root = _package_root(staging)
            if root == staging:  # metadata at the archive's top: name it after the file
                named = staging / source.stem
                named.mkdir()
                for child in list(staging.iterdir()):
                    if child != named:
                        child.rename(named / child.name)
                root = named
        else:
            raise ModelError(f"not an Argos package: {source} is neither a folder nor a zip "
                             "archive (.argosmodel)")
        read_package(root)  # check before anything installed is touched
        final = directory / root.name
        if final.exists():
            old = Path(tempfile.mkdtemp(prefix=".replaced-", dir=directory))
            final.rename(old / final.name)
            root.rename(final)
            shutil.rmtree(old, ignore_errors=True)
        else:
            root.rename(final)
        return read_package(final)
    except OSError as exc:
        raise ModelError(f"cannot install {source}: {exc}") from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def remove_package(name: str, directory: Path | None = None) -> ArgosPackage:
    """Remove a package named by its folder name or its pair ("es-en", "es_en")."""
    packages = installed_packages(directory)
    wanted = name.strip()
    matches = [p for p in packages if p.name == wanted]
    if not matches:
        pair = wanted.replace("_", "-").lower()
        matches = [p for p in packages if p.pair == pair]
    if not matches:
        known = ", ".join(f"{p.name} ({p.pair})" for p in packages) or "none installed"
        raise ModelError(f"no installed Argos package '{name}' (installed: {known})")
    if len(matches) > 1:
        names = ", ".join(p.name for p in matches)
        raise ModelError(f"'{name}' matches several packages: {names}; name the folder")
    package = matches[0]
    try:
        shutil.rmtree(package.path)
    except OSError as exc:
        raise ModelError(f"cannot remove {package.path}: {exc}") from exc
    return package


def download_package(
    source: str,
    target: str,
    directory: Path | None = None,
    timeout: float = NETWORK_TIMEOUT_SECONDS,
) -> ArgosPackage:
    """Fetch a package from the Argos index and install it: the only network use in checker.

    One attempt per URL, each with a short timeout; offline it fails with a ModelError
    that says how to install a package file instead.
    """
    import urllib.error
    import urllib.request

    src, tgt = base_language(source), base_language(target)
    index_base = _argos_setting("ARGOS_PACKAGE_INDEX") or DEFAULT_INDEX_URL
    index_url = index_base.rstrip("/") + "/index.json"
    offline_hint = ("download an .argosmodel file elsewhere and run "
                    "`checker models install FILE`")

    def fetch(url: str) -> bytes:
        request = urllib.request.Request(url, headers={"User-Agent": "checker"})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return response.read()
        except (urllib.error.URLError, OSError, ValueError) as exc:
            reason = getattr(exc, "reason", exc)
            raise ModelError(f"cannot reach {url} ({reason}); offline? {offline_hint}") from exc

    try:
        index = json.loads(fetch(index_url))
    except ValueError as exc:
        raise ModelError(f"the Argos package index at {index_url} is not valid JSON") from exc
    entries = [e for e in index if isinstance(e, dict) and e.get("type", "translate") == "translate"
               and e.get("from_code") == src and e.get("to_code") == tgt]
    if not entries:
        raise ModelError(f"the Argos package index has no {src}->{tgt} package")
    entry = max(entries, key=lambda e: _version_key(str(e.get("package_version", ""))))
    links = [link for link in entry.get("links", []) if str(link).startswith(("https://", "http://"))]
    if not links:
        raise ModelError(f"the Argos index entry for {src}->{tgt} has no download link")
    errors = []
    for link in links:
        try:
            data = fetch(link)
        except ModelError as exc:
            errors.append(str(exc))
            continue
        with tempfile.TemporaryDirectory() as tmp:
            file = Path(tmp) / f"translate-{src}_{tgt}.argosmodel"
            file.write_bytes(data)
            return install_package(file, directory)
    raise ModelError(errors[-1])


# --- translating ------------------------------------------------------------------------------

class _LoadedPackage:
    """A package's CTranslate2 translator and tokenizer, loaded once per process."""

    def __init__(self, package: ArgosPackage) -> None:
        import ctranslate2

        self.package = package
        self.fingerprint = package.fingerprint()
        try:
            self.translator = ctranslate2.Translator(
                str(package.path / "model"),
                device=os.environ.get("ARGOS_DEVICE_TYPE", "cpu"),
                compute_type=os.environ.get("ARGOS_COMPUTE_TYPE", "auto"),
                inter_threads=1,
                intra_threads=int(os.environ.get("ARGOS_INTRA_THREADS", "0")),
            )
        except (RuntimeError, ValueError, OSError) as exc:
            raise ModelError(f"cannot load Argos package {package.name}: {exc}") from exc
        tokenizer_file = package.tokenizer_file
        if tokenizer_file is not None and tokenizer_file.name == "sentencepiece.model":
            import sentencepiece

            self.sentencepiece = sentencepiece.SentencePieceProcessor(
                model_file=str(tokenizer_file)
            )
            self.bpe = None
        else:
            from argostranslate.tokenizer import BPETokenizer

            self.sentencepiece = None
            self.bpe = BPETokenizer(tokenizer_file, package.from_code, package.to_code)

    def encode(self, sentences: list[str]) -> list[list[str]]:
        if self.sentencepiece is not None:
            return self.sentencepiece.encode(sentences, out_type=str)
        return [self.bpe.encode(s) for s in sentences]

    def decode(self, tokens: list[str]) -> str:
        if self.sentencepiece is not None:
            text = self.sentencepiece.decode_pieces(tokens).replace("▁", " ")
        else:
            text = self.bpe.decode(tokens)
        prefix = self.package.target_prefix
        if prefix and text.startswith(prefix):
            text = text[len(prefix):]
        return text.strip()

    def translate(self, sentences: list[str]) -> list[str]:
        tokens = self.encode(sentences)
        prefix = self.package.target_prefix
        try:
            results = self.translator.translate_batch(
                tokens,
                target_prefix=[[prefix]] * len(tokens) if prefix else None,
                replace_unknowns=True,
                max_batch_size=MAX_BATCH_TOKENS,
                batch_type="tokens",
                beam_size=BEAM_SIZE,
                num_hypotheses=1,
                length_penalty=LENGTH_PENALTY,
            )
        except (RuntimeError, ValueError) as exc:
            raise ModelError(
                f"Argos package {self.package.name} failed to translate: {exc}"
            ) from exc
        return [self.decode(result.hypotheses[0]) for result in results]


_LOADED: dict[Path, _LoadedPackage] = {}
_LOAD_LOCK = threading.Lock()


class ArgosEngine:
    """Argos Translate packages, run directly through CTranslate2 and SentencePiece."""

    name = "argos"

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory  # None: look up packages_dir() at each call (env may change)
        # Shared by all instances: a process checking many stories loads each model once.
        self._loaded: dict[Path, _LoadedPackage] = _LOADED
        self._lock = _LOAD_LOCK

    @property
    def version(self) -> str:
        from importlib.metadata import PackageNotFoundError, version

        parts = []
        for dist in ("argostranslate", "ctranslate2"):
            try:
                parts.append(f"{dist} {version(dist)}")
            except PackageNotFoundError:
                parts.append(f"{dist} missing")
        return ", ".join(parts)

    def package(self, source: str, target: str) -> ArgosPackage | None:
        return find_package(source, target, self.directory)

    def can_translate(self, source: str, target: str) -> bool:
        return self.package(source, target) is not None

    def model_info(self, source: str, target: str) -> ModelInfo:
        return self._require(source, target).model_info()

    def _require(self, source: str, target: str) -> ArgosPackage:
        package = self.package(source, target)
        if package is None:
            raise ModelError(f"no Argos package installed for {source}->{target} "
                             f"(in {self.directory or packages_dir()}); "
                             "install one with `checker models install FILE`")
        return package

    def _load(self, package: ArgosPackage) -> _LoadedPackage:
        with self._lock:
            loaded = self._loaded.get(package.path)
            if loaded is None or loaded.fingerprint != package.fingerprint():
                loaded = self._loaded[package.path] = _LoadedPackage(package)
            return loaded

    def translate_batch(self, sentences: list[str], source: str, target: str) -> list[str]:
        if not sentences:
            return []
        return self._load(self._require(source, target)).translate(list(sentences))
