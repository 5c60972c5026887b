"""Payment: split, tenders (cash with change, card with reference), tips."""
