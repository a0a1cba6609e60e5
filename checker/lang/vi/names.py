"""Vietnamese names: the family name first ("Phạm Minh Chính"), foreign names written in
Latin letters as their own language writes them."""

FAMILY_NAME_FIRST = True
PERSON_TITLES = frozenset(("ông", "bà", "thủ tướng", "tổng thống", "chủ tịch", "bộ trưởng",
                           "tổng bí thư", "thị trưởng", "giám đốc", "tướng", "anh", "chị"))
NAME_WORDS_CAPITALISED = False
