#!/usr/bin/env bash
# The benchmark of issue 7 (see README, "Benchmark"): the application on PostgreSQL, a results table printed and
# appended with the date and the machine to bench/RESULTS.md. Not part of `./mvnw verify`.
#
#   bench/run.sh                                   # default scale: a few minutes on 2 cores
#   BENCH_OPEN_CASES=100000 BENCH_TIMERS=10000 bench/run.sh    # the issue's full scale
#
# Environment: BENCH_DB (database name, default xinyong_bench: DROPPED and created afresh unless BENCH_KEEP_DB=true),
# BENCH_PG_HOST/PORT/USER (127.0.0.1, 5432, postgres; PGPASSWORD as usual), BENCH_OPEN_CASES, BENCH_TIMERS,
# BENCH_HEAP (-Xmx of the application, default 1g), BENCH_NOTE (a line about the machine's load for RESULTS.md).
set -euo pipefail
cd "$(dirname "$0")/.."

db=${BENCH_DB:-xinyong_bench}
host=${BENCH_PG_HOST:-127.0.0.1}
port=${BENCH_PG_PORT:-5432}
user=${BENCH_PG_USER:-postgres}

if [ "${BENCH_KEEP_DB:-false}" != true ]; then
  dropdb -w -h "$host" -p "$port" -U "$user" --if-exists --force "$db"
  createdb -w -h "$host" -p "$port" -U "$user" "$db"
fi

args=(-Pbench -pl app verify -B -ntp
  "-Dbench.db.url=jdbc:postgresql://$host:$port/$db" "-Dbench.db.user=$user" "-Dbench.db.password=${PGPASSWORD:-}"
  "-Dbench.openCases=${BENCH_OPEN_CASES:-20000}" "-Dbench.timers=${BENCH_TIMERS:-2000}"
  "-Dbench.heap=${BENCH_HEAP:-1g}")
[ -n "${BENCH_NOTE:-}" ] && args+=("-Dbench.note=$BENCH_NOTE")
exec ./mvnw "${args[@]}" "$@"
