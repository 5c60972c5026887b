"""The Settings screen: language, theme and text size for this terminal."""
