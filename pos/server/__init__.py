"""The central server: FastAPI app, its own store and migrations (SQLite or PostgreSQL)."""
