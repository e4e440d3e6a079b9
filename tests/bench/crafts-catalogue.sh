#!/usr/bin/env bash
# The public craft catalogue under load: anonymous GET /api/crafts/catalog?q={word} (search, newest first, 24 a
# page with the number of matches) and GET /api/crafts/products/{slug} (product page) on the real host, each
# against a minimal app doing the same read with one hand-written Npgsql query on the same read model
# (tests/Training.Benchmarks.RawCrafts), on the same PostgreSQL loaded by the data generator (products over 500
# brands, their batches and stock ledgers), with the same connections and duration, rounds alternating so that
# load from elsewhere falls on both. Each side is warmed up first (JIT tiers, pools). Every request asks for a
# random search word or a random product. Needs wrk (apt-get install -y wrk) and PostgreSQL.
# Usage: bash tests/bench/crafts-catalogue.sh [products, default 10000] [ledger movements, default 1000000] [connections, default 64] [seconds per round, default 15]
set -euo pipefail
cd "$(dirname "$0")/../.."
products="${1:-10000}"
movements="${2:-1000000}"
connections="${3:-64}"
seconds="${4:-15}"
rounds=2
command -v wrk >/dev/null || { echo "wrk is required: apt-get install -y wrk" >&2; exit 2; }
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[[ -x "$pgbin/initdb" ]] || { echo "PostgreSQL server programs are required: apt-get install -y postgresql" >&2; exit 2; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
work=$(mktemp -d /tmp/bekal-crafts-XXXX)
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
dotnet build -c Release tests/Training.Benchmarks.RawCrafts -v q -nologo >/dev/null
dotnet build -c Release src/Host/Training.Host -v q -nologo >/dev/null

echo "loading $products products and about $movements stock movements..."
dotnet run -c Release --no-build --project tests/Training.Benchmarks -- crafts-seed "$cs" "$products" "$movements" "$work/slugs.txt"
as_postgres "$pgbin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d bekal -qc "vacuum analyze" >/dev/null
as_postgres "$pgbin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d bekal -Atc \
  "select 'in the database: ' || (select count(*) from crafts.mt_doc_catalogue_entry where listed) || ' listed products, ' || (select count(*) from events.mt_events where type = 'crafts_stock_moved') || ' stock movements'"
dotnet run -c Release --no-build --project tests/Training.Benchmarks -- crafts-words >"$work/words.txt"
dotnet run -c Release --no-build --project tests/Training.Benchmarks -- crafts-plan "$cs" purun | grep -vE "^(Warning|Projections|Bekal is running)|warn:|^  +No XML|^$"

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
sample=$(head -1 "$work/slugs.txt")
ConnectionStrings__Training="$cs" Data__Folder="$work/data" Demo__Seed=false \
  start host "$host_port" "/api/crafts/products/$sample" dotnet run -c Release --no-build --project src/Host/Training.Host
ConnectionStrings__Training="$cs" \
  start raw "$raw_port" "/products/$sample" dotnet run -c Release --no-build --project tests/Training.Benchmarks.RawCrafts

host_api="http://127.0.0.1:$host_port"; raw_api="http://127.0.0.1:$raw_port"
# Both sides must give the same answers: the same page of the same products and the same total for every word, the same product page.
python3 - "$host_api" "$raw_api" "$work/words.txt" "$sample" <<'PY'
import json, sys, urllib.request
host, raw, words, slug = sys.argv[1], sys.argv[2], open(sys.argv[3]).read().split(), sys.argv[4]
get = lambda url: json.load(urllib.request.urlopen(url))
for word in words:
    h, r = get(f"{host}/api/crafts/catalog?q={word}"), get(f"{raw}/catalog?q={word}")
    if [i["slug"] for i in h["items"]] != [i["slug"] for i in r["items"]] or h["total"] != r["total"] or not h["items"]:
        sys.exit(f"q={word}: host {h['total']} found, raw {r['total']}: the pages differ")
h, r = get(f"{host}/api/crafts/products/{slug}"), get(f"{raw}/products/{slug}")
if h != r:
    sys.exit(f"product {slug}: host {h} raw {r}")
print("both sides give the same pages; matches per word: " + " ".join(f"{w}={get(f'{raw}/catalog?q={w}')['total']}" for w in words))
PY

cat >"$work/pick.lua" <<'LUA'
local values = {}
for line in io.lines(os.getenv("VALUES")) do values[#values + 1] = line end
local prefix = os.getenv("PREFIX")
math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
request = function() return wrk.format("GET", prefix .. values[math.random(#values)]) end
LUA

run() { # $1 label, $2 base, $3 prefix, $4 values file, $5 seconds; prints label, requests/s, p50, p99
  local out
  out=$(VALUES="$4" PREFIX="$3" wrk -t2 -c"$connections" -d"$5s" --timeout 10s --latency -s "$work/pick.lua" "$2") \
    || { echo "$1: wrk failed" >&2; exit 1; }
  echo "$out" >>"$work/wrk.log"
  if grep -qE "Non-2xx or 3xx responses|Socket errors" <<<"$out"; then
    echo "$1: $(grep -E 'Non-2xx or 3xx responses|Socket errors' <<<"$out" | xargs); the host's log ends:" >&2
    tail -20 "$work/host.log" >&2
    exit 1
  fi
  awk -v label="$1" '/^Requests\/sec:/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2}
    END {printf "%s\t%s\t%s\t%s\n", label, rps, p50, p99}' <<<"$out"
}
ms() { awk '{ v=$1; if (v ~ /us$/) { sub(/us$/, "", v); v/=1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v*=1000 } printf "%.2f", v }' <<<"$1"; }

measure() { # $1 what, $2 host prefix, $3 raw prefix, $4 values file
  run warm-host "$host_api" "$2" "$4" 10 >/dev/null
  run warm-raw "$raw_api" "$3" "$4" 10 >/dev/null
  local results=() round
  for ((round = 0; round < rounds; round++)); do
    if ((round % 2 == 0)); then
      results+=("$(run host "$host_api" "$2" "$4" "$seconds")" "$(run raw "$raw_api" "$3" "$4" "$seconds")")
    else
      results+=("$(run raw "$raw_api" "$3" "$4" "$seconds")" "$(run host "$host_api" "$2" "$4" "$seconds")")
    fi
  done
  echo
  echo "$1, $connections connections, $rounds rounds of ${seconds} s per side, loopback, $(nproc) cores"
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
}

echo "$products products, $(wc -l <"$work/slugs.txt") slugs, $(wc -l <"$work/words.txt") search words"
measure "Catalogue search (GET /api/crafts/catalog?q=word)" /api/crafts/catalog?q= "/catalog?q=" "$work/words.txt"
measure "Product page (GET /api/crafts/products/{slug})" /api/crafts/products/ /products/ "$work/slugs.txt"
