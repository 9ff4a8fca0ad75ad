variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "names" {
  description = "Names from the conventions module (monitor_workspace, prometheus_dce, prometheus_dcr)."
  type        = map(string)
}

variable "cluster_id" {
  description = "The AKS cluster whose metrics add-on (monitor_metrics) sends to this workspace."
  type        = string
}

variable "public_ingestion_enabled" {
  description = "Let the DCE accept traffic from outside the Azure Monitor private link scope."
  type        = bool
  default     = true
}

variable "tags" {
  type = map(string)
}
