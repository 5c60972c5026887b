"""Local store: SQLAlchemy models on SQLite, the engine, unit of work and migrations."""
