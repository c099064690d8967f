"""Custom components for Home Assistant (the Print Logger integration lives in print_logger)."""
