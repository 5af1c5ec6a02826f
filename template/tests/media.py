"""Small real media files for tests: a PNG of any size, a PDF of any number of pages."""

from __future__ import annotations

import struct
import zlib


def png(width: int, height: int) -> bytes:
    """A real (blank, greyscale) PNG of this size."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        checksum = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + checksum

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\0" * (width + 1) * height)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def pdf(pages: int) -> bytes:
    """A minimal PDF with this many (empty) pages."""
    kids = " ".join(f"{3 + n} 0 R" for n in range(pages))
    objects = [
        "<</Type /Catalog /Pages 2 0 R>>",
        f"<</Type /Pages /Kids [{kids}] /Count {pages}>>",
        *["<</Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]>>"] * pages,
    ]
    body = "".join(f"{n} 0 obj {obj} endobj\n" for n, obj in enumerate(objects, start=1))
    return f"%PDF-1.4\n{body}trailer <</Root 1 0 R>>\n%%EOF\n".encode()
