resource "azurerm_user_assigned_identity" "apim" {
  name                = "id-${var.name}"
  location            = var.location
  resource_group_name = var.resource_group_name
  tags                = var.tags
}

# stv2 management traffic needs a Standard public IP even in Internal mode; the gateway stays private.
# With zones the address is zone-redundant (all three zones), whichever zones the units take; adding
# zones to an applied instance replaces it (ops/infra.md, "APIM zones").
resource "azurerm_public_ip" "apim" {
  name                = "pip-${var.name}"
  location            = var.location
  resource_group_name = var.resource_group_name
  allocation_method   = "Static"
  sku                 = "Standard"
  domain_name_label   = var.name
  zones               = length(var.zones) > 0 ? ["1", "2", "3"] : null
  tags                = var.tags
}

# zones: Premium only (var.zones validation); prod spreads its two units over two zones (conventions matrix).
resource "azurerm_api_management" "this" {
  name                 = var.name
  location             = var.location
  resource_group_name  = var.resource_group_name
  publisher_name       = var.publisher_name
  publisher_email      = var.publisher_email
  sku_name             = var.sku_name
  zones                = length(var.zones) > 0 ? var.zones : null
  virtual_network_type = "Internal"
  public_ip_address_id = azurerm_public_ip.apim.id
  min_api_version      = "2021-08-01"
  tags                 = var.tags

  virtual_network_configuration {
    subnet_id = var.subnet_id
  }

  identity {
    type         = "UserAssigned"
    identity_ids = [azurerm_user_assigned_identity.apim.id]
  }

  # VNet injection routinely takes 45 minutes or more.
  timeouts {
    create = "3h"
    update = "3h"
    delete = "3h"
  }

  # The Root store (certificate blocks) holds the private CA of the api's certificate, which exists
  # only after the apply: ops/azure/runner.sh (phase tls) writes it through ARM, in the VNet where
  # the vault holding that certificate is reachable, and owns it (ops/infra.md section 5e).
  lifecycle {
    ignore_changes = [certificate]
  }
}
