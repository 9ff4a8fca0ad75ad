resource "azurerm_private_dns_zone" "this" {
  for_each = var.private_dns_zones

  name                = each.value
  resource_group_name = var.resource_group_name
  tags                = var.tags
}

# APIM resolves its backend through this record (modules/apim backend url).
resource "azurerm_private_dns_a_record" "api_backend" {
  name                = var.api_backend.record
  zone_name           = azurerm_private_dns_zone.this[var.api_backend.zone_key].name
  resource_group_name = var.resource_group_name
  ttl                 = 300
  records             = [var.api_backend.ip]
  tags                = var.tags
}

resource "azurerm_private_dns_zone_virtual_network_link" "this" {
  for_each = var.private_dns_zones

  name                  = "link-${each.key}"
  resource_group_name   = var.resource_group_name
  private_dns_zone_name = azurerm_private_dns_zone.this[each.key].name
  virtual_network_id    = azurerm_virtual_network.this.id
  registration_enabled  = false
  tags                  = var.tags
}
