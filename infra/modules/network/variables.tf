variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "names" {
  description = "Names from the conventions module."
  type        = map(string)
}

variable "vnet_cidr" {
  type = string
}

variable "subnets" {
  description = "Address plan from the conventions module."
  type = object({
    aks_nodes         = string
    aks_apiserver     = string
    private_endpoints = string
    apim              = string
    postgres          = string
    runner            = string
  })
}

variable "private_dns_zones" {
  description = "Service key to private DNS zone name."
  type        = map(string)
}

variable "api_backend" {
  description = "The api's internal load balancer: zone key, record name and address (conventions)."
  type = object({
    zone_key = string
    record   = string
    ip       = string
  })
}

variable "tags" {
  type = map(string)
}
