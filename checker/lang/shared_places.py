"""Place names several languages write alike, kept once: each language's `places.py` takes
them into its `PLACE_NAMES` where its CLDR names say the same."""

# "Amerika" is CLDR's name of the Americas (Czech, Croatian, Hungarian, Lithuanian, Slovak,
# Serbian): in the news, the United States.
AMERIKA = {"Amerika": "cldr:US"}
