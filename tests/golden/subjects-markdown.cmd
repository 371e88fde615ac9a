bpolpo --data three.yaml compare --subjects cocoa,tea --rows caffeine,prep --markdown
