variable "resource_group_name" {
  type = string
}

variable "resource_group_id" {
  description = "Grafana's identity reads Azure Monitor metrics of the whole resource group."
  type        = string
}

variable "location" {
  type = string
}

variable "names" {
  description = "Names from the conventions module (grafana, prometheus_rule_group, workbook_key, aks, postgres, apim)."
  type        = map(string)
}

variable "monitor_workspace_id" {
  description = "The Azure Monitor workspace (managed Prometheus) the rule groups query and Grafana reads."
  type        = string
}

variable "cluster_id" {
  description = "The AKS cluster whose metrics the rule groups evaluate."
  type        = string
}

variable "cluster_name" {
  type = string
}

variable "action_group_id" {
  type = string
}

variable "postgres_server_id" {
  type = string
}

variable "apim_id" {
  type = string
}

variable "app_insights_id" {
  type = string
}

variable "grafana_admin_object_id" {
  description = "Entra group whose members administer Grafana (the operators)."
  type        = string
}

variable "rules_dir" {
  description = "ops/prometheus/rules: one rule group a file, the same files promtool tests and local Prometheus loads."
  type        = string

  validation {
    condition     = length(fileset(var.rules_dir, "*.yml")) > 0
    error_message = "rules_dir holds no *.yml rule files."
  }
}

variable "workbook_path" {
  description = "ops/dashboards/workbook.json: the Azure Monitor workbook template."
  type        = string

  validation {
    condition     = fileexists(var.workbook_path)
    error_message = "workbook_path does not exist."
  }
}

variable "dashboards_dir" {
  description = "ops/dashboards: the Grafana dashboards (tailor-*.json) terraform apply imports into Grafana."
  type        = string

  validation {
    condition     = length(fileset(var.dashboards_dir, "tailor-*.json")) > 0
    error_message = "dashboards_dir holds no tailor-*.json dashboards."
  }
}

variable "dashboards_script" {
  description = "ops/azure/grafana-dashboards.sh: the import the local-exec of terraform_data.dashboards runs."
  type        = string

  validation {
    condition     = fileexists(var.dashboards_script)
    error_message = "dashboards_script does not exist."
  }
}

variable "dashboards_writer_object_id" {
  description = "Object id of the identity that runs terraform apply and imports the dashboards (given Grafana Editor). Null (default): the identity Terraform runs as."
  type        = string
  default     = null

  validation {
    condition     = var.dashboards_writer_object_id == null || can(regex("^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$", var.dashboards_writer_object_id))
    error_message = "dashboards_writer_object_id must be null or an object id (GUID)."
  }
}

variable "apim_5xx_threshold" {
  description = "APIM 5xx responses in 15 minutes above which the APIM alert fires."
  type        = number
  default     = 20
}

variable "tags" {
  type = map(string)
}
