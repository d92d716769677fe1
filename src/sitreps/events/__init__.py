"""Events: the record, the ACLED taxonomy, extraction from annotated sentences."""
