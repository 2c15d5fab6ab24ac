"""One-off converters that derive ontology data from outside lexicons (run as modules)."""
