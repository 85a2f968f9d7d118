"""Durability on disk: a folder's files and entries forced to the disk before it is published.

A rename is atomic but not durable: after a power cut, a generation that `current` points at
could have files whose data never reached the disk. `durable` is called on a finished
generation before the link is swapped, and `sync_directory` on the store's folder after it.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path


def durable(folder: Path) -> None:
    """fsync every file and folder under `folder`, `folder` itself, and its parent (which names it).

    A file with more than one link is not synced: it is a hard link to a file of the generation
    before, whose data was made durable when that generation was published, and the new link is
    an entry of its folder, synced with the folder. (Syncing it would cost a journal commit each,
    for the link count: most of an incremental build's time on 10,000 documents.)"""
    for root, _, files in os.walk(folder, topdown=False, onerror=_raise):
        for name in files:
            path = os.path.join(root, name)  # as text: a generation holds two files a document
            status = os.lstat(path)
            if not stat.S_ISLNK(status.st_mode) and status.st_nlink == 1:  # a symbolic link is an entry too
                sync_file(path)
        sync_directory(Path(root))
    sync_directory(folder.absolute().parent)


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
