"""Norwegian Nynorsk: Bokmål's number words and name endings (`checker/lang/nb`), with
Nynorsk's own month and weekday names (CLDR "nn": "måndag", "tysdag") and relative words."""
