"""Atomic file writes: a crash leaves the old file intact, never half a file.

Files are created with mode ``0o666`` less the process umask (``0644`` under the usual ``022``), as
``open()`` creates them, so other users and tools can read kgraph's outputs when the umask says so.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import IO

__all__ = ["atomic_write_text", "atomic_write_bytes", "atomic_open"]


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike[str], binary: bool = False) -> Iterator[IO]:
    """Open a temporary file beside ``path`` for writing; it replaces ``path`` only if the block succeeds.

    The file is UTF-8 text, or bytes when ``binary`` is true.

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
    >>> with atomic_open(target) as handle:
    ...     _ = handle.write("hello")
    >>> target.read_text()
    'hello'
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _create_beside(target)
    try:
        opened = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="")
        with opened as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _create_beside(target: Path) -> tuple[int, Path]:
    """Create a new, empty temporary file in ``target``'s directory and open it for writing.

    Unlike ``tempfile.mkstemp`` (always ``0600``), the mode is ``0o666`` filtered by the kernel
    through the umask (and any default ACL of the directory), the mode ``open()`` would give the
    file; the umask is never read or changed, so threads are safe.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        tmp = target.parent / f".{target.name}.{secrets.token_hex(6)}.tmp"
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"{target.parent}: no free temporary name beside {target.name}")


def atomic_write_text(path: str | os.PathLike[str], text: str) -> Path:
    """Write ``text`` to ``path`` through a temporary file in the same directory.

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
    >>> atomic_write_text(target, "hello").read_text()
    'hello'
    """
    with atomic_open(path) as handle:
        handle.write(text)
    return Path(path)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same directory (a picture, an archive).

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "out.bin"
    >>> atomic_write_bytes(target, b"\\x89PNG").read_bytes()
    b'\\x89PNG'
    """
    with atomic_open(path, binary=True) as handle:
        handle.write(data)
    return Path(path)
