"""How Bosnian writes names: in both scripts, as Serbian does; Cyrillic names get their
Latin keys from cyrtranslit's Serbian table (Беч -> Beč)."""

CYRTRANSLIT = "sr"
