"""Order entry: menu grid, modifiers, the check, void and send."""
