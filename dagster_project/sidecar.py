"""A warm worker for small batches, forked by `make run` before Dagster is imported.

A daily increment is a few hundred articles at most: too few for the process pool, so the clean and extract
steps run them in the run's own process, which first has to import the engine and build the lexicon indexes
of four languages (about 1.7 s, cold). Forked first thing, the sidecar does that on the other core while the
run imports Dagster and reads the raw files; the steps then hand it their one chunk.

A plain fork, not multiprocessing: it happens before any thread exists, and the child imports only parley's
engine (a forkserver's workers re-import the run's main module, so Dagster). The child serves
``processing._work_chunk`` jobs over a pipe and exits when the pipe closes: when the run stops using it, ends,
or is killed. Anything that goes wrong with it makes the caller do the job itself.
"""

from __future__ import annotations

import os
import pickle
import struct
import sys
from typing import Any

_HEADER = struct.Struct("!Q")
_child: tuple[int, int, int] | None = None  # (pid, write fd to the child, read fd from the child)


def start() -> bool:
    """Fork the sidecar; True when it runs. Call before importing anything that starts threads."""
    global _child
    if _child is not None or not hasattr(os, "fork") or os.environ.get("PARLEY_SIDECAR", "1") == "0":
        return _child is not None
    to_child_r, to_child_w = os.pipe()
    from_child_r, from_child_w = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        for fd in (to_child_r, to_child_w, from_child_r, from_child_w):
            os.close(fd)
        return False
    if pid == 0:  # the child: never returns into the caller's code
        os.close(to_child_w)
        os.close(from_child_r)
        code = 0
        try:
            _serve(to_child_r, from_child_w)
        except BaseException:  # noqa: BLE001 - the parent falls back to doing the work itself
            code = 1
        finally:
            os._exit(code)
    os.close(to_child_r)
    os.close(from_child_w)
    _child = (pid, to_child_w, from_child_r)
    return True


def run(job: tuple) -> Any | None:
    """``processing._work_chunk(*job)`` in the sidecar; None when there is none or it failed (the caller
    then runs the job itself)."""
    if _child is None:
        return None
    _, write_fd, read_fd = _child
    try:
        _send(write_fd, job)
        status, value = _receive(read_fd)
    except (OSError, EOFError, pickle.PickleError):
        stop()
        return None
    if status != "ok":
        print(f"parley: the sidecar could not run a batch ({value}); running it here", file=sys.stderr)
        return None
    return value


def stop() -> None:
    """Close the pipe (the child exits) and reap it. Safe to call when none runs."""
    global _child
    if _child is None:
        return
    pid, write_fd, read_fd = _child
    _child = None
    for fd in (write_fd, read_fd):
        try:
            os.close(fd)
        except OSError:
            pass
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass


def _serve(read_fd: int, write_fd: int) -> None:
    # warm: the engine, its lexicon indexes and first-use caches, built while the parent imports Dagster
    from dagster_project import processing, warm  # noqa: F401, PLC0415

    while True:
        try:
            job = _receive(read_fd)
        except EOFError:
            return
        try:
            reply = ("ok", processing._work_chunk(*job))
        except Exception as exc:  # noqa: BLE001 - reported to the parent, which runs the job itself
            reply = ("error", f"{type(exc).__name__}: {exc}")
        _send(write_fd, reply)


def _send(fd: int, obj: Any) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(_HEADER.pack(len(data)) + data)
    while view:
        view = view[os.write(fd, view):]


def _receive(fd: int) -> Any:
    (size,) = _HEADER.unpack(_read_exactly(fd, _HEADER.size))
    return pickle.loads(_read_exactly(fd, size))


def _read_exactly(fd: int, size: int) -> bytes:
    parts, left = [], size
    while left:
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            raise EOFError("the other end closed the pipe")
        parts.append(chunk)
        left -= len(chunk)
    return b"".join(parts)
