bpolpo --data three.yaml verdict --subjects tea,tea,cocoa --json --compact
