module "prometheus" {
  source = "../prometheus"

  resource_group_name = azurerm_resource_group.this.name
  location            = var.location
  names               = local.names
  cluster_id          = module.aks.id
  tags                = local.tags

  public_ingestion_enabled = local.settings.monitor_public_ingestion
}
