"""Writes to the store off the reply path: a background thread applies them in order.

A platform must acknowledge within 3 seconds; a slow disk or a busy Redis must never delay an
answer. Recording is best-effort: a failed write is logged and dropped, never shown to a user.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

from core.store import Store

log = logging.getLogger("advisor.store")
_STOP = object()


class Recorder:
    """Queues store writes and applies them on one background thread."""

    def __init__(self, store: Store, max_pending: int = 10_000) -> None:
        self.store = store
        self._queue: queue.Queue[Any] = queue.Queue(maxsize=max_pending)
        self._thread = threading.Thread(target=self._run, name="advisor-recorder", daemon=True)
        self._thread.start()

    def submit(self, write: Callable[..., None], *args: Any) -> None:
        """Queue one write (e.g. store.vote, args); drops it with a warning if the queue is full."""
        try:
            self._queue.put_nowait((write, args))
        except queue.Full:
            log.warning("store is falling behind; dropped a %s", getattr(write, "__name__", "write"))

    def flush(self, timeout: float = 10.0) -> None:
        """Wait until every queued write is applied (tests, shutdown)."""
        done = threading.Event()
        self.submit(lambda: done.set())
        done.wait(timeout)

    def close(self) -> None:
        """Apply what is queued, then stop and close the store."""
        self._queue.put(_STOP)
        self._thread.join(timeout=10)
        self.store.close()

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is _STOP:
                return
            write, args = item
            try:
                write(*args)
            except Exception:
                log.exception("a store write failed and was dropped")
