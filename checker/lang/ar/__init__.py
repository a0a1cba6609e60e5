"""Language data for 'ar'."""
