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

variable "replication_type" {
  type = string

  validation {
    condition     = contains(["LRS", "ZRS", "GZRS"], var.replication_type)
    error_message = "replication_type must be LRS, ZRS or GZRS."
  }
}

variable "containers" {
  description = "Blob containers: uploaded résumés and rendered results."
  type        = set(string)
  default     = ["resumes", "results"]
}
