"""Places: the gazetteer index, transliteration keys, and resolving mentions in text."""
