"""Language data for 'fa'."""
