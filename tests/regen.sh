#!/usr/bin/env bash
# Regenerate the expected outputs of the test corpus with the real Go toolchain.
#
# Usage:  tests/regen.sh [NAME ...]      (default: every program)
#         GO=/path/to/go tests/regen.sh  (default: `go` from PATH)
#         TIMEOUT=60 tests/regen.sh      (seconds per program run, default 60)
#
# tests/run/NAME.go     must build; the binary (built with `go build`, not
#                       `go run`, which would add "exit status N" to stderr)
#                       is run with a timeout and:
#   NAME.out            exact stdout (always written, may be empty)
#   NAME.err            stderr, written only when it is non-empty.  If the
#                       program crashed in the Go runtime (a panic: stderr has
#                       a line "goroutine N [...]:"), the stack trace is cut:
#                       only the lines before the first empty line are kept
#                       (i.e. the "panic: ..." message lines), and lines that
#                       start with "[signal " or "runtime: sp=" are dropped
#                       (they hold addresses that change from run to run).
#   NAME.exit           the exit status, written only when it is not 0
#                       (a Go panic exits with 2).
# tests/errors/NAME.go  must FAIL to build; `go build` is run in tests/errors
#                       and NAME.err gets its output as Go prints it, with
#                       file paths (also those inside messages and on the
#                       tab-indented related lines such as "\tNAME.go:4:2:
#                       other declaration of x") reduced to the base name
#                       NAME.go.  Only the "# command-line-arguments" header
#                       is dropped; continuation lines ("\thave (...)",
#                       "\twant (...)") are kept.  Go stops after 10 errors
#                       and then prints "NAME.go:LINE:COL: too many errors".
#
# Stale .err/.exit files are deleted when they no longer apply.

set -u

GO=${GO:-go}
TIMEOUT=${TIMEOUT:-60}
export GOTOOLCHAIN=${GOTOOLCHAIN:-local}
export GOWORK=off
export GOFLAGS=

here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if ! "$GO" version >/dev/null 2>&1; then
    echo "regen.sh: cannot run Go toolchain '$GO' (set GO=/path/to/go)" >&2
    exit 1
fi
echo "using $("$GO" version)"

failures=0

selected() { # selected NAME ARGS...: is NAME chosen (no ARGS = all)?
    local name=$1
    shift
    [ $# -eq 0 ] && return 0
    local a
    for a in "$@"; do
        a=${a##*/}
        a=${a%.go}
        [ "$a" = "$name" ] && return 0
    done
    return 1
}

regen_run() {
    local name=$1 dir=$here/run
    local bin=$tmp/$name
    if ! (cd "$dir" && "$GO" build -o "$bin" "$name.go") >"$tmp/build.log" 2>&1; then
        echo "FAIL run/$name.go does not build:" >&2
        cat "$tmp/build.log" >&2
        failures=$((failures + 1))
        return
    fi
    local status=0
    (cd "$tmp" && timeout "$TIMEOUT" "$bin" >"$tmp/stdout" 2>"$tmp/stderr" </dev/null) || status=$?
    if [ "$status" -eq 124 ]; then
        echo "FAIL run/$name.go timed out after ${TIMEOUT}s" >&2
        failures=$((failures + 1))
        return
    fi
    cp "$tmp/stdout" "$dir/$name.out"
    if grep -Eq '^goroutine [0-9]+ .*\[' "$tmp/stderr"; then
        awk '/^$/ { exit } /^\[signal / { next } /^runtime: sp=/ { next } { print }' "$tmp/stderr" >"$tmp/stderr.cut"
        mv "$tmp/stderr.cut" "$tmp/stderr"
    fi
    if [ -s "$tmp/stderr" ]; then
        cp "$tmp/stderr" "$dir/$name.err"
    else
        rm -f "$dir/$name.err"
    fi
    if [ "$status" -ne 0 ]; then
        echo "$status" >"$dir/$name.exit"
    else
        rm -f "$dir/$name.exit"
    fi
    rm -f "$bin"
    echo "ok   run/$name (exit $status)"
}

regen_error() {
    local name=$1 dir=$here/errors
    if (cd "$dir" && "$GO" build -o "$tmp/errbin" "$name.go") >"$tmp/build.log" 2>&1; then
        echo "FAIL errors/$name.go compiled successfully" >&2
        rm -f "$tmp/errbin"
        failures=$((failures + 1))
        return
    fi
    local esc=${name//./\\.}
    sed -E "s#[^[:space:]:]*/($esc\.go:[0-9]+:[0-9]+)#\1#g" "$tmp/build.log" |
        grep -v '^#' >"$tmp/errs"
    if ! grep -Eq "^$esc\.go:[0-9]+:[0-9]+: " "$tmp/errs"; then
        echo "FAIL errors/$name.go: no NAME.go:LINE:COL: lines in:" >&2
        cat "$tmp/build.log" >&2
        failures=$((failures + 1))
        return
    fi
    cp "$tmp/errs" "$dir/$name.err"
    rm -f "$dir/$name.out" "$dir/$name.exit"
    echo "ok   errors/$name ($(wc -l <"$tmp/errs") lines)"
}

for f in "$here"/run/*.go; do
    [ -e "$f" ] || continue
    n=$(basename "$f" .go)
    selected "$n" "$@" && regen_run "$n"
done
for f in "$here"/errors/*.go; do
    [ -e "$f" ] || continue
    n=$(basename "$f" .go)
    selected "$n" "$@" && regen_error "$n"
done

if [ "$failures" -ne 0 ]; then
    echo "$failures failure(s)" >&2
    exit 1
fi
