"""gunicorn's settings for the portal (read from the working directory, as
`make serve` and the benchmark start it).

The application is loaded in the master before it forks its workers: what
zif_portal.wsgi computes at start (the small maps' paths) is computed once and
shared by every worker, including those that replace a worker after
--max-requests, instead of once per worker on its first visitors' time.
"""

preload_app = True
