module "servicebus" {
  source = "../servicebus"

  resource_group_name        = azurerm_resource_group.this.name
  location                   = var.location
  name                       = local.names.servicebus
  sku                        = local.settings.servicebus_sku
  capacity                   = local.settings.servicebus_capacity
  private_endpoint_subnet_id = module.network.subnet_ids.private_endpoints
  private_dns_zone_id        = module.network.private_dns_zone_ids["servicebus"]
  log_analytics_workspace_id = module.monitoring.log_analytics_workspace_id
  action_group_id            = module.monitoring.action_group_id
  tags                       = local.tags
}
