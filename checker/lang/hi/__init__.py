"""Language data for 'hi'."""
