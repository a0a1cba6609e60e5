"""Errors a user can cause and fix: the CLI shows them as one line and exits 2."""


class CheckerError(Exception):
    """Bad input or configuration: missing/empty/binary files, unknown languages,
    absent models, malformed glossaries. The message is shown to the user as is."""


class InputError(CheckerError):
    """A file or argument given by the user cannot be used."""


class ModelError(CheckerError):
    """A translation or embedding model is not installed or cannot be loaded."""
