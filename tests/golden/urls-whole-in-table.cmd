bpolpo --data url-values.yaml compare --width 80 --hyperlinks=always
