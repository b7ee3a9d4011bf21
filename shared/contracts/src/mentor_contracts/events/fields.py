"""Field types shared by events. Constrained strings are codes or ids, never free text."""

from typing import Annotated

from pydantic import Field, StringConstraints

CaseNumber = Annotated[str, StringConstraints(pattern=r"^MCU-[0-9]{4}-[0-9]{6}$")]
# An OIDC subject: an opaque identifier, never a name or an e-mail.
UserId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9._:-]{1,128}$")]
Revision = Annotated[int, Field(ge=1, le=3)]
Round = Annotated[int, Field(ge=1)]
FreeText = Annotated[str, Field(max_length=20_000)]
