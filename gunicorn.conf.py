"""Gunicorn settings for production (`make serve`). Override with GUNICORN_* env vars."""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Sync-style threaded workers: the app is I/O-bound on PostgreSQL.
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "gthread")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2))
threads = int(os.environ.get("GUNICORN_THREADS", 4))
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
