bpolpo show complaince
