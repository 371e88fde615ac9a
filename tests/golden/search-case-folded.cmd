bpolpo search SUPERVISION
