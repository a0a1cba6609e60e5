"""Language data for 'tr'."""
