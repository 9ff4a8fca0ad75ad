module "keyvault" {
  source = "../keyvault"

  resource_group_name        = azurerm_resource_group.this.name
  location                   = var.location
  name                       = local.names.key_vault
  tenant_id                  = var.tenant_id
  private_endpoint_subnet_id = module.network.subnet_ids.private_endpoints
  private_dns_zone_id        = module.network.private_dns_zone_ids["vault"]
  tags                       = local.tags

  manage_appinsights_secret     = var.manage_appinsights_secret
  appinsights_connection_string = module.monitoring.app_insights_connection_string
}
