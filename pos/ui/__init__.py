"""The PySide6 touchscreen app: screens, presenters, themes (the only place Qt is imported)."""
