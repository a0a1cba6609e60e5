"""Chinese has no capital letters and no spaces (its writing system, from CLDR): names come
from glossaries and CLDR only, and from Latin-script words in the text."""
