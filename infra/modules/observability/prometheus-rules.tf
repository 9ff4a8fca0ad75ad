# The rule groups of managed Prometheus, read from the repository's rule files (ops/prometheus/rules),
# which promtool tests (ops/observability/check.sh) and the local Prometheus of `make run` loads: one
# source. Durations become ISO 8601 (5m -> PT5M; the rules use one number and one unit, lint.py checks);
# severity page -> Sev1, ticket -> Sev3.
locals {
  rule_groups = merge([
    for f in sort(tolist(fileset(var.rules_dir, "*.yml"))) : {
      for g in yamldecode(file("${var.rules_dir}/${f}")).groups : g.name => g
    }
  ]...)
  severity = { page = 1, ticket = 3 }
}

resource "azurerm_monitor_alert_prometheus_rule_group" "this" {
  for_each = local.rule_groups

  name                = "${var.names.prometheus_rule_group}-${trimprefix(each.key, "tailor-")}"
  resource_group_name = var.resource_group_name
  location            = var.location
  cluster_name        = var.cluster_name
  description         = "ops/prometheus/rules: ${each.key}"
  rule_group_enabled  = true
  interval            = "PT${upper(try(each.value.interval, "1m"))}"
  scopes              = [var.monitor_workspace_id, var.cluster_id]
  tags                = var.tags

  dynamic "rule" {
    for_each = each.value.rules

    content {
      enabled     = true
      record      = try(rule.value.record, null)
      alert       = try(rule.value.alert, null)
      expression  = rule.value.expr
      for         = can(rule.value.alert) && try(rule.value.for, "0m") != "0m" ? "PT${upper(rule.value.for)}" : null
      severity    = can(rule.value.alert) ? lookup(local.severity, try(rule.value.labels.severity, ""), 2) : null
      labels      = try(rule.value.labels, null)
      annotations = try(rule.value.annotations, null)

      dynamic "action" {
        for_each = can(rule.value.alert) ? [var.action_group_id] : []

        content {
          action_group_id = action.value
        }
      }

      dynamic "alert_resolution" {
        for_each = can(rule.value.alert) ? [true] : []

        content {
          auto_resolved   = true
          time_to_resolve = "PT10M"
        }
      }
    }
  }
}
