#!/usr/bin/env bash
# Restores a backup made by backup.sh into a database, replacing what the backup holds (tables, sequences,
# their rows) and leaving the rest. Stop the product first; start it again after the restore.
#   PGHOST=db PGPORT=5432 PGUSER=asociacija PGPASSWORD=... docker/restore.sh /backups/asociacija-2027-03-20.dump asociacija
# The target database must exist (createdb asociacija); without a second argument it is PGDATABASE.
set -euo pipefail

if [ "$#" -lt 1 ] || [ "$#" -gt 2 ]; then
  echo "usage: $0 BACKUP_FILE [DATABASE]   (connection from PGHOST, PGPORT, PGUSER, PGPASSWORD; DATABASE defaults to PGDATABASE)" >&2
  exit 2
fi
backup="$1"
database="${2:-${PGDATABASE:-}}"
if [ -z "$database" ]; then
  echo "no database: give it as the second argument or in PGDATABASE" >&2
  exit 2
fi
if [ ! -r "$backup" ]; then
  echo "cannot read $backup" >&2
  exit 2
fi

# one transaction: either the whole backup is in place, or nothing changed
pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction --exit-on-error \
  --dbname="$database" "$backup"
echo "Restored $backup into $database on ${PGHOST:-localhost}:${PGPORT:-5432}"
