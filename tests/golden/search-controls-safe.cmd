bpolpo --data controls.yaml search blink
