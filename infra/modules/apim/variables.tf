variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "name" {
  type = string
}

variable "sku_name" {
  description = "Developer_1, or Premium_<units> (the only tiers with Internal VNet mode here)."
  type        = string

  validation {
    condition     = can(regex("^(Developer_1|Premium_[1-9][0-9]?)$", var.sku_name))
    error_message = "Internal VNet mode needs Developer_1 (non-prod) or Premium_<units> (prod)."
  }
}

variable "zones" {
  description = "Availability zones of the gateway's units (and of its public IP); [] leaves placement to Azure. Premium only."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for z in var.zones : contains(["1", "2", "3"], z)]) && length(distinct(var.zones)) == length(var.zones)
    error_message = "zones must be distinct zones out of 1, 2 and 3."
  }

  # Manual zone redundancy spreads the units evenly: as many units as zones, or a multiple.
  validation {
    condition = length(var.zones) == 0 || (startswith(var.sku_name, "Premium_")
    && try(tonumber(split("_", var.sku_name)[1]) % length(var.zones) == 0, false))
    error_message = "zones need a Premium sku whose units are a multiple of the zones."
  }
}

variable "subnet_id" {
  description = "APIM subnet, with the NSG rules of the VNet configuration reference."
  type        = string
}

variable "private_dns_zone_names" {
  description = "Internal-mode zones (azure-api.net and its portal, developer, management, scm children)."
  type        = map(string)
}

variable "publisher_name" {
  type = string
}

variable "publisher_email" {
  type = string
}

variable "openapi_path" {
  description = "The api's committed OpenAPI document (services/api/openapi/openapi.json)."
  type        = string

  validation {
    condition     = fileexists(var.openapi_path)
    error_message = "The api's OpenAPI document is missing; build services/api to generate it."
  }
}

variable "backend_url" {
  description = "The api's internal load balancer, https://host:port, resolved through a private zone the network module creates."
  type        = string

  validation {
    condition     = can(regex("^https://[a-z0-9]([a-z0-9.-]*[a-z0-9])?:[0-9]+$", var.backend_url))
    error_message = "backend_url must be https://host:port without a path: APIM validates the api's certificate."
  }
}

variable "tenant_id" {
  type = string
}

variable "jwt" {
  description = "Entra ID token rules: accepted audiences, required scope, tolerated clock skew."
  type = object({
    audiences          = list(string)
    required_scope     = string
    clock_skew_seconds = number
  })

  validation {
    condition     = length(var.jwt.audiences) > 0 && var.jwt.clock_skew_seconds >= 0 && var.jwt.clock_skew_seconds <= 300
    error_message = "jwt needs an audience and a clock skew of at most 300 seconds."
  }
}

variable "web_origins" {
  description = "Browser origins of the web UI allowed by CORS."
  type        = list(string)

  validation {
    condition     = alltrue([for o in var.web_origins : can(regex("^https://[^/*]+$", o))])
    error_message = "web_origins must be https origins without paths or wildcards."
  }
}

variable "throttling" {
  description = "Per-subject limits: calls per minute and per day."
  type = object({
    calls_per_minute = number
    calls_per_day    = number
  })
}

variable "max_request_bytes" {
  description = "A 5 MB résumé upload plus multipart form overhead."
  type        = number
  default     = 5505024

  validation {
    condition     = var.max_request_bytes >= 5242880
    error_message = "max_request_bytes must allow a 5 MB upload."
  }
}

variable "app_insights_id" {
  type = string
}

variable "app_insights_connection_string" {
  type      = string
  sensitive = true
}

variable "tags" {
  type = map(string)
}
