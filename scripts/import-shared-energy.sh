#!/usr/bin/env bash
# Regenerates the committed energy data from the publishers' workbooks in ../shared/energy
# (how data/oil-*, data/crude-trade-between-regions.* and data/eu-crude-imports.* were made).
# FLOWLEDGER_DATA names another data folder to write to (the tests use a copy).
set -euo pipefail
cd "$(dirname "$0")/.."
E=../shared/energy
OUT=${FLOWLEDGER_DATA:-data}
npm run -s import:ei -- "$E"/ei-statistical-review/EI-Statistical-Review-2023-edition.xlsx \
  "$E"/ei-statistical-review/EI-Statistical-Review-2024-edition.xlsx --out "$OUT" --accessed 2026-11-30 \
  --source-note "Flowledger read a copy of the workbook kept on GitHub (2023 edition: ryanczm/BP-Statistical-Report; 2024 edition: rajaeian-fatemeh/VisualCommunication)." >/dev/null
npm run -s import:eu-crude -- "$E"/eu-crude-oil-import-register/Crude_Oil_Imports_Reporting_Country_20{13,14,15,16,17,18,19}.xlsx \
  --out "$OUT" --accessed 2026-11-30 \
  --source-note "Flowledger's copies of the yearly workbooks come from the OehlingerP/NotAllOilTypesAreAlike repository on GitHub (commit dd1c080e)." >/dev/null
echo "Energy data imported into $OUT."
