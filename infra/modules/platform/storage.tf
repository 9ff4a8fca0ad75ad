module "storage" {
  source = "../storage"

  resource_group_name        = azurerm_resource_group.this.name
  location                   = var.location
  name                       = local.names.storage_account
  replication_type           = local.settings.storage_replication
  private_endpoint_subnet_id = module.network.subnet_ids.private_endpoints
  private_dns_zone_id        = module.network.private_dns_zone_ids["blob"]
  tags                       = local.tags
}
