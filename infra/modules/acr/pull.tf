resource "azurerm_role_assignment" "kubelet_pull" {
  scope                            = azurerm_container_registry.this.id
  role_definition_name             = "AcrPull"
  principal_id                     = var.kubelet_object_id
  principal_type                   = "ServicePrincipal"
  skip_service_principal_aad_check = true
}
