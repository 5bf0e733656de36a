"""Turning raw bytes into text, refusing binary files with a clear reason."""

from __future__ import annotations

import codecs
import logging
from pathlib import Path

from kgraph.config import MAX_FILE_BYTES
from kgraph.errors import InputError

__all__ = ["read_text"]

log = logging.getLogger("kgraph")

# Magic numbers of binary formats people save next to their articles.
_BINARY_SIGNATURES = {
    b"%PDF": "a PDF file",
    b"\x89PNG": "a PNG image",
    b"\x1f\x8b": "a gzip file",
    b"PK\x03\x04": "a zip archive (or .docx/.xlsx)",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
}


def read_text(path: Path) -> str:
    """Read a file as text (UTF-8, or UTF-16/UTF-8 with a byte order mark).

    Raises :class:`InputError` for missing, empty, oversized, binary or undecodable files.
    Line endings are normalised to ``\\n``.
    """
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError("E101", path=path, reason=f"file is {size} bytes, over the limit of {MAX_FILE_BYTES}")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("E100", path=path) from None
    except IsADirectoryError:
        raise InputError("E101", path=path, reason="is a directory") from None
    except PermissionError:
        raise InputError("E101", path=path, reason="permission denied") from None
    except OSError as exc:
        raise InputError("E101", path=path, reason=exc.strerror or str(exc)) from None
    if not data.strip():
        raise InputError("E101", path=path, reason="file is empty")
    for magic, kind in _BINARY_SIGNATURES.items():
        if data.startswith(magic):
            raise InputError("E101", path=path, reason=f"binary file ({kind}), not text")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8-sig"
        if b"\x00" in data:
            raise InputError("E101", path=path, reason="binary file (contains NUL bytes), not text")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        text = _decode_other(data, path, exc)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("E101", path=path, reason="file is empty")
    return text


def _decode_other(data: bytes, path: Path, error: UnicodeDecodeError) -> str:
    """Text that is not UTF-8: let charset-normalizer name the encoding (Latin-1, Windows-1252, ...)."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding in ("utf_8", "ascii"):
        raise InputError("E103", path=path, encoding="UTF-8", reason=f"undecodable byte at {error.start}") from None
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        raise InputError("E103", path=path, encoding="UTF-8", reason=f"undecodable byte at {error.start}") from None
    log.warning("%s: not UTF-8; read as %s", path, best.encoding)
    return text
