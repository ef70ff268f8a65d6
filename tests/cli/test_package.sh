#!/usr/bin/env bash
# The Debian package as an operator uses it: scripts/package builds the .deb
# from this build, dpkg installs it, the programs run from /usr/bin on the
# bundled corpus, `man drama-query` and the completion are in place,
# examples/embed builds against the installed files alone, and purging the
# package leaves nothing behind. Needs root, dpkg and apt-get (exit 77 otherwise); a
# dramasearch package already installed is left alone (exit 77). A lock
# keeps two runs (other build trees on the same machine) apart.
. "$(dirname "$0")/lib.sh"
skip() { echo "test_package: SKIPPED: $*"; exit 77; }
[ "$(id -u)" -eq 0 ] || skip "installing a package needs root"
for tool in dpkg dpkg-deb dpkg-shlibdeps apt-get help2man flock; do
  command -v "$tool" >/dev/null || skip "$tool is not installed (scripts/setup installs dpkg-dev and help2man)"
done
BUILD=$(cd "$(dirname "$INDEXER")" && pwd)

exec 9>/var/lock/dramasearch-package-test.lock
flock -w 900 9 || fail "another package test holds /var/lock/dramasearch-package-test.lock"
if dpkg-query -W -f='${Status}' dramasearch 2>/dev/null | grep -q "ok installed"; then
  skip "a dramasearch package is already installed; not replacing it"
fi
for f in /usr/bin/drama-index /usr/bin/drama-query /usr/bin/drama-serve /etc/dramasearch; do
  [ ! -e "$f" ] || skip "$f exists outside a package; not overwriting it"
done

installed=0
cleanup() {
  if [ "$installed" -eq 1 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get -y -qq -o DPkg::Lock::Timeout=300 purge dramasearch >/dev/null 2>&1 ||
      dpkg --purge dramasearch >/dev/null 2>&1 || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

DEB=$(BUILD_DIR=$BUILD "$SRC/scripts/package" 2>"$WORK/package.err") || { tail -20 "$WORK/package.err" >&2; fail "scripts/package"; }
[ -f "$DEB" ] || fail "scripts/package printed '$DEB', not a file"
ver=$(sed -n 's/^project(dramasearch VERSION \([0-9.]*\).*/\1/p' "$SRC/CMakeLists.txt")
case $(basename "$DEB") in dramasearch_${ver}_$(dpkg --print-architecture).deb) ;; *) fail "package file name $DEB" ;; esac
depends=$(dpkg-deb --field "$DEB" Depends)
for lib in libxapian libicu libxml2 libc6 libstdc++; do
  [[ $depends == *$lib* ]] || fail "Depends lacks $lib (computed from the linked libraries): $depends"
done

# apt-get waits for the dpkg lock (another installation on the machine) and
# installs nothing else: every Depends is here already, having been linked.
APT=(apt-get -y -qq -o DPkg::Lock::Timeout=300 --no-install-recommends)
installed=1
expect_status 0 timeout 400 env DEBIAN_FRONTEND=noninteractive "${APT[@]}" install "$DEB"
dpkg -L dramasearch >"$WORK/files"
for f in /usr/bin/drama-index /usr/bin/drama-query /usr/bin/drama-serve /usr/lib/libdramasearch.a \
         /usr/include/dramasearch/searcher.h /usr/lib/cmake/dramasearch/dramasearchConfig.cmake \
         /usr/lib/pkgconfig/dramasearch.pc /usr/share/dramasearch/lexicon/spin-lexicon.tsv \
         /usr/share/man/man1/drama-query.1 /usr/share/bash-completion/completions/drama-query \
         /lib/systemd/system/drama-serve.service /etc/dramasearch/drama-serve.conf \
         /lib/systemd/system/drama-replicate-server.service /lib/systemd/system/drama-replica@.service \
         /etc/dramasearch/replication.conf /usr/share/doc/dramasearch/replicas.md; do
  grep -qx "$f" "$WORK/files" || fail "the package does not install $f"
  [ -e "$f" ] || fail "$f is listed but missing"
done
grep -q '^ExecStart=/usr/bin/drama-serve --config /etc/dramasearch/drama-serve.conf$' /lib/systemd/system/drama-serve.service ||
  fail "unit: $(grep ExecStart /lib/systemd/system/drama-serve.service)"

grep -qx '/etc/dramasearch/replication.conf' <(dpkg-query --control-show dramasearch conffiles 2>/dev/null || true) ||
  fail "replication.conf is not a conffile"
# The replication units are valid where systemd's checker and xapian-tools are installed.
if command -v systemd-analyze >/dev/null && command -v xapian-replicate >/dev/null; then
  mkdir -p "$WORK/units"
  cp /lib/systemd/system/drama-replicate-server.service "$WORK/units/"
  cp /lib/systemd/system/drama-replica@.service "$WORK/units/drama-replica@index.service"
  systemd-analyze verify "$WORK/units/drama-replicate-server.service" "$WORK/units/drama-replica@index.service" \
    >"$WORK/verify" 2>&1 || true
  ! grep -q 'drama-replica' "$WORK/verify" || fail "replication units: $(cat "$WORK/verify")"
fi

# The programs from /usr/bin on the bundled corpus.
expect_status 0 /usr/bin/drama-query --version
grep -q "^drama-query (dramasearch) $ver$" "$WORK/out" || fail "version: $(cat "$WORK/out")"
expect_status 0 /usr/bin/drama-index --quiet --index "$WORK/idx" "$SRC/corpus/articles/original"
expect_status 0 /usr/bin/drama-query --index "$WORK/idx" --json --limit 3 camping car scene
[ "$(wc -l <"$WORK/out")" -eq 3 ] || fail "expected 3 hits from /usr/bin/drama-query"
# The installed lexicon is the compiled-in data: same results with --data-dir.
cp "$WORK/out" "$WORK/compiled.out"
expect_status 0 /usr/bin/drama-query --index "$WORK/idx" --data-dir /usr/share/dramasearch/lexicon --json --limit 3 camping car scene
cmp -s "$WORK/out" "$WORK/compiled.out" || fail "results differ with --data-dir /usr/share/dramasearch/lexicon"
# The config file of the service is valid for drama-serve (it stops at the missing index only later).
expect_status 0 /usr/bin/drama-serve --config /etc/dramasearch/drama-serve.conf --version

# The man page and the completion.
if command -v man >/dev/null; then
  MANPAGER=cat MANWIDTH=80 man drama-query >"$WORK/man" 2>"$WORK/man.err" || fail "man drama-query: $(cat "$WORK/man.err")"
  grep -q -- '--cast-of' "$WORK/man" || fail "man drama-query does not document --cast-of"
fi
out=$(bash -c '. /usr/share/bash-completion/completions/drama-query
  COMP_WORDS=(/usr/bin/drama-query --cast); COMP_CWORD=1; _dramasearch; echo "${COMPREPLY[*]}"')
[[ " $out " == *" --cast-of "* ]] || fail "completion of --cast: '$out'"

# examples/embed against the installed files only (CMake's default prefix /usr).
cmake -S "$SRC/examples/embed" -B "$WORK/embed" -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH=/usr >"$WORK/embed.log" 2>&1 ||
  { cat "$WORK/embed.log" >&2; fail "configuring examples/embed against /usr"; }
grep -q "dramasearch_DIR:PATH=/usr/lib/cmake/dramasearch" "$WORK/embed/CMakeCache.txt" ||
  fail "examples/embed did not find the installed package: $(grep dramasearch_DIR "$WORK/embed/CMakeCache.txt")"
cmake --build "$WORK/embed" >"$WORK/embed.log" 2>&1 || { cat "$WORK/embed.log" >&2; fail "building examples/embed"; }
expect_status 0 "$WORK/embed/embed" "$WORK/embed-index" "$SRC/corpus/articles/original"
grep -q '^hit ' "$WORK/out" || fail "examples/embed found nothing"
pc=$(pkg-config --cflags --libs dramasearch) || fail "pkg-config dramasearch"
[[ $pc == *-I/usr/include* || $pc == *-ldramasearch* ]] || fail "pkg-config: $pc"

# Purge: nothing of the package is left.
expect_status 0 timeout 400 env DEBIAN_FRONTEND=noninteractive "${APT[@]}" purge dramasearch
installed=0
dpkg-query -W -f='${Status}' dramasearch 2>/dev/null | grep -q "ok installed" && fail "still installed after purge"
while read -r f; do
  [ -f "$f" ] && fail "$f is left after purging the package"
done <"$WORK/files"
[ ! -e /etc/dramasearch ] || fail "/etc/dramasearch is left after purge"
echo "test_package: ok ($(basename "$DEB"))"
