output "names" {
  description = "Resource names for this environment."
  value       = local.names

  precondition {
    condition     = length(local.names.storage_account) <= 24 && length(local.names.acr) <= 50
    error_message = "Storage account names are limited to 24 characters and ACR names to 50."
  }

  precondition {
    condition     = length(local.names.key_vault) <= 24
    error_message = "Key Vault names are limited to 24 characters."
  }
}

output "subnets" {
  description = "Address plan: subnet name to CIDR."
  value       = local.subnets
}

output "cluster_network" {
  description = "Overlay pod CIDR, service CIDR and DNS service IP for AKS."
  value = {
    pod_cidr       = var.pod_cidr
    service_cidr   = var.service_cidr
    dns_service_ip = local.dns_service_ip
  }

  precondition {
    condition     = length(local.overlapping) == 0
    error_message = "Cluster ranges overlap: ${join(", ", local.overlapping)}."
  }
}

output "private_dns_zones" {
  description = "Private DNS zone per service key."
  value       = local.private_dns_zones
}

output "api_backend" {
  description = "Name, address, scheme and port APIM calls the api on (internal load balancer in the node subnet), and the Key Vault name of the certificate the api serves there."
  value       = local.api_backend
}

output "postgres_dns_zone" {
  description = "Private DNS zone of the VNet-integrated PostgreSQL server."
  value       = local.postgres_dns_zone
}

output "monitor_private_link_zone_keys" {
  description = "Keys of private_dns_zones the Azure Monitor private link scope's endpoint registers in."
  value       = local.monitor_private_link_zone_keys
}

output "private_endpoint_subresources" {
  description = "Private endpoint group id per service key."
  value       = local.private_endpoint_subresources
}

output "settings" {
  description = "Environment matrix row merged with invariants and overrides."
  value       = local.settings

  # Manual zone redundancy spreads APIM's units evenly: as many units as zones, or a multiple.
  precondition {
    condition = length(local.settings.apim_zones) == 0 || (startswith(local.settings.apim_sku, "Premium_")
    && try(tonumber(split("_", local.settings.apim_sku)[1]) % length(local.settings.apim_zones) == 0, false))
    error_message = "APIM zones need a Premium sku whose units are a multiple of the zones: ${local.settings.apim_sku} in ${length(local.settings.apim_zones)} zones."
  }
}
