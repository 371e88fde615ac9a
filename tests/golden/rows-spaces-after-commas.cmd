bpolpo compare --rows 'risk, scope' --width 60 --layout stacked
