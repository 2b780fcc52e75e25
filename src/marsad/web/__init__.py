"""Dashboard assets as package data: Jinja2 templates (``templates/``), built static files
(``static/``, built from ``frontend/`` with npm; committed so users need no Node) and the Arabic and
English message catalogs (``i18n/*.toml``). The pages are rendered by :mod:`marsad.api.pages`."""
