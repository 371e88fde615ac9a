bpolpo --data three.yaml export --subjects cocoa,tea --width 72
