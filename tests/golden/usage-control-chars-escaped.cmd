bpolpo "$(printf 'x\033[2Jy')"
