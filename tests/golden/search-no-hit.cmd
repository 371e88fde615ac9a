bpolpo search zebra
