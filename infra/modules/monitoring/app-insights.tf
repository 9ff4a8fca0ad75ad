# Local auth stays on: the APIM logger can only ingest with the connection string (azurerm 4.x).
resource "azurerm_application_insights" "this" {
  name                = var.names.app_insights
  location            = var.location
  resource_group_name = var.resource_group_name
  workspace_id        = azurerm_log_analytics_workspace.this.id
  application_type    = "java"
  # As the workspace: with ingestion private, the collector and APIM's logger send through the
  # scope's endpoint (both resolve the privatelink zones of the VNet).
  internet_ingestion_enabled = var.internet_ingestion_enabled
  internet_query_enabled     = var.internet_query_enabled
  tags                       = var.tags
}
