"""Who may see and answer conversations, and manage connected accounts."""

import rules

from jembatan.core.rules import is_admin_of_agency, is_coordinator, is_member_of_agency


@rules.predicate
def is_conversation_staff(user, conversation) -> bool:
    if conversation is None or not user.is_authenticated:
        return False
    return user.memberships.filter(agency_id=conversation.agency_id).exists()


@rules.predicate
def is_admin_of_account_agency(user, account) -> bool:
    return account is not None and is_admin_of_agency(user, account.agency)


# Conversations: the agency's staff and the coordinators.
rules.add_perm("connectors.view_conversation", is_coordinator | is_conversation_staff)
rules.add_perm("connectors.reply_conversation", is_coordinator | is_conversation_staff)
# Connected accounts: the agency's admin (per agency) and the coordinators.
rules.add_perm("connectors.manage_accounts", is_coordinator | is_admin_of_agency)
rules.add_perm("connectors.view_agency_conversations", is_coordinator | is_member_of_agency)
rules.add_perm("connectors.view_response_metrics", is_coordinator)
# The original bytes of an email in quarantine carry every header and part, including what the
# pages leave out: coordinators only.
rules.add_perm("connectors.view_quarantined_original", is_coordinator)

# Django admin: coordinators see the plumbing (deliveries, imports) read-only.
for _model in ("connectedaccount", "webhookdelivery", "importjob", "label"):
    rules.add_perm(f"connectors.view_{_model}", is_coordinator)
rules.add_perm("connectors.change_connectedaccount", is_coordinator)
rules.add_perm("connectors.change_label", is_coordinator)
rules.add_perm("connectors.add_label", is_coordinator)
rules.add_perm("connectors.delete_label", is_coordinator)
