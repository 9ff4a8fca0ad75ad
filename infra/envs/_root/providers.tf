provider "azuread" {
  tenant_id = var.tenant_id
}

# Keyless and private: no shared keys, no data-plane calls to private endpoints.
provider "azurerm" {
  subscription_id                 = var.subscription_id
  tenant_id                       = var.tenant_id
  storage_use_azuread             = true
  resource_provider_registrations = "none"
  resource_providers_to_register = [
    "Microsoft.ApiManagement",
    "Microsoft.CognitiveServices",
    "Microsoft.Dashboard",
    "Microsoft.ContainerRegistry",
    "Microsoft.ContainerService",
    "Microsoft.Consumption",
    "Microsoft.DBforPostgreSQL",
    "Microsoft.Insights",
    "Microsoft.KeyVault",
    "Microsoft.ManagedIdentity",
    "Microsoft.Monitor",
    "Microsoft.Network",
    "Microsoft.OperationalInsights",
    "Microsoft.OperationsManagement",
    "Microsoft.PolicyInsights",
    "Microsoft.ServiceBus",
    "Microsoft.Storage",
  ]

  features {
    storage {
      data_plane_available = false
    }

    key_vault {
      purge_soft_delete_on_destroy    = false
      recover_soft_deleted_key_vaults = true
    }

    api_management {
      purge_soft_delete_on_destroy = false
      recover_soft_deleted         = true
    }

    cognitive_account {
      purge_soft_delete_on_destroy = false
    }

    resource_group {
      prevent_deletion_if_contains_resources = true
    }
  }
}
