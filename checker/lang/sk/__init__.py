"""Slovak. The case endings of a hard adjective ("americký", "americkej", "americkou") are
written once here, for the dates, names and places that are adjectives."""

_HARD_ADJECTIVE = ("ý", "á", "é", "ého", "om", "ému", "ých", "ým", "ými", "ou", "ú", "ej")


def hard_adjective_endings() -> tuple[str, ...]:
    """Every case ending of a hard adjective, after its stem: "ý", "ej", "ou"..."""
    return _HARD_ADJECTIVE
