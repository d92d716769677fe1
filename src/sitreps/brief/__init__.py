"""Situation briefs: a short report of a period per region, every sentence linked to its events."""
