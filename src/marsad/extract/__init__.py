"""Extraction: pure functions from Documents to EventReports, tally claims and place mentions."""
