"""Watching feeds without pause (watch.py, sources.py, poll.py) and alerting on what matters (alerts.py)."""
