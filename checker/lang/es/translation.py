"""What translation engines call Spanish."""

# Apertium names languages by ISO 639-3 code (modes such as "spa-eng").
APERTIUM_CODES = ("spa",)
