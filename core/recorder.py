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
BATCH = 500  # writes applied together at most


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
        """Wait until every write queued so far is applied and committed (reports, tests)."""
        done = threading.Event()
        self._queue.put(done)
        done.wait(timeout)

    def close(self) -> None:
        """Apply what is queued, then stop and close the store."""
        self._queue.put(_STOP)
        self._thread.join(timeout=10)
        self.store.close()

    def _run(self) -> None:
        while True:
            items = [self._queue.get()]
            # Whatever queued up meanwhile goes in the same batch: one round trip, not hundreds.
            while len(items) < BATCH and not self._queue.empty():
                items.append(self._queue.get_nowait())
            writes = [item for item in items if isinstance(item, tuple)]
            try:
                with self.store.batch():
                    for write, args in writes:
                        write(*args)
            except Exception:
                log.exception("%d store write(s) failed and were dropped", len(writes))
            for item in items:
                if isinstance(item, threading.Event):
                    item.set()  # a flush(): everything before it is committed now
            if _STOP in items:
                return
