#!/usr/bin/env python3
"""Checks that a PNG screenshot is not blank, with the standard library only.

Usage:
  png_check.py SHOT.png [--min-colors N] [--min-stddev X] [--crop Y0 Y1 OUT.png]

Decodes the PNG (8-bit greyscale, RGB or RGBA, non-interlaced: what Chromium writes),
prints its size, the standard deviation of its luminance, the number of distinct colours
and the share of pixels that differ from the most common one (the background), and exits
1 when the image looks blank: too few colours, too little variance or almost nothing but
background. --crop writes rows Y0..Y1 to OUT.png, to look at one part of a tall page.
"""
import struct
import sys
import zlib
from collections import Counter


def decode(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit(f"{path}: not a PNG")
    pos, idat, header = 8, [], None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    width, height, depth, colour, _, _, interlace = header
    channels = {0: 1, 2: 3, 6: 4, 4: 2}.get(colour)
    if depth != 8 or channels is None or interlace:
        raise SystemExit(f"{path}: unsupported PNG (depth {depth}, colour type {colour})")
    raw = zlib.decompress(b"".join(idat))
    stride = width * channels
    rows, previous, at = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[at], bytearray(raw[at + 1 : at + 1 + stride])
        at += 1 + stride
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                pred = left if pa <= pb and pa <= pc else (up if pb <= pc else corner)
                line[i] = (line[i] + pred) & 0xFF
        rows.append(bytes(line))
        previous = line
    return width, height, channels, rows


def encode(path, width, channels, rows):
    colour = {1: 0, 3: 2, 4: 6, 2: 4}[channels]
    raw = b"".join(b"\x00" + row for row in rows)

    def chunk(kind, body):
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, len(rows), 8, colour, 0, 0, 0)
    with open(path, "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header))
        out.write(chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b""))


def main(argv):
    args = argv[1:]
    if not args:
        raise SystemExit(__doc__)
    path, min_colors, min_stddev = args.pop(0), 16, 8.0
    crop = None
    while args:
        flag = args.pop(0)
        if flag == "--min-colors":
            min_colors = int(args.pop(0))
        elif flag == "--min-stddev":
            min_stddev = float(args.pop(0))
        elif flag == "--crop":
            crop = (int(args.pop(0)), int(args.pop(0)), args.pop(0))
        else:
            raise SystemExit(f"unknown option {flag}")
    width, height, channels, rows = decode(path)
    if crop:
        first, last, out = crop
        encode(out, width, channels, rows[max(0, first) : min(height, last)])
    colours, total, squares = Counter(), 0.0, 0.0
    for row in rows:
        for x in range(0, width * channels, channels):
            pixel = row[x : x + min(channels, 3)]
            colours[pixel] += 1
            luma = sum(pixel) / len(pixel)
            total += luma
            squares += luma * luma
    count = width * height
    mean = total / count
    stddev = max(0.0, squares / count - mean * mean) ** 0.5
    background = colours.most_common(1)[0][1]
    ink = 1 - background / count
    print(
        f"{path}: {width}x{height}, luminance stddev {stddev:.1f}, "
        f"{len(colours)} colours, {ink:.1%} non-background pixels"
    )
    if len(colours) < min_colors or stddev < min_stddev or ink < 0.02:
        print(f"{path}: looks blank", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
