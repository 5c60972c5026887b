"""Printer code pages: numbers per profile, byte tables, and text made printable.

One source for ``render.py`` (what can be encoded, and how) and ``decode.py`` (what a byte
means after ``ESC t n``), both taken from python-escpos's capabilities database so the two
sides agree byte for byte.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from escpos.capabilities import get_profile
from escpos.codepages import CodePages

DEFAULT_CODEPAGE = "CP858"
"""Western Europe with the euro sign at 0xD5; python-escpos's automatic choice is worse."""

# Typographic characters menus are full of, and what to print instead when the page lacks them.
_SUBSTITUTES = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": ",",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
    "\u2026": "...",
    "\u2022": "*",
    "\u00a0": " ",
    "\u202f": " ",
    "\u00d7": "x",
    "\u20ac": "EUR",
    "\u00bd": "1/2",
    "\u00bc": "1/4",
    "\u00be": "3/4",
    "\u00df": "ss",
}


class UnknownCodePageError(ValueError):
    """A code page the printer profile does not list."""


@cache
def profile_codepages(profile: str) -> dict[str, int]:
    """``{name: ESC t number}`` of the code pages ``profile`` declares."""
    pages: dict[str, str | int] = get_profile(profile).get_code_pages()
    return {name: int(number) for name, number in pages.items() if name != "Unknown"}


def codepage_number(profile: str, name: str) -> int:
    """The ``ESC t`` number of code page ``name`` on ``profile``."""
    pages = profile_codepages(profile)
    key = CodePages.get_encoding_name(name)
    if key not in pages:
        raise UnknownCodePageError(
            f"Printer profile {profile!r} has no code page {name!r}; "
            f"it has {', '.join(sorted(pages))}."
        )
    return pages[key]


def codepage_name(profile: str, number: int) -> str | None:
    """The code page selected by ``ESC t number`` on ``profile``, or None if unknown."""
    for name, n in profile_codepages(profile).items():
        if n == number:
            return name
    return None


@cache
def high_chars(name: str) -> tuple[str, ...]:
    """The 128 characters of bytes 0x80-0xFF in code page ``name`` ("" where undefined)."""
    try:
        info = CodePages.get_encoding(CodePages.get_encoding_name(name))
    except KeyError:
        return ("",) * 128
    if "data" in info:
        chars = list("".join(info["data"]))
        if len(chars) == 128:
            return tuple(chars)
        return ("",) * 128
    codec = info.get("python_encode")
    if not codec:
        return ("",) * 128
    out = []
    for byte in range(0x80, 0x100):
        try:
            out.append(bytes([byte]).decode(codec))
        except UnicodeDecodeError:
            out.append("")
    return tuple(out)


@cache
def _encodable(name: str) -> frozenset[str]:
    return frozenset(c for c in high_chars(name) if len(c) == 1)


def can_encode(name: str, char: str) -> bool:
    """True if ``char`` prints as itself in code page ``name``."""
    return 0x20 <= ord(char) < 0x7F or char in _encodable(name)


def printable(text: str, codepage: str) -> str:
    """``text`` made safe and faithful for ``codepage``.

    python-escpos silently prints ``?`` for a character the page lacks; instead this
    substitutes a readable equivalent (typographic quotes and dashes, ``ß`` → ``ss`` where
    the page has no ß, accents dropped as a last resort) and turns control characters into
    spaces, so an item name can never smuggle an ESC/POS command onto the paper.
    """
    if text.isascii() and text.isprintable():
        return text  # the common case, and every page prints ASCII
    out: list[str] = []
    for char in unicodedata.normalize("NFC", text):
        if can_encode(codepage, char):
            out.append(char)
        elif ord(char) < 0x20 or 0x7F <= ord(char) < 0xA0:
            out.append(" ")
        elif char in _SUBSTITUTES and all(can_encode(codepage, c) for c in _SUBSTITUTES[char]):
            out.append(_SUBSTITUTES[char])
        else:
            base = "".join(
                c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
            )
            if base and all(can_encode(codepage, c) for c in base):
                out.append(base)
            else:
                out.append("?")
    return "".join(out)
