bpolpo compare --width abc
