bpolpo --data three.yaml decide --subjects cocoa,tea --pick caffeine=coffee
