"""Language data for 'hy'."""
