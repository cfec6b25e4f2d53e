"""Writes for clinician verification and resources.

Each service runs in a transaction, writes its audit entry in that transaction and notifies
people (forum.services.notify, kind "resource"), which publishes its own realtime event after
commit. Permission checks happen in the views (resources.permissions) before these are called.

Modules: clinicians (verification), guidance (drafts, versions, sign-off, retirement), common.
Call them as resources.services.<name>.
"""

from resources.services.clinicians import *  # noqa: F403
from resources.services.common import DEFAULT_REVIEW_MONTHS, RESERVED_SLUGS, VERIFICATION_PERIOD, add_months  # noqa: F401
from resources.services.guidance import *  # noqa: F403
