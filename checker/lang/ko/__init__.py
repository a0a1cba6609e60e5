"""Language data for 'ko'."""
