"""Cross-service tests: end-to-end journeys with every service as its own process."""
