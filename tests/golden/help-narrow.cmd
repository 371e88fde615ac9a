bpolpo --help --width 30
