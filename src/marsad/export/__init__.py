"""Exports: ACLED-style CSV (versioned columns), GeoJSON, JSON lines and Parquet."""
