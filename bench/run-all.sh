#!/usr/bin/env bash
# Fetch and build the three real projects (memcached, libzstd, xz-utils) with the shared
# real-project script, then run bench.sh on all three.
#   bench/run-all.sh [--dest DIR] [bench.sh options...]     DIR defaults to /tmp/real
# e.g.  bench/run-all.sh --runs 1      bench/run-all.sh --findings
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
real_project=$here/../../shared/scripts/real-project
dest=/tmp/real
if [ "${1:-}" = --dest ]; then dest=${2:?}; shift 2; fi
case "${1:-}" in --dest=*) dest=${1#*=}; shift ;; esac
[ -x "$real_project" ] || { echo "run-all.sh: $real_project not found (../shared beside the repo)" >&2; exit 2; }
mkdir -p "$dest"
dirs=()
for p in memcached libzstd xz-utils; do
    start=$SECONDS
    d=$("$real_project" "$dest" "$p")
    echo "$p: $d ($((SECONDS - start)) s to prepare)" >&2
    dirs+=("$d")
done
exec "$here/bench.sh" "$@" "${dirs[@]}"
