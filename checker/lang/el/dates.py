"""Greek date data beyond CLDR (CLDR gives genitive and nominative months)."""

WEEKDAYS = {
    "δευτέρα": "Monday",
    "τρίτη": "Tuesday",
    "τετάρτη": "Wednesday",
    "πέμπτη": "Thursday",
    "παρασκευή": "Friday",
    "σάββατο": "Saturday",
    "κυριακή": "Sunday",
}
RELATIVE_DAYS = {"χθες": "yesterday", "σήμερα": "today", "αύριο": "tomorrow"}
