bpolpo --data cjk.yaml search 回甘
