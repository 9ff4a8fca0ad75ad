output "client_ids" {
  description = "Client id per workload, for the azure.workload.identity/client-id annotations."
  value       = { for key, id in azurerm_user_assigned_identity.this : key => id.client_id }
}

output "principal_ids" {
  value = { for key, id in azurerm_user_assigned_identity.this : key => id.principal_id }
}

output "names" {
  description = "UAMI name per workload; also the PostgreSQL role name of api and worker (Entra principal name)."
  value       = { for key, id in azurerm_user_assigned_identity.this : key => id.name }
}
