module "runner" {
  source = "../runner"

  resource_group_name = azurerm_resource_group.this.name
  location            = var.location
  name                = local.names.runner
  subnet_id           = module.network.subnet_ids.runner
  tags                = local.tags

  grants = {
    acr-push      = { role = "AcrPush", scope = module.acr.id }
    aks-admin     = { role = "Azure Kubernetes Service RBAC Cluster Admin", scope = module.aks.id }
    aks-user      = { role = "Azure Kubernetes Service Cluster User Role", scope = module.aks.id }
    bundle-reader = { role = "Storage Blob Data Reader", scope = var.deploy_bundle_container_id }
    # The api's TLS certificate (runner.sh tls): import it into the vault, read the current one's
    # chain, and put its private CA into APIM's Root store (a service write, not an API or policy).
    vault-certs   = { role = "Key Vault Certificates Officer", scope = module.keyvault.id }
    vault-secrets = { role = "Key Vault Secrets User", scope = module.keyvault.id }
    apim-ca       = { role = "API Management Service Operator Role", scope = module.apim.id }
  }
}
