module "network" {
  source = "../network"

  resource_group_name = azurerm_resource_group.this.name
  location            = var.location
  names               = local.names
  vnet_cidr           = var.vnet_cidr
  subnets             = module.conventions.subnets
  private_dns_zones   = module.conventions.private_dns_zones
  api_backend         = module.conventions.api_backend
  tags                = local.tags
}
