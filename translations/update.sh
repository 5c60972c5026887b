#!/bin/sh
# Re-extract every tr() string from pos/ui into the Linguist sources (translations kept,
# strings no longer in the code dropped), then compile the .qm files the app loads.
# English is the source language: tableside_en.ts holds only its plural forms.
set -e
cd "$(dirname "$0")/.."
BIN="${PYSIDE6_BIN:-$(dirname "$(command -v python)")}"
SOURCES=$(find pos/ui -name '*.py' | sort)
for lang in de ar; do
    "$BIN/pyside6-lupdate" -no-obsolete -locations relative $SOURCES \
        -ts "translations/tableside_$lang.ts"
done
"$BIN/pyside6-lupdate" -no-obsolete -pluralonly -locations relative \
    -target-language en_US $SOURCES -ts translations/tableside_en.ts
for lang in de ar en; do
    "$BIN/pyside6-lrelease" "translations/tableside_$lang.ts" -qm "translations/tableside_$lang.qm"
done
