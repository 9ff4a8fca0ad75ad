resource "azurerm_api_management_backend" "ingress" {
  name                = "tailor-api-ingress"
  api_management_name = azurerm_api_management.this.name
  resource_group_name = var.resource_group_name
  protocol            = "http"
  # TLS to the api's internal load balancer inside the VNet (only APIM's subnet may connect:
  # k8s/components/azure/netpol-apim-to-api.yaml). The api's certificate chains to a private CA
  # that is the only entry of this instance's Root store (service.tf); APIM checks the chain and
  # that the certificate names the backend's host (ops/infra.md section 5e).
  url = var.backend_url

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
  service_url           = var.backend_url

  import {
    content_format = "openapi+json"
    content_value  = file(var.openapi_path)
  }
}
