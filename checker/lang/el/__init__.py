"""Language data for 'el'."""
