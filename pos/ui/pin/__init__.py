"""PIN pad: log in by PIN, with lock-out countdown."""
