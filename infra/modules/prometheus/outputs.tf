output "workspace_id" {
  value = azurerm_monitor_workspace.this.id
}

output "data_collection_endpoint_id" {
  description = "The DCE the metrics add-on ingests and reads its configuration through; a scoped resource of the private link scope."
  value       = azurerm_monitor_data_collection_endpoint.this.id
}
