"""Language data for 'lv'."""
