"""Language data for 'hu' (Hungarian)."""
