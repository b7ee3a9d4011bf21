"""De-identification of free text that leaves a case (library, forum): Russian first, English too."""

from mentor_kit.privacy.deidentify import Deidentified, Redaction, deidentify

__all__ = ["Deidentified", "Redaction", "deidentify"]
