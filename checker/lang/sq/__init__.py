"""Language data for 'sq'."""
