"""Places as the Vietnamese press names them where CLDR names them otherwise: "Mỹ" (the
United States, CLDR's "Hoa Kỳ"), "Anh" (Britain), "Ý" (Italy)."""

PLACE_NAMES = {"Mỹ": "cldr:US", "Anh": "cldr:GB", "Ý": "cldr:IT", "Nước Anh": "cldr:GB",
               "Triều Tiên": "cldr:KP", "Bắc Triều Tiên": "cldr:KP"}
