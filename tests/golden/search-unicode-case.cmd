bpolpo --data cjk.yaml search CAFÉ
