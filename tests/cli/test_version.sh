#!/usr/bin/env bash
# --version on the three programs: the project version from CMake, the index
# schema version, and the Xapian and ICU versions the program runs with.
. "$(dirname "$0")/lib.sh"
SERVE=$(dirname "$INDEXER")/drama-serve
ver=$(sed -n 's/^project(dramasearch VERSION \([0-9.]*\).*/\1/p' "$SRC/CMakeLists.txt")
schema=$(sed -n 's/^constexpr int kVersion = \([0-9]*\);/\1/p' "$SRC/indexer/index/schema.h")
xapian=$(pkg-config --modversion xapian-core)
for tool in "$INDEXER" "$QUERY" "$SERVE"; do
  name=$(basename "$tool")
  for flag in --version -V; do
    expect_status 0 "$tool" $flag
    [ "$(head -n1 "$WORK/out")" = "$name (dramasearch) $ver" ] || fail "$name $flag: first line '$(head -n1 "$WORK/out")'"
    grep -qx "index schema $schema" "$WORK/out" || fail "$name: no schema version $schema"
    grep -qx "Xapian $xapian" "$WORK/out" || fail "$name: no 'Xapian $xapian'"
    grep -qE '^ICU [0-9]+\.[0-9]+' "$WORK/out" || fail "$name: no ICU version"
    [ ! -s "$WORK/err" ] || fail "$name $flag wrote to stderr"
  done
  # --version needs no other argument, and --help lists it.
  expect_status 0 "$tool" --help
  grep -q -- '--version' "$WORK/out" || fail "$name --help does not list --version"
done
echo "test_version: ok"
