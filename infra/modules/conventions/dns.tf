# Contract with the resource modules: each private endpoint takes its zone by these keys.
locals {
  private_dns_zones = {
    servicebus      = "privatelink.servicebus.windows.net"
    blob            = "privatelink.blob.core.windows.net"
    vault           = "privatelink.vaultcore.azure.net"
    openai          = "privatelink.openai.azure.com"
    acr             = "privatelink.azurecr.io"
    aks             = "privatelink.${var.location}.azmk8s.io"
    apim_gateway    = "azure-api.net"
    apim_portal     = "portal.azure-api.net"
    apim_developer  = "developer.azure-api.net"
    apim_management = "management.azure-api.net"
    apim_scm        = "scm.azure-api.net"
  }

  # VNet-integrated PostgreSQL needs its own zone, ending in .postgres.database.azure.com.
  postgres_dns_zone = "${local.names.postgres_dns_label}.private.postgres.database.azure.com"

  private_endpoint_subresources = {
    servicebus = "namespace"
    blob       = "blob"
    vault      = "vault"
    openai     = "account"
    acr        = "registry"
  }
}
