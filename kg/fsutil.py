"""Durability on disk: a folder's files and entries forced to the disk before it is published.

A rename is atomic but not durable: after a power cut, a generation that `current` points at
could have files whose data never reached the disk. `durable` is called on a finished
generation before the link is swapped, and `sync_directory` on the store's folder after it.
"""

from __future__ import annotations

import ctypes
import errno
import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import cast


def durable(folder: Path) -> None:
    """fsync every file and folder under `folder`, `folder` itself, and its parent (which names it).

    A file with more than one link is not synced: it is a hard link to a file of the generation
    before, whose data was made durable when that generation was published, and the new link is
    an entry of its folder, synced with the folder. (Syncing it would cost a journal commit each,
    for the link count: most of an incremental build's time on 10,000 documents.)

    On Linux the file systems holding them are synced whole instead, one call each (`syncfs`): each
    file's fsync waits for a commit or a flush of the disk's cache of its own, about 4 ms, so the
    200 new files of an incremental build cost 0.8 s, and a build from scratch two per document.
    The price: the call also writes what other programs left unwritten on that file system."""
    files: list[str] = []
    folders: list[str] = []
    for root, _, names in os.walk(folder, topdown=False, onerror=_raise):
        for name in names:
            path = os.path.join(root, name)  # as text: a generation holds two files a document
            status = os.lstat(path)
            if not stat.S_ISLNK(status.st_mode) and status.st_nlink == 1:  # a symbolic link is an entry too
                files.append(path)
        folders.append(root)
    parent = str(folder.absolute().parent)
    if _syncfs is not None:
        devices: dict[int, str] = {}
        for path in [*files, *folders, parent]:
            devices.setdefault(os.lstat(path).st_dev, path)
        if all(sync_file_system(path) for path in devices.values()):
            return
    for path in files:
        sync_file(path)
    for root in [*folders, parent]:
        sync_directory(Path(root))


def _libc_syncfs() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        function = ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int]
    function.restype = ctypes.c_int
    return cast(Callable[[int], int], function)


_syncfs = _libc_syncfs()


def sync_file_system(path: str) -> bool:
    """Write everything unwritten on the file system holding `path` (Linux's syncfs; it reports
    write errors since Linux 5.8); False where the call is not there."""
    if _syncfs is None:
        return False
    descriptor = os.open(path, os.O_RDONLY)
    try:
        if _syncfs(descriptor) != 0:
            error = ctypes.get_errno()
            if error == errno.ENOSYS:
                return False
            raise OSError(error, os.strerror(error), path)
    finally:
        os.close(descriptor)
    return True


def _raise(error: OSError) -> None:
    raise error  # a folder that cannot be listed cannot be made durable: say so


def sync_file(path: Path | str) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def sync_directory(path: Path) -> None:
    """fsync a folder, so the entries created, renamed or removed in it are on the disk."""
    if os.name == "nt":  # a folder cannot be opened on Windows; NTFS journals its entries
        return
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(descriptor)
    except OSError as exc:
        if exc.errno != errno.EINVAL:  # some file systems cannot sync a folder: nothing more to do there
            raise
    finally:
        os.close(descriptor)
