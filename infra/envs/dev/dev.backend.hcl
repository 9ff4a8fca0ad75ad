resource_group_name  = "rg-tailor-tfstate"
storage_account_name = "sttailortfstate"
container_name       = "tfstate"
key                  = "dev/platform.tfstate"
use_azuread_auth     = true
