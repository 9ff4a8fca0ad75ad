module "aks" {
  source = "../aks"

  resource_group_name        = azurerm_resource_group.this.name
  location                   = var.location
  name                       = local.names.aks
  identity_name              = local.names.aks_identity
  tenant_id                  = var.tenant_id
  admin_group_object_ids     = [var.admin_group_object_id]
  kubernetes_version         = var.kubernetes_version
  sku_tier                   = local.settings.aks_sku_tier
  oidc_issuer_enabled        = local.settings.oidc_issuer
  workload_identity_enabled  = local.settings.workload_identity
  vnet_id                    = module.network.vnet_id
  node_subnet_id             = module.network.subnet_ids.aks_nodes
  apiserver_subnet_id        = module.network.subnet_ids.aks_apiserver
  private_dns_zone_id        = module.network.private_dns_zone_ids["aks"]
  cluster_network            = module.conventions.cluster_network
  zones                      = local.settings.zones
  log_analytics_workspace_id = module.monitoring.log_analytics_workspace_id
  tags                       = local.tags

  system_pool = {
    vm_size   = local.settings.system_vm_size
    min_count = local.settings.system_min_count
    max_count = local.settings.system_max_count
  }

  user_pool = {
    vm_size   = local.settings.user_vm_size
    min_count = local.settings.user_min_count
    max_count = local.settings.user_max_count
  }

  gpu_pool = {
    vm_size     = local.settings.gpu_vm_size
    min_count   = local.settings.gpu_min_count
    max_count   = local.settings.gpu_max_count
    gpu_driver  = local.settings.gpu_driver
    node_taints = local.settings.gpu_node_taints
    node_labels = local.settings.gpu_node_labels
  }
}
