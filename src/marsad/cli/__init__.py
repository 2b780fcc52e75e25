"""Command-line interface: one module per command, each a few lines over the library."""
