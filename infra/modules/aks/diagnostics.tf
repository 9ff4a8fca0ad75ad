locals {
  control_plane_logs = ["kube-audit-admin", "guard", "cluster-autoscaler", "kube-controller-manager"]
}

resource "azurerm_monitor_diagnostic_setting" "this" {
  name                           = "to-log-analytics"
  target_resource_id             = azurerm_kubernetes_cluster.this.id
  log_analytics_workspace_id     = var.log_analytics_workspace_id
  log_analytics_destination_type = "Dedicated"

  dynamic "enabled_log" {
    for_each = local.control_plane_logs

    content {
      category = enabled_log.value
    }
  }

  enabled_metric {
    category = "AllMetrics"
  }
}
