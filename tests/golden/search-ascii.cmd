bpolpo search --ascii SOC
