"""Language data for 'kk'."""
