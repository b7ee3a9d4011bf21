"""Services plug into the gateway through the `mentor.services` entry-point group (see mentor_kit.embedded)."""

from importlib.metadata import entry_points

from mentor_kit.embedded import EmbeddedContext, ServicePlugin

__all__ = ["EmbeddedContext", "ServicePlugin", "discover"]


def discover() -> list[ServicePlugin]:
    plugins = [ep.load() for ep in entry_points(group="mentor.services")]
    return sorted(plugins, key=lambda p: p.name)
