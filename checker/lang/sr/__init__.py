"""Language data for 'sr'."""
