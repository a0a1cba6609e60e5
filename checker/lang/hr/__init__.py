"""Language data for 'hr'."""
