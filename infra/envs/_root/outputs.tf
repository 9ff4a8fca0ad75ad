# Consumed by k8s/overlays/<env>/tf-outputs.env (see ops/infra.md).
output "tenant_id" {
  value = var.tenant_id
}

output "resource_group_name" {
  value = module.platform.resource_group_name
}

output "aks_name" {
  value = module.platform.aks_name
}

output "api_client_id" {
  value = module.platform.client_ids["api"]
}

output "api_identity_name" {
  description = "PostgreSQL user of the api (its UAMI name)."
  value       = module.platform.identity_names["api"]
}

output "worker_client_id" {
  value = module.platform.client_ids["worker"]
}

output "worker_identity_name" {
  description = "PostgreSQL user of the worker (its UAMI name)."
  value       = module.platform.identity_names["worker"]
}

output "scoring_client_id" {
  value = module.platform.client_ids["scoring"]
}

output "keda_client_id" {
  value = module.platform.client_ids["keda"]
}

output "otel_client_id" {
  value = module.platform.client_ids["otel-collector"]
}

output "key_vault_name" {
  value = module.platform.key_vault_name
}

output "servicebus_namespace" {
  value = module.platform.servicebus_namespace
}

output "servicebus_queue" {
  value = module.platform.servicebus_queue
}

output "acr_login_server" {
  value = module.platform.acr_login_server
}

output "postgres_fqdn" {
  value = module.platform.postgres_fqdn
}

output "postgres_database" {
  value = module.platform.postgres_database
}

output "storage_account_name" {
  value = module.platform.storage_account_name
}

output "storage_blob_endpoint" {
  value = module.platform.storage_blob_endpoint
}

output "openai_endpoint" {
  value = module.platform.openai_endpoint
}

output "openai_deployment" {
  value = module.platform.openai_deployment
}

output "apim_gateway_url" {
  value = module.platform.apim_gateway_url
}

output "api_ilb_ip" {
  value = module.platform.api_ilb_ip
}

output "api_backend_fqdn" {
  description = "The name APIM calls the api by (https, port 443): the A record holding api_ilb_ip, and the one DNS name of the api's certificate."
  value       = module.platform.api_backend_fqdn
}

output "api_tls_certificate_name" {
  description = "Key Vault certificate the api serves TLS with (ops/azure/runner.sh tls issues it; SecretProviderClass api-tls mounts it)."
  value       = module.platform.api_tls_certificate_name
}

output "runner_vm_name" {
  description = "The in-VNet deploy runner (ops/azure/runner.sh runs there)."
  value       = module.platform.runner_vm_name
}

output "runner_client_id" {
  value = module.platform.runner_client_id
}

output "security_issuer" {
  value = module.platform.security_issuer
}

output "security_audience" {
  value = module.platform.security_audience
}

output "apim_subnet_cidr" {
  value = module.platform.subnet_cidrs.apim
}

output "private_endpoint_subnet_cidr" {
  value = module.platform.subnet_cidrs.private_endpoints
}

output "postgres_subnet_cidr" {
  value = module.platform.subnet_cidrs.postgres
}
