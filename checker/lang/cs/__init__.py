"""Language data for 'cs'."""
