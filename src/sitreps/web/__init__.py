"""The JSON API and the web page (map, timeline, evidence, briefs)."""
