#!/usr/bin/env bash
# The GSSKit demo: builds the project, then runs an embedded KDC on 127.0.0.1, a server process
# and a client process that authenticate with Kerberos v5 through GSSKit and exchange a wrapped
# message and a MIC. Needs a JDK 17+ and Maven. Arguments: an optional message to send.
set -euo pipefail
cd "$(dirname "$0")"
CPFILE="$(mktemp)"
BUILDLOG="$(mktemp)"
trap 'rm -f "$CPFILE" "$BUILDLOG"' EXIT
echo "[demo]   building GSSKit (mvn package, tests skipped)..."
if ! mvn -B -Dstyle.color=never -pl gss-samples -am package dependency:build-classpath \
    -DskipTests -Dmdep.outputFile="$CPFILE" -Dmdep.includeScope=runtime >"$BUILDLOG" 2>&1; then
  cat "$BUILDLOG"
  echo "[demo]   the build failed; see above" >&2
  exit 1
fi
java -cp "gss-samples/target/classes:$(cat "$CPFILE")" io.gsskit.samples.demo.Demo "$@"
