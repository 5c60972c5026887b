"""The kitchen display: presenter, the painted board, its dialogs, and the window."""
