#!/usr/bin/env bash
# GSSKit vs the JDK's JGSS (Kerberos), side by side in one JMH run (issue #7).
#
# Usage: gss-bench/run.sh [--quick] [extra JMH options...]
#   --quick   shorter iterations and sizes 64 B, 1 KiB, 1 MiB only (about 4-5 minutes on 2 cores)
#   default   all sizes, longer iterations (about 12-15 minutes on 2 cores)
#
# Steps: build gss-raw + gss-bench; start the benchmark realms once (Kerby KDC for
# aes256-cts-hmac-sha1-96, MIT krb5 KDC for aes256-cts-hmac-sha384-192, both on 127.0.0.1);
# run the io.gsskit.bench.gss JMH suite with -prof gc and -rf json; time whole-process cold
# starts; print the table (figure, GSSKit, JDK, ratio GSSKit/JDK) and write the throughput chart.
# Outputs in gss-bench/target/bench/: result.json, jmh.log, cold-start.txt, table.md,
# throughput.png. The machine's load matters: the script prints nproc, the CPU and uptime.
# The crypto-only benchmarks stay in gss-bench/run-crypto.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
QUICK=0
if [ "${1:-}" = "--quick" ]; then QUICK=1; shift; fi

OUT="gss-bench/target/bench"
CPFILE="$(mktemp)"
mvn -q -B -pl gss-raw,gss-bench -am package dependency:build-classpath -DskipTests \
  -Dmdep.outputFile="$CPFILE"
CP="gss-bench/target/classes:$(cat "$CPFILE")"
rm -f "$CPFILE"
rm -rf "$OUT"
mkdir -p "$OUT"
REALMS="$(mktemp -d /tmp/gsskit-bench-realms-XXXXXX)"

# The realm server lives until its standard input (a FIFO we hold open on fd 9) is closed.
FIFO="$OUT/realm-server.fifo"
mkfifo "$FIFO"
java -cp "$CP" io.gsskit.bench.gss.RealmServer "$REALMS" <"$FIFO" >"$OUT/realm-server.log" 2>&1 &
RS_PID=$!
exec 9>"$FIFO"
cleanup() {
  exec 9>&- || true
  for _ in $(seq 1 50); do kill -0 "$RS_PID" 2>/dev/null || break; sleep 0.1; done
  kill "$RS_PID" 2>/dev/null || true
  rm -rf "$REALMS" "$FIFO"
}
trap cleanup EXIT
for _ in $(seq 1 300); do
  grep -q '^READY' "$OUT/realm-server.log" 2>/dev/null && break
  kill -0 "$RS_PID" 2>/dev/null || { cat "$OUT/realm-server.log"; exit 1; }
  sleep 0.2
done
grep -q '^READY' "$OUT/realm-server.log" || { echo "realms not ready"; cat "$OUT/realm-server.log"; exit 1; }

if [ "$QUICK" = 1 ]; then
  JMH=(-f 1 -wi 1 -w 1s -i 2 -r 1s -p size=64,1024,1048576)
  COLD_RUNS=3
else
  JMH=(-f 1 -wi 2 -w 2s -i 3 -r 2s)
  COLD_RUNS=7
fi
echo "== JMH: ${JMH[*]} -prof gc $*"
java -cp "$CP" org.openjdk.jmh.Main 'io\.gsskit\.bench\.gss\..*' "${JMH[@]}" -prof gc \
  -rf json -rff "$OUT/result.json" -jvmArgsAppend "-Dgsskit.bench.realms=$REALMS" "$@" \
  >"$OUT/jmh.log" 2>&1 || { tail -50 "$OUT/jmh.log"; exit 1; }
grep -E '^(Benchmark|[A-Za-z]+Bench\.)' "$OUT/jmh.log" | grep -v ':gc\.' || true

echo "== cold start: $COLD_RUNS processes each (JVM start to first established context)"
SHA1="$REALMS/aes256-cts-hmac-sha1-96"
for impl in gsskit jdk; do
  for _ in $(seq 1 "$COLD_RUNS"); do
    t0=$(date +%s%N)
    env KRB5_CONFIG="$SHA1/krb5.conf" KRB5CCNAME="FILE:$SHA1/ccache" \
      KRB5_KTNAME="FILE:$SHA1/service.keytab" KRB5RCACHETYPE=memory \
      java -cp "$CP" io.gsskit.bench.gss.ColdStart "$impl" "$SHA1" >>"$OUT/cold-start.log" 2>&1
    t1=$(date +%s%N)
    echo "$impl $(( (t1 - t0) / 1000000 ))" >>"$OUT/cold-start.txt"
  done
done

java -cp "$CP" io.gsskit.bench.report.Report "$OUT/result.json" --cold "$OUT/cold-start.txt" \
  --chart "$OUT/throughput.png" | tee "$OUT/table.md"
echo
echo "machine: nproc=$(nproc), CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "java: $(java -version 2>&1 | head -1)"
echo "load: $(uptime)"
echo "chart: $OUT/throughput.png"
