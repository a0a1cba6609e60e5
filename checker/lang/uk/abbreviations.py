"""Ukrainian abbreviations that end in a dot without ending a sentence."""

ABBREVIATIONS = {
    "р", "рр", "ст", "ім", "вул", "просп", "обл", "грн", "тис", "млн", "млрд", "т.д", "т.п",
    "напр", "див", "англ",
}
# Titles before a name: святий, генерал, академік, професор, доцент, пан/пані.
TITLES = {"св", "ген", "акад", "проф", "доц"}
