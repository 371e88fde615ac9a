bpolpo search
