output "id" {
  value = azurerm_api_management.this.id
}

output "gateway_url" {
  value = azurerm_api_management.this.gateway_url
}

output "private_ip_addresses" {
  value = azurerm_api_management.this.private_ip_addresses
}
