variable "display_name" {
  type = string
}

variable "identifier_uri" {
  description = "Application ID URI (api://tailor-api-<env>); scopes are requested as <uri>/<scope>."
  type        = string

  validation {
    condition     = can(regex("^api://[a-z0-9-]+$", var.identifier_uri))
    error_message = "identifier_uri must look like api://tailor-api-dev."
  }
}

variable "scope" {
  description = "The permission APIM requires: a delegated scope (scp) for users, an app role (roles) for daemons."
  type        = string
}

variable "caller_object_ids" {
  description = "Service principals granted the app role, e.g. the identity of the e2e-azure workflow's smoke request."
  type        = list(string)
  default     = []
}
