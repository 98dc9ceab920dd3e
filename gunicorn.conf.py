"""Gunicorn settings for production (`make serve`). Override with GUNICORN_* env vars.

Workers: gthread (threads overlap the waits on PostgreSQL and slow clients). Sync workers
(GUNICORN_WORKER_CLASS=sync, one request per process and per connection) were measured
against it with the caches off at 100,000 skills (docs/BENCHMARKS.md, "Serving"): no better
at 8 clients on 2 cores, and slower on short answers (a new connection per request).
"""

import gc
import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "gthread")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2))
# gunicorn turns a "sync" worker with threads > 1 into gthread silently: threads only for gthread.
threads = int(os.environ.get("GUNICORN_THREADS", 4 if worker_class == "gthread" else 1))
# gthread only (sync workers answer one request per connection): seconds an idle
# keep-alive connection is kept.
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", 2))
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 5000))
max_requests_jitter = 500
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 20
accesslog = os.environ.get("GUNICORN_ACCESSLOG", "-")
errorlog = "-"
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
# gunicorn 25.1+ opens a control socket at one fixed path per user (~/.gunicorn/gunicorn.ctl):
# two instances on one machine (the benchmark beside a dev server) would fight over it.
# Nothing here uses it; GUNICORN_CONTROL_SOCKET=1 turns it back on.
control_socket_disable = os.environ.get("GUNICORN_CONTROL_SOCKET", "") != "1"

# Garbage collection: Python's full collection walks every tracked object; in a worker that
# is the whole of Django, the app and its caches (about 170,000 objects at 100,000 skills),
# and one took 94-109 ms of CPU about once in 640 uncached answers, stopping the worker (and
# every thread of a gthread worker) meanwhile. `gc.freeze()` moves the objects alive at that
# moment out of the collector's sight: once when the app is loaded and once more after the
# worker's first GUNICORN_GC_FREEZE_AFTER requests (the process-wide caches filled by then).
# Reference counting still frees them; only cycles among frozen objects are never collected.
# GUNICORN_GC_FREEZE=0 turns it off.
GC_FREEZE = os.environ.get("GUNICORN_GC_FREEZE", "1") != "0"
GC_FREEZE_AFTER = int(os.environ.get("GUNICORN_GC_FREEZE_AFTER", 500))


def post_worker_init(worker):
    if GC_FREEZE:
        gc.freeze()
    worker.served_requests = 0


def post_request(worker, req, environ, resp):
    if not GC_FREEZE:
        return
    worker.served_requests = getattr(worker, "served_requests", 0) + 1
    if worker.served_requests == GC_FREEZE_AFTER:
        gc.freeze()
