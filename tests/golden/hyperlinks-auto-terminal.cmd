# auto: on a terminal, the source's marker and its URL are links.
script -qec "bpolpo --no-color --paging=never sources 2" /dev/null </dev/null | grep -o "$(printf '\033')]8;;https://[^$(printf '\033')]*" | sort | uniq -c
