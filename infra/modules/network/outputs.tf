output "vnet_id" {
  value = azurerm_virtual_network.this.id
}

output "subnet_ids" {
  value = {
    aks_nodes         = azurerm_subnet.aks_nodes.id
    aks_apiserver     = azurerm_subnet.aks_apiserver.id
    private_endpoints = azurerm_subnet.private_endpoints.id
    apim              = azurerm_subnet.apim.id
    postgres          = azurerm_subnet.postgres.id
    runner            = azurerm_subnet.runner.id
  }
  # AKS needs the NAT gateway on its subnet (outbound_type = userAssignedNATGateway) and APIM
  # its NSG before either is created: consumers read these ids only after the associations.
  depends_on = [azurerm_subnet_nat_gateway_association.aks_nodes, azurerm_subnet_network_security_group_association.apim, azurerm_subnet_nat_gateway_association.runner]
}

output "private_dns_zone_ids" {
  description = "Service key to zone id; links exist once this is read."
  value       = { for key, zone in azurerm_private_dns_zone.this : key => zone.id }
  depends_on  = [azurerm_private_dns_zone_virtual_network_link.this]
}

output "private_dns_zone_names" {
  value = { for key, zone in azurerm_private_dns_zone.this : key => zone.name }
}
