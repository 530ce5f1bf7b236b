# Starts the gateway under test for a wrk benchmark: the jar (PREPTABLE_BENCH_JAR, else this checkout's build) in a
# JVM of its own with PREPTABLE_JAVA_OPTS, on a throwaway data folder and a free port, with the bench admin
# bench@preptable.local. Sets data, port, base (the API's URL), pid and token (the admin's bearer token), installs
# wrk when missing, and stops the gateway and removes the folder when the script exits.
# Usage: bench_gateway_start <demo data: true|false> <path that says it is up: /healthz or /readyz>
bench_gateway_start() {
  local demo=$1 up=$2 jar=${PREPTABLE_BENCH_JAR:-gateway/target/preptable-gateway.jar}  # another build, to compare
  [ -f "$jar" ] || { echo "build first: scripts/run builds it, or mvn -DskipTests -pl gateway -am package" >&2; exit 1; }
  if ! command -v wrk >/dev/null 2>&1; then
    echo "bench: installing wrk"; apt-get install -y -qq wrk >/dev/null
  fi
  data=$(mktemp -d)
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  base="http://127.0.0.1:$port/api/v1"
  trap 'kill "${pid:-}" 2>/dev/null || true; wait "${pid:-}" 2>/dev/null || true; rm -rf "$data"' EXIT
  # shellcheck disable=SC2086 # PREPTABLE_JAVA_OPTS is a list of options
  PREPTABLE_DATA_DIR="$data" PREPTABLE_HTTP_PORT="$port" PREPTABLE_HTTP_HOST=127.0.0.1 PREPTABLE_DEMO_DATA="$demo" \
  PREPTABLE_ADMIN_EMAIL=bench@preptable.local PREPTABLE_ADMIN_PASSWORD=Bench-Pass-1 \
    "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED ${PREPTABLE_JAVA_OPTS:-} -jar "$jar" >"$data/gateway.log" 2>&1 &
  pid=$!
  until curl -fsS "http://127.0.0.1:$port$up" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { cat "$data/gateway.log" >&2; exit 1; }
    sleep 0.1
  done
  token=$(curl -fsS "$base/auth/login" -H "Content-Type: application/json" \
    -d '{"email":"bench@preptable.local","password":"Bench-Pass-1"}' | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
}
