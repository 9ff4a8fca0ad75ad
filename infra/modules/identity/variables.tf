variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "name_prefix" {
  type = string
}

variable "oidc_issuer_url" {
  type = string
}

variable "namespace" {
  description = "Contract with k8s/: namespace of the api, worker, scoring and otel-collector service accounts."
  type        = string
  default     = "tailor"
}

variable "scopes" {
  description = "Resource ids the workloads are granted roles on."
  type = object({
    servicebus_queue = string
    storage_account  = string
    openai_account   = string
    key_vault        = string
  })
}

variable "tags" {
  type = map(string)
}
