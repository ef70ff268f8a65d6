#!/usr/bin/env bash
# The bash completion (dist/bash-completion/drama-index, installed for all
# three programs): options read from each program's --help, subcommands of
# drama-index, the values of --kind and --spun, directories for --index.
. "$(dirname "$0")/lib.sh"
SERVE=$(dirname "$INDEXER")/drama-serve
COMPLETION=$SRC/dist/bash-completion/drama-index
# complete WORD...: the completions of the last word, as bash would offer them.
complete_words() {
  bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; _dramasearch
           printf "%s\n" "${COMPREPLY[@]}"' _ "$COMPLETION" "$@"
}
has() { grep -qx -- "$1" <<<"$2" || fail "completing '$3' offers no '$1': $(tr '\n' ' ' <<<"$2")"; }

out=$(complete_words "$QUERY" --ca); has --cast "$out" "--ca"; has --cast-of "$out" "--ca"
out=$(complete_words "$QUERY" --kind ""); has scene "$out" "--kind"; has other "$out" "--kind"
out=$(complete_words "$QUERY" --spun e); has exclude "$out" "--spun e"
out=$(complete_words "$INDEXER" co); has compact "$out" "drama-index co"
out=$(complete_words "$INDEXER" --sh); has --shards "$out" "drama-index --sh"
out=$(complete_words "$INDEXER" --cha); has --changesets "$out" "drama-index --cha"
out=$(complete_words "$INDEXER" despin --d); has --diff "$out" "drama-index despin --d"
out=$(complete_words "$SERVE" --con); has --config "$out" "drama-serve --con"
out=$(complete_words "$SERVE" --li); has --listen "$out" "drama-serve --li"
mkdir -p "$WORK/indexdir"
out=$(cd "$WORK" && complete_words "$QUERY" --index ind); has indexdir "$out" "--index ind"
# Every long option the program's --help lists is offered.
for tool in "$INDEXER" "$QUERY" "$SERVE"; do
  out=$(complete_words "$tool" --)
  for opt in $("$tool" --help | grep -oE -- '--[a-z][a-z-]*' | sort -u); do has "$opt" "$out" "$(basename "$tool") --"; done
done
echo "test_completion: ok"
