bpolpo --data three.yaml decide --subjects cocoa,tea --pick caffeine=cocoa,prep=tea,origin=cocoa --width 70
