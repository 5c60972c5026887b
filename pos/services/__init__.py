"""Use cases: each public method is one unit of work that commits before it returns."""
