# A query with a byte that is not UTF-8 is a usage error, with JSON as
# without: nothing on standard output.
bpolpo faq --json "$(printf 'upl\377')"
