locals {
  matrix = {
    dev = {
      aks_sku_tier          = "Free"
      zones                 = []
      system_vm_size        = "Standard_D4ds_v5"
      system_min_count      = 2
      system_max_count      = 3
      user_vm_size          = "Standard_D4ds_v5"
      user_min_count        = 1
      user_max_count        = 3
      gpu_vm_size           = "Standard_NC4as_T4_v3"
      gpu_max_count         = 1
      servicebus_capacity   = 1
      postgres_sku          = "B_Standard_B2s"
      postgres_ha           = false
      postgres_backup_days  = 7
      postgres_geo_backup   = false
      storage_replication   = "LRS"
      acr_zone_redundancy   = false
      apim_sku              = "Developer_1"
      apim_zones            = []
      openai_capacity       = 10
      log_retention_in_days = 30
      monthly_budget        = 1500
      # Azure Monitor private link scope: the VNet may also reach Azure Monitor resources outside the
      # scope (Open), and the workspace, App Insights and the Prometheus DCE still accept public ingestion.
      monitor_ingestion_access_mode = "Open"
      monitor_query_access_mode     = "Open"
      monitor_public_ingestion      = true
    }
    staging = {
      aks_sku_tier          = "Standard"
      zones                 = ["1", "2", "3"]
      system_vm_size        = "Standard_D4ds_v5"
      system_min_count      = 2
      system_max_count      = 3
      user_vm_size          = "Standard_D4ds_v5"
      user_min_count        = 2
      user_max_count        = 5
      gpu_vm_size           = "Standard_NC4as_T4_v3"
      gpu_max_count         = 1
      servicebus_capacity   = 1
      postgres_sku          = "GP_Standard_D2ds_v5"
      postgres_ha           = false
      postgres_backup_days  = 14
      postgres_geo_backup   = false
      storage_replication   = "ZRS"
      acr_zone_redundancy   = true
      apim_sku              = "Developer_1"
      apim_zones            = []
      openai_capacity       = 20
      log_retention_in_days = 30
      monthly_budget        = 3000
      # As in dev.
      monitor_ingestion_access_mode = "Open"
      monitor_query_access_mode     = "Open"
      monitor_public_ingestion      = true
    }
    prod = {
      aks_sku_tier          = "Standard"
      zones                 = ["1", "2", "3"]
      system_vm_size        = "Standard_D4ds_v5"
      system_min_count      = 3
      system_max_count      = 5
      user_vm_size          = "Standard_D8ds_v5"
      user_min_count        = 3
      user_max_count        = 10
      gpu_vm_size           = "Standard_NC4as_T4_v3"
      gpu_max_count         = 3
      servicebus_capacity   = 1
      postgres_sku          = "GP_Standard_D4ds_v5"
      postgres_ha           = true
      postgres_backup_days  = 35
      postgres_geo_backup   = true
      storage_replication   = "ZRS"
      acr_zone_redundancy   = true
      apim_sku              = "Premium_2" # zone-redundant: units a multiple of the zones (outputs.tf)
      apim_zones            = ["1", "2"]  # survives the loss of one zone; Premium_3 for all three
      openai_capacity       = 50
      log_retention_in_days = 90
      monthly_budget        = 15000 # 12000 before APIM's second Premium unit (about 2800 a month)
      # Ingestion only through the private link scope: the VNet reaches no Azure Monitor resource
      # outside it, and the workspace, App Insights and the Prometheus DCE refuse public ingestion.
      # Queries stay open: the portal's workbook and Grafana query from outside the VNet.
      monitor_ingestion_access_mode = "PrivateOnly"
      monitor_query_access_mode     = "Open"
      monitor_public_ingestion      = false
    }
  }

  # Fixed for every environment; the overrides validations keep them so.
  invariants = {
    servicebus_sku    = "Premium"
    gpu_node_taints   = ["sku=gpu:NoSchedule"]
    gpu_node_labels   = { workload = "gpu-inference" }
    gpu_min_count     = 0
    gpu_driver        = "Install"
    workload_identity = true
    oidc_issuer       = true
  }

  settings = merge(
    local.invariants,
    local.matrix[var.env],
    { for key, value in var.overrides : key => value if value != null },
  )
}
