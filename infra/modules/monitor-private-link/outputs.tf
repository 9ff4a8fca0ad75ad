output "id" {
  value = azurerm_monitor_private_link_scope.this.id
}

output "private_endpoint_id" {
  value = azurerm_private_endpoint.this.id
}

output "scoped_service_ids" {
  value = { for kind, s in azurerm_monitor_private_link_scoped_service.this : kind => s.id }
}
