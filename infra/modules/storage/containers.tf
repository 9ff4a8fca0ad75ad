# storage_account_id keeps container management on the ARM plane: the blob endpoint is private.
resource "azurerm_storage_container" "this" {
  for_each = var.containers

  name                  = each.value
  storage_account_id    = azurerm_storage_account.this.id
  container_access_type = "private"
}
