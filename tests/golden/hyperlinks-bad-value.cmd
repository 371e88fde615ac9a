bpolpo sources --hyperlinks=sometimes
