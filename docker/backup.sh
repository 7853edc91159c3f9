#!/usr/bin/env bash
# Backs up the product's PostgreSQL database (domain records and the engine alike) into one file in
# pg_dump's custom format (compressed; restore with restore.sh).
#   PGHOST=db PGPORT=5432 PGUSER=asociacija PGDATABASE=asociacija PGPASSWORD=... docker/backup.sh /backups/asociacija-$(date +%F).dump
# The connection comes from the usual PostgreSQL variables (PGHOST, PGPORT, PGUSER, PGDATABASE, and
# PGPASSWORD or ~/.pgpass). The dump is consistent while the product runs.
set -euo pipefail

if [ "$#" -ne 1 ]; then
  echo "usage: $0 OUTPUT_FILE   (connection from PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD)" >&2
  exit 2
fi
: "${PGDATABASE:?set PGDATABASE (and PGHOST, PGPORT, PGUSER, PGPASSWORD)}"
output="$1"
partial="$output.partial"

# written beside the target and moved in place when complete: a failed run never leaves a file that looks whole
pg_dump --format=custom --no-owner --no-privileges --file="$partial" "$PGDATABASE"
mv "$partial" "$output"
echo "Backed up $PGDATABASE on ${PGHOST:-localhost}:${PGPORT:-5432} to $output ($(du -h "$output" | cut -f1))"
