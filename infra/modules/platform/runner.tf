module "runner" {
  source = "../runner"

  resource_group_name = azurerm_resource_group.this.name
  location            = var.location
  name                = local.names.runner
  subnet_id           = module.network.subnet_ids.runner
  tags                = local.tags

  grants = {
    acr-push      = { role = "AcrPush", scope = module.acr.id }
    aks-admin     = { role = "Azure Kubernetes Service RBAC Cluster Admin", scope = module.aks.id }
    aks-user      = { role = "Azure Kubernetes Service Cluster User Role", scope = module.aks.id }
    bundle-reader = { role = "Storage Blob Data Reader", scope = var.deploy_bundle_container_id }
  }
}
