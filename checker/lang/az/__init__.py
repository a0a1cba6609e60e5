"""Language data for 'az' (Azerbaijani, Latin script)."""
