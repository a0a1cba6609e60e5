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
# "pe 12 și 13 mai": two days of one month
DAY_PAIR_WORDS = ("și",)
# "la ora 21", "între orele 8 și 20": the hour word comes first
HOUR_BEFORE = ("ora", "orele")
# "la 9 seara" (9 p.m.), "la 3 după-amiaza"
PM_WORDS = ("seara", "după-amiaza", "după-amiază", "după amiază", "după-masă")
# "vinerea trecută" (last Friday), "lunea viitoare" (next Monday): the weekday with its
# article
WEEKDAYS.update({"lunea": "Monday", "marțea": "Tuesday", "miercurea": "Wednesday",
                 "joia": "Thursday", "vinerea": "Friday", "sâmbăta": "Saturday",
                 "duminica": "Sunday"})
# "câteva luni" (several months), "ultimele luni" (recent months): months, not Monday
COUNTED_BEFORE = ("câteva", "ultimele", "următoarele", "multe", "primele", "două", "trei",
                  "patru", "cinci", "șase", "șapte", "opt", "nouă", "zece", "unsprezece",
                  "doisprezece", "douăsprezece", "ultimii", "aceste", "acele", "câte",
                  "lungi", "cele")
