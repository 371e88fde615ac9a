bpolpo compare --rows " RISK , scope" --markdown
