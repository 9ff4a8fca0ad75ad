locals {
  fragment_files = fileset("${path.module}/policies/fragments", "*.xml")

  policy_values = {
    backend_id         = azurerm_api_management_backend.ingress.name
    web_origins        = var.web_origins
    openid_config_url  = "https://login.microsoftonline.com/${var.tenant_id}/v2.0/.well-known/openid-configuration"
    issuer             = "https://login.microsoftonline.com/${var.tenant_id}/v2.0"
    audiences          = var.jwt.audiences
    required_scope     = var.jwt.required_scope
    clock_skew_seconds = var.jwt.clock_skew_seconds
    calls_per_minute   = var.throttling.calls_per_minute
    calls_per_day      = var.throttling.calls_per_day
    max_request_bytes  = var.max_request_bytes
  }
}

# Fragment ids are "tailor-<file name>"; policies/api.xml includes them by that id.
resource "azurerm_api_management_policy_fragment" "this" {
  for_each = local.fragment_files

  name              = "tailor-${trimsuffix(each.value, ".xml")}"
  api_management_id = azurerm_api_management.this.id
  format            = "rawxml"
  value             = templatefile("${path.module}/policies/fragments/${each.value}", local.policy_values)
}

resource "azurerm_api_management_api_policy" "tailor" {
  api_name            = azurerm_api_management_api.tailor.name
  api_management_name = azurerm_api_management.this.name
  resource_group_name = var.resource_group_name
  xml_content         = templatefile("${path.module}/policies/api.xml", local.policy_values)

  depends_on = [azurerm_api_management_policy_fragment.this]
}
