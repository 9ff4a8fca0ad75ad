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

output "worker_client_id" {
  value = module.platform.client_ids["worker"]
}

output "scoring_client_id" {
  value = module.platform.client_ids["scoring"]
}

output "keda_client_id" {
  value = module.platform.client_ids["keda"]
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
