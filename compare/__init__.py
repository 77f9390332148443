"""Comparing clauses across districts, and members' saved comparisons (issue 15)."""
