"""What the cases service's handlers and endpoints are given: the kit's context with the cases settings."""

from typing import Annotated

from fastapi import Depends

from mentor_cases.settings import CasesSettings
from mentor_kit.context import ServiceContext
from mentor_kit.web.deps import service_context

CasesContext = ServiceContext[CasesSettings]
CasesContextDep = Annotated[CasesContext, Depends(service_context)]
