#!/usr/bin/env bash
# Regenerate the Go-expected outputs of the bug reproducers in this directory
# (same conventions as ../regen.sh): a NAME.go that builds gets NAME.out
# (+ NAME.err / NAME.exit as in tests/run); one that does not build gets
# NAME.err with go build's "NAME.go:LINE:COL: msg" lines (as in tests/errors).
# Usage: GO=/path/to/go tests/bugs/regen.sh [NAME ...]
set -u
GO=${GO:-go}
export GOTOOLCHAIN=${GOTOOLCHAIN:-local} GOWORK=off GOFLAGS=
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in "$here"/*.go; do
    n=$(basename "$f" .go)
    if [ $# -gt 0 ]; then
        keep=0
        for a in "$@"; do a=${a##*/}; [ "${a%.go}" = "$n" ] && keep=1; done
        [ $keep = 1 ] || continue
    fi
    rm -f "$here/$n.out" "$here/$n.err" "$here/$n.exit"
    if (cd "$here" && "$GO" build -o "$tmp/bin" "$n.go") >"$tmp/build.log" 2>&1; then
        status=0
        (cd "$tmp" && timeout 60 ./bin >"$tmp/stdout" 2>"$tmp/stderr" </dev/null) || status=$?
        cp "$tmp/stdout" "$here/$n.out"
        if grep -Eq '^goroutine [0-9]+ .*\[' "$tmp/stderr"; then
            awk '/^$/ { exit } /^\[signal / { next } /^runtime: sp=/ { next } { print }' "$tmp/stderr" >"$tmp/cut"
            mv "$tmp/cut" "$tmp/stderr"
        fi
        [ -s "$tmp/stderr" ] && cp "$tmp/stderr" "$here/$n.err"
        [ "$status" -ne 0 ] && echo "$status" >"$here/$n.exit"
        echo "run  $n (exit $status)"
    else
        esc=${n//./\\.}
        sed -E "s#[^[:space:]:]*/($esc\.go:[0-9]+:[0-9]+)#\1#g" "$tmp/build.log" |
            grep -v '^#' >"$here/$n.err"
        echo "err  $n ($(wc -l <"$here/$n.err") lines)"
    fi
done
