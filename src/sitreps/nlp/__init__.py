"""Pure NLP stages: text + pack -> spans with character offsets."""
