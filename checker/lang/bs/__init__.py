"""Language data for 'bs'."""
