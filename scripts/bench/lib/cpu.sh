# CPU seconds used so far by the gateway JVM ($1: its pid) and by the PostgreSQL server whose data directory lies
# under $2 (the postmaster and every backend it forked), read from /proc. Printed as "<gateway> <postgres>".
# A benchmark takes it before and after a run and divides by the requests served: CPU per request holds up far
# better than req/s when something else shares the machine.
bench_cpu() {
  local gateway=$1 under=$2 tick postmaster
  tick=$(getconf CLK_TCK)
  postmaster=$(pgrep -f -- "-D $under" | head -1 || true)
  python3 - "$gateway" "${postmaster:-0}" "$tick" <<'PY'
import os, sys
gateway, postmaster, tick = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
def times(pid):
    try:
        fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12]), int(fields[1])   # utime + stime, ppid
    except OSError:
        return 0, -1
pg = 0
if postmaster:
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            used, ppid = times(int(entry))
            if int(entry) == postmaster or ppid == postmaster:
                pg += used
print(f"{times(gateway)[0] / tick:.2f} {pg / tick:.2f}")
PY
}

# "CPU per request: gateway X ms, PostgreSQL Y ms" from two bench_cpu readings and a request count.
bench_cpu_per_request() {
  python3 - "$1" "$2" "$3" <<'PY'
import sys
before, after, requests = sys.argv[1].split(), sys.argv[2].split(), int(sys.argv[3])
gw = (float(after[0]) - float(before[0])) * 1000 / max(requests, 1)
pg = (float(after[1]) - float(before[1])) * 1000 / max(requests, 1)
print(f"CPU per request: gateway {gw:.2f} ms, PostgreSQL {pg:.2f} ms ({requests} requests)")
PY
}
