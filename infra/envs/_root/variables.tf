variable "subscription_id" {
  type = string

  validation {
    condition     = can(regex("^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$", var.subscription_id))
    error_message = "subscription_id must be a GUID."
  }
}

variable "tenant_id" {
  type = string

  validation {
    condition     = can(regex("^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$", var.tenant_id))
    error_message = "tenant_id must be a GUID."
  }
}

variable "location" {
  type = string

  validation {
    condition     = can(regex("^[a-z]+[a-z0-9]*$", var.location))
    error_message = "location must be a short region name such as westeurope."
  }
}

variable "unique_suffix" {
  type = string

  validation {
    condition     = can(regex("^[a-z0-9]{3,6}$", var.unique_suffix))
    error_message = "unique_suffix must be 3 to 6 lowercase letters or digits."
  }
}

variable "vnet_cidr" {
  type = string

  validation {
    condition     = can(cidrhost(var.vnet_cidr, 0)) && endswith(var.vnet_cidr, "/16")
    error_message = "vnet_cidr must be an IPv4 /16."
  }
}

variable "kubernetes_version" {
  type = string

  validation {
    condition     = can(regex("^1\\.[0-9]+$", var.kubernetes_version))
    error_message = "kubernetes_version is a minor version such as 1.33."
  }
}

variable "admin_group_object_id" {
  description = "Entra group of the platform operators."
  type        = string

  validation {
    condition     = can(regex("^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$", var.admin_group_object_id))
    error_message = "admin_group_object_id must be a GUID."
  }
}

variable "admin_group_name" {
  type = string
}

variable "alert_emails" {
  type = list(string)

  validation {
    condition     = length(var.alert_emails) > 0
    error_message = "At least one alert e-mail address is required."
  }
}

variable "budget_start_date" {
  description = "First of a month, not in the past at the first apply. Null (default): the month of the first plan."
  type        = string
  default     = null

  validation {
    condition     = var.budget_start_date == null || can(regex("^[0-9]{4}-[0-9]{2}-01T00:00:00Z$", var.budget_start_date))
    error_message = "budget_start_date must be the first of a month, e.g. 2027-01-01T00:00:00Z."
  }
}

variable "openai_deployment" {
  type = object({
    name    = string
    model   = string
    version = string
    sku     = string
  })
}

variable "apim" {
  type = object({
    publisher_name  = string
    publisher_email = string
    web_origins     = list(string)
    jwt_scope       = string
    calls_per_min   = number
    calls_per_day   = number
  })

  validation {
    condition     = var.apim.calls_per_min > 0 && var.apim.calls_per_day >= var.apim.calls_per_min
    error_message = "apim limits must be positive and the daily quota at least the per-minute limit."
  }
}

variable "settings_overrides" {
  description = "Deviations from the conventions matrix for this environment."
  type        = any
  default     = {}
}

variable "api_audience" {
  description = "Entra application ID URI of the api (api://tailor-<env>): APIM's JWT audience and TAILOR_SECURITY_AUDIENCE."
  type        = string

  validation {
    condition     = can(regex("^api://[a-z0-9-]+$", var.api_audience))
    error_message = "api_audience must be an application ID URI such as api://tailor-dev."
  }
}

variable "manage_appinsights_secret" {
  description = "Write appinsights-connection-string into Key Vault through its data plane. False (default): ops/azure/secrets.sh writes it through ARM, which works from anywhere. True needs plan/apply from a network that reaches the vault's private endpoint."
  type        = bool
  default     = false
}

variable "api_caller_object_ids" {
  description = "Service principals granted the api's app role (daemon callers such as the e2e-azure smoke identity)."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for id in var.api_caller_object_ids : can(regex("^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$", id))])
    error_message = "api_caller_object_ids must be object id GUIDs."
  }
}

variable "dashboards_writer_object_id" {
  description = "Object id of the identity that runs terraform apply (it imports ops/dashboards into Grafana and gets Grafana Editor there). Null (default): whoever runs it, from the provider's login. Set it when operators and CI take turns and only one of them applies."
  type        = string
  default     = null

  validation {
    condition     = var.dashboards_writer_object_id == null || can(regex("^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$", var.dashboards_writer_object_id))
    error_message = "dashboards_writer_object_id must be null or an object id GUID."
  }
}

variable "state_resource_group" {
  description = "Resource group of the state account (<env>.backend.hcl); ops/azure/state.sh creates both."
  type        = string
  default     = "rg-tailor-tfstate"

  validation {
    condition     = can(regex("^[A-Za-z0-9._()-]{1,90}$", var.state_resource_group))
    error_message = "state_resource_group must be a resource group name."
  }
}

variable "state_storage_account" {
  description = "The state account (<env>.backend.hcl); its bundles container carries make up's deploy bundles to the runner."
  type        = string
  default     = "sttailortfstate"

  validation {
    condition     = can(regex("^[a-z0-9]{3,24}$", var.state_storage_account))
    error_message = "state_storage_account must be a storage account name."
  }
}
