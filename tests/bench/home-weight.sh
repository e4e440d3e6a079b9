#!/usr/bin/env bash
# The learner's home (/) against the account page she used to land on (/account), in one run on the same host:
# HTML bytes and median time to first byte over N alternating requests, and their ratio.
# Run a host with demo data first (dotnet run --project src/Host/Training.Host), then:
#   bash tests/bench/home-weight.sh [http://localhost:5000] [rounds]
set -euo pipefail
base=${1:-http://localhost:5000}
rounds=${2:-40}
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT

curl -fsS -c "$jar" -b "$jar" -H 'Content-Type: application/json' \
  -d '{"facilityCode":"LPP-PKY","learnerNumber":"WB-2026-001","pin":"246810"}' "$base/api/auth/learner-sign-in" -o /dev/null

measure() { curl -fsS -b "$jar" -o /dev/null -w '%{size_download} %{time_starttransfer}\n' "$base$1"; }
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

home=$(mktemp) account=$(mktemp)
trap 'rm -f "$jar" "$home" "$account"' EXIT
for _ in $(seq "$rounds"); do
  measure / >>"$home"
  measure /account >>"$account"
done

home_bytes=$(cut -d' ' -f1 "$home" | median); account_bytes=$(cut -d' ' -f1 "$account" | median)
home_ttfb=$(cut -d' ' -f2 "$home" | median); account_ttfb=$(cut -d' ' -f2 "$account" | median)
printf 'page      html bytes  median ttfb (ms)\n'
printf '/         %10s  %16.1f\n' "$home_bytes" "$(echo "$home_ttfb * 1000" | bc -l)"
printf '/account  %10s  %16.1f\n' "$account_bytes" "$(echo "$account_ttfb * 1000" | bc -l)"
printf 'ratio home/account: bytes %.2f, ttfb %.2f (%s rounds)\n' \
  "$(echo "$home_bytes / $account_bytes" | bc -l)" "$(echo "$home_ttfb / $account_ttfb" | bc -l)" "$rounds"
