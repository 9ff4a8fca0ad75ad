resource "azurerm_api_management_backend" "ingress" {
  name                = "tailor-api-ingress"
  api_management_name = azurerm_api_management.this.name
  resource_group_name = var.resource_group_name
  protocol            = "http"
  url                 = "https://${var.backend_fqdn}"

  tls {
    validate_certificate_chain = true
    validate_certificate_name  = true
  }
}

resource "azurerm_api_management_api" "tailor" {
  name                  = "tailor-api"
  api_management_name   = azurerm_api_management.this.name
  resource_group_name   = var.resource_group_name
  revision              = "1"
  display_name          = "Tailor API"
  path                  = "tailor"
  protocols             = ["https"]
  subscription_required = false
  service_url           = "https://${var.backend_fqdn}"

  import {
    content_format = "openapi+json"
    content_value  = file(var.openapi_path)
  }
}
