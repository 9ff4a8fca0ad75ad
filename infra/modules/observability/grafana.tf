# Azure Managed Grafana on the Azure Monitor workspace (managed Prometheus), with the dashboards of
# ops/dashboards (tailor-*.json) imported by terraform apply itself (terraform_data.dashboards below).
# Its identity reads the workspace and Azure Monitor; the operators' group administers it.
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

# The dashboards. Writing them is a Grafana data-plane call, for which azurerm has no resource and the
# offline gates (infra/tests) allow no Grafana provider; so apply runs ops/azure/grafana-dashboards.sh, the
# one import path, on the machine that runs terraform (an operator's or the CI apply job's, both logged in
# with az as the identity Terraform uses). The import runs again when the instance is replaced, when a
# dashboard file or the script changes; a dashboard edited by hand in Grafana is put back with
#   terraform apply -replace='module.platform.module.observability.terraform_data.dashboards'
data "azurerm_client_config" "current" {}

locals {
  # File name -> SHA-256 of every dashboard the script imports (the same glob as its loop).
  dashboards = { for f in fileset(var.dashboards_dir, "tailor-*.json") : f => filesha256("${var.dashboards_dir}/${f}") }
  # Whoever runs terraform apply, unless the root names a fixed identity (var.dashboards_writer_object_id).
  dashboards_writer = coalesce(var.dashboards_writer_object_id, data.azurerm_client_config.current.object_id)
}

# The deploying identity writes folders and dashboards: Grafana Editor. The operators' group's Grafana
# Admin does not cover it: the CI apply identity is no member, and an operator's membership is not known here.
resource "azurerm_role_assignment" "grafana_dashboards_writer" {
  scope                = azurerm_dashboard_grafana.this.id
  role_definition_name = "Grafana Editor"
  principal_id         = local.dashboards_writer
}

resource "terraform_data" "dashboards" {
  triggers_replace = {
    grafana    = azurerm_dashboard_grafana.this.id
    dashboards = local.dashboards
    script     = filesha256(var.dashboards_script)
  }

  provisioner "local-exec" {
    command = "bash \"$DASHBOARDS_SCRIPT\" \"$GRAFANA_RESOURCE_GROUP\" \"$GRAFANA_NAME\" \"$DASHBOARDS_DIR\""
    environment = {
      DASHBOARDS_SCRIPT      = var.dashboards_script
      GRAFANA_RESOURCE_GROUP = var.resource_group_name
      GRAFANA_NAME           = azurerm_dashboard_grafana.this.name
      DASHBOARDS_DIR         = var.dashboards_dir
    }
  }

  # The role must exist before the import (the script waits out its propagation).
  depends_on = [azurerm_role_assignment.grafana_dashboards_writer]
}
