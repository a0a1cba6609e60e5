"""Language data for 'ja'."""
