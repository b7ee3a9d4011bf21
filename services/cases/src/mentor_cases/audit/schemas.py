import uuid

from pydantic import BaseModel, ConfigDict

from mentor_kit.clock import Timestamp


class IdentityReadRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    case_id: uuid.UUID
    reader_id: str
    reader_role: str
    what: str
    at: Timestamp
