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
