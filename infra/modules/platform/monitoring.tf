module "monitoring" {
  source = "../monitoring"

  resource_group_name = azurerm_resource_group.this.name
  resource_group_id   = azurerm_resource_group.this.id
  location            = var.location
  names               = local.names
  retention_in_days   = local.settings.log_retention_in_days
  monthly_budget      = local.settings.monthly_budget
  budget_start_date   = var.budget_start_date
  alert_emails        = var.alert_emails
  tags                = local.tags

  # Off in prod: ingestion only through the private link scope (monitor-private-link.tf).
  internet_ingestion_enabled = local.settings.monitor_public_ingestion
}
