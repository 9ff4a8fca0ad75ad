module "conventions" {
  source = "../conventions"

  env           = var.env
  location      = var.location
  unique_suffix = var.unique_suffix
  vnet_cidr     = var.vnet_cidr
  overrides     = var.settings_overrides
}

locals {
  names    = module.conventions.names
  settings = module.conventions.settings
  # Entra ID v2.0 tokens; the same issuer APIM's validate-jwt checks (modules/apim/policies.tf).
  entra_issuer = "https://login.microsoftonline.com/${var.tenant_id}/v2.0"
  tags         = merge(var.tags, { app = "tailor", env = var.env, managed-by = "terraform" })
}
