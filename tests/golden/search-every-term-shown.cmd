# Each term's first match has its own window: "supervision" shows too.
bpolpo search lpo supervision
