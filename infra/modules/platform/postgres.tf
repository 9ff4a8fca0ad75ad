module "postgres" {
  source = "../postgres"

  resource_group_name          = azurerm_resource_group.this.name
  location                     = var.location
  name                         = local.names.postgres
  tenant_id                    = var.tenant_id
  vnet_id                      = module.network.vnet_id
  delegated_subnet_id          = module.network.subnet_ids.postgres
  dns_zone_name                = module.conventions.postgres_dns_zone
  sku_name                     = local.settings.postgres_sku
  high_availability_enabled    = local.settings.postgres_ha
  geo_redundant_backup_enabled = local.settings.postgres_geo_backup
  backup_retention_days        = local.settings.postgres_backup_days
  log_analytics_workspace_id   = module.monitoring.log_analytics_workspace_id
  tags                         = local.tags

  # The api owns the Flyway migrations, so its identity administers the schema. The migrations
  # create no roles: the runner creates the worker's role and its grants (ops/azure/sql/roles.sql).
  entra_admins = {
    operators = {
      object_id      = var.admin_group_object_id
      principal_name = var.admin_group_name
      principal_type = "Group"
    }
    api = {
      object_id      = module.identity.principal_ids["api"]
      principal_name = module.identity.names["api"]
      principal_type = "ServicePrincipal"
    }
    # Creates the worker's role and grants (ops/azure/sql/roles.sql) from inside the VNet.
    runner = {
      object_id      = module.runner.principal_id
      principal_name = module.runner.identity_name
      principal_type = "ServicePrincipal"
    }
  }
}
