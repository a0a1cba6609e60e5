"""Language data for 'zh'."""
