"""Test and demo tooling, not part of any deployed service: the case journeys driven only through the services'
HTTP APIs, checking at every step what each party sees and which notifications reached them. Used by the
end-to-end tests (`tests/e2e/`, each service its own process) and by `mentor demo` (against `make run`)."""
