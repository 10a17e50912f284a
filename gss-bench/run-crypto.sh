#!/usr/bin/env bash
# Builds gss-raw + gss-bench and runs the Kerberos crypto JMH benchmarks briefly.
# Usage: gss-bench/run-crypto.sh [extra JMH options]   (default: -f 1 -wi 2 -i 3 -w 1s -r 1s)
# The machine's load matters: report numbers with `uptime` alongside.
set -euo pipefail
cd "$(dirname "$0")/.."
CPFILE="$(mktemp)"
# One reactor build: gss-bench's class path then points at gss-raw's jar in gss-raw/target.
mvn -q -B -pl gss-raw,gss-bench -am package dependency:build-classpath -DskipTests \
  -Dmdep.outputFile="$CPFILE"
CP="gss-bench/target/classes:$(cat "$CPFILE")"
rm -f "$CPFILE"
ARGS=("$@")
if [ ${#ARGS[@]} -eq 0 ]; then ARGS=(-f 1 -wi 2 -i 3 -w 1s -r 1s); fi
exec java -cp "$CP" org.openjdk.jmh.Main 'io.gsskit.bench.crypto.*' "${ARGS[@]}"
