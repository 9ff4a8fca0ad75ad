# Azure Monitor private link scope: one private endpoint in the VNet for the Log Analytics workspace,
# App Insights and the managed Prometheus DCE. The access modes say what clients in the VNet may
# reach: PrivateOnly, only the resources in this scope; Open, others too, over their public
# endpoints. Whether the resources accept public traffic is their own setting
# (internet_ingestion_enabled, public_network_access_enabled: monitoring and prometheus modules).
resource "azurerm_monitor_private_link_scope" "this" {
  name                  = var.name
  resource_group_name   = var.resource_group_name
  ingestion_access_mode = var.ingestion_access_mode
  query_access_mode     = var.query_access_mode
  tags                  = var.tags
}

resource "azurerm_monitor_private_link_scoped_service" "this" {
  for_each = var.scoped_resource_ids

  name                = "amplss-${replace(each.key, "_", "-")}"
  resource_group_name = var.resource_group_name
  scope_name          = azurerm_monitor_private_link_scope.this.name
  linked_resource_id  = each.value
}
