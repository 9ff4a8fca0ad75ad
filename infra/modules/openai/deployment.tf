resource "azurerm_cognitive_deployment" "chat" {
  name                   = var.deployment.name
  cognitive_account_id   = azurerm_cognitive_account.this.id
  version_upgrade_option = "NoAutoUpgrade"

  model {
    format  = "OpenAI"
    name    = var.deployment.model
    version = var.deployment.version
  }

  sku {
    name     = var.deployment.sku
    capacity = var.deployment.capacity
  }
}
