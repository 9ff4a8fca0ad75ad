resource "azurerm_log_analytics_workspace" "this" {
  name                = var.names.log_analytics
  location            = var.location
  resource_group_name = var.resource_group_name
  sku                 = "PerGB2018"
  retention_in_days   = var.retention_in_days
  # Ingestion and queries from outside the Azure Monitor private link scope (modules/monitor-private-link).
  internet_ingestion_enabled = var.internet_ingestion_enabled
  internet_query_enabled     = var.internet_query_enabled
  tags                       = var.tags
}
