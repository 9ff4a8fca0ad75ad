# Azure Managed Grafana on the Azure Monitor workspace (managed Prometheus). The dashboards are the JSON
# files of ops/dashboards, imported by ops/azure/grafana-dashboards.sh (the Grafana data plane; the
# offline gates allow no provider that needs it). Its identity reads the workspace and Azure Monitor; the
# operators' group administers it.
resource "azurerm_dashboard_grafana" "this" {
  name                              = var.names.grafana
  resource_group_name               = var.resource_group_name
  location                          = var.location
  grafana_major_version             = "11"
  sku                               = "Standard"
  api_key_enabled                   = false
  deterministic_outbound_ip_enabled = false
  public_network_access_enabled     = true
  tags                              = var.tags

  identity {
    type = "SystemAssigned"
  }

  azure_monitor_workspace_integrations {
    resource_id = var.monitor_workspace_id
  }
}

resource "azurerm_role_assignment" "grafana_prometheus" {
  scope                = var.monitor_workspace_id
  role_definition_name = "Monitoring Data Reader"
  principal_id         = azurerm_dashboard_grafana.this.identity[0].principal_id
  principal_type       = "ServicePrincipal"
}

resource "azurerm_role_assignment" "grafana_monitor" {
  scope                = var.resource_group_id
  role_definition_name = "Monitoring Reader"
  principal_id         = azurerm_dashboard_grafana.this.identity[0].principal_id
  principal_type       = "ServicePrincipal"
}

resource "azurerm_role_assignment" "grafana_admins" {
  scope                = azurerm_dashboard_grafana.this.id
  role_definition_name = "Grafana Admin"
  principal_id         = var.grafana_admin_object_id
  principal_type       = "Group"
}
