"""Just enough PDF reading to get the text back out of what Qt's QPdfWriter writes.

Qt draws text as glyph ids (``<0012> Tj``) in an Identity-H font and writes a
ToUnicode map for each font; this maps the glyphs of every text run back to
characters with the map of the font in use. Runs are joined without spaces.
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path

_OBJ = re.compile(rb"(\d+) 0 obj(.*?)endobj", re.S)
_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.S)


def _objects(data: bytes) -> dict[int, tuple[bytes, bytes]]:
    out: dict[int, tuple[bytes, bytes]] = {}
    for num, body in _OBJ.findall(data):
        m = _STREAM.search(body)
        stream = b""
        if m:
            stream = m.group(1)
            if b"FlateDecode" in body[:m.start()]:
                stream = zlib.decompress(stream)
        out[int(num)] = (body[:m.start()] if m else body, stream)
    return out


def _cmap(text: bytes) -> dict[int, str]:
    table: dict[int, str] = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", text, re.S):
        for src, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            table[int(src, 16)] = bytes.fromhex(dst.decode()).decode("utf-16-be")
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", text, re.S):
        for lo, hi, dst in re.findall(
                rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)", block):
            a, b = int(lo, 16), int(hi, 16)
            if dst.startswith(b"["):
                for i, h in enumerate(re.findall(rb"<([0-9A-Fa-f]+)>", dst)):
                    table[a + i] = bytes.fromhex(h.decode()).decode("utf-16-be")
            else:
                start = int(dst[1:-1], 16)
                for i in range(b - a + 1):
                    table[a + i] = chr(start + i)
    return table


def pdf_text(path: Path) -> str:
    objs = _objects(path.read_bytes())
    maps: dict[int, dict[int, str]] = {}
    for num, (head, _stream) in objs.items():
        m = re.search(rb"/ToUnicode (\d+) 0 R", head)
        if m and b"/Type0" in head:
            maps[num] = _cmap(objs[int(m.group(1))][1])
    names: dict[bytes, int] = {}
    for head, _stream in objs.values():
        for name, num in re.findall(rb"/(F\d+) (\d+) 0 R", head):
            names[name] = int(num)
    text: list[str] = []
    for _head, stream in objs.values():
        if b" Tj" not in stream:
            continue
        font: dict[int, str] = {}
        for op in re.finditer(rb"/(F\d+) [\d.]+ Tf|<([0-9A-Fa-f]+)> Tj|\bET\b", stream):
            if op.group(1):
                font = maps.get(names.get(op.group(1), -1), {})
            elif op.group(2):
                hexs = op.group(2).decode()
                text.extend(font.get(int(hexs[i:i + 4], 16), "?")
                            for i in range(0, len(hexs), 4))
            else:
                text.append("\n")
    return "".join(text).replace("\t", " ")
