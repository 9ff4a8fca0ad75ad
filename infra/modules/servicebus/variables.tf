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

variable "sku" {
  type    = string
  default = "Premium"

  validation {
    condition     = var.sku == "Premium"
    error_message = "Service Bus must be Premium: Standard has no private endpoints."
  }
}

variable "capacity" {
  type = number

  validation {
    condition     = contains([1, 2, 4, 8, 16], var.capacity)
    error_message = "Premium capacity must be 1, 2, 4, 8 or 16 messaging units."
  }
}

variable "queue_name" {
  description = "Contract with k8s/: the worker consumes and KEDA scales on this queue."
  type        = string
  default     = "jobs"
}

variable "max_delivery_count" {
  description = "Deliveries before a job is dead-lettered."
  type        = number
  default     = 10

  validation {
    condition     = var.max_delivery_count >= 1 && var.max_delivery_count <= 100
    error_message = "max_delivery_count must be between 1 and 100."
  }
}

variable "log_analytics_workspace_id" {
  type = string
}

variable "action_group_id" {
  type = string
}
