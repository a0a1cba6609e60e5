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


def test_a_figure_the_translator_moved_to_the_paragraphs_other_sentence_is_changed(tmp_path):
    # The version keeps the three paragraphs but tells paragraph 2 in another order: the
    # count stands in its first sentence, not its second. Compared paragraph with
    # paragraph, the drift is one `changed`, not a lost figure and an added one.
    from support.story_check import story_findings

    reference = ("Heavy rain hit the valley overnight.\n\nThe storm passed on Monday. It "
                 "flooded 40 homes in the old town, officials said.\n\nRepairs will start "
                 "next week.\n")
    version = ("Starker Regen traf die Region in der Nacht.\n\nLaut den Behörden überflutete "
               "der Sturm am Montag 45 Häuser in der Altstadt. Dann zog er weiter.\n\n"
               "Die Reparaturen beginnen nächste Woche.\n")
    found = [(f.severity, f.rule) for f in story_findings(tmp_path, reference, version, "de")]
    assert found == [("error", "number.changed")]
