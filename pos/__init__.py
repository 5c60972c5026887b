"""Tableside POS: an offline-first restaurant point of sale."""

__version__ = "0.1.0"
