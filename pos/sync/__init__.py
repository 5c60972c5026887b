"""Sync with the central server: wire types and the HTTP client."""
