bpolpo help verdcit
