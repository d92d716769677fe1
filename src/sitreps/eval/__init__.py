"""Measuring sitreps: scoring against gold events, and benchmarks."""
