# Local auth stays on: the APIM logger can only ingest with the connection string (azurerm 4.x).
resource "azurerm_application_insights" "this" {
  name                = var.names.app_insights
  location            = var.location
  resource_group_name = var.resource_group_name
  workspace_id        = azurerm_log_analytics_workspace.this.id
  application_type    = "java"
  tags                = var.tags
}
