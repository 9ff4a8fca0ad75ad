output "namespace_id" {
  value = azurerm_servicebus_namespace.this.id
}

output "namespace_name" {
  value = azurerm_servicebus_namespace.this.name
}

output "queue_id" {
  value = azurerm_servicebus_queue.jobs.id
}

output "queue_name" {
  value = azurerm_servicebus_queue.jobs.name
}
