"""Importing the web app leaves every import hook answering `find_spec` (pygal appends a legacy one that broke
pytest's collection of every test module imported after it)."""

import importlib
import sys


def test_no_legacy_import_hook_is_left_behind() -> None:
    importlib.import_module("mentor_web.pages.moderation_charts")
    assert all(hasattr(finder, "find_spec") for finder in sys.meta_path), sys.meta_path
