"""End-of-day reports for managers: X and Z figures, cash count, charts, CSV and PDF."""
