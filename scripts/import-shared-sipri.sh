#!/usr/bin/env bash
# Regenerates the committed arms data from the SIPRI extract in ../shared/sipri (how data/arms-* were made).
set -euo pipefail
cd "$(dirname "$0")/.."
npm run -s import:sipri -- ../shared/sipri/trade_register_AZ-AM-IL.csv --accessed 2026-11-22 \
  --source-note "Flowledger's committed data come from an extract of SIPRI's full register (generated 12 Feb 2026): every row whose recipient is Azerbaijan, Armenia or Israel, or whose supplier is Israel, taken from the nagehanrdogan/Global-Arms-Trade-Network-Analysis-1995-2024- repository on GitHub. World ranks need the full export."
