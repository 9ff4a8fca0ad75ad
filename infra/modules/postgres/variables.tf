variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "name" {
  type = string
}

variable "tenant_id" {
  type = string
}

variable "vnet_id" {
  type = string
}

variable "delegated_subnet_id" {
  description = "Subnet delegated to Microsoft.DBforPostgreSQL/flexibleServers and used by nothing else."
  type        = string
}

variable "dns_zone_name" {
  type = string

  validation {
    condition     = endswith(var.dns_zone_name, ".postgres.database.azure.com")
    error_message = "VNet-integrated PostgreSQL needs a zone ending in .postgres.database.azure.com."
  }
}

variable "sku_name" {
  type = string
}

variable "high_availability_enabled" {
  type = bool
}

variable "geo_redundant_backup_enabled" {
  type = bool
}

variable "backup_retention_days" {
  type = number

  validation {
    condition     = var.backup_retention_days >= 7 && var.backup_retention_days <= 35
    error_message = "backup_retention_days must be between 7 and 35."
  }
}

variable "database_name" {
  type    = string
  default = "tailor"
}

variable "entra_admins" {
  description = "Entra principals that administer the server, keyed by a stable label."
  type = map(object({
    object_id      = string
    principal_name = string
    principal_type = string
  }))

  validation {
    condition     = alltrue([for a in values(var.entra_admins) : contains(["Group", "ServicePrincipal", "User"], a.principal_type)])
    error_message = "principal_type must be Group, ServicePrincipal or User."
  }
}

variable "log_analytics_workspace_id" {
  type = string
}

variable "tags" {
  type = map(string)
}
