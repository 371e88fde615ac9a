bpolpo export -o ""
