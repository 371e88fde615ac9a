# auto: off in a pipe, as ls --hyperlink=auto
bpolpo sources 2 | od -c | grep -c "033"
