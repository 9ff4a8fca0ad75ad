variable "resource_group_name" {
  type = string
}

variable "location" {
  description = "Region of the private endpoint (the scope itself is global)."
  type        = string
}

variable "name" {
  type = string
}

variable "ingestion_access_mode" {
  description = "PrivateOnly: clients in the VNet ingest only into resources of this scope. Open: elsewhere too."
  type        = string

  validation {
    condition     = contains(["Open", "PrivateOnly"], var.ingestion_access_mode)
    error_message = "ingestion_access_mode must be Open or PrivateOnly."
  }
}

variable "query_access_mode" {
  description = "As ingestion_access_mode, for queries from the VNet."
  type        = string

  validation {
    condition     = contains(["Open", "PrivateOnly"], var.query_access_mode)
    error_message = "query_access_mode must be Open or PrivateOnly."
  }
}

variable "scoped_resource_ids" {
  description = "Resources in the scope: the Log Analytics workspace, App Insights and the Prometheus DCE, by kind."
  type        = map(string)

  validation {
    condition     = alltrue([for kind in ["log_analytics", "app_insights", "prometheus_dce"] : contains(keys(var.scoped_resource_ids), kind)])
    error_message = "scoped_resource_ids needs log_analytics, app_insights and prometheus_dce: a resource left out is unreachable once ingestion is PrivateOnly."
  }
}

variable "private_endpoint_subnet_id" {
  type = string
}

variable "private_dns_zone_ids" {
  description = "Zone ids by conventions key: monitor, oms, ods, agentsvc and blob."
  type        = map(string)

  validation {
    condition     = alltrue([for key in ["monitor", "oms", "ods", "agentsvc", "blob"] : contains(keys(var.private_dns_zone_ids), key)])
    error_message = "private_dns_zone_ids needs the monitor, oms, ods, agentsvc and blob zones."
  }
}

variable "tags" {
  type = map(string)
}
