variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "name" {
  type = string
}

variable "identity_name" {
  type = string
}

variable "tenant_id" {
  type = string
}

variable "admin_group_object_ids" {
  description = "Entra groups that get Azure Kubernetes Service RBAC Cluster Admin."
  type        = list(string)

  validation {
    condition     = length(var.admin_group_object_ids) > 0
    error_message = "With local accounts disabled, at least one admin group is required."
  }
}

variable "kubernetes_version" {
  description = "Minor version at creation; the patch channel keeps it current afterwards."
  type        = string

  validation {
    condition     = can(regex("^1\\.[0-9]+$", var.kubernetes_version))
    error_message = "kubernetes_version is a minor version such as 1.33."
  }
}

variable "sku_tier" {
  type = string

  validation {
    condition     = contains(["Free", "Standard", "Premium"], var.sku_tier)
    error_message = "sku_tier must be Free, Standard or Premium."
  }
}

variable "oidc_issuer_enabled" {
  type    = bool
  default = true
}

variable "workload_identity_enabled" {
  type    = bool
  default = true
}

variable "vnet_id" {
  type = string
}

variable "node_subnet_id" {
  type = string
}

variable "apiserver_subnet_id" {
  description = "Subnet delegated to Microsoft.ContainerService/managedClusters (/28)."
  type        = string
}

variable "private_dns_zone_id" {
  description = "BYO privatelink.<region>.azmk8s.io zone."
  type        = string
}

variable "cluster_network" {
  type = object({
    pod_cidr       = string
    service_cidr   = string
    dns_service_ip = string
  })
}

variable "zones" {
  type = list(string)
}

variable "system_pool" {
  type = object({
    vm_size   = string
    min_count = number
    max_count = number
  })

  validation {
    condition     = var.system_pool.min_count >= 2
    error_message = "The system pool needs at least two nodes."
  }
}

variable "user_pool" {
  type = object({
    vm_size   = string
    min_count = number
    max_count = number
  })
}

variable "gpu_pool" {
  description = "Pool for the ONNX scorer; only pods tolerating sku=gpu may land there."
  type = object({
    vm_size     = string
    max_count   = number
    min_count   = number
    gpu_driver  = string
    node_taints = list(string)
    node_labels = map(string)
  })

  validation {
    condition     = contains(var.gpu_pool.node_taints, "sku=gpu:NoSchedule")
    error_message = "The GPU pool must carry the sku=gpu:NoSchedule taint."
  }

  validation {
    condition     = var.gpu_pool.min_count == 0
    error_message = "The GPU pool must scale to zero."
  }

  validation {
    condition     = contains(["Install", "None"], var.gpu_pool.gpu_driver)
    error_message = "gpu_driver must be explicit: unset recreates the pool (azurerm#30990)."
  }
}

variable "log_analytics_workspace_id" {
  type = string
}

variable "tags" {
  type = map(string)
}
