"""Language data for 'mk'."""
