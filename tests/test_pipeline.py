"""The check options the command line's flags make, in the one place they are made."""

from __future__ import annotations

import pytest

from checker.embed import EmbedConfig
from checker.errors import InputError
from checker.pipeline import check_options, option_fields


def test_flags_make_check_options():
    options = check_options(reference="tr", pivot="sr-cyrl", no_translate=True, no_embed=True,
                            glossaries="terms")
    assert (options.reference, options.pivot, options.translate) == ("tr", "sr-Cyrl", False)
    assert options.embed == EmbedConfig(model=None, multilingual=None)
    assert options.glossaries == "terms"
    default = check_options()
    assert (default.pivot, default.translate, default.glossaries) == ("en", True, None)
    assert default.embed == EmbedConfig.from_env()


def test_a_bad_pivot_tag_is_an_input_error():
    with pytest.raises(InputError, match="unknown language tag 'xx'"):
        check_options(pivot="xx")


def test_flags_name_the_option_fields_they_set():
    assert option_fields(["no_translate", "embedder", "no_embed", "reference"]) == {
        "translate", "embed", "reference"}
