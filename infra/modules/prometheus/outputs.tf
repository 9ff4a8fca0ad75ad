output "workspace_id" {
  value = azurerm_monitor_workspace.this.id
}
