locals {
  grants = {
    api-sb-sender      = { identity = "api", role = "Azure Service Bus Data Sender", scope = var.scopes.servicebus_queue }
    api-blob           = { identity = "api", role = "Storage Blob Data Contributor", scope = var.scopes.storage_account }
    worker-sb-receiver = { identity = "worker", role = "Azure Service Bus Data Receiver", scope = var.scopes.servicebus_queue }
    # A retry schedules a new message (ServiceBusJobQueue.retry -> scheduleMessage): Send.
    worker-sb-sender   = { identity = "worker", role = "Azure Service Bus Data Sender", scope = var.scopes.servicebus_queue }
    worker-blob        = { identity = "worker", role = "Storage Blob Data Contributor", scope = var.scopes.storage_account }
    worker-openai      = { identity = "worker", role = "Cognitive Services OpenAI User", scope = var.scopes.openai_account }
    keda-sb-owner      = { identity = "keda", role = "Azure Service Bus Data Owner", scope = var.scopes.servicebus_queue }
    api-kv-secrets     = { identity = "api", role = "Key Vault Secrets User", scope = var.scopes.key_vault }
    worker-kv-secrets  = { identity = "worker", role = "Key Vault Secrets User", scope = var.scopes.key_vault }
    scoring-kv-secrets = { identity = "scoring", role = "Key Vault Secrets User", scope = var.scopes.key_vault }
    otel-kv-secrets    = { identity = "otel-collector", role = "Key Vault Secrets User", scope = var.scopes.key_vault }
  }
}

resource "azurerm_role_assignment" "this" {
  for_each = local.grants

  scope                = each.value.scope
  role_definition_name = each.value.role
  principal_id         = azurerm_user_assigned_identity.this[each.value.identity].principal_id
  principal_type       = "ServicePrincipal"
}
