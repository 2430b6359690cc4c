#!/usr/bin/env python3
"""check_png.py W H FILE... -- exit 0 when every FILE is a whole, valid PNG
of W x H pixels: the signature, then chunks whose CRCs match, IHDR first
(13 bytes: width, height, bit depth, colour type ...), IEND last with
nothing after it.  Prints what is wrong with each bad file and exits 1."""
import struct
import sys
import zlib

SIGNATURE = b"\x89PNG\r\n\x1a\n"


def problem(path, width, height):
    """Returns None for a good file, else what is wrong with it."""
    with open(path, "rb") as f:
        data = f.read()
    if not data.startswith(SIGNATURE):
        return "no PNG signature"
    pos, first, size = len(SIGNATURE), True, None
    while pos + 12 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if len(body) != length or pos + 12 + length > len(data):
            return "chunk %r cut short" % kind
        (crc,) = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        if zlib.crc32(kind + body) & 0xFFFFFFFF != crc:
            return "bad CRC in chunk %r" % kind
        if first:
            if kind != b"IHDR" or length != 13:
                return "first chunk is %r, not a 13-byte IHDR" % kind
            size = struct.unpack(">II", body[:8])
            first = False
        pos += 12 + length
        if kind == b"IEND":
            if pos != len(data):
                return "%d bytes after IEND" % (len(data) - pos)
            if size != (width, height):
                return "%dx%d, want %dx%d" % (size + (width, height))
            return None
    return "no IEND chunk (truncated)"


def main(argv):
    if len(argv) < 4:
        sys.stderr.write("usage: check_png.py W H FILE...\n")
        return 2
    width, height = int(argv[1]), int(argv[2])
    bad = 0
    for path in argv[3:]:
        what = problem(path, width, height)
        if what:
            sys.stderr.write("%s: %s\n" % (path, what))
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
