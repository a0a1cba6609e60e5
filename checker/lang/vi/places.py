"""Places as the Vietnamese press names them where CLDR names them otherwise: "Mỹ" (the
United States, CLDR's "Hoa Kỳ"), "Anh" (Britain), "Ý" (Italy)."""

PLACE_NAMES = {"Mỹ": "cldr:US", "Anh": "cldr:GB", "Ý": "cldr:IT", "Nước Anh": "cldr:GB",
               "Triều Tiên": "cldr:KP", "Bắc Triều Tiên": "cldr:KP"}
# "Anh" is Britain, and a common given name ("Nguyễn Văn Anh", "Tuấn Anh") and the title of
# a young man ("anh Minh", "Anh Minh" at a sentence's start): next to a person's name it is
# part of that name
GIVEN_NAME_PLACES = frozenset(("anh",))
