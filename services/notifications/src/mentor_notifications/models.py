"""Every model of the service, so the metadata is complete for Alembic."""

from mentor_notifications.case_copies.models import CaseCopy
from mentor_notifications.email.models import EmailMessage
from mentor_notifications.inbox.models import Notification
from mentor_notifications.users.models import Preference, Recipient

__all__ = ["CaseCopy", "EmailMessage", "Notification", "Preference", "Recipient"]
