locals {
  apim_zone_keys = ["apim_gateway", "apim_portal", "apim_developer", "apim_management", "apim_scm"]
}

resource "azurerm_private_dns_a_record" "apim" {
  for_each = toset(local.apim_zone_keys)

  name                = var.name
  zone_name           = var.private_dns_zone_names[each.value]
  resource_group_name = var.resource_group_name
  ttl                 = 300
  records             = azurerm_api_management.this.private_ip_addresses
  tags                = var.tags
}
