#!/usr/bin/env bash
# Installs what is missing, builds, and starts SSC Catalogue on your catalogue
# (created from the bundled one on first start). Extra arguments go to the
# program, e.g. ./scripts/run.sh --db other.ssccat, or ./scripts/run.sh list.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
exec ./build/ssc-catalogue "$@"
