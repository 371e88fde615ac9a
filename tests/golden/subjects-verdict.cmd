bpolpo --data three.yaml verdict --subjects cocoa,tea --width 60
