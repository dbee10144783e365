#!/usr/bin/env bash
# Back up the PostgreSQL database, restore the dump into a fresh database and compare the
# number of rows of every table. Exit code 0 only when every table matches.
#
#   DATABASE_URL=postgres://user@host:5432/casemanagement scripts/backup_check.sh [dumpbestand]
#
# The dump leaves out the data of the sessions and of the login log (django-axes): they hold
# e-mail addresses, client addresses and browsers, and are of no use after a restore. Their
# tables are restored empty and are not compared. The restore database
# (<naam>_herstelproef, or HERSTEL_DB) is dropped first and left behind for inspection.
set -euo pipefail

BRON="${DATABASE_URL:?Zet DATABASE_URL op de PostgreSQL-database die u wilt controleren.}"
case "$BRON" in
  postgres://*|postgresql://*) ;;
  *) echo "DATABASE_URL is geen PostgreSQL-adres." >&2; exit 2 ;;
esac
BRON="${BRON%%\?*}"
NAAM="${BRON##*/}"
BASIS="${BRON%/*}"
DOEL_NAAM="${HERSTEL_DB:-${NAAM}_herstelproef}"
DOEL="$BASIS/$DOEL_NAAM"
BEHEER="$BASIS/postgres"
DUMP="${1:-$(mktemp --suffix=.dump)}"

UITGESLOTEN=(django_session axes_accessattempt axes_accesslog axes_accessfailurelog)
uitsluiten=()
for tabel in "${UITGESLOTEN[@]}"; do uitsluiten+=("--exclude-table-data=$tabel"); done

echo "1. Dump van $NAAM naar $DUMP (zonder sessies en inloglog)"
pg_dump --format=custom --no-owner --no-privileges "${uitsluiten[@]}" --file="$DUMP" "$BRON"

echo "2. Lege database $DOEL_NAAM"
psql -q "$BEHEER" -c "DROP DATABASE IF EXISTS \"$DOEL_NAAM\"" -c "CREATE DATABASE \"$DOEL_NAAM\""

echo "3. Terugzetten"
pg_restore --no-owner --no-privileges --exit-on-error --dbname="$DOEL" "$DUMP"

TELLEN="
SELECT table_name || ' ' || (xpath('/row/n/text()',
       query_to_xml(format('SELECT count(*) AS n FROM %I.%I', table_schema, table_name),
                    false, true, '')))[1]::text
FROM information_schema.tables
WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
  AND table_name NOT IN ($(printf "'%s'," "${UITGESLOTEN[@]}" | sed 's/,$//'))
ORDER BY table_name"

echo "4. Rijen per tabel vergelijken"
voor="$(mktemp)"; na="$(mktemp)"
psql -qAt "$BRON" -c "$TELLEN" > "$voor"
psql -qAt "$DOEL" -c "$TELLEN" > "$na"
tabellen=$(wc -l < "$voor")
rijen=$(awk '{s += $2} END {print s + 0}' "$voor")
if diff -u "$voor" "$na"; then
  echo "Gelijk: $tabellen tabellen, $rijen rijen."
  rm -f "$voor" "$na"
else
  echo "VERSCHIL tussen $NAAM en $DOEL_NAAM (zie hierboven)." >&2
  exit 1
fi
