#!/usr/bin/env bash
# Sign-in throughput: requests per second of POST /api/auth/learner-sign-in (demo learners)
# against GET /health/live on the same host, with the same connections and duration, over
# loopback only. The gap between the two is the price of hashing the PIN (PBKDF2-HMAC-SHA512,
# Identity:HashIterations, 100,000 by default). Needs wrk (apt-get install -y wrk).
# Usage: bash tests/bench/signin.sh [seconds per run, default 10] [connections 1-5, default 4]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-10}"
connections="${2:-4}"
iterations="${Identity__HashIterations:-100000}"
((connections >= 1 && connections <= 5)) || { echo "connections must be 1 to 5 (one demo learner each)" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is required: apt-get install -y wrk" >&2; exit 2; }

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
data=$(mktemp -d /tmp/bekal-signin-XXXX)
script="$data/learner-sign-in.lua"
host_pid=""

stop_host() {
  if [[ -n "$host_pid" ]] && kill -0 "$host_pid" 2>/dev/null; then
    kill -TERM -- "-$host_pid" 2>/dev/null || true
    timeout 60 tail --pid="$host_pid" -f /dev/null || kill -KILL -- "-$host_pid" 2>/dev/null || true
  fi
  # The host stops its private PostgreSQL on shutdown; should it have been killed, stop the cluster here.
  if [[ -f "$data/postgres/postmaster.pid" ]]; then
    pg_ctl=$(ls -d /usr/lib/postgresql/*/bin/pg_ctl 2>/dev/null | sort -V | tail -1)
    if ((EUID == 0)); then runuser -u postgres -- "$pg_ctl" -D "$data/postgres" -m fast -w stop >/dev/null 2>&1 || true
    else "$pg_ctl" -D "$data/postgres" -m fast -w stop >/dev/null 2>&1 || true; fi
  fi
  rm -rf "$data"
}
trap stop_host EXIT

echo "building (Release)..."
dotnet build -c Release src/Host/Training.Host -v q -nologo >/dev/null

# Its own process group, so that the host under `dotnet run` gets the stop signal too.
ASPNETCORE_URLS="$base" Data__Folder="$data" Demo__Seed=true Identity__InsecureCookies=true \
  Identity__SignInsPerMinutePerAddress=100000000 Identity__HashIterations="$iterations" \
  setsid dotnet run -c Release --no-build --project src/Host/Training.Host >"$data/host.log" 2>&1 &
host_pid=$!

deadline=$((SECONDS + 180))
until curl -fs "$base/health/ready" >/dev/null 2>&1; do
  kill -0 "$host_pid" 2>/dev/null || { echo "the host stopped; its log:" >&2; tail -20 "$data/host.log" >&2; exit 1; }
  ((SECONDS < deadline)) || { echo "the host was not ready within 180 s" >&2; exit 1; }
  sleep 0.2
done

# One connection per wrk thread and one demo learner per thread: no two sign-ins of the same
# learner are in flight at once (they would race on the learner's event stream).
cat >"$script" <<'LUA'
local learners = { {"WB-2026-001", "246810"}, {"WB-2026-002", "135790"}, {"WB-2026-003", "482915"},
                   {"WB-2026-004", "739164"}, {"WB-2026-005", "581302"} }
local next_learner = 0
function setup(thread)
  next_learner = next_learner + 1
  thread:set("number", learners[next_learner][1])
  thread:set("pin", learners[next_learner][2])
end
function init(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.body = string.format('{"facilityCode":"LPP-PKY","learnerNumber":"%s","pin":"%s"}', number, pin)
end
LUA

check=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
  -d '{"facilityCode":"LPP-PKY","learnerNumber":"WB-2026-001","pin":"246810"}' "$base/api/auth/learner-sign-in")
[[ "$check" == 200 ]] || { echo "a demo learner's sign-in answered $check, not 200" >&2; exit 1; }

run() { # $1 label, then wrk's target arguments; prints the wrk output to the log and requests/s to stdout
  local label="$1" out
  shift
  out=$(wrk -t"$connections" -c"$connections" -d"${seconds}s" --timeout 10s --latency "$@") || { echo "$label: wrk failed" >&2; exit 1; }
  echo "$out" >>"$data/wrk.log"
  if grep -q "Non-2xx or 3xx responses" <<<"$out"; then
    echo "$label: $(grep 'Non-2xx or 3xx responses' <<<"$out" | xargs)" >&2
    exit 1
  fi
  awk -v label="$label" '/^Requests\/sec:/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2}
    END {printf "%s\t%s\t%s\t%s\n", label, rps, p50, p99}' <<<"$out"
}

signin=$(run "POST /api/auth/learner-sign-in" -s "$script" "$base/api/auth/learner-sign-in")
live=$(run "GET /health/live" "$base/health/live")

echo
echo "Sign-in throughput, $connections connections, ${seconds} s each, loopback, $(nproc) cores"
echo "PIN hashing: PBKDF2-HMAC-SHA512, Identity:HashIterations=$iterations (default 100,000)"
printf '%s\n%s\n' "$signin" "$live" | awk -F'\t' '{printf "  %-32s %10.1f req/s   p50 %-9s p99 %s\n", $1, $2, $3, $4}'
printf '%s\n%s\n' "$signin" "$live" | awk -F'\t' 'NR==1 {s=$2} NR==2 {l=$2} END {printf "  ratio live/sign-in: %.0f x\n", l/s}'
