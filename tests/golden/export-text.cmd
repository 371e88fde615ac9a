bpolpo export --width 80
