output "grafana_name" {
  value = azurerm_dashboard_grafana.this.name
}

output "grafana_endpoint" {
  value = azurerm_dashboard_grafana.this.endpoint
}

output "prometheus_rule_groups" {
  description = "Rule group names, one a file of ops/prometheus/rules."
  value       = sort([for g in azurerm_monitor_alert_prometheus_rule_group.this : g.name])
}

output "workbook_id" {
  value = azurerm_application_insights_workbook.this.id
}
