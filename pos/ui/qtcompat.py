"""Work around PySide6 6.12 dropping references to None, True and False on CPython 3.11.

PySide6 6.12.0 returns ``None`` from void methods (``setText``, ``click``, ...)
and passes ``True``/``False`` to slots without taking a reference, as is safe
only where those objects are immortal (CPython 3.12, PEP 683). On 3.11 every
such call lowers their reference count by one, and after a few thousand calls
the interpreter aborts ("Fatal Python error: none_dealloc"), at exit or mid-shift.
PySide6 6.11 does not do this.

The fix belongs in the dependency pins (PySide6 < 6.12 on Python 3.11, or Python
3.12+). Until then, :func:`immortalize_singletons` does what 3.12 does: it gives
the three singletons a reference count no program can run down.
"""

from __future__ import annotations

import ctypes
import logging
import sys

import PySide6

log = logging.getLogger(__name__)

_HEADROOM = 1 << 60
_done = False


def affected() -> bool:
    """True on the combination that loses references: CPython < 3.12 with PySide6 >= 6.12."""
    major_minor = tuple(int(p) for p in PySide6.__version__.split(".")[:2])
    return (sys.implementation.name == "cpython" and sys.version_info < (3, 12)
            and major_minor >= (6, 12))


def immortalize_singletons() -> bool:
    """Raise the reference counts of None, True and False out of reach (once); True if done."""
    global _done
    if _done or not affected():
        return _done
    for obj in (None, True, False):
        # ob_refcnt is the first field of every object in CPython's layout.
        ctypes.c_ssize_t.from_address(id(obj)).value += _HEADROOM
    _done = True
    log.warning("PySide6 %s on Python %d.%d loses references to None/True/False; "
                "made them immortal as Python 3.12 does. Pin PySide6 < 6.12 or use "
                "Python 3.12+.", PySide6.__version__, *sys.version_info[:2])
    return True
