"""Date data beyond CLDR: case forms of month and weekday names from simplemma's word
list (as for a language without a folder), and what the list lacks."""

from checker.lang.no_folder import inflected_date_names

MONTHS, WEEKDAYS, LOWER_CASE_ONLY = inflected_date_names("ro")

# "la prânz" (at noon, lunchtime): CLDR gives "la amiază" and "la miezul nopții"
TIME_WORDS = {"la prânz": "T12:00", "la ora prânzului": "T12:00", "la amiază": "T12:00",
              "miezul nopții": "T00:00", "la miezul nopții": "T00:00"}
# "mai" is May and "more" ("mai mult", "nu mai"): May only beside a day or year, or after
# "luna" (the month of) or "lui" ("la începutul lui mai")
AMBIGUOUS = ("mai",)
MONTH_CONTEXT = ("luna", "lui")
