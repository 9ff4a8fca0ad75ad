# One endpoint for the whole scope, registered in the five zones Azure Monitor uses (the network
# module creates and links them; blob is the zone the storage account's endpoint uses too).
resource "azurerm_private_endpoint" "this" {
  name                = "pe-${var.name}"
  location            = var.location
  resource_group_name = var.resource_group_name
  subnet_id           = var.private_endpoint_subnet_id
  tags                = var.tags

  private_service_connection {
    name                           = "psc-${var.name}"
    private_connection_resource_id = azurerm_monitor_private_link_scope.this.id
    subresource_names              = ["azuremonitor"]
    is_manual_connection           = false
  }

  private_dns_zone_group {
    name                 = "default"
    private_dns_zone_ids = values(var.private_dns_zone_ids)
  }

  # The workspace's and the DCE's own names (<workspace-id>.ods.opinsights.azure.com, the DCE's
  # handler and ingest names) are records of this endpoint only for resources already in the scope.
  depends_on = [azurerm_monitor_private_link_scoped_service.this]
}
