resource "azurerm_api_management_backend" "ingress" {
  name                = "tailor-api-ingress"
  api_management_name = azurerm_api_management.this.name
  resource_group_name = var.resource_group_name
  protocol            = "http"
  # Plain HTTP to the api's internal load balancer inside the VNet; only APIM's subnet may
  # connect (k8s/components/azure/netpol-apim-to-api.yaml). TLS ends at APIM's gateway.
  url = var.backend_url

  dynamic "tls" {
    for_each = startswith(var.backend_url, "https://") ? [1] : []
    content {
      validate_certificate_chain = true
      validate_certificate_name  = true
    }
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
  service_url           = var.backend_url

  import {
    content_format = "openapi+json"
    content_value  = file(var.openapi_path)
  }
}
