"""Makes test module names unique across the workspace (pytest importlib mode): forum.tests.*."""
