#!/usr/bin/env bash
# Checkup as a new user meets it: a release build installed into a temporary PREFIX (scripts/
# install.sh), then, from an empty folder elsewhere, `checkup --version`, the checklist list, the
# demo, a refusal in Chinese by default and in English with --lang en and CHECKUP_LANG=en, and
# no database left behind by commands that record nothing. Run by .ci/run; prints one line per
# check and "N passed, M failed" at the end.
#
#   scripts/newcomer.sh            # build, install, check
#   NO_MAN=1 scripts/newcomer.sh   # skip the man page
set -uo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d /tmp/checkup-newcomer.XXXXXX)
trap 'rm -rf "$work"' EXIT
prefix="$work/prefix"
passed=0; failed=0
check() { # check NAME COMMAND...: passes when the command succeeds
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "ok   $name"; else failed=$((failed + 1)); echo "FAIL $name"; fi
}
has_cjk() { LC_ALL=C.UTF-8 grep -qP '[\x{4e00}-\x{9fff}]' <<<"$1"; }
no_cjk() { ! has_cjk "$1"; }

PREFIX="$prefix" bash scripts/install.sh || { echo "FAIL install"; echo "0 passed, 1 failed"; exit 1; }
checkup="$prefix/bin/checkup"
folder="$work/elsewhere"; mkdir -p "$folder"; cd "$folder"
unset CHECKUP_LANG CHECKUP_DATABASE CHECKUP_CATALOG

check "--version prints a version" bash -c "'$checkup' --version | grep -Eq '^[0-9]+\.[0-9]+\.[0-9]+$'"
check "completion script for bash installed" test -s "$prefix/share/bash-completion/completions/checkup"
if [ -z "${NO_MAN:-}" ]; then check "man page installed" test -s "$prefix/share/man/man1/checkup.1"; fi
list=$("$checkup" checklist list 2>&1)
check "checklist list shows the built-in checklists (three, each in its current and previous edition)" bash -c "[ \$(grep -c '内置' <<<'$list') = 6 ]"
check "no database after listing" test ! -e checkup.sqlite
refusal=$("$checkup" session show 999 2>&1); status=$?
check "a refusal exits 1" test "$status" = 1
check "a refusal is Chinese by default ($refusal)" has_cjk "$refusal"
english=$("$checkup" session show 999 --lang en 2>&1)
check "--lang en gives English ($english)" no_cjk "$english"
english=$(CHECKUP_LANG=en "$checkup" session show 999 2>&1)
check "CHECKUP_LANG=en gives English ($english)" no_cjk "$english"
check "no database after refusals" test ! -e checkup.sqlite
usage=$("$checkup" session show 2>&1); status=$?
check "a usage error exits 2" test "$status" = 2
check "the demo runs from an empty folder" bash -c "'$checkup' demo > demo.log 2>&1"
check "the demo wrote the ledger and the township report" test -s demo-output/ledger.xlsx -a -s "demo-output/township-孝顺镇.html"
check "the demo's database is in its output folder only" test ! -e checkup.sqlite

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
