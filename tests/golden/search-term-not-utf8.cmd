# A search term that is not UTF-8 would match inside characters: a usage error.
bpolpo search "$(printf '\303')"
