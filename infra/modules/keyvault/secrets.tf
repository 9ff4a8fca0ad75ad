# The App Insights connection string for the OpenTelemetry collector (k8s/components/azure
# SecretProviderClass "otel-collector", object appinsights-connection-string).
#
# Writing a secret is a data-plane call, and this vault is reachable only through its private
# endpoint: with manage_appinsights_secret = true, plan and apply must run from a network that
# resolves and reaches that endpoint (a runner in or peered with the VNet). With false, nothing
# here is created and an operator writes the secret out of band (ops/infra.md §5).
# The value is already in state as an attribute of azurerm_application_insights, so keeping it
# in this resource's state adds no exposure.

data "azurerm_client_config" "current" {}

# Whoever runs Terraform (operators' group member or CI identity) needs data access to write it.
resource "azurerm_role_assignment" "deployer_secrets_officer" {
  count = var.manage_appinsights_secret ? 1 : 0

  scope                = azurerm_key_vault.this.id
  role_definition_name = "Key Vault Secrets Officer"
  principal_id         = data.azurerm_client_config.current.object_id
}

resource "azurerm_key_vault_secret" "appinsights_connection_string" {
  count = var.manage_appinsights_secret ? 1 : 0

  name         = "appinsights-connection-string"
  value        = var.appinsights_connection_string
  key_vault_id = azurerm_key_vault.this.id
  content_type = "text/plain"
  tags         = var.tags

  # The role must exist and the private endpoint must resolve before the data-plane write.
  depends_on = [azurerm_role_assignment.deployer_secrets_officer, azurerm_private_endpoint.this]
}
