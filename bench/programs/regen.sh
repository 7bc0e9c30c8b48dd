#!/usr/bin/env bash
# Regenerate the expected outputs of the benchmark programs with real Go.
#
# Usage:  bench/programs/regen.sh [NAME ...]      (default: every program)
#         GO=/path/to/go bench/programs/regen.sh  (default: `go` from PATH)
#
# For each NAME.go (built with `go build`, run with GOMAXPROCS=1):
#   NAME.out        stdout of the run with no argument (full size)
#   NAME.quick.out  stdout of the run with the quick size argument that
#                   quick.txt lists for NAME ("NAME ARG" lines)
# bench/notes/ holds reduced programs behind performance findings.

set -u

GO=${GO:-go}
export GOTOOLCHAIN=${GOTOOLCHAIN:-local}
export GOWORK=off
export GOFLAGS=
export GOMAXPROCS=1

here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if ! "$GO" version >/dev/null 2>&1; then
    echo "regen.sh: cannot run Go toolchain '$GO' (set GO=/path/to/go)" >&2
    exit 1
fi
echo "using $("$GO" version)"

quick_arg() { # quick_arg NAME: the quick size argument from quick.txt
    awk -v n="$1" '$1 == n { print $2; exit }' "$here/quick.txt"
}

failures=0
fail() {
    echo "FAIL $*" >&2
    failures=$((failures + 1))
}

regen() {
    local name=$1 bin=$tmp/$1
    if ! (cd "$here" && "$GO" build -o "$bin" "$name.go") >"$tmp/build.log" 2>&1; then
        fail "$name.go does not build:"
        cat "$tmp/build.log" >&2
        return
    fi
    local q
    q=$(quick_arg "$name")
    if [ -z "$q" ]; then
        fail "$name has no line in quick.txt"
        return
    fi
    if ! (cd "$tmp" && "$bin" >"$tmp/full" </dev/null); then
        fail "$name (full size) exited with an error"
        return
    fi
    if ! (cd "$tmp" && "$bin" "$q" >"$tmp/quick" </dev/null); then
        fail "$name $q (quick size) exited with an error"
        return
    fi
    cp "$tmp/full" "$here/$name.out"
    cp "$tmp/quick" "$here/$name.quick.out"
    rm -f "$bin"
    echo "ok   $name (quick $q)"
}

if [ $# -eq 0 ]; then
    for f in "$here"/*.go; do
        [ -e "$f" ] || continue
        regen "$(basename "$f" .go)"
    done
else
    for a in "$@"; do
        a=${a##*/}
        regen "${a%.go}"
    done
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures failure(s)" >&2
    exit 1
fi
