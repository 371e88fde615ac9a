bpolpo export --markdown -o - | head -3
