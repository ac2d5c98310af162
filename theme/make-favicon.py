#!/usr/bin/env python3
"""Writes theme/assets/favicon.ico from the same drawing as favicon.svg (16, 32 and 48 px PNGs in one ICO).
Run from theme/ after changing the icon; the output is committed. Deterministic: no timestamps, fixed compression."""
import struct, zlib

GREEN = (0x0b, 0x5d, 0x4b)
WHITE = (0xff, 0xff, 0xff)
PATH = [(8, 24), (8, 9), (16, 18), (24, 9), (24, 24)]  # favicon.svg's path, in its 32-unit box
HALF_STROKE = 1.75
RADIUS = 6

def in_rounded_square(x, y):
    cx = min(max(x, RADIUS), 32 - RADIUS)
    cy = min(max(y, RADIUS), 32 - RADIUS)
    return (x - cx) ** 2 + (y - cy) ** 2 <= RADIUS ** 2

def near_path(x, y):
    for (x1, y1), (x2, y2) in zip(PATH, PATH[1:]):
        dx, dy = x2 - x1, y2 - y1
        t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
        if (x - x1 - t * dx) ** 2 + (y - y1 - t * dy) ** 2 <= HALF_STROKE ** 2:
            return True
    return False

def pixels(size, samples=4):
    rows = []
    for py in range(size):
        row = bytearray()
        for px in range(size):
            r = g = b = a = 0
            for sy in range(samples):
                for sx in range(samples):
                    x = (px + (sx + 0.5) / samples) * 32 / size
                    y = (py + (sy + 0.5) / samples) * 32 / size
                    if in_rounded_square(x, y):
                        c = WHITE if near_path(x, y) else GREEN
                        r += c[0]; g += c[1]; b += c[2]; a += 255
            n = samples * samples
            # Colour averaged over covered samples only, so the anti-aliased edge does not darken.
            covered = a // 255
            row += bytes([r // covered, g // covered, b // covered, a // n] if covered else [0, 0, 0, 0])
        rows.append(bytes(row))
    return rows

def png(size):
    raw = b"".join(b"\x00" + row for row in pixels(size))
    chunk = lambda kind, data: struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

images = [(s, png(s)) for s in (16, 32, 48)]
header = struct.pack("<HHH", 0, 1, len(images))
offset = 6 + 16 * len(images)
entries = b""
for size, data in images:
    entries += struct.pack("<BBBBHHII", size, size, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
with open("assets/favicon.ico", "wb") as f:
    f.write(header + entries + b"".join(d for _, d in images))
