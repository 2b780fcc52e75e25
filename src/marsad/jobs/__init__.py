"""Jobs: the long-running operations users start (ingest, run, watch, demo, retry), over the library.

Jobs talk to the user only through a :class:`~marsad.jobs.progress.Progress` object and ``logging``;
the CLI decides how to show them (rich progress bars on stderr).
"""
