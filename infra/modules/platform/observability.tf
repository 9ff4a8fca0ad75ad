# Alerts, dashboards and the workbook of the suite (docs/operations.md). The rule files and the
# dashboards live in ops/; the module reads them from the repository, and terraform apply imports the
# Grafana dashboards with ops/azure/grafana-dashboards.sh.
module "observability" {
  source = "../observability"

  resource_group_name     = azurerm_resource_group.this.name
  resource_group_id       = azurerm_resource_group.this.id
  location                = var.location
  names                   = local.names
  monitor_workspace_id    = module.prometheus.workspace_id
  cluster_id              = module.aks.id
  cluster_name            = module.aks.name
  action_group_id         = module.monitoring.action_group_id
  postgres_server_id      = module.postgres.id
  apim_id                 = module.apim.id
  app_insights_id         = module.monitoring.app_insights_id
  grafana_admin_object_id = var.admin_group_object_id
  rules_dir               = "${path.module}/../../../ops/prometheus/rules"
  workbook_path           = "${path.module}/../../../ops/dashboards/workbook.json"
  tags                    = local.tags

  # The Grafana dashboards: terraform_data.dashboards runs the script on the directory's tailor-*.json.
  dashboards_dir              = "${path.module}/../../../ops/dashboards"
  dashboards_script           = "${path.module}/../../../ops/azure/grafana-dashboards.sh"
  dashboards_writer_object_id = var.dashboards_writer_object_id
}
