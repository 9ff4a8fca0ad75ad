# What only Azure sees: the PostgreSQL flexible server and APIM's own answers. Service Bus dead letters
# and backlog are alerted in the servicebus module (alerts.tf). Runbooks: ops/runbooks/alerts.md.
locals {
  postgres_alerts = {
    cpu = {
      metric      = "cpu_percent"
      aggregation = "Average"
      threshold   = 80
      window      = "PT15M"
      description = "PostgreSQL CPU above 80 % for 15 minutes. Runbook: ops/runbooks/alert-postgres.md"
    }
    storage = {
      metric      = "storage_percent"
      aggregation = "Maximum"
      threshold   = 85
      window      = "PT15M"
      description = "PostgreSQL storage above 85 %. Runbook: ops/runbooks/alert-postgres.md"
    }
    connections-failed = {
      metric      = "connections_failed"
      aggregation = "Total"
      threshold   = 10
      window      = "PT5M"
      description = "More than 10 failed PostgreSQL connections in 5 minutes (authentication or the connection limit). Runbook: ops/runbooks/alert-postgres.md"
    }
  }
}

resource "azurerm_monitor_metric_alert" "postgres" {
  for_each = local.postgres_alerts

  name                = "alert-${var.names.postgres}-${each.key}"
  resource_group_name = var.resource_group_name
  scopes              = [var.postgres_server_id]
  description         = each.value.description
  severity            = 2
  frequency           = "PT5M"
  window_size         = each.value.window
  tags                = var.tags

  criteria {
    metric_namespace = "Microsoft.DBforPostgreSQL/flexibleServers"
    metric_name      = each.value.metric
    aggregation      = each.value.aggregation
    operator         = "GreaterThan"
    threshold        = each.value.threshold
  }

  action {
    action_group_id = var.action_group_id
  }
}

resource "azurerm_monitor_metric_alert" "apim_5xx" {
  name                = "alert-${var.names.apim}-5xx"
  resource_group_name = var.resource_group_name
  scopes              = [var.apim_id]
  description         = "APIM answered more than ${var.apim_5xx_threshold} requests with a 5xx in 15 minutes. Runbook: ops/runbooks/alert-apim-5xx.md"
  severity            = 1
  frequency           = "PT5M"
  window_size         = "PT15M"
  tags                = var.tags

  criteria {
    metric_namespace = "Microsoft.ApiManagement/service"
    metric_name      = "Requests"
    aggregation      = "Total"
    operator         = "GreaterThan"
    threshold        = var.apim_5xx_threshold

    dimension {
      name     = "GatewayResponseCodeCategory"
      operator = "Include"
      values   = ["5XX"]
    }
  }

  action {
    action_group_id = var.action_group_id
  }
}
