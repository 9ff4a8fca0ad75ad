resource "azurerm_kubernetes_cluster_node_pool" "user" {
  name                        = "user"
  kubernetes_cluster_id       = azurerm_kubernetes_cluster.this.id
  mode                        = "User"
  vm_size                     = var.user_pool.vm_size
  auto_scaling_enabled        = true
  min_count                   = var.user_pool.min_count
  max_count                   = var.user_pool.max_count
  zones                       = var.zones
  vnet_subnet_id              = var.node_subnet_id
  os_sku                      = "AzureLinux"
  temporary_name_for_rotation = "tmpuser"
  tags                        = var.tags

  upgrade_settings {
    max_surge = "33%"
  }

  lifecycle {
    ignore_changes = [tags]
  }
}
