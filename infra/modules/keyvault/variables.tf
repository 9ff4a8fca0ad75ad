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

variable "tenant_id" {
  type = string
}

variable "manage_appinsights_secret" {
  description = "Write the appinsights-connection-string secret. Needs a network path to the vault's private endpoint."
  type        = bool
  default     = false
}

variable "appinsights_connection_string" {
  description = "Value of the appinsights-connection-string secret (read by the OpenTelemetry collector)."
  type        = string
  sensitive   = true
  default     = null

  validation {
    condition     = !var.manage_appinsights_secret || var.appinsights_connection_string != null
    error_message = "appinsights_connection_string is required when manage_appinsights_secret is true."
  }
}
