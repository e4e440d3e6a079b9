#!/usr/bin/env bash
# Start-up figures: `dotnet run --project src/Host/Training.Host` until /health/ready answers 200,
# first on an empty data folder (cold: initdb, schema, Hangfire tables), then again on the same
# data (warm). Prints each run and the warm/cold ratio. Usage: bash tests/bench/startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-3}"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
dotnet build src/Host/Training.Host -v q -nologo >/dev/null

start_once() { # $1 data folder; prints seconds until ready
  local t0 pid
  t0=$(date +%s.%N)
  # Its own process group, so that the host under `dotnet run` gets the stop signal too.
  Data__Folder="$1" ASPNETCORE_URLS="http://127.0.0.1:$port" setsid dotnet run --project src/Host/Training.Host >"$1.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "host died, see $1.log" >&2; exit 1; }
    sleep 0.05
  done
  echo "$(date +%s.%N) - $t0" | bc
  kill -TERM -- "-$pid"; wait "$pid" || true
}

cold=(); warm=()
for _ in $(seq "$runs"); do
  data=$(mktemp -d /tmp/bekal-startup-XXXX)
  cold+=("$(start_once "$data")")
  warm+=("$(start_once "$data")")
  rm -rf "$data" "$data.log"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "cold start (empty data folder): ${cold[*]} s; median $(median "${cold[@]}") s"
echo "second start (same data):       ${warm[*]} s; median $(median "${warm[@]}") s"
echo "ratio second/cold: $(echo "scale=2; $(median "${warm[@]}") / $(median "${cold[@]}")" | bc)"
