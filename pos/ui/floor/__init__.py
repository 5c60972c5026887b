"""Floor plan: areas, tables coloured by state, open and resume checks."""
