bpolpo --markdown 
