"""Pure domain: value types and rules (standard library only)."""
