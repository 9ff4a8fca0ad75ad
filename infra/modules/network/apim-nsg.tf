# Rules from the APIM "virtual network configuration reference" for Internal mode (stv2).
locals {
  apim_rules = {
    management-in = { priority = 100, direction = "Inbound", port = "3443", source = "ApiManagement", destination = "VirtualNetwork" }
    lb-in         = { priority = 110, direction = "Inbound", port = "6390", source = "AzureLoadBalancer", destination = "VirtualNetwork" }
    https-in      = { priority = 120, direction = "Inbound", port = "443", source = "VirtualNetwork", destination = "VirtualNetwork" }
    storage-out   = { priority = 100, direction = "Outbound", port = "443", source = "VirtualNetwork", destination = "Storage" }
    sql-out       = { priority = 110, direction = "Outbound", port = "1433", source = "VirtualNetwork", destination = "Sql" }
    keyvault-out  = { priority = 120, direction = "Outbound", port = "443", source = "VirtualNetwork", destination = "AzureKeyVault" }
    monitor-out   = { priority = 130, direction = "Outbound", port = "443", source = "VirtualNetwork", destination = "AzureMonitor" }
    monitor-1886  = { priority = 140, direction = "Outbound", port = "1886", source = "VirtualNetwork", destination = "AzureMonitor" }
  }
}

resource "azurerm_network_security_group" "apim" {
  name                = "nsg-${var.names.apim}"
  location            = var.location
  resource_group_name = var.resource_group_name
  tags                = var.tags
}

resource "azurerm_network_security_rule" "apim" {
  for_each = local.apim_rules

  name                        = each.key
  priority                    = each.value.priority
  direction                   = each.value.direction
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = each.value.port
  source_address_prefix       = each.value.source
  destination_address_prefix  = each.value.destination
  resource_group_name         = var.resource_group_name
  network_security_group_name = azurerm_network_security_group.apim.name
}

resource "azurerm_subnet_network_security_group_association" "apim" {
  subnet_id                 = azurerm_subnet.apim.id
  network_security_group_id = azurerm_network_security_group.apim.id
}
