"""Small media files for tests: images of any size, PDFs of any number of pages."""

from __future__ import annotations

import base64
import struct
import zlib


def b64(data: bytes) -> str:
    """Bytes as a base64 source's `data`."""
    return base64.b64encode(data).decode()


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


def png_header(width: int, height: int) -> bytes:
    """A PNG's signature and header chunk, no pixels: all a size reader reads, at no cost
    for any size (a real 10,000 px square PNG takes a second to compress)."""
    header = struct.pack(">II5B", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + header + b"\0\0\0\0"


def jpeg(width: int, height: int) -> bytes:
    """A JPEG's opening: an APP0 segment, then the start-of-frame that holds the size."""
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\0" + bytes(9)
    frame = b"\xff\xc0" + struct.pack(">HBHHB", 17, 8, height, width, 3) + bytes(9)
    return b"\xff\xd8" + app0 + frame


def gif(width: int, height: int) -> bytes:
    """A GIF's header and logical screen descriptor, which holds the size."""
    return b"GIF89a" + struct.pack("<HH", width, height) + bytes(8)


def webp(width: int, height: int) -> bytes:
    """An extended (VP8X) WebP's header, which holds the size."""
    vp8x = b"VP8X" + struct.pack("<I", 10) + bytes(4)
    size = (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")
    return b"RIFF" + struct.pack("<I", 22) + b"WEBP" + vp8x + size


def pdf(pages: int, *, text: str = "", compressed: bool = False) -> bytes:
    """A PDF with this many (empty) pages, cross-reference table and all. `text` goes in a
    Flate-compressed content stream; `compressed` puts the page objects in a Flate object
    stream (as PDF 1.5+ writers do), where only a reader that inflates streams finds them."""
    kids = " ".join(f"{3 + n} 0 R" for n in range(pages))
    page = b"<</Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]>>"
    objects = [
        b"<</Type /Catalog /Pages 2 0 R>>",
        f"<</Type /Pages /Kids [{kids}] /Count {pages}>>".encode(),
    ]
    if compressed:
        inner = b"".join(b"%d 0 obj %s endobj\n" % (3 + n, page) for n in range(pages))
        packed = zlib.compress(inner)
        objects.append(b"<</Type /ObjStm /Filter /FlateDecode>>\nstream\n%s\nendstream" % packed)
    else:
        objects += [page] * pages
    if text:
        content = zlib.compress(f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode())
        objects.append(b"<</Filter /FlateDecode>>\nstream\n%s\nendstream" % content)
    out, offsets = b"%PDF-1.7\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj %s endobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    trailer = b"trailer <</Size %d /Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n"
    return out + trailer % (len(objects) + 1, xref)
