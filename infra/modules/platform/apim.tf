module "apim" {
  source = "../apim"

  resource_group_name            = azurerm_resource_group.this.name
  location                       = var.location
  name                           = local.names.apim
  sku_name                       = local.settings.apim_sku
  zones                          = local.settings.apim_zones
  subnet_id                      = module.network.subnet_ids.apim
  private_dns_zone_names         = module.network.private_dns_zone_names
  publisher_name                 = var.apim.publisher_name
  publisher_email                = var.apim.publisher_email
  openapi_path                   = var.openapi_path
  backend_url                    = "${module.conventions.api_backend.scheme}://${module.conventions.api_backend.fqdn}:${module.conventions.api_backend.port}"
  tenant_id                      = var.tenant_id
  web_origins                    = var.apim.web_origins
  app_insights_id                = module.monitoring.app_insights_id
  app_insights_connection_string = module.monitoring.app_insights_connection_string
  tags                           = local.tags

  jwt = {
    audiences          = [module.entra.client_id]
    required_scope     = var.apim.jwt_scope
    clock_skew_seconds = 60
  }

  throttling = {
    calls_per_minute = var.apim.calls_per_min
    calls_per_day    = var.apim.calls_per_day
  }
}
