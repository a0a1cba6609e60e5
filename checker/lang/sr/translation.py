"""What translation engines call Serbian (both scripts)."""

# Apertium treats Serbian as part of Serbo-Croatian ("hbs"); its Serbian variant,
# where a pair has one, is "hbs_SR" (the mode "eng-hbs_SR" writes Serbian forms).
# Codes are tried in order.
APERTIUM_CODES = ("hbs_SR", "hbs")
# Apertium's hbs analysers read Latin script: Cyrillic text goes through the
# "Cyrl-Latn" mode first.
APERTIUM_SCRIPT = "Latn"
