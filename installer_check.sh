#!/bin/sh
# Build the one-folder bundle (installer.spec) and prove it starts: the bundled `pos`
# migrates a fresh store, loads the demo, paints the PIN pad offscreen and exits 0.
# Slow (a minute or more), so it is not part of every CI run.
set -eu
cd "$(dirname "$0")"
PYTHON="${PYTHON:-python}"
BUILD="${BUILD_DIR:-build/installer}"
DIST="${DIST_DIR:-dist}"
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN --workpath "$BUILD" --distpath "$DIST" \
    installer.spec
BUNDLE="$DIST/tableside-pos"
test -x "$BUNDLE/pos"
for f in resources/themes/light.qss translations/tableside_de.qm translations/tableside_ar.qm \
         escpos/capabilities.json pos/store/migrations/env.py; do
    if ! find "$BUNDLE" -path "*/$f" | grep -q .; then
        echo "missing from the bundle: $f" >&2
        exit 1
    fi
done
DATA=$(mktemp -d)
trap 'rm -rf "$DATA"' EXIT
OUT="$DATA/out.txt"
START=$(date +%s.%N)
QT_QPA_PLATFORM=offscreen TABLESIDE_DATA_DIR="$DATA/store" "$BUNDLE/pos" >"$OUT" 2>&1 || {
    cat "$OUT" >&2
    echo "the bundled app exited with an error" >&2
    exit 1
}
END=$(date +%s.%N)
cat "$OUT"
grep -q "painted the PIN pad" "$OUT" || { echo "the PIN pad was not painted" >&2; exit 1; }
echo "bundle: $(du -sh "$BUNDLE" | cut -f1), first start (migrate + demo + paint): $(echo "$END - $START" | bc) s"
echo "installer check passed"
