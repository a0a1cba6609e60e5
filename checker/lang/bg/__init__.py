"""Language data for 'bg'."""
