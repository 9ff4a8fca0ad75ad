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
  tags     = merge(var.tags, { app = "tailor", env = var.env, managed-by = "terraform" })
}
