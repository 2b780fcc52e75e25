"""Sources: files, RSS/Atom feeds and web pages, read into :class:`marsad.model.RawItem` records.

Iterators here never raise on bad input: a file, line, entry or page that cannot be read becomes a
:class:`marsad.model.Failure` (stage, location, reason, error type, traceback and the raw payload when
small) so it can be quarantined and retried while the run goes on. Network access goes through one
:class:`marsad.sources.http.HttpClient` (timeouts, size cap, robots.txt, per-host rate limit, SSRF
guard).
"""
