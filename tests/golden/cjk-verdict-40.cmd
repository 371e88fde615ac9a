bpolpo --data cjk.yaml verdict --width 40
