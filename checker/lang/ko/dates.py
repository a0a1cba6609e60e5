"""Korean date data: year and day marks ("1956년 1월 24일")."""

MONTHS = {f"{n}월": n for n in range(1, 13)}
YEAR_MARKS = ("년",)
DAY_MARKS = ("일",)

# "6월 12일~15일"
DAY_PAIR_WORDS = ("부터", "와", "과")
