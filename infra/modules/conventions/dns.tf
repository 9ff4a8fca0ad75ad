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
    # APIM's backend: the api's internal load balancer, by name (k8s/base/api/service.yaml).
    api_internal = "${var.env}.tailor.internal"
    # Azure Monitor private link scope (modules/monitor-private-link): its one endpoint registers in
    # these four and in blob above (the agents' solution packs), which it shares with the storage
    # account's endpoint: one zone per name in the VNet.
    monitor  = "privatelink.monitor.azure.com"
    oms      = "privatelink.oms.opinsights.azure.com"
    ods      = "privatelink.ods.opinsights.azure.com"
    agentsvc = "privatelink.agentsvc.azure-automation.net"
  }

  # The zones the Azure Monitor private link scope's endpoint registers in.
  monitor_private_link_zone_keys = ["monitor", "oms", "ods", "agentsvc", "blob"]

  # The api Service's internal load balancer takes this address (tf-outputs api_ilb_ip) and
  # the zone api_internal holds it as "api"; APIM calls https://<fqdn>:443 inside the VNet and
  # validates the chain and the name. The api serves the Key Vault certificate certificate_name
  # (tf-outputs api_tls_certificate_name), whose one DNS name is fqdn (tf-outputs
  # api_backend_fqdn): ops/azure/runner.sh (tls) issues it from a private CA whose certificate is
  # APIM's only trusted root (ops/infra.md section 5e).
  api_backend = {
    zone_key         = "api_internal"
    record           = "api"
    fqdn             = "api.${var.env}.tailor.internal"
    ip               = cidrhost(local.subnets.aks_nodes, -6)
    scheme           = "https"
    port             = 443
    certificate_name = "api-tls"
  }

  # VNet-integrated PostgreSQL needs its own zone, ending in .postgres.database.azure.com.
  postgres_dns_zone = "${local.names.postgres_dns_label}.private.postgres.database.azure.com"

  private_endpoint_subresources = {
    servicebus = "namespace"
    blob       = "blob"
    vault      = "vault"
    openai     = "account"
    acr        = "registry"
    monitor    = "azuremonitor"
  }
}
