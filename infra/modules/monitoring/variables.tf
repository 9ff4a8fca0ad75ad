variable "resource_group_name" {
  type = string
}

variable "resource_group_id" {
  type = string
}

variable "location" {
  type = string
}

variable "names" {
  type = map(string)
}

variable "retention_in_days" {
  type = number

  validation {
    condition     = var.retention_in_days >= 30 && var.retention_in_days <= 730
    error_message = "retention_in_days must be between 30 and 730."
  }
}

variable "monthly_budget" {
  description = "Monthly budget of the environment's resource group, in the billing currency."
  type        = number

  validation {
    condition     = var.monthly_budget > 0
    error_message = "monthly_budget must be positive."
  }
}

variable "budget_start_date" {
  description = "First day of the month the budget starts (RFC 3339). Null: the month of the first plan (Azure rejects a start in a past month)."
  type        = string
  default     = null

  validation {
    condition     = var.budget_start_date == null || can(regex("^[0-9]{4}-[0-9]{2}-01T00:00:00Z$", var.budget_start_date))
    error_message = "budget_start_date must be the first of a month, e.g. 2027-01-01T00:00:00Z."
  }
}

variable "alert_emails" {
  type = list(string)

  validation {
    condition     = length(var.alert_emails) > 0 && alltrue([for e in var.alert_emails : can(regex("^[^@ ]+@[^@ ]+$", e))])
    error_message = "alert_emails needs at least one address."
  }
}

variable "internet_ingestion_enabled" {
  description = "Accept ingestion into the workspace and App Insights from outside the Azure Monitor private link scope."
  type        = bool
  default     = true
}

variable "internet_query_enabled" {
  description = "Accept queries from outside the private link scope (the portal's workbook, Grafana, operators)."
  type        = bool
  default     = true
}

variable "tags" {
  type = map(string)
}
