bpolpo help completion
