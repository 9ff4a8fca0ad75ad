module "acr" {
  source = "../acr"

  resource_group_name        = azurerm_resource_group.this.name
  location                   = var.location
  name                       = local.names.acr
  private_endpoint_subnet_id = module.network.subnet_ids.private_endpoints
  private_dns_zone_id        = module.network.private_dns_zone_ids["acr"]
  zone_redundancy_enabled    = local.settings.acr_zone_redundancy
  kubelet_object_id          = module.aks.kubelet_object_id
  tags                       = local.tags
}
