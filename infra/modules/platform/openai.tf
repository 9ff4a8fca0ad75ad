module "openai" {
  source = "../openai"

  resource_group_name        = azurerm_resource_group.this.name
  location                   = var.location
  name                       = local.names.openai
  private_endpoint_subnet_id = module.network.subnet_ids.private_endpoints
  private_dns_zone_id        = module.network.private_dns_zone_ids["openai"]
  tags                       = local.tags

  deployment = merge(var.openai_deployment, { capacity = local.settings.openai_capacity })
}
