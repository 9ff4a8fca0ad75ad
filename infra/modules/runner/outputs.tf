output "vm_name" {
  value = azurerm_linux_virtual_machine.this.name
}

output "principal_id" {
  value = azurerm_user_assigned_identity.this.principal_id
}

output "client_id" {
  value = azurerm_user_assigned_identity.this.client_id
}

output "identity_name" {
  description = "Also its PostgreSQL role name: the runner is an Entra administrator of the server."
  value       = azurerm_user_assigned_identity.this.name
}
