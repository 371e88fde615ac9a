bpolpo --data url-values.yaml compare --width 40 --layout table --hyperlinks=always
