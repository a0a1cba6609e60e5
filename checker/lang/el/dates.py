"""Greek date data beyond CLDR (CLDR gives genitive and nominative months, nominative
weekdays): the accusative and colloquial months and the genitive weekdays come from
CLDR's names through NAME_ENDINGS, read without accents (writing.ACCENTS_OPTIONAL)."""

NAME_ENDINGS = {
    "ιος": ("ιο", "η", "ης"),  # τον Σεπτέμβριο, του Σεπτέμβρη, τον Μάη, ο Μάρτης
    "ος": ("ο",),  # τον Αύγουστο
    "α": ("ας", "ες"),  # της Δευτέρας, τις Δευτέρες
    "η": ("ης", "ες"),  # της Τρίτης, της Κυριακής, τις Κυριακές
    "ο": ("ου", "α"),  # του Σαββάτου, τα Σάββατα
}
# "δεύτερα", "τρίτη", "τέταρτη", "πέμπτη" are also ordinals: weekdays only with a capital
CAPITALISED = ("δευτέρα", "τρίτη", "τετάρτη", "πέμπτη")
WEEKDAYS = {
    "δευτέρα": "Monday",
    "τρίτη": "Tuesday",
    "τετάρτη": "Wednesday",
    "πέμπτη": "Thursday",
    "παρασκευή": "Friday",
    "σάββατο": "Saturday",
    "κυριακή": "Sunday",
}
RELATIVE_DAYS = {"χθες": "yesterday", "σήμερα": "today", "αύριο": "tomorrow",
                 "προχθές": "day_before_yesterday", "προχτές": "day_before_yesterday",
                 "μεθαύριο": "day_after_tomorrow"}
TIME_WORDS = {"μεσάνυχτα": "T00:00", "μεσημέρι": "T12:00"}
PM_WORDS = ("μ.μ.", "το απόγευμα", "το βράδυ", "το μεσημέρι")  # "3 μ.μ.", "3 το απόγευμα": 15:00;
# "2 το μεσημέρι": 14:00 (the early afternoon)

# "12 και 13 Ιουνίου", "από 12 έως 15 Ιουνίου"
DAY_PAIR_WORDS = ("και", "έως", "εως", "ως", "μέχρι", "μεχρι")
# with the article of the second day: "από τις 9 έως τις 11 Ιουνίου"
DAY_PAIR_WORDS += tuple(f"{word} τις" for word in DAY_PAIR_WORDS)

# The spoken January and February, with other stems: "τον Γενάρη", "ο Φλεβάρης"
MONTHS = {"γενάρης": 1, "γενάρη": 1, "φλεβάρης": 2, "φλεβάρη": 2}
# "στις 3 του Μάρτη": the day, "of", the month
DATE_FILLERS = ("του",)
# The minutes said after the hour: "στις οκτώ και τέταρτο" (8:15), "στις εννιά παρά τέταρτο"
# (8:45), "στις τρεις και μισή" (3:30; the half is read with its hour, facts.numeric.times)
MINUTES_AFTER_HOUR = {"και τέταρτο": 15, "παρά τέταρτο": -15, "και μισή": 30}

# "απόψε" is tonight; "χθες το βράδυ" is read by "χθες"
RELATIVE_DAYS.update({"απόψε": "today", "σήμερα το πρωί": "today"})
# The seasons with their genitive ("της άνοιξης", "του καλοκαιριού")
SEASONS = {
    **dict.fromkeys(("άνοιξη", "άνοιξης", "ανοιξη", "ανοιξης"), "spring"),
    **dict.fromkeys(("καλοκαίρι", "καλοκαιριού", "καλοκαιρι", "καλοκαιριου"), "summer"),
    **dict.fromkeys(("φθινόπωρο", "φθινοπώρου", "φθινοπωρο", "φθινοπωρου"), "autumn"),
    **dict.fromkeys(("χειμώνας", "χειμώνα", "χειμωνας", "χειμωνα"), "winter"),
}
# The part of a month, before its genitive: "αρχές Οκτωβρίου", "στα μέσα Μαΐου", "τέλη Ιουνίου"
MONTH_PARTS_BEFORE = {"αρχές": "early", "αρχές του": "early", "μέσα": "mid", "μέσα του": "mid",
                      "τέλη": "late", "τέλη του": "late", "τέλος": "late"}
