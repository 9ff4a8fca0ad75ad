variable "env" {
  description = "Environment name; selects a column of the environment matrix."
  type        = string

  validation {
    condition     = contains(["dev", "staging", "prod"], var.env)
    error_message = "env must be one of dev, staging, prod."
  }
}

variable "location" {
  description = "Azure region, in its short form (westeurope)."
  type        = string

  validation {
    condition     = can(regex("^[a-z]+[a-z0-9]*$", var.location))
    error_message = "location must be a short region name such as westeurope."
  }
}

variable "unique_suffix" {
  description = "Short suffix that makes globally unique names (ACR, Key Vault, Storage, ...) unique."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9]{3,6}$", var.unique_suffix))
    error_message = "unique_suffix must be 3 to 6 lowercase letters or digits."
  }
}

variable "vnet_cidr" {
  description = "Address space of the spoke VNet; must be a /16 so the address plan fits."
  type        = string

  validation {
    condition     = can(cidrhost(var.vnet_cidr, 0)) && endswith(var.vnet_cidr, "/16")
    error_message = "vnet_cidr must be a valid IPv4 /16."
  }
}

variable "pod_cidr" {
  description = "Overlay pod CIDR; must not overlap the VNet."
  type        = string
  default     = "10.244.0.0/16"

  validation {
    condition     = can(cidrhost(var.pod_cidr, 0))
    error_message = "pod_cidr must be a valid IPv4 CIDR."
  }
}

variable "service_cidr" {
  description = "Kubernetes service CIDR; must not overlap the VNet or the pod CIDR."
  type        = string
  default     = "172.16.0.0/16"

  validation {
    condition     = can(cidrhost(var.service_cidr, 10))
    error_message = "service_cidr must be a valid IPv4 CIDR with room for the DNS service IP."
  }
}
