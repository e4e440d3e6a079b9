#!/usr/bin/env bash
# Public verification under load: GET /api/certificates/verify/{code} on the real host (rate limiter,
# MediatR pipeline, Marten) against a minimal app doing the same lookup with one hand-written Npgsql
# query (tests/Training.Benchmarks.RawVerify), on the same PostgreSQL with 100,000 certificates, with
# the same connections and duration, rounds alternating so that load from elsewhere falls on both.
# Each side is warmed up for 15 s first (JIT tiers, pools). Every request asks for a random existing code. Needs wrk (apt-get install -y wrk) and PostgreSQL.
# Usage: bash tests/bench/verify.sh [certificates, default 100000] [connections, default 64] [seconds per round, default 15]
set -euo pipefail
cd "$(dirname "$0")/../.."
count="${1:-100000}"
connections="${2:-64}"
seconds="${3:-15}"
rounds=2
command -v wrk >/dev/null || { echo "wrk is required: apt-get install -y wrk" >&2; exit 2; }
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[[ -x "$pgbin/initdb" ]] || { echo "PostgreSQL server programs are required: apt-get install -y postgresql" >&2; exit 2; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
work=$(mktemp -d /tmp/bekal-verify-XXXX)
chmod 755 "$work"
pg_port=$(free_port); host_port=$(free_port); raw_port=$(free_port)
pids=()
as_postgres() { if ((EUID == 0)); then runuser -u postgres -- "$@"; else "$@"; fi; }

cleanup() {
  for pid in "${pids[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do timeout 30 tail --pid="$pid" -f /dev/null 2>/dev/null || kill -KILL -- "-$pid" 2>/dev/null || true; done
  [[ -f "$work/pg/postmaster.pid" ]] && as_postgres "$pgbin/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/pg" "$work/sock"
((EUID == 0)) && chown postgres:postgres "$work/pg" "$work/sock"
as_postgres "$pgbin/initdb" -D "$work/pg" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
as_postgres "$pgbin/pg_ctl" -D "$work/pg" -l "$work/pg/server.log" -w -t 30 \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $work/sock -c max_connections=300 -c fsync=off" start >/dev/null
as_postgres "$pgbin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qc "create database bekal" >/dev/null
cs="Host=127.0.0.1;Port=$pg_port;Database=bekal;Username=postgres"

echo "building (Release)..."
dotnet build -c Release tests/Training.Benchmarks -v q -nologo >/dev/null
dotnet build -c Release tests/Training.Benchmarks.RawVerify -v q -nologo >/dev/null
dotnet build -c Release src/Host/Training.Host -v q -nologo >/dev/null

echo "loading $count certificates..."
dotnet run -c Release --no-build --project tests/Training.Benchmarks -- certificates-seed "$cs" "$count" "$work/codes.txt"
as_postgres "$pgbin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d bekal -qc "vacuum analyze" >/dev/null

start() { # $1 name, $2 port, then the command; waits until $3 answers
  local name="$1" port="$2" probe="$3"
  shift 3
  ASPNETCORE_URLS="http://127.0.0.1:$port" setsid "$@" >"$work/$name.log" 2>&1 &
  pids+=($!)
  local deadline=$((SECONDS + 180))
  until curl -fs "http://127.0.0.1:$port$probe" >/dev/null 2>&1; do
    kill -0 "${pids[-1]}" 2>/dev/null || { echo "$name stopped; its log:" >&2; tail -20 "$work/$name.log" >&2; exit 1; }
    ((SECONDS < deadline)) || { echo "$name was not ready within 180 s" >&2; exit 1; }
    sleep 0.2
  done
}
sample=$(head -1 "$work/codes.txt")
ConnectionStrings__Training="$cs" Data__Folder="$work/data" Demo__Seed=false Certificates__VerificationsPerMinutePerAddress=1000000000 \
  start host "$host_port" "/api/certificates/verify/$sample" dotnet run -c Release --no-build --project src/Host/Training.Host
ConnectionStrings__Training="$cs" \
  start raw "$raw_port" "/verify/$sample" dotnet run -c Release --no-build --project tests/Training.Benchmarks.RawVerify

cat >"$work/verify.lua" <<'LUA'
local codes = {}
for line in io.lines(os.getenv("CODES")) do codes[#codes + 1] = line end
local prefix = os.getenv("PREFIX")
math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
request = function() return wrk.format("GET", prefix .. codes[math.random(#codes)]) end
LUA

run() { # $1 label, $2 base, $3 prefix, $4 seconds; prints label, requests/s, p50, p99
  local out
  out=$(CODES="$work/codes.txt" PREFIX="$3" wrk -t2 -c"$connections" -d"$4s" --timeout 10s --latency -s "$work/verify.lua" "$2") \
    || { echo "$1: wrk failed" >&2; exit 1; }
  echo "$out" >>"$work/wrk.log"
  if grep -qE "Non-2xx or 3xx responses|Socket errors" <<<"$out"; then
    echo "$1: $(grep -E 'Non-2xx or 3xx responses|Socket errors' <<<"$out" | xargs)" >&2
    exit 1
  fi
  awk -v label="$1" '/^Requests\/sec:/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2}
    END {printf "%s\t%s\t%s\t%s\n", label, rps, p50, p99}' <<<"$out"
}
ms() { awk '{ v=$1; if (v ~ /us$/) { sub(/us$/, "", v); v/=1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v*=1000 } printf "%.2f", v }' <<<"$1"; }

host_api="http://127.0.0.1:$host_port"; raw_api="http://127.0.0.1:$raw_port"
run warm-host "$host_api" /api/certificates/verify/ 15 >/dev/null
run warm-raw "$raw_api" /verify/ 15 >/dev/null
results=()
for ((round = 0; round < rounds; round++)); do
  if ((round % 2 == 0)); then
    results+=("$(run host "$host_api" /api/certificates/verify/ "$seconds")" "$(run raw "$raw_api" /verify/ "$seconds")")
  else
    results+=("$(run raw "$raw_api" /verify/ "$seconds")" "$(run host "$host_api" /api/certificates/verify/ "$seconds")")
  fi
done

echo
echo "Public verification, $count certificates, $connections connections, $rounds rounds of ${seconds} s per side, loopback, $(nproc) cores"
for line in "${results[@]}"; do
  IFS=$'\t' read -r label rps p50 p99 <<<"$line"
  printf '  %-5s %10.1f req/s   p50 %7s ms   p99 %7s ms\n' "$label" "$rps" "$(ms "$p50")" "$(ms "$p99")"
done
printf '%s\n' "${results[@]}" | while IFS=$'\t' read -r label rps p50 p99; do echo "$label $rps $(ms "$p99")"; done | awk '
  $1 == "host" { hr += $2; hn++; if ($3 > hp) hp = $3 }
  $1 == "raw"  { rr += $2; rn++; if ($3 > rp) rp = $3 }
  END {
    ratio = (hr / hn) / (rr / rn)
    printf "  host %.1f req/s (worst p99 %.2f ms) vs raw Npgsql %.1f req/s (worst p99 %.2f ms)\n", hr / hn, hp, rr / rn, rp
    printf "  throughput ratio host/raw: %.2f (target at least 0.50: %s); host p99 under 50 ms: %s\n", ratio, (ratio >= 0.5 ? "met" : "missed"), (hp < 50 ? "met" : "missed")
  }'
