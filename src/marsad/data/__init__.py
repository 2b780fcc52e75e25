"""Packaged data files (loaded lazily through importlib.resources)."""
