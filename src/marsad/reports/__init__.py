"""Monthly reports: Markdown and HTML (Arabic right-to-left or English) with SVG charts.

``monthly.build_monthly`` gathers the numbers (each with the events behind it), ``render`` writes them.
"""
