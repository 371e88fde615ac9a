bpolpo --data three.yaml compare --subjects cocoa,TEA --width 80
