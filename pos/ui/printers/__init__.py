"""Print jobs waiting at the printers, and what staff can do about them."""
