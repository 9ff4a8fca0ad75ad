terraform {
  required_version = ">= 1.11"

  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.46"
    }
    # The api's app registration (modules/entra-app). Not validated offline: not downloadable here.
    azuread = {
      source  = "hashicorp/azuread"
      version = "~> 3.0"
    }
  }

  # Settings come from <env>.backend.hcl: terraform init -backend-config=<env>.backend.hcl
  backend "azurerm" {}
}
