locals {
  base    = "tailor-${var.env}"
  compact = "tailor${var.env}${var.unique_suffix}"

  names = {
    resource_group     = "rg-${local.base}"
    vnet               = "vnet-${local.base}"
    nat_gateway        = "ng-${local.base}"
    aks                = "aks-${local.base}"
    aks_identity       = "id-${local.base}-aks"
    acr                = "acr${local.compact}"
    key_vault          = "kv-${local.base}-${var.unique_suffix}"
    storage_account    = "st${local.compact}"
    servicebus         = "sb-${local.base}-${var.unique_suffix}"
    postgres           = "psql-${local.base}-${var.unique_suffix}"
    openai             = "oai-${local.base}-${var.unique_suffix}"
    apim               = "apim-${local.base}-${var.unique_suffix}"
    log_analytics      = "log-${local.base}"
    app_insights       = "appi-${local.base}"
    action_group       = "ag-${local.base}"
    budget             = "budget-${local.base}"
    workload_identity  = "id-${local.base}"
    private_endpoint   = "pe-${local.base}"
    postgres_dns_label = "${local.base}-${var.unique_suffix}"
    runner             = "vm-${local.base}-runner"
    monitor_workspace  = "amw-${local.base}"
    prometheus_dce     = "dce-${local.base}-prometheus"
    prometheus_dcr     = "dcr-${local.base}-prometheus"
    # Azure Monitor private link scope (global resource) and its private endpoint.
    monitor_private_link_scope = "ampls-${local.base}"
    # Alerting: one rule group a file of ops/prometheus/rules, suffixed with the group's name.
    prometheus_rule_group = "prg-${local.base}"
    grafana               = "amg-${local.base}"
    workbook_key          = local.base
  }
}
