variable "env" {
  type = string
}

variable "location" {
  type = string
}

variable "unique_suffix" {
  type = string
}

variable "vnet_cidr" {
  type = string
}

variable "tenant_id" {
  type = string
}

variable "settings_overrides" {
  description = "Passed to the conventions module's overrides."
  type        = any
  default     = {}
}

variable "kubernetes_version" {
  type = string
}

variable "admin_group_object_id" {
  description = "Entra group of the platform operators (AKS cluster admin, PostgreSQL admin)."
  type        = string
}

variable "admin_group_name" {
  type = string
}

variable "alert_emails" {
  type = list(string)
}

variable "budget_start_date" {
  type    = string
  default = null
}

variable "openai_deployment" {
  type = object({
    name    = string
    model   = string
    version = string
    sku     = string
  })
}

variable "apim" {
  type = object({
    publisher_name  = string
    publisher_email = string
    web_origins     = list(string)
    jwt_scope       = string
    calls_per_min   = number
    calls_per_day   = number
  })
}

variable "openapi_path" {
  type = string
}

variable "tags" {
  type = map(string)
}

variable "api_audience" {
  description = "Entra application ID URI of the api: APIM's validate-jwt audience and the api's TAILOR_SECURITY_AUDIENCE."
  type        = string
}

variable "manage_appinsights_secret" {
  description = "Write the App Insights connection string into Key Vault (needs a network path to the vault's private endpoint)."
  type        = bool
  default     = false
}

variable "api_caller_object_ids" {
  description = "Service principals granted the api's app role (daemon callers such as the e2e-azure smoke identity)."
  type        = list(string)
  default     = []
}

variable "dashboards_writer_object_id" {
  description = "The identity that runs terraform apply, given Grafana Editor to import the dashboards. Null (default): the identity Terraform runs as."
  type        = string
  default     = null
}

variable "deploy_bundle_container_id" {
  description = "Blob container the runner reads deploy bundles from (the state account's, see ops/azure/state.sh)."
  type        = string
}
