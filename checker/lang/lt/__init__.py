"""Language data for 'lt'."""
