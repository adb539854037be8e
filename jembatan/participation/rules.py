"""Who may do what with public consultations.

Every agency's staff and the coordinators draft consultations; the lead agency and the
coordinators change, publish, moderate and answer them. Taking part (commenting, supporting,
flagging, answering the questions) is for the public and is decided by the consultation's state
and audience in actions.py, not by a role.
"""

from __future__ import annotations

import rules

from jembatan.core.rules import agency_ids_of, is_coordinator, is_staff_member


@rules.predicate
def is_lead_agency_staff(user, consultation) -> bool:
    if consultation is None or not user.is_authenticated:
        return False
    return consultation.lead_agency_id in agency_ids_of(user)


may_manage = is_coordinator | is_lead_agency_staff

rules.add_perm("participation.use_staff_pages", is_staff_member)
rules.add_perm("participation.add_consultation", is_staff_member)
# With a consultation as object.
rules.add_perm("participation.change_consultation", may_manage)
rules.add_perm("participation.moderate_consultation", may_manage)
rules.add_perm("participation.answer_consultation", may_manage)
# The coordinators review a consultation before publishing where the jurisdiction requires it.
rules.add_perm("participation.review_consultation", is_coordinator)
