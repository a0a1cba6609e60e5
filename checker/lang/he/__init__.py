"""Language data for 'he'."""
