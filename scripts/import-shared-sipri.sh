#!/usr/bin/env bash
# Regenerates the committed arms data from SIPRI's complete trade register in ../shared/sipri (how data/arms-* were made).
set -euo pipefail
cd "$(dirname "$0")/.."
npm run -s import:sipri -- ../shared/sipri/trade_register_all_1995-2025.csv --accessed 2026-11-22 \
  --source-note "Flowledger's committed data come from SIPRI's complete register export (all suppliers, all recipients, deliveries 1995–2025, generated 12 Feb 2026), taken byte for byte from the nagehanrdogan/Global-Arms-Trade-Network-Analysis-1995-2024- repository on GitHub."
