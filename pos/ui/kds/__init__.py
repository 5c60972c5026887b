"""The kitchen display window (presenter + screen)."""
