# Created one after another: concurrent federated-credential writes fail (azurerm#19968).
resource "azurerm_federated_identity_credential" "api" {
  name                = "aks-api"
  resource_group_name = var.resource_group_name
  parent_id           = azurerm_user_assigned_identity.this["api"].id
  issuer              = var.oidc_issuer_url
  subject             = local.subjects.api
  audience            = ["api://AzureADTokenExchange"]
}

resource "azurerm_federated_identity_credential" "worker" {
  name                = "aks-worker"
  resource_group_name = var.resource_group_name
  parent_id           = azurerm_user_assigned_identity.this["worker"].id
  issuer              = var.oidc_issuer_url
  subject             = local.subjects.worker
  audience            = ["api://AzureADTokenExchange"]

  depends_on = [azurerm_federated_identity_credential.api]
}

resource "azurerm_federated_identity_credential" "scoring" {
  name                = "aks-scoring"
  resource_group_name = var.resource_group_name
  parent_id           = azurerm_user_assigned_identity.this["scoring"].id
  issuer              = var.oidc_issuer_url
  subject             = local.subjects.scoring
  audience            = ["api://AzureADTokenExchange"]

  depends_on = [azurerm_federated_identity_credential.worker]
}

# KEDA's operator, not the worker pod, requests the token for the Service Bus scaler.
resource "azurerm_federated_identity_credential" "keda" {
  name                = "aks-keda-operator"
  resource_group_name = var.resource_group_name
  parent_id           = azurerm_user_assigned_identity.this["keda"].id
  issuer              = var.oidc_issuer_url
  subject             = local.subjects.keda
  audience            = ["api://AzureADTokenExchange"]

  depends_on = [azurerm_federated_identity_credential.scoring]
}

resource "azurerm_federated_identity_credential" "otel_collector" {
  name                = "aks-otel-collector"
  resource_group_name = var.resource_group_name
  parent_id           = azurerm_user_assigned_identity.this["otel-collector"].id
  issuer              = var.oidc_issuer_url
  subject             = local.subjects["otel-collector"]
  audience            = ["api://AzureADTokenExchange"]

  depends_on = [azurerm_federated_identity_credential.keda]
}
