"""Executors: where the map step of a build runs (read and load one document, write its text and
statements into the new generation's folder: `kg.build.read_into`).

- `local`: a pool of worker processes on this machine, or this process alone for one worker.
- `dask`: a Dask distributed cluster (the optional `dask` extra), given by its scheduler's address.
  Its workers must see the documents and the store under the same absolute paths as this
  machine (one machine, or a shared filesystem) and run the same version of kg.

kg schedules nothing itself: both are a `concurrent.futures.Executor`, and the build keeps a few
documents per worker in flight so that memory holds only those.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing import get_context

EXECUTORS = ("local", "dask")
CONNECT_SECONDS = 10  # how long to try to reach a Dask scheduler before saying it cannot be reached


WORKER_DIED = "the worker reading it died (out of memory?)"


class ExecutorError(Exception):
    """The executor cannot be had (not installed, unreachable); the message says why in one line."""


@dataclass(frozen=True)
class Pool:
    executor: Executor
    slots: int  # how many documents are read at once
    remote: bool  # its workers may run elsewhere: they are given absolute paths
    lost: tuple[type[BaseException], ...]  # what a task raises when its worker died or could not run it
    breaks: tuple[type[BaseException], ...] = ()  # what a task raises when the whole pool is lost with it
    died: tuple[type[BaseException], ...] = ()  # what a task raises when its worker process died

    def why_lost(self, exc: BaseException) -> str:
        if isinstance(exc, self.died):
            return WORKER_DIED
        return f"the worker reading it failed ({type(exc).__name__}: {' '.join(str(exc).split())})"


def check_executor(executor: str, scheduler: str | None, workers: int | None) -> None:
    """Refuse, before anything is read, a choice of executor that cannot work."""
    if executor not in EXECUTORS:
        raise ExecutorError(f"unknown executor {executor!r}: choose {' or '.join(EXECUTORS)}")
    if executor == "dask" and not scheduler:
        raise ExecutorError("--executor dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786)")
    if executor == "dask" and workers is not None:
        raise ExecutorError("--workers is for the local executor: a Dask cluster has its own workers")
    if executor == "local" and scheduler:
        raise ExecutorError("--scheduler is for --executor dask")


@contextmanager
def open_pool(executor: str = "local", workers: int = 1, scheduler: str | None = None) -> Iterator[Pool | None]:
    """The pool to read documents with, or None to read them in this process (one local worker);
    the choice was checked by `check_executor` before anything was read."""
    if executor == "dask":
        assert scheduler is not None, "check_executor refuses dask without a scheduler"
        with dask_pool(scheduler) as pool:
            yield pool
    elif workers <= 1:
        yield None
    else:
        # spawn, not fork: the parent runs a progress thread, and a forked lock can hang a worker
        with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as local:
            yield Pool(local, workers, remote=False, lost=(), breaks=(BrokenProcessPool,))


@contextmanager
def dask_pool(scheduler: str) -> Iterator[Pool]:
    """A pool on the Dask cluster whose scheduler is at `scheduler`."""
    try:
        from distributed import Client, KilledWorker
    except ImportError:
        raise ExecutorError("--executor dask needs Dask distributed: pip install 'kg-inspections[dask]'") from None
    reachable(scheduler)
    try:
        client = Client(scheduler, timeout=CONNECT_SECONDS, set_as_default=False)
    except (OSError, TimeoutError) as exc:  # it answered a moment ago
        raise ExecutorError(f"cannot connect to the Dask scheduler at {scheduler} ({exc})") from None
    with client:
        slots = max(1, sum(client.nthreads().values()))
        # a task whose worker died is retried elsewhere by Dask, then fails with KilledWorker; one that
        # cannot run there (another kg, a missing file system) fails with that error: either way the
        # document is reported, and the batch goes on
        yield Pool(client.get_executor(pure=False), slots, remote=True, lost=(Exception,), died=(KilledWorker,))


def reachable(scheduler: str) -> None:
    """Refuse in one line a scheduler that does not answer, before a Dask client is made (a client
    that fails to connect prints a traceback when it is collected)."""
    import asyncio

    from distributed.comm import connect

    async def knock() -> None:
        comm = await connect(scheduler, timeout=CONNECT_SECONDS)
        await comm.close()

    try:
        asyncio.run(knock())
    except ValueError as exc:
        raise ExecutorError(f"--scheduler {scheduler!r} is not a Dask scheduler's address ({exc})") from None
    except (OSError, TimeoutError):  # refused or timed out: Dask retries until its timeout
        raise ExecutorError(f"cannot reach the Dask scheduler at {scheduler} within {CONNECT_SECONDS} s") from None
