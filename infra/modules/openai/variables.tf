variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "name" {
  type = string
}

variable "private_endpoint_subnet_id" {
  type = string
}

variable "private_dns_zone_id" {
  description = "Id of the zone this service's private endpoint registers in."
  type        = string
}

variable "tags" {
  type = map(string)
}

variable "deployment" {
  description = "The chat model the worker calls for tailoring."
  type = object({
    name     = string
    model    = string
    version  = string
    sku      = string
    capacity = number
  })

  validation {
    condition     = contains(["Standard", "DataZoneStandard", "GlobalStandard", "ProvisionedManaged"], var.deployment.sku)
    error_message = "deployment.sku must be a cognitive deployment SKU name."
  }
}
