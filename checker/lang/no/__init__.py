"""Norwegian ("no"): written as Bokmål in most news, so read with the Bokmål folder's data
(`checker/lang/nb`)."""
