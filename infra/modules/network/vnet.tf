resource "azurerm_virtual_network" "this" {
  name                = var.names.vnet
  location            = var.location
  resource_group_name = var.resource_group_name
  address_space       = [var.vnet_cidr]
  tags                = var.tags
}
