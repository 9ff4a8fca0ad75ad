module "identity" {
  source = "../identity"

  resource_group_name = azurerm_resource_group.this.name
  location            = var.location
  name_prefix         = local.names.workload_identity
  oidc_issuer_url     = module.aks.oidc_issuer_url
  tags                = local.tags

  scopes = {
    servicebus_queue = module.servicebus.queue_id
    storage_account  = module.storage.id
    openai_account   = module.openai.id
    key_vault        = module.keyvault.id
  }
}
