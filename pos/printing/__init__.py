"""Kitchen tickets and receipts: layouts, ESC/POS rendering, transports, the virtual printer."""

import os

from platformdirs import user_cache_path

# python-escpos parses its printer-capabilities JSON on import and caches the result in
# a pickle, by default in a new temporary folder every time (~0.2 s on each start, and a
# folder left in /tmp). A lasting cache folder makes the import ~4x faster.
if "ESCPOS_CAPABILITIES_PICKLE_DIR" not in os.environ:
    _cache = user_cache_path("tableside-pos", appauthor=False) / "escpos"
    try:
        _cache.mkdir(parents=True, exist_ok=True)
        os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"] = str(_cache)
    except OSError:  # a read-only home: escpos falls back to a temporary folder
        pass
