variable "overrides" {
  description = "Per-environment deviations from the matrix. Guard rails below hold for every environment."
  type = object({
    servicebus_sku        = optional(string)
    servicebus_capacity   = optional(number)
    gpu_vm_size           = optional(string)
    gpu_node_taints       = optional(list(string))
    gpu_min_count         = optional(number)
    gpu_max_count         = optional(number)
    gpu_driver            = optional(string)
    system_min_count      = optional(number)
    user_max_count        = optional(number)
    apim_sku              = optional(string)
    apim_zones            = optional(list(string))
    aks_sku_tier          = optional(string)
    monthly_budget        = optional(number)
    openai_capacity       = optional(number)
    workload_identity     = optional(bool)
    oidc_issuer           = optional(bool)
    postgres_ha           = optional(bool)
    postgres_sku          = optional(string)
    log_retention_in_days = optional(number)
    # Azure Monitor private link scope (modules/monitor-private-link).
    monitor_ingestion_access_mode = optional(string)
    monitor_query_access_mode     = optional(string)
    monitor_public_ingestion      = optional(bool)
  })
  default = {}

  validation {
    condition     = coalesce(var.overrides.servicebus_sku, "Premium") == "Premium"
    error_message = "Service Bus must be Premium: private endpoints exist only in Premium."
  }

  validation {
    condition     = contains([1, 2, 4, 8, 16], coalesce(var.overrides.servicebus_capacity, 1))
    error_message = "Service Bus Premium capacity must be 1, 2, 4, 8 or 16."
  }

  validation {
    condition     = contains(coalesce(var.overrides.gpu_node_taints, ["sku=gpu:NoSchedule"]), "sku=gpu:NoSchedule")
    error_message = "The GPU pool must carry the sku=gpu:NoSchedule taint so only GPU pods land there."
  }

  validation {
    condition     = coalesce(var.overrides.gpu_min_count, 0) == 0
    error_message = "The GPU pool must scale to zero (min_count = 0)."
  }

  validation {
    condition     = contains(["Install", "None"], coalesce(var.overrides.gpu_driver, "Install"))
    error_message = "gpu_driver must be set explicitly to Install or None; leaving it unset recreates the pool."
  }

  validation {
    condition     = startswith(coalesce(var.overrides.gpu_vm_size, "Standard_NC4as_T4_v3"), "Standard_N")
    error_message = "The GPU pool needs an N-series VM size."
  }

  validation {
    condition     = coalesce(var.overrides.system_min_count, 2) >= 2
    error_message = "The system pool needs at least two nodes."
  }

  validation {
    condition     = !coalesce(var.overrides.workload_identity, true) || coalesce(var.overrides.oidc_issuer, true)
    error_message = "Workload identity requires the OIDC issuer."
  }

  validation {
    condition     = var.env != "prod" || startswith(coalesce(var.overrides.apim_sku, "Premium_2"), "Premium_")
    error_message = "Production APIM must be Premium (Developer has no SLA and no zones)."
  }

  validation {
    condition     = can(regex("^(Developer_1|Premium_[1-9][0-9]?)$", coalesce(var.overrides.apim_sku, "Developer_1")))
    error_message = "APIM sku must be Developer_1 or Premium_<units>; only those support Internal VNet mode here."
  }

  validation {
    condition = alltrue([for z in coalesce(var.overrides.apim_zones, ["1"]) : contains(["1", "2", "3"], z)]) && (
    length(distinct(coalesce(var.overrides.apim_zones, ["1"]))) == length(coalesce(var.overrides.apim_zones, ["1"])))
    error_message = "apim_zones must be distinct zones out of 1, 2 and 3."
  }

  validation {
    condition     = var.env != "prod" || length(coalesce(var.overrides.apim_zones, ["1", "2"])) >= 2
    error_message = "Production APIM must span at least two availability zones."
  }

  validation {
    condition = alltrue([for mode in [var.overrides.monitor_ingestion_access_mode, var.overrides.monitor_query_access_mode] :
    contains(["Open", "PrivateOnly"], coalesce(mode, "Open"))])
    error_message = "Azure Monitor private link access modes are Open or PrivateOnly."
  }
}
