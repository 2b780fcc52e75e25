"""The document pipeline as pure functions over batches: extract, then geocode.

Runners (the local ``marsad run`` today, a Dask runner later) call :func:`process_batch` and
nothing else, so every engine produces the same EventReports.
"""
