# Azure Monitor private link scope: the cluster's monitoring add-ons (Container insights, managed
# Prometheus), the OpenTelemetry collector and APIM's logger ingest through one private endpoint in
# the private-endpoint subnet. Prod turns public ingestion off (conventions matrix); queries stay
# open for the portal's workbook and Grafana.
module "monitor_private_link" {
  source = "../monitor-private-link"

  resource_group_name        = azurerm_resource_group.this.name
  location                   = var.location
  name                       = local.names.monitor_private_link_scope
  ingestion_access_mode      = local.settings.monitor_ingestion_access_mode
  query_access_mode          = local.settings.monitor_query_access_mode
  private_endpoint_subnet_id = module.network.subnet_ids.private_endpoints
  private_dns_zone_ids       = { for key in module.conventions.monitor_private_link_zone_keys : key => module.network.private_dns_zone_ids[key] }
  tags                       = local.tags

  scoped_resource_ids = {
    log_analytics  = module.monitoring.log_analytics_workspace_id
    app_insights   = module.monitoring.app_insights_id
    prometheus_dce = module.prometheus.data_collection_endpoint_id
  }
}
