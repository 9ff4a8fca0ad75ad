# Managed Prometheus: the cluster's metrics add-on (azurerm_kubernetes_cluster.monitor_metrics)
# scrapes and forwards to this Azure Monitor workspace through the DCE/DCR associated with the
# cluster. The DCE is a scoped resource of the Azure Monitor private link scope
# (modules/monitor-private-link), so the add-on ingests through the scope's private endpoint; with
# public_ingestion_enabled = false (prod) it accepts nothing else. The workspace's queries (Grafana)
# stay public.
resource "azurerm_monitor_workspace" "this" {
  name                = var.names.monitor_workspace
  resource_group_name = var.resource_group_name
  location            = var.location
  tags                = var.tags
}

resource "azurerm_monitor_data_collection_endpoint" "this" {
  name                = var.names.prometheus_dce
  resource_group_name = var.resource_group_name
  location            = var.location
  kind                = "Linux"
  # Also the configuration endpoint of the cluster's monitoring add-ons (association "endpoint").
  public_network_access_enabled = var.public_ingestion_enabled
  tags                          = var.tags
}

resource "azurerm_monitor_data_collection_rule" "this" {
  name                        = var.names.prometheus_dcr
  resource_group_name         = var.resource_group_name
  location                    = var.location
  kind                        = "Linux"
  data_collection_endpoint_id = azurerm_monitor_data_collection_endpoint.this.id
  tags                        = var.tags

  destinations {
    monitor_account {
      monitor_account_id = azurerm_monitor_workspace.this.id
      name               = "prometheus"
    }
  }

  data_flow {
    streams      = ["Microsoft-PrometheusMetrics"]
    destinations = ["prometheus"]
  }

  data_sources {
    prometheus_forwarder {
      streams = ["Microsoft-PrometheusMetrics"]
      name    = "PrometheusDataSource"
    }
  }
}

resource "azurerm_monitor_data_collection_rule_association" "rule" {
  name                    = "dcra-${var.names.prometheus_dcr}"
  target_resource_id      = var.cluster_id
  data_collection_rule_id = azurerm_monitor_data_collection_rule.this.id
}

# The metrics add-on reads its configuration through the DCE: AKS looks for this exact name.
resource "azurerm_monitor_data_collection_rule_association" "endpoint" {
  name                        = "configurationAccessEndpoint"
  target_resource_id          = var.cluster_id
  data_collection_endpoint_id = azurerm_monitor_data_collection_endpoint.this.id
}
