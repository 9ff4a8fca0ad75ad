output "resource_group_name" {
  value = azurerm_resource_group.this.name
}

output "aks_name" {
  value = module.aks.name
}

output "client_ids" {
  value = module.identity.client_ids
}

output "identity_names" {
  description = "UAMI names; api and worker log in to PostgreSQL under these names."
  value       = module.identity.names
}

output "key_vault_name" {
  value = module.keyvault.name
}

output "servicebus_namespace" {
  value = module.servicebus.namespace_name
}

output "servicebus_queue" {
  value = module.servicebus.queue_name
}

output "acr_login_server" {
  value = module.acr.login_server
}

output "postgres_fqdn" {
  value = module.postgres.fqdn
}

output "postgres_database" {
  value = module.postgres.database_name
}

output "storage_account_name" {
  value = module.storage.name
}

output "storage_blob_endpoint" {
  value = module.storage.blob_endpoint
}

output "openai_endpoint" {
  value = module.openai.endpoint
}

output "openai_deployment" {
  value = module.openai.deployment_name
}

output "apim_gateway_url" {
  value = module.apim.gateway_url
}

output "api_ilb_ip" {
  description = "Address of the api Service's internal load balancer; the api record in the api_internal zone."
  value       = module.conventions.api_backend.ip
}

output "api_backend_fqdn" {
  description = "APIM's backend host: the api record in the api_internal zone, and the DNS name of the api's certificate."
  value       = module.conventions.api_backend.fqdn
}

output "api_tls_certificate_name" {
  description = "Key Vault certificate (PEM: key, leaf, private CA) the api serves on its https port."
  value       = module.conventions.api_backend.certificate_name
}

output "runner_vm_name" {
  value = module.runner.vm_name
}

output "runner_client_id" {
  value = module.runner.client_id
}

output "security_issuer" {
  value = local.entra_issuer
}

output "security_audience" {
  description = "Client id of the api's app registration: the aud of Entra v2.0 access tokens."
  value       = module.entra.client_id
}

output "subnet_cidrs" {
  description = "Address plan, for the NetworkPolicy ipBlocks in k8s/components/azure."
  value       = module.conventions.subnets
}
