"""Scripts that convert third-party dictionaries into the compact data under ``ontology/data``."""
