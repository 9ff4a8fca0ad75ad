resource "azurerm_kubernetes_cluster_node_pool" "gpu" {
  name                        = "gpu"
  kubernetes_cluster_id       = azurerm_kubernetes_cluster.this.id
  mode                        = "User"
  vm_size                     = var.gpu_pool.vm_size
  auto_scaling_enabled        = true
  min_count                   = var.gpu_pool.min_count
  max_count                   = var.gpu_pool.max_count
  gpu_driver                  = var.gpu_pool.gpu_driver
  node_taints                 = var.gpu_pool.node_taints
  node_labels                 = var.gpu_pool.node_labels
  os_disk_size_gb             = 128
  vnet_subnet_id              = var.node_subnet_id
  os_sku                      = "Ubuntu"
  temporary_name_for_rotation = "tmpgpu"
  tags                        = var.tags

  upgrade_settings {
    max_surge = "1"
  }

  lifecycle {
    ignore_changes = [tags]
  }
}
