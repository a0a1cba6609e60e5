"""What translation engines call English."""

# Apertium names languages by ISO 639-3 code (modes such as "spa-eng").
APERTIUM_CODES = ("eng",)
